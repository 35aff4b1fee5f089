import cytoscape, { Core, ElementDefinition } from 'cytoscape';
import { countOf, ENTITY_KIND_WORDS } from '../shared/vocabulary';
import { Drawing } from './drawing';
import { GraphNode } from './explorerQueries';
import { placeGraphLabels } from './graphLabels';
import { radialLayout } from './graphLayout';
import { ChangedEntities, changeWord } from './liveChanges';
import { graphStyle, KIND_LOOK } from './graphStyle';
import { fitViewport, stretchToCanvas } from './graphViewport';
import { ViewState } from './viewState';

/** Past this many lines they are drawn thin, light and straight. */
const CROWDED_LINES = 80;
/** A zoom this close to the one the stylesheet was made for keeps it: restyling every element is what costs. */
const RESTYLE_TOLERANCE = 0.05;

export interface GraphViewHandlers {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
}

/** Agencies are known by their abbreviation; everything else by its name. */
export const nodeLabel = (node: GraphNode): string => (node.__typename === 'Agency' && node.abbreviation) || node.name;

/**
 * The cytoscape drawing of a view: nodes by kind on rings by hop, lines
 * labelled by relationship type where that stays readable, the path
 * highlighted, and only as many labels as can be read without overlapping.
 */
export class GraphView {
  readonly cy: Core;
  private drawnKey = '';
  private drawing: Drawing | null = null;
  private hovered: string | null = null;
  private placing = 0;
  private styledZoom = 1;
  private size = { width: 0, height: 0 };
  /** True while this view moves the viewport itself: only the reader's pans and zooms call for new labels. */
  private fitting = false;

  constructor(container: HTMLElement, handlers: GraphViewHandlers) {
    this.cy = cytoscape({ container, style: graphStyle(1), minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single' });
    this.cy.on('tap', 'node', (event) => handlers.onSelect(event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onSelect(null);
    });
    // A double click with a mouse, a long press on a touch screen.
    this.cy.on('dbltap taphold', 'node', (event) => handlers.onExpand(event.target.id()));
    this.cy.on('mouseover', 'node', (event) => this.hover(event.target.id()));
    this.cy.on('mouseout', 'node', () => this.hover(null));
    // Leaving the canvas straight from a node sends no mouseout.
    container.addEventListener('mouseleave', () => this.hover(null));
    this.cy.on('viewport', () => {
      if (!this.fitting) this.schedulePlacement();
    });
  }

  /** Draws the view; lays it out again only when what is drawn changed. True when it did. */
  show(drawing: Drawing, state: ViewState, changes: ChangedEntities = new Map()): boolean {
    const key = [...drawing.nodes.keys()].sort().join(' ') + '#' + [...drawing.links.keys()].sort().join(' ') + '#' + state.focus;
    const changed = key !== this.drawnKey;
    this.drawing = drawing;
    if (changed) {
      this.drawnKey = key;
      this.redraw(drawing);
    }
    this.mark(drawing, state, changes);
    placeGraphLabels(this.cy, drawing, this.hovered);
    return changed;
  }

  private redraw(drawing: Drawing): void {
    const drawn = [...drawing.nodes.values()];
    const positions = radialLayout(
      drawn.map((node) => ({
        id: node.node.id,
        hop: node.hop,
        kind: node.node.__typename,
        sortKey: node.node.__typename === 'Mission' ? `${node.node.launchDate ?? '9999'} ${node.node.name}` : node.node.name,
      })),
      [...drawing.links.values()],
    );
    // How far out each node's ring is, before the drawing is drawn out to the canvas's shape.
    const rings = new Map([...positions].map(([id, point]) => [id, Math.round(Math.hypot(point.x, point.y))]));
    this.cy.resize();
    this.size = { width: this.cy.width(), height: this.cy.height() };
    stretchToCanvas(positions, this.size.width, this.size.height);
    const viewport = fitViewport([...positions.values()], this.size.width, this.size.height);
    const nodes: ElementDefinition[] = drawn.map((node) => ({
      group: 'nodes',
      position: positions.get(node.node.id),
      classes: node.groupedEvents.length > 0 ? 'grouped' : undefined,
      data: {
        id: node.node.id,
        label: nodeLabel(node.node),
        typename: node.node.__typename,
        hop: node.hop,
        ring: rings.get(node.node.id),
        ...KIND_LOOK[node.node.__typename],
        description: `${node.node.name}, ${ENTITY_KIND_WORDS[node.node.__typename]}`,
      },
    }));
    const crowded = drawing.links.size > CROWDED_LINES;
    const edges: ElementDefinition[] = [...drawing.links.values()].map((link) => ({
      group: 'edges',
      classes: crowded ? 'crowded' : undefined,
      data: {
        id: link.id,
        source: link.from,
        target: link.to,
        type: link.type,
        events: link.events,
        label: link.events > 0 ? `${link.type} (${countOf(link.events, 'Event')})` : link.type,
      },
    }));
    this.cy.elements().remove();
    // Styled for its zoom while empty, then filled: each element is styled once.
    this.restyle(viewport.zoom);
    this.cy.add([...nodes, ...edges]);
    this.setViewport(viewport);
  }

  private setViewport(viewport: { zoom: number; pan: { x: number; y: number } }): void {
    this.fitting = true;
    this.cy.viewport(viewport);
    this.fitting = false;
  }

  /** Labels are sized for the zoom the view opens at, so that they read at 13 px on screen whatever the drawing's size. */
  private restyle(zoom: number): void {
    if (Math.abs(zoom - this.styledZoom) / zoom <= RESTYLE_TOLERANCE) return;
    this.styledZoom = zoom;
    this.cy.style(graphStyle(zoom));
  }

  private mark(drawing: Drawing, state: ViewState, changed: ChangedEntities): void {
    const expanded = new Set(state.expanded);
    this.cy.batch(() => {
      this.cy.elements().forEach((element) => {
        const id = element.id();
        element.toggleClass('focus', id === state.focus);
        element.toggleClass('expanded', expanded.has(id));
        element.toggleClass('on-path', drawing.onPath.has(id));
        element.toggleClass('faded', drawing.onPath.size > 0 && !drawing.onPath.has(id));
        const change = changed.get(id);
        element.toggleClass('updated', change !== undefined && changeWord(change) === 'updated');
        element.toggleClass('deleted', change !== undefined && changeWord(change) === 'deleted');
      });
      this.cy.$(':selected').unselect();
      if (state.selected) this.cy.getElementById(state.selected).select();
    });
  }

  private hover(id: string | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    if (this.drawing) placeGraphLabels(this.cy, this.drawing, id);
  }

  private schedulePlacement(): void {
    if (this.placing) return;
    this.placing = requestAnimationFrame(() => {
      this.placing = 0;
      if (this.drawing) placeGraphLabels(this.cy, this.drawing, this.hovered);
    });
  }

  /** The container changed size (the window, a panel, the phone's sheet): cytoscape measures it only when told. */
  resize(): void {
    this.cy.resize();
    const size = { width: this.cy.width(), height: this.cy.height() };
    if (size.width === this.size.width && size.height === this.size.height) return;
    this.size = size;
    const viewport = fitViewport(this.cy.nodes().map((node) => node.position()), size.width, size.height);
    this.restyle(viewport.zoom);
    this.setViewport(viewport);
    if (this.drawing) placeGraphLabels(this.cy, this.drawing, this.hovered);
  }
}
