import { ENTITY_TYPENAMES, EntityTypename } from '../shared/vocabulary';

export interface LayoutNode {
  id: string;
  hop: number;
  kind: EntityTypename;
  /** The order along the first ring: missions by launch date, the rest by name. */
  sortKey: string;
}

export interface Point {
  x: number;
  y: number;
}

/** Centre to centre along a ring, in model pixels: room for a node and its neighbour's. */
export const NODE_SPACING = 44;
/** Along one sub-ring: room for a label (names run about this wide). */
const LABEL_SPACING = 120;
const MAX_SUBRINGS = 3;
const SUBRING_GAP = 34;
const KIND_GAP = 48;
const HOP_GAP = 96;
const TOP = -Math.PI / 2;
const TURN = 2 * Math.PI;

/** The mean of angles on the circle (the plain mean of 350° and 10° is not 0°). */
function meanAngle(angles: number[]): number {
  const x = angles.reduce((sum, angle) => sum + Math.cos(angle), 0);
  const y = angles.reduce((sum, angle) => sum + Math.sin(angle), 0);
  return Math.atan2(y, x);
}

/** Moves angles (sorted, wanted) apart to at least `gap`, then back so that on average each sits where it wanted. */
function spread(wanted: number[], gap: number): number[] {
  if (wanted.length * gap >= TURN) return wanted.map((_, index) => wanted[0] + (index * TURN) / wanted.length);
  const placed = [...wanted];
  for (let pass = 0; pass < 3; pass++) {
    for (let index = 1; index < placed.length; index++) placed[index] = Math.max(placed[index], placed[index - 1] + gap);
    const shift = placed.reduce((sum, angle, index) => sum + angle - wanted[index], 0) / placed.length;
    for (let index = 0; index < placed.length; index++) placed[index] -= shift;
  }
  for (let index = 1; index < placed.length; index++) placed[index] = Math.max(placed[index], placed[index - 1] + gap);
  // The last ones may have been pushed round onto the first: then even spacing is the honest answer.
  if (placed[placed.length - 1] - placed[0] > TURN - gap) return wanted.map((_, index) => placed[0] + (index * TURN) / wanted.length);
  return placed;
}

/**
 * Concentric by hop, with the kinds kept apart at a glance: on the first ring
 * each kind has a sector (missions, agencies, targets, events, going round
 * like a clock from the top, missions by launch date); further out each kind
 * has a band at a radius of its own, and each node sits near the nodes it hangs from,
 * pushed apart only as far as it takes not to overlap. Deterministic: the
 * same view is drawn the same way every time.
 */
export function radialLayout(nodes: LayoutNode[], links: { from: string; to: string }[]): Map<string, Point> {
  const neighbours = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const link of links) {
    neighbours.get(link.from)?.push(link.to);
    neighbours.get(link.to)?.push(link.from);
  }
  const bands = new Map<string, LayoutNode[]>();
  // The first ring is one band, its kinds in sectors; further out each kind has a band of its own.
  const kindOrder = (node: LayoutNode) => ENTITY_TYPENAMES.indexOf(node.kind);
  const bandKey = (node: LayoutNode) => `${String(node.hop).padStart(3, '0')}:${node.hop <= 1 ? 0 : kindOrder(node)}`;
  for (const node of nodes) bands.set(bandKey(node), [...(bands.get(bandKey(node)) ?? []), node]);

  const angles = new Map<string, number>();
  const positions = new Map<string, Point>();
  let radius = 0;
  let previousHop = -1;
  for (const key of [...bands.keys()].sort()) {
    const band = bands.get(key)!;
    const hop = band[0].hop;
    if (hop === 0 && band.length === 1 && positions.size === 0) {
      positions.set(band[0].id, { x: 0, y: 0 });
      previousHop = 0;
      continue;
    }
    const inner = radius + (hop === previousHop ? KIND_GAP : HOP_GAP);
    radius = Math.max(inner, (band.length * NODE_SPACING) / TURN);
    // A crowded band zig-zags over a few sub-rings, so that neighbours' labels do not run into each other.
    const subrings = Math.min(MAX_SUBRINGS, Math.max(1, Math.ceil((band.length * LABEL_SPACING) / (TURN * radius))));
    previousHop = hop;
    const wanted = band.map((node) => {
      const anchors = (neighbours.get(node.id) ?? []).filter((id) => angles.has(id)).map((id) => angles.get(id)!);
      return { node, angle: anchors.length > 0 ? meanAngle(anchors) : Number.NaN };
    });
    const byOrder = [...wanted].sort(
      (a, b) => kindOrder(a.node) - kindOrder(b.node) || a.node.sortKey.localeCompare(b.node.sortKey) || a.node.id.localeCompare(b.node.id),
    );
    byOrder.forEach((entry, index) => {
      if (Number.isNaN(entry.angle)) entry.angle = TOP + (index * TURN) / band.length;
    });
    for (const entry of wanted) entry.angle = TOP + ((((entry.angle - TOP) % TURN) + TURN) % TURN);
    const sorted = [...wanted].sort((a, b) => a.angle - b.angle || a.node.id.localeCompare(b.node.id));
    const placed = spread(
      sorted.map((entry) => entry.angle),
      NODE_SPACING / radius,
    );
    sorted.forEach((entry, index) => {
      const at = radius + (index % subrings) * SUBRING_GAP;
      angles.set(entry.node.id, placed[index]);
      positions.set(entry.node.id, { x: at * Math.cos(placed[index]), y: at * Math.sin(placed[index]) });
    });
    radius += (subrings - 1) * SUBRING_GAP;
  }
  return positions;
}
