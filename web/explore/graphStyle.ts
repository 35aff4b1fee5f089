import type { StylesheetJson } from 'cytoscape';
import { EntityTypename } from '../shared/vocabulary';

/** Colour and shape by kind: the shape tells the kinds apart for readers who cannot tell the colours apart. */
export const KIND_LOOK: Record<EntityTypename, { colour: string; shape: string; size: number }> = {
  Mission: { colour: '#2f6fdf', shape: 'round-rectangle', size: 30 },
  Agency: { colour: '#d9730d', shape: 'diamond', size: 30 },
  Target: { colour: '#23915a', shape: 'ellipse', size: 30 },
  Event: { colour: '#8e5bd6', shape: 'round-hexagon', size: 18 },
};

const PATH_COLOUR = '#f2b705';
/** A node that changed while the page was open: a halo, apart from the border (focus, expansion, path) and the ring (grouped events). */
const CHANGED_COLOUR = '#d6246e';
const TEXT = '#1f2933';
const MUTED = '#4b5563';
const LINE = '#aab4c2';
const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';

/** Below the layout's spacing (NODE_SPACING), so that grown nodes never touch. */
const MAX_NODE_SIZE = 38;

/** On screen, at the zoom the view opens with, whatever its size. */
export const NODE_LABEL_PX = 13;
/** Between a node's shape (or its ring) and its label, on screen. */
export const LABEL_GAP_PX = 6;
const EDGE_LABEL_PX = 11;

/**
 * The stylesheet for a drawing shown at `zoom`: label sizes are given in
 * model units so that they come out at NODE_LABEL_PX on screen at that zoom
 * (a large neighbourhood is drawn small, its labels must not be). Which labels
 * show is decided by the label placement, through the classes below.
 */
export function graphStyle(zoom: number): StylesheetJson {
  const px = (size: number) => size / zoom;
  // A large view is drawn small: its nodes keep a size that can be seen and hit, within the layout's spacing.
  const nodeSize = (kind: EntityTypename) => Math.min(MAX_NODE_SIZE, Math.max(KIND_LOOK[kind].size, px(KIND_LOOK[kind].size / 2.5)));
  const focusSize = Math.min(2 * MAX_NODE_SIZE, Math.max(44, px(18)));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        'border-width': 1,
        'border-color': '#ffffff',
        color: TEXT,
        'font-family': FONT,
        'font-size': px(NODE_LABEL_PX),
        'min-zoomed-font-size': 9,
        'text-valign': 'bottom',
        'text-margin-y': px(LABEL_GAP_PX),
        'text-wrap': 'ellipsis',
        'text-max-width': `${px(150)}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': `${px(1)}px`,
        'text-background-shape': 'roundrectangle',
      },
    },
    ...(Object.keys(KIND_LOOK) as EntityTypename[]).map((kind) => ({
      selector: `node[typename = "${kind}"]`,
      style: { width: nodeSize(kind), height: nodeSize(kind) },
    })),
    { selector: 'node.grouped', style: { 'outline-width': px(2.5), 'outline-color': KIND_LOOK.Event.colour, 'outline-offset': px(1.5), 'outline-opacity': 0.9 } },
    { selector: 'node.focus', style: { width: focusSize, height: focusSize, 'font-size': px(NODE_LABEL_PX + 2), 'font-weight': 'bold', 'border-width': 3, 'border-color': TEXT } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-style': 'double', 'border-color': TEXT } },
    { selector: 'node.updated', style: { 'underlay-color': CHANGED_COLOUR, 'underlay-opacity': 0.45, 'underlay-padding': px(7), 'underlay-shape': 'ellipse' } },
    { selector: 'node.deleted', style: { 'underlay-color': CHANGED_COLOUR, 'underlay-opacity': 0.25, 'underlay-padding': px(7), 'underlay-shape': 'ellipse', opacity: 0.45 } },
    { selector: 'node:selected', style: { 'overlay-color': TEXT, 'overlay-opacity': 0.15, 'overlay-padding': 6 } },
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -px(LABEL_GAP_PX) } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': px(LABEL_GAP_PX) } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -px(LABEL_GAP_PX) } },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    // Only the stacking and the background: changing a label's text or width through a class leaves cytoscape drawing it clipped.
    { selector: 'node.label-first', style: { 'z-index': 20, 'text-background-opacity': 1 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': LINE,
        'target-arrow-color': LINE,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: '',
        'font-family': FONT,
        'font-size': px(EDGE_LABEL_PX),
        'min-zoomed-font-size': 9,
        color: MUTED,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': `${px(1)}px`,
      },
    },
    { selector: 'edge[events > 0]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    // Many lines: straight ones (a bezier per line is most of the cost of a large drawing), thin and light.
    { selector: 'edge.crowded', style: { width: 1, opacity: 0.55, 'curve-style': 'straight' } },
    { selector: 'edge.labelled', style: { label: 'data(label)', 'line-color': '#7d8898', 'target-arrow-color': '#7d8898', opacity: 1, 'z-index': 5 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': PATH_COLOUR, opacity: 1 } },
    {
      selector: 'edge.on-path',
      style: { width: 5, 'line-color': PATH_COLOUR, 'target-arrow-color': PATH_COLOUR, color: TEXT, 'font-weight': 'bold', opacity: 1, 'z-index': 10 },
    },
  ];
}
