import { DrawnEdge } from './viewLoader';

/**
 * Hops from the focus over the drawn edges, ignoring direction: the layout
 * puts the focus in the middle and each further hop on a wider ring.
 * Nodes the focus cannot reach (a path between two other entities) get the outermost ring.
 */
export function hopsFrom(focus: string | null, nodeIds: string[], edges: Iterable<DrawnEdge>): Map<string, number> {
  const neighbours = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
  for (const edge of edges) {
    neighbours.get(edge.from)?.push(edge.to);
    neighbours.get(edge.to)?.push(edge.from);
  }
  const hops = new Map<string, number>();
  if (focus && neighbours.has(focus)) {
    hops.set(focus, 0);
    const queue = [focus];
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const next of neighbours.get(current) ?? []) {
        if (hops.has(next)) continue;
        hops.set(next, hops.get(current)! + 1);
        queue.push(next);
      }
    }
  }
  const outermost = Math.max(0, ...hops.values()) + 1;
  for (const id of nodeIds) if (!hops.has(id)) hops.set(id, outermost);
  return hops;
}
