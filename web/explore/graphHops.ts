/**
 * Hops from the focus over the drawn lines, ignoring direction: the layout
 * puts the focus in the middle and each further hop on a wider ring. What the
 * focus cannot reach but another anchor can (an expanded node, a path between
 * two other entities) goes on the outermost ring. What no anchor reaches is
 * left out of the map: the filters cut it off.
 */
export function hopsFrom(anchors: (string | null)[], nodeIds: Iterable<string>, links: Iterable<{ from: string; to: string }>): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  for (const id of nodeIds) neighbours.set(id, []);
  for (const link of links) {
    neighbours.get(link.from)?.push(link.to);
    neighbours.get(link.to)?.push(link.from);
  }
  const hops = new Map<string, number>();
  const walk = (start: string, hop: number, step: number) => {
    if (!neighbours.has(start) || hops.has(start)) return;
    hops.set(start, hop);
    const queue = [start];
    for (let index = 0; index < queue.length; index++) {
      const current = queue[index];
      for (const next of neighbours.get(current)!) {
        if (hops.has(next)) continue;
        hops.set(next, hops.get(current)! + step);
        queue.push(next);
      }
    }
  };
  const [focus, ...others] = anchors;
  if (focus) walk(focus, 0, 1);
  const outermost = Math.max(0, ...hops.values()) + 1;
  for (const anchor of others) if (anchor) walk(anchor, outermost, 0);
  return hops;
}
