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

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1,
      'border-color': '#ffffff',
      color: '#1f2933',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
    },
  },
  { selector: 'node[typename = "Event"]', style: { 'font-size': 8, color: '#5f6b7a' } },
  { selector: 'node.focus', style: { width: 44, height: 44, 'font-size': 12, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#1f2933' } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#1f2933' } },
  { selector: 'node:selected', style: { 'overlay-color': '#1f2933', 'overlay-opacity': 0.15, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#b6bfcc',
      'target-arrow-color': '#b6bfcc',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(type)',
      'font-size': 7,
      color: '#5f6b7a',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': PATH_COLOUR, opacity: 1 } },
  {
    selector: 'edge.on-path',
    style: { width: 5, 'line-color': PATH_COLOUR, 'target-arrow-color': PATH_COLOUR, color: '#1f2933', 'font-size': 9, 'font-weight': 'bold', opacity: 1, 'z-index': 10 },
  },
];
