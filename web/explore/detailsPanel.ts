import { h } from '../shared/element';
import { ENTITY_KIND_WORDS } from '../shared/vocabulary';
import { renderFields } from './detailsFields';
import { entityLink, sourceLink } from './entityLinks';
import { EntityDetails } from './explorerQueries';
import { nodeLabel } from './graphView';
import { renderTimeline } from './timeline';
import { ViewGraph } from './viewLoader';
import { ViewState } from './viewState';

export interface DetailsActions {
  /** Select the entity if it is drawn, else centre the view on it. */
  open(id: string): void;
  focus(id: string): void;
  expand(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
}

/** The details of the selected entity: its facts, a mission's timeline, its drawn connections, its sources, and what to do with it. */
export function renderDetails(details: EntityDetails, graph: ViewGraph, state: ViewState, actions: DetailsActions): Node[] {
  const drawn = graph.nodes.has(details.id);
  const isFocus = details.id === state.focus;
  const button = (label: string, action: () => void, disabled = false) => {
    const element = h('button', { type: 'button', disabled }, label);
    element.addEventListener('click', action);
    return element;
  };
  const heading = h('h2', { id: 'details-title', tabindex: '-1' }, details.name);
  return [
    heading,
    h('p', { class: `kind-tag kind-${details.__typename.toLowerCase()}` }, ENTITY_KIND_WORDS[details.__typename]),
    h(
      'div',
      { class: 'actions', role: 'group', 'aria-label': `Actions for ${details.name}` },
      button(isFocus ? 'At the centre' : 'Centre on it', () => actions.focus(details.id), isFocus),
      button('Expand', () => actions.expand(details.id), !drawn || isFocus || state.expanded.includes(details.id)),
      button('Path from here', () => actions.pathFrom(details.id), state.pathFrom === details.id),
      button('Path to here', () => actions.pathTo(details.id), state.pathTo === details.id),
    ),
    renderFields(details, actions.open),
    ...(details.__typename === 'Mission' ? [h('h3', {}, 'Timeline'), renderTimeline(details.name, details.events)] : []),
    ...renderConnections(details.id, graph, actions.open),
    h('h3', {}, 'Sources'),
    h('ul', { class: 'sources' }, details.sources.map((url) => h('li', {}, sourceLink(url)))),
  ];
}

/** The drawn edges at this entity, in words: what a sighted reader sees as lines. */
function renderConnections(id: string, graph: ViewGraph, open: (id: string) => void): Node[] {
  const lines = [...graph.edges.values()]
    .filter((edge) => edge.from === id || edge.to === id)
    .map((edge) => {
      const other = graph.nodes.get(edge.from === id ? edge.to : edge.from);
      if (!other) return null;
      const link = entityLink({ id: other.id, name: nodeLabel(other) }, open);
      return edge.from === id ? h('li', {}, `${edge.type} → `, link) : h('li', {}, link, ` ${edge.type} → this`);
    })
    .filter((line): line is HTMLLIElement => line !== null);
  if (lines.length === 0) return [];
  return [h('h3', {}, 'Connections drawn'), h('ul', { class: 'connections' }, lines)];
}
