/** A rectangle on screen, in pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Where its label may go, best first (below the node, above, right, left). */
  places: Box[];
  /** The node's own shape: no other label may cover it. */
  body: Box;
  /** Shown whatever it covers: the hovered and the selected node. */
  always: boolean;
}

const CELL = 64;
const GAP = 2;

const overlap = (a: Box, b: Box): boolean => a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

/** A coarse grid of boxes, so that each test looks at its neighbourhood only and a thousand labels stay cheap. */
class BoxGrid {
  private readonly cells = new Map<string, { box: Box; owner: string }[]>();

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x++) {
      for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y++) keys.push(`${x},${y}`);
    }
    return keys;
  }

  add(box: Box, owner: string): void {
    for (const key of this.keys(box)) this.cells.set(key, [...(this.cells.get(key) ?? []), { box, owner }]);
  }

  hits(box: Box, owner: string): boolean {
    return this.keys(box).some((key) => (this.cells.get(key) ?? []).some((entry) => entry.owner !== owner && overlap(entry.box, box)));
  }
}

/**
 * Which labels to show, and where, so that every shown one can be read:
 * greedily, in the given order of importance, a label takes the first of its
 * places that lies inside the canvas and covers no label already shown, no
 * other node and no obstacle (a relationship's label); with none free it is hidden until the reader zooms in,
 * hovers or selects. Answers the index of the place each shown label took.
 */
export function placeLabels(candidates: LabelCandidate[], canvas: Box, obstacles: Box[] = []): Map<string, number> {
  const shown = new Map<string, number>();
  const labels = new BoxGrid();
  const bodies = new BoxGrid();
  for (const candidate of candidates) bodies.add(candidate.body, candidate.id);
  obstacles.forEach((box, index) => bodies.add(box, `obstacle ${index}`));
  const inside = (box: Box) => box.x1 >= canvas.x1 && box.y1 >= canvas.y1 && box.x2 <= canvas.x2 && box.y2 <= canvas.y2;
  const free = (box: Box, id: string) => inside(box) && !labels.hits(box, id) && !bodies.hits(box, id);
  for (const candidate of [...candidates.filter((c) => c.always), ...candidates.filter((c) => !c.always)]) {
    const place = candidate.places.findIndex((box) => free(box, candidate.id));
    if (place < 0 && !candidate.always) continue;
    shown.set(candidate.id, Math.max(place, 0));
    labels.add(candidate.places[Math.max(place, 0)], candidate.id);
  }
  return shown;
}
