import cytoscape, { Core, ElementDefinition } from 'cytoscape';
import { ENTITY_KIND_WORDS } from '../shared/vocabulary';
import { GraphNode } from './explorerQueries';
import { hopsFrom } from './graphLayout';
import { GRAPH_STYLE, KIND_LOOK } from './graphStyle';
import { edgeId, ViewGraph } from './viewLoader';
import { ViewState } from './viewState';

const MAX_FIT_ZOOM = 1.2;

export interface GraphViewHandlers {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
}

/** Agencies are known by their abbreviation; everything else by its name. */
export const nodeLabel = (node: GraphNode): string => (node.__typename === 'Agency' && node.abbreviation) || node.name;

/** The cytoscape drawing of a view: nodes by kind, edges labelled by relationship type, the path highlighted. */
export class GraphView {
  readonly cy: Core;
  private drawnKey = '';

  constructor(container: HTMLElement, handlers: GraphViewHandlers) {
    this.cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event) => handlers.onSelect(event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onSelect(null);
    });
    this.cy.on('dbltap', 'node', (event) => handlers.onExpand(event.target.id()));
  }

  /** Draws the view; lays it out again only when its nodes, edges or focus changed. True when it did. */
  show(graph: ViewGraph, state: ViewState): boolean {
    const key = [...graph.nodes.keys()].sort().join(' ') + '#' + [...graph.edges.keys()].sort().join(' ') + '#' + state.focus;
    const changed = key !== this.drawnKey;
    if (changed) {
      this.drawnKey = key;
      this.redraw(graph, state.focus);
    }
    this.mark(graph, state);
    return changed;
  }

  private redraw(graph: ViewGraph, focus: string | null): void {
    const hops = hopsFrom(focus, [...graph.nodes.keys()], graph.edges.values());
    const rings = Math.max(0, ...hops.values()) + 1;
    const nodes: ElementDefinition[] = [...graph.nodes.values()]
      .sort((a, b) => a.__typename.localeCompare(b.__typename) || a.name.localeCompare(b.name))
      .map((node) => ({
        group: 'nodes',
        data: {
          id: node.id,
          label: nodeLabel(node),
          typename: node.__typename,
          ring: rings - hops.get(node.id)!,
          ...KIND_LOOK[node.__typename],
          description: `${node.name}, ${ENTITY_KIND_WORDS[node.__typename]}`,
        },
      }));
    const edges: ElementDefinition[] = [...graph.edges.values()].map((edge) => ({
      group: 'edges',
      data: { id: edge.id, source: edge.from, target: edge.to, type: edge.type },
    }));
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([...nodes, ...edges]);
    });
    this.cy
      .layout({
        name: 'concentric',
        concentric: (node) => node.data('ring'),
        levelWidth: () => 1,
        minNodeSpacing: 40,
        startAngle: (3 / 2) * Math.PI,
        animate: false,
        fit: false,
      })
      .run();
    // The rings are a deterministic start; the force-directed pass then pulls each hub's leaves around it.
    this.cy
      .layout({
        name: 'cose',
        randomize: false,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 70,
        nodeRepulsion: () => 60000,
        numIter: 1500,
      })
      .run();
    this.fit();
  }

  /** Fits the drawing to the canvas, but never blows a small neighbourhood up past a readable size. */
  private fit(): void {
    this.cy.fit(undefined, 30);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
  }

  private mark(graph: ViewGraph, state: ViewState): void {
    const onPath = new Set<string>();
    if (graph.path) {
      for (const node of graph.path.nodes) onPath.add(node.id);
      for (const edge of graph.path.edges) onPath.add(edgeId(edge));
    }
    this.cy.batch(() => {
      this.cy.elements().removeClass('focus expanded on-path faded');
      if (state.focus) this.cy.getElementById(state.focus).addClass('focus');
      for (const id of state.expanded) this.cy.getElementById(id).addClass('expanded');
      if (onPath.size > 0) {
        this.cy.elements().forEach((element) => {
          element.addClass(onPath.has(element.id()) ? 'on-path' : 'faded');
        });
      }
      this.cy.elements().unselect();
      if (state.selected) this.cy.getElementById(state.selected).select();
    });
  }

  /** The container changed size (the window, a panel): cytoscape measures it only when told. */
  resize(): void {
    this.cy.resize();
    this.fit();
  }
}
