import { RELATIONSHIP_TYPES } from '../../src/cypher/vocabulary';
import { ENTITY_TYPENAMES, EntityTypename } from '../shared/vocabulary';

/** A span of whole years, both ends included. */
export interface YearRange {
  from: number;
  to: number;
}

/**
 * What a view of the explorer is, kept in the query string so that a view
 * can be shared and reloaded:
 * ?focus=kamooalewa&depth=2&expand=tianwen-2,cnsa&select=cnsa&from=kamooalewa&to=change-5
 *  &open=tianwen-2&hide=agency&without=ORBITS&years=2020-2030&draw=200
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
  /** Missions whose events are drawn one by one, in the graph and in the timeline, instead of grouped under them. */
  opened: string[];
  /** Kinds of entity the filters leave out. */
  hiddenKinds: EntityTypename[];
  /** Relationship types the filters leave out. */
  hiddenRelationships: string[];
  /** The time range brushed on the timeline: only missions and events within it are drawn. */
  years: YearRange | null;
  /** How many entities are drawn at most; "Draw more" raises it. */
  drawLimit: number;
}

export const DEFAULT_DRAW_LIMIT = 100;
export const DRAW_LIMIT_STEP = 100;
const MAX_DRAW_LIMIT = 1000;

export const EMPTY_VIEW: ViewState = {
  focus: null,
  depth: 1,
  expanded: [],
  selected: null,
  pathFrom: null,
  pathTo: null,
  opened: [],
  hiddenKinds: [],
  hiddenRelationships: [],
  years: null,
  drawLimit: DEFAULT_DRAW_LIMIT,
};

/**
 * Expanding is for a few hubs at a time; a longer list in a URL is someone's typo or a crafted link.
 * Each expanded node is one aliased field of the view's request, beside the focus and the path:
 * 1 + 12 + 1 stays within the API's default alias limit (QUERY_MAX_ALIASES, 15).
 */
export const MAX_EXPANDED = 12;
const MAX_OPENED = 50;
const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;
const YEARS = /^(\d{4})-(\d{4})$/;

const id = (value: string | null): string | null => (value !== null && ID.test(value) ? value : null);

const ids = (value: string | null, max: number): string[] => {
  const valid = (value ?? '')
    .split(',')
    .map((part) => id(part.trim()))
    .filter((part): part is string => part !== null);
  return [...new Set(valid)].slice(0, max);
};

function readYears(value: string | null): YearRange | null {
  const match = value ? YEARS.exec(value) : null;
  if (!match) return null;
  const [from, to] = [Number(match[1]), Number(match[2])];
  return from <= to ? { from, to } : { from: to, to: from };
}

function readDrawLimit(value: string | null): number {
  const limit = Number(value);
  return Number.isInteger(limit) && limit >= DEFAULT_DRAW_LIMIT ? Math.min(limit, MAX_DRAW_LIMIT) : DEFAULT_DRAW_LIMIT;
}

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const words = (name: string) => (params.get(name) ?? '').split(',').map((word) => word.trim());
  return {
    focus: id(params.get('focus')),
    depth: params.get('depth') === '2' ? 2 : 1,
    expanded: ids(params.get('expand'), MAX_EXPANDED),
    selected: id(params.get('select')),
    pathFrom: id(params.get('from')),
    pathTo: id(params.get('to')),
    opened: ids(params.get('open'), MAX_OPENED),
    hiddenKinds: ENTITY_TYPENAMES.filter((kind) => words('hide').includes(kind.toLowerCase())),
    hiddenRelationships: RELATIONSHIP_TYPES.filter((type) => words('without').includes(type)),
    years: readYears(params.get('years')),
    drawLimit: readDrawLimit(params.get('draw')),
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
  if (state.opened.length > 0) params.set('open', state.opened.join(','));
  if (state.hiddenKinds.length > 0) params.set('hide', state.hiddenKinds.map((kind) => kind.toLowerCase()).join(','));
  if (state.hiddenRelationships.length > 0) params.set('without', state.hiddenRelationships.join(','));
  if (state.years) params.set('years', `${state.years.from}-${state.years.to}`);
  if (state.drawLimit !== DEFAULT_DRAW_LIMIT) params.set('draw', String(state.drawLimit));
  // Commas are safe in a query string; keeping them readable keeps shared links readable.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
