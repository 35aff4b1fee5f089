import cytoscape, { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { countOf, ENTITY_KIND_WORDS } from '../shared/vocabulary';
import { Drawing, DrawnNode } from './drawing';
import { GraphNode } from './explorerQueries';
import { radialLayout } from './graphLayout';
import { graphStyle, KIND_LOOK } from './graphStyle';
import { Box, placeLabels } from './labelPlacement';
import { ViewState } from './viewState';

const MAX_FIT_ZOOM = 1.2;
/** Room at the canvas's edges for the labels of the outermost nodes (less on a narrow screen). */
const FIT_MARGIN = { x: 80, y: 36 };
const fitMarginX = (width: number) => Math.min(FIT_MARGIN.x, width * 0.08);
/** Past this many lines, relationship types are named only at the hovered node, and on the path. */
const MAX_LABELLED_EDGES = 40;

export interface GraphViewHandlers {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
}

/** The classes that move a label from below its node (the default) to the other places tried, in order. */
const PLACE_CLASSES = ['', 'label-above', 'label-right', 'label-left'];

/** The places a label may take, in the order of PLACE_CLASSES, from where it lies below its node. */
function labelPlaces(body: Box, below: Box): Box[] {
  const [width, height, gap] = [below.x2 - below.x1, below.y2 - below.y1, below.y1 - body.y2];
  const middle = (body.y1 + body.y2) / 2 - height / 2;
  return [
    below,
    { x1: below.x1, x2: below.x2, y1: body.y1 - gap - height, y2: body.y1 - gap },
    { x1: body.x2 + gap, x2: body.x2 + gap + width, y1: middle, y2: middle + height },
    { x1: body.x1 - gap - width, x2: body.x1 - gap, y1: middle, y2: middle + height },
  ];
}

/** Agencies are known by their abbreviation; everything else by its name. */
export const nodeLabel = (node: GraphNode): string => (node.__typename === 'Agency' && node.abbreviation) || node.name;

/** How a drawn node is named where there is room: with the events grouped under it. */
export const groupedLabel = (drawn: DrawnNode): string =>
  drawn.groupedEvents.length > 0 ? `${nodeLabel(drawn.node)} · ${countOf(drawn.groupedEvents.length, 'Event')}` : nodeLabel(drawn.node);

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
    this.cy.on('viewport', () => this.schedulePlacement());
  }

  /** Draws the view; lays it out again only when what is drawn changed. True when it did. */
  show(drawing: Drawing, state: ViewState): boolean {
    const key = [...drawing.nodes.keys()].sort().join(' ') + '#' + [...drawing.links.keys()].sort().join(' ') + '#' + state.focus;
    const changed = key !== this.drawnKey;
    this.drawing = drawing;
    if (changed) {
      this.drawnKey = key;
      this.redraw(drawing);
    }
    this.mark(drawing, state);
    this.placeLabels();
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
    const nodes: ElementDefinition[] = drawn.map((node) => ({
      group: 'nodes',
      position: positions.get(node.node.id),
      classes: node.groupedEvents.length > 0 ? 'grouped' : undefined,
      data: {
        id: node.node.id,
        label: nodeLabel(node.node),
        longLabel: groupedLabel(node),
        typename: node.node.__typename,
        ...KIND_LOOK[node.node.__typename],
        description: `${node.node.name}, ${ENTITY_KIND_WORDS[node.node.__typename]}`,
      },
    }));
    const edges: ElementDefinition[] = [...drawing.links.values()].map((link) => ({
      group: 'edges',
      data: {
        id: link.id,
        source: link.from,
        target: link.to,
        type: link.type,
        events: link.events,
        label: link.events > 0 ? `${link.type} (${countOf(link.events, 'Event')})` : link.type,
      },
    }));
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([...nodes, ...edges]);
    });
    this.fit();
  }

  /** Fits the drawing to the canvas (never blowing a small one up) and sizes the labels for that zoom. */
  private fit(): void {
    const nodes = this.cy.nodes();
    if (nodes.length === 0) return;
    const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    const width = Math.max(1, this.cy.width() - 2 * fitMarginX(this.cy.width()));
    const height = Math.max(1, this.cy.height() - 2 * FIT_MARGIN.y);
    const zoom = Math.min(MAX_FIT_ZOOM, width / Math.max(box.w, 1), height / Math.max(box.h, 1));
    this.cy.style(graphStyle(zoom));
    this.cy.zoom(zoom);
    this.cy.center(nodes);
  }

  private mark(drawing: Drawing, state: ViewState): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('focus expanded on-path faded labelled crowded');
      if (drawing.links.size > 2 * MAX_LABELLED_EDGES) this.cy.edges().addClass('crowded');
      if (state.focus) this.cy.getElementById(state.focus).addClass('focus');
      for (const id of state.expanded) this.cy.getElementById(id).addClass('expanded');
      if (drawing.onPath.size > 0) {
        this.cy.elements().forEach((element) => {
          element.addClass(drawing.onPath.has(element.id()) ? 'on-path labelled' : 'faded');
        });
      }
      this.cy.elements().unselect();
      if (state.selected) this.cy.getElementById(state.selected).select();
    });
  }

  private hover(id: string | null): void {
    this.hovered = id;
    this.placeLabels();
  }

  private schedulePlacement(): void {
    if (this.placing) return;
    this.placing = requestAnimationFrame(() => {
      this.placing = 0;
      this.placeLabels();
    });
  }

  /** The important labels first: the hovered, the selected and the focus always; then by hop, then the best connected. */
  private placeLabels(): void {
    if (!this.drawing) return;
    const drawing = this.drawing;
    const first = (node: NodeSingular) => node.id() === this.hovered || node.selected();
    const order = this.cy
      .nodes()
      .toArray()
      .map((node) => node as NodeSingular)
      .sort((a, b) => {
        const [da, db] = [drawing.nodes.get(a.id()), drawing.nodes.get(b.id())];
        return Number(first(b)) - Number(first(a)) || Number(b.hasClass('focus')) - Number(a.hasClass('focus')) ||
          Number(b.hasClass('on-path')) - Number(a.hasClass('on-path')) || (da?.hop ?? 0) - (db?.hop ?? 0) || (db?.degree ?? 0) - (da?.degree ?? 0);
      });
    this.cy.batch(() => {
      this.cy.nodes().removeClass(`label-first label-hidden ${PLACE_CLASSES.join(' ')}`);
      for (const node of order) if (first(node)) node.addClass('label-first');
      this.cy.edges().not('.on-path').removeClass('labelled');
      if (drawing.links.size <= MAX_LABELLED_EDGES) this.cy.edges().addClass('labelled');
      // The hovered node's lines are named while the pointer rests on it; the selected one's are listed in its details.
      if (this.hovered) this.cy.getElementById(this.hovered).connectedEdges().addClass('labelled');
    });
    const canvas: Box = { x1: 0, y1: 0, x2: this.cy.width(), y2: this.cy.height() };
    const shown = placeLabels(
      order.map((node) => {
        const body = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        const below = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
        return { id: node.id(), places: labelPlaces(body, below), body, always: first(node) || node.hasClass('focus') };
      }),
      canvas,
      this.cy
        .edges('.labelled')
        .map((edge) => edge.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }))
        .filter((box) => box.w > 0),
    );
    this.cy.batch(() => {
      for (const node of order) {
        const place = shown.get(node.id());
        if (place === undefined) node.addClass('label-hidden');
        else if (PLACE_CLASSES[place]) node.addClass(PLACE_CLASSES[place]);
      }
    });
  }

  /** The container changed size (the window, a panel): cytoscape measures it only when told. */
  resize(): void {
    this.cy.resize();
    this.fit();
    this.placeLabels();
  }
}
