/**
 * What a view of the explorer is, kept in the query string so that a view
 * can be shared and reloaded:
 * ?focus=kamooalewa&depth=2&expand=tianwen-2,cnsa&select=cnsa&from=kamooalewa&to=change-5
 */
export interface ViewState {
  /** The entity whose neighbourhood is drawn. */
  focus: string | null;
  depth: 1 | 2;
  /** Nodes whose own neighbourhoods were merged in, in the order they were expanded. */
  expanded: string[];
  /** The node whose details are open. */
  selected: string | null;
  pathFrom: string | null;
  pathTo: string | null;
}

export const EMPTY_VIEW: ViewState = { focus: null, depth: 1, expanded: [], selected: null, pathFrom: null, pathTo: null };

/**
 * Expanding is for a few hubs at a time; a longer list in a URL is someone's typo or a crafted link.
 * Each expanded node is one aliased field of the view's request, beside the focus and the path:
 * 1 + 12 + 1 stays within the API's default alias limit (QUERY_MAX_ALIASES, 15).
 */
export const MAX_EXPANDED = 12;
const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;

const id = (value: string | null): string | null => (value !== null && ID.test(value) ? value : null);

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const expanded = (params.get('expand') ?? '')
    .split(',')
    .map((value) => id(value.trim()))
    .filter((value): value is string => value !== null);
  return {
    focus: id(params.get('focus')),
    depth: params.get('depth') === '2' ? 2 : 1,
    expanded: [...new Set(expanded)].slice(0, MAX_EXPANDED),
    selected: id(params.get('select')),
    pathFrom: id(params.get('from')),
    pathTo: id(params.get('to')),
  };
}

/** The query string for a state, "" for the empty view; parameters at their defaults are left out. */
export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.depth !== 1) params.set('depth', String(state.depth));
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.selected) params.set('select', state.selected);
  if (state.pathFrom) params.set('from', state.pathFrom);
  if (state.pathTo) params.set('to', state.pathTo);
  const query = params.toString();
  return query ? `?${query}` : '';
}
