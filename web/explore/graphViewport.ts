import { Point } from './graphLayout';

const MAX_FIT_ZOOM = 1.2;
/** Room at the canvas's edges for the labels of the outermost nodes (less on a narrow screen). */
const MARGIN_Y = 36;
const marginX = (width: number) => Math.min(80, width * 0.08);
/** How far a round drawing may be drawn out into an oval. */
const MAX_STRETCH = 1.8;
/** Half the largest node, so that the outermost ones fit whole. */
const NODE_RADIUS = 22;

export interface Viewport {
  zoom: number;
  pan: Point;
}

const extent = (points: Point[]) => {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
};

/**
 * The rings are round and the canvas is not: stretching the drawing along
 * the canvas's longer side (only ever apart, so nothing comes to overlap)
 * gives the labels the room a round drawing would leave empty.
 */
export function stretchToCanvas(positions: Map<string, Point>, width: number, height: number): void {
  const points = [...positions.values()];
  if (points.length < 2) return;
  const box = extent(points);
  const drawing = (box.x2 - box.x1 || 1) / (box.y2 - box.y1 || 1);
  const canvas = (width - 2 * marginX(width)) / Math.max(1, height - 2 * MARGIN_Y);
  const [sx, sy] = canvas > drawing ? [Math.min(MAX_STRETCH, canvas / drawing), 1] : [1, Math.min(MAX_STRETCH, drawing / canvas)];
  for (const point of points) {
    point.x *= sx;
    point.y *= sy;
  }
}

/**
 * The zoom and pan that fit these node positions in the canvas, reckoned
 * from the positions alone (cytoscape would measure every label to do it),
 * never blowing a small drawing up past a readable size.
 */
export function fitViewport(points: Point[], width: number, height: number): Viewport {
  if (points.length === 0) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const box = extent(points);
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    Math.max(1, width - 2 * marginX(width)) / (box.x2 - box.x1 + 2 * NODE_RADIUS),
    Math.max(1, height - 2 * MARGIN_Y) / (box.y2 - box.y1 + 2 * NODE_RADIUS),
  );
  return { zoom, pan: { x: width / 2 - (zoom * (box.x1 + box.x2)) / 2, y: height / 2 - (zoom * (box.y1 + box.y2)) / 2 } };
}
