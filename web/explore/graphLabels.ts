import type { Core, NodeSingular } from 'cytoscape';
import { Drawing } from './drawing';
import { Box, placeLabels } from './labelPlacement';

/** The classes that put a label below its node (the default, none), above, right or left: the places tried, in order. */
const PLACE_CLASSES = ['', 'label-above', 'label-right', 'label-left'];
/** Past this many lines, relationship types are named only at the hovered node, and on the path. */
const MAX_LABELLED_EDGES = 40;

const placeOf = (node: NodeSingular) => Math.max(0, PLACE_CLASSES.findIndex((name) => name !== '' && node.hasClass(name)));

/**
 * The places a node's label may take, in the order of PLACE_CLASSES, from its
 * shape and where its label lies now (which tells its size and its gap).
 */
function labelPlaces(body: Box, label: Box, now: number): Box[] {
  const [width, height] = [label.x2 - label.x1, label.y2 - label.y1];
  const gap = [label.y1 - body.y2, body.y1 - label.y2, label.x1 - body.x2, body.x1 - label.x2][now];
  const centre = (body.x1 + body.x2) / 2 - width / 2;
  const middle = (body.y1 + body.y2) / 2 - height / 2;
  return [
    { x1: centre, x2: centre + width, y1: body.y2 + gap, y2: body.y2 + gap + height },
    { x1: centre, x2: centre + width, y1: body.y1 - gap - height, y2: body.y1 - gap },
    { x1: body.x2 + gap, x2: body.x2 + gap + width, y1: middle, y2: middle + height },
    { x1: body.x1 - gap - width, x2: body.x1 - gap, y1: middle, y2: middle + height },
  ];
}

/**
 * Shows as many node labels as can be read, the important ones first (the
 * hovered, the selected and the focus always; then by hop, then the best
 * connected), each below, above, right or left of its node; names the lines
 * where that stays readable. Only the classes that change are touched:
 * restyling a few hundred elements is what costs.
 */
export function placeGraphLabels(cy: Core, drawing: Drawing, hovered: string | null): void {
  const first = (node: NodeSingular) => node.id() === hovered || node.selected();
  const rank = (node: NodeSingular) => drawing.nodes.get(node.id());
  const order = cy
    .nodes()
    .toArray()
    .map((node) => node as NodeSingular)
    .sort(
      (a, b) =>
        Number(first(b)) - Number(first(a)) ||
        Number(b.hasClass('focus')) - Number(a.hasClass('focus')) ||
        Number(b.hasClass('on-path')) - Number(a.hasClass('on-path')) ||
        (rank(a)?.hop ?? 0) - (rank(b)?.hop ?? 0) ||
        (rank(b)?.degree ?? 0) - (rank(a)?.degree ?? 0),
    );
  const labelAll = drawing.links.size <= MAX_LABELLED_EDGES;
  // The hovered node's lines are named while the pointer rests on it; the selected one's are listed in its details.
  const namedAtHover = new Set(hovered ? cy.getElementById(hovered).connectedEdges().map((edge) => edge.id()) : []);
  cy.batch(() => {
    for (const node of order) node.toggleClass('label-first', first(node));
    cy.edges().forEach((edge) => {
      edge.toggleClass('labelled', labelAll || edge.hasClass('on-path') || namedAtHover.has(edge.id()));
    });
  });
  const canvas: Box = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const candidates = order.map((node) => {
    const body = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    const label = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    return { id: node.id(), body, places: labelPlaces(body, label, placeOf(node)), always: first(node) || node.hasClass('focus') };
  });
  const obstacles = cy
    .edges('.labelled')
    .map((edge) => edge.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }))
    .filter((box) => box.w > 0);
  const shown = placeLabels(candidates, canvas, obstacles);
  cy.batch(() => {
    for (const node of order) {
      const place = shown.get(node.id());
      node.toggleClass('label-hidden', place === undefined);
      PLACE_CLASSES.forEach((name, index) => name && node.toggleClass(name, place === index));
    }
  });
}
