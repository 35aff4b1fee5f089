import { h } from '../shared/element';
import { countOf, ENTITY_TYPENAMES, EntityTypename } from '../shared/vocabulary';
import { Drawing } from './drawing';
import { DRAW_LIMIT_STEP } from './viewState';

/** "45 missions, 20 targets and 8 agencies". */
export function listCounts(counts: Partial<Record<EntityTypename, number>>): string {
  const parts = ENTITY_TYPENAMES.filter((kind) => (counts[kind] ?? 0) > 0).map((kind) => countOf(counts[kind]!, kind));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * What the drawing leaves out and why, in one line under the graph: the
 * entities past the draw limit (with a button to draw more), the events
 * grouped under their missions, what the filters hide, and where the API's
 * own limit cut in.
 */
export function renderLeftOut(drawing: Drawing, drawMore: () => void): Node[] {
  const parts: (Node | string)[] = [];
  if (drawing.leftOutCount > 0) {
    const more = Math.min(DRAW_LIMIT_STEP, drawing.leftOutCount);
    const button = h('button', { type: 'button' }, `Draw ${more} more`);
    button.addEventListener('click', drawMore);
    parts.push(`Drawn: the ${drawing.nodes.size} closest and best connected; left out: ${listCounts(drawing.leftOut)}. `, button, ' ');
  }
  if (drawing.groupedEvents > 0) parts.push(`${countOf(drawing.groupedEvents, 'Event')} are inside their ringed missions (select one to show them). `);
  if (drawing.filteredOut > 0) parts.push(`${drawing.filteredOut} hidden by the filters or the time range. `);
  if (drawing.truncated) parts.push('The API’s limit cut the neighbourhood short: expand a node to reach further.');
  return parts.length === 0 ? [] : [h('p', { class: 'left-out' }, ...parts)];
}
