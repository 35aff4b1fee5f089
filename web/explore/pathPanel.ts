import { h } from '../shared/element';
import { GraphNode } from './explorerQueries';
import { nodeLabel } from './graphView';
import { ViewGraph } from './viewLoader';
import { ViewState } from './viewState';

/**
 * The chosen path ends and, once both are chosen, the shortest path between
 * them step by step: the words for what the graph shows highlighted.
 */
export function renderPath(graph: ViewGraph, state: ViewState, names: (id: string) => string, clear: () => void): Node[] {
  if (!state.pathFrom && !state.pathTo) {
    return [h('p', { class: 'muted' }, 'Choose “Path from here” on one entity and “Path to here” on another to see how they are connected.')];
  }
  const clearButton = h('button', { type: 'button' }, 'Clear path');
  clearButton.addEventListener('click', clear);
  const ends = h(
    'p',
    {},
    'From ',
    h('strong', {}, state.pathFrom ? names(state.pathFrom) : '…'),
    ' to ',
    h('strong', {}, state.pathTo ? names(state.pathTo) : '…'),
  );
  if (graph.path === undefined) return [ends, h('p', { class: 'muted' }, 'Now choose the other end.'), clearButton];
  if (graph.path === null) return [ends, h('p', { role: 'status' }, 'These two are not connected within six steps.'), clearButton];
  const byId = new Map<string, GraphNode>(graph.path.nodes.map((node) => [node.id, node]));
  const label = (id: string) => (byId.has(id) ? nodeLabel(byId.get(id)!) : names(id));
  const steps = graph.path.edges.map((edge) => h('li', {}, `${label(edge.from)} `, h('span', { class: 'edge-type' }, edge.type), ` ${label(edge.to)}`));
  const length = graph.path.length;
  return [
    ends,
    h('p', { role: 'status' }, `Highlighted: ${length} ${length === 1 ? 'step' : 'steps'} through ${graph.path.nodes.map((node) => nodeLabel(node)).join(' → ')}.`),
    h('ol', { class: 'path-steps', 'aria-label': 'Steps of the path' }, steps),
    clearButton,
  ];
}
