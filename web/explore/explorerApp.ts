import { h } from '../shared/element';
import { DetailsActions, renderDetails } from './detailsPanel';
import { GraphView, nodeLabel } from './graphView';
import { NodeList } from './nodeList';
import { renderPath } from './pathPanel';
import { SearchBox } from './searchBox';
import { ViewGraph, ViewLoader } from './viewLoader';
import { MAX_EXPANDED, readViewState, ViewState, writeViewState } from './viewState';

export interface ExplorerElements {
  search: HTMLInputElement;
  suggestions: HTMLUListElement;
  depth: HTMLFieldSetElement;
  graph: HTMLElement;
  nodeList: HTMLUListElement;
  nodeCount: HTMLElement;
  details: HTMLElement;
  path: HTMLElement;
  status: HTMLElement;
}

/**
 * The explorer: the URL's view state in, the graph, the node list, the
 * details and the path out. Every user action is a new state, pushed to the
 * history, so Back undoes it and the address can be shared.
 */
export class ExplorerApp {
  private state: ViewState = readViewState(location.search);
  private graph: ViewGraph | null = null;
  /** Names seen in details and search, for path ends that are not drawn. */
  private readonly names = new Map<string, string>();
  private rendering = 0;
  private readonly loader = new ViewLoader(new URL('/graphql', location.href).toString());
  private readonly view: GraphView;
  private readonly nodeList: NodeList;

  constructor(private readonly elements: ExplorerElements) {
    this.view = new GraphView(elements.graph, {
      onSelect: (id) => this.update({ selected: id }),
      onExpand: (id) => this.expand(id),
    });
    this.nodeList = new NodeList(elements.nodeList, (id) => this.update({ selected: id }));
    new SearchBox(elements.search, elements.suggestions, {
      search: (text, signal) => this.loader.search(text, signal),
      onPick: (entity) => {
        this.names.set(entity.id, entity.name);
        this.update({ focus: entity.id, expanded: [], selected: entity.id });
      },
      announce: (message) => this.announce(message),
    });
    elements.depth.addEventListener('change', (event) => {
      const value = (event.target as HTMLInputElement).value;
      this.update({ depth: value === '2' ? 2 : 1 });
    });
    window.addEventListener('popstate', () => {
      this.state = readViewState(location.search);
      void this.render();
    });
    new ResizeObserver(() => this.view.resize()).observe(elements.graph);
  }

  start(): Promise<void> {
    return this.render();
  }

  private readonly actions: DetailsActions = {
    open: (id) => (this.graph?.nodes.has(id) ? this.update({ selected: id }) : this.update({ focus: id, expanded: [], selected: id })),
    focus: (id) => this.update({ focus: id, expanded: [], selected: id }),
    expand: (id) => this.expand(id),
    pathFrom: (id) => this.update({ pathFrom: id }),
    pathTo: (id) => this.update({ pathTo: id }),
  };

  private expand(id: string): void {
    if (id === this.state.focus || this.state.expanded.includes(id)) return this.update({ selected: id });
    // Past the limit, the earliest expansion makes way (one request holds at most MAX_EXPANDED of them).
    this.update({ expanded: [...this.state.expanded, id].slice(-MAX_EXPANDED), selected: id });
  }

  private update(change: Partial<ViewState>): void {
    this.state = { ...this.state, ...change };
    history.pushState(null, '', writeViewState(this.state) || location.pathname);
    void this.render();
  }

  private async render(): Promise<void> {
    const rendering = ++this.rendering;
    const state = this.state;
    this.syncDepth(state);
    if (!state.focus) return this.renderEmpty();
    this.elements.graph.setAttribute('aria-busy', 'true');
    let graph: ViewGraph;
    try {
      graph = await this.loader.load(state);
    } catch (error) {
      if (rendering === this.rendering) this.fail(error as Error);
      return;
    }
    if (rendering !== this.rendering) return;
    this.graph = graph;
    this.elements.graph.setAttribute('aria-busy', 'false');
    const redrawn = this.view.show(graph, state);
    this.nodeList.render(graph, state);
    this.elements.nodeCount.textContent = String(graph.nodes.size);
    this.elements.graph.setAttribute('aria-label', this.describeGraph(graph, state));
    this.elements.path.replaceChildren(...renderPath(graph, state, (id) => this.nameOf(id), () => this.update({ pathFrom: null, pathTo: null })));
    // Announced when the drawing changes, not on every selection.
    if (redrawn) this.announce(this.describeGraph(graph, state));
    await this.renderDetails(graph, state, rendering);
  }

  private async renderDetails(graph: ViewGraph, state: ViewState, rendering: number): Promise<void> {
    if (!state.selected) {
      this.elements.details.replaceChildren(h('p', { class: 'muted' }, 'Click a node, or choose one in the list, to see its details. Double-click a node to expand it.'));
      return;
    }
    try {
      const details = await this.loader.entityDetails(state.selected);
      if (rendering !== this.rendering) return;
      if (details) this.names.set(details.id, details.name);
      this.elements.details.replaceChildren(
        ...(details ? renderDetails(details, graph, state, this.actions) : [h('p', {}, `No entity has the id “${state.selected}”.`)]),
      );
    } catch (error) {
      if (rendering === this.rendering) this.elements.details.replaceChildren(h('p', { role: 'alert' }, `Details could not be loaded: ${(error as Error).message}`));
    }
  }

  private renderEmpty(): void {
    this.graph = null;
    this.view.show({ nodes: new Map(), edges: new Map(), truncated: [], path: undefined }, this.state);
    this.nodeList.render({ nodes: new Map(), edges: new Map(), truncated: [], path: undefined }, this.state);
    this.elements.nodeCount.textContent = '0';
    this.elements.graph.setAttribute('aria-label', 'Graph: nothing drawn yet.');
    this.elements.details.replaceChildren(h('p', { class: 'muted' }, 'Search for a mission, agency, target or event to draw its neighbourhood.'));
    this.elements.path.replaceChildren();
    this.announce('Search for an entity to draw its neighbourhood.');
  }

  private fail(error: Error): void {
    this.elements.graph.setAttribute('aria-busy', 'false');
    this.elements.status.replaceChildren(h('span', { role: 'alert', class: 'error' }, `The graph could not be loaded: ${error.message}`));
  }

  private describeGraph(graph: ViewGraph, state: ViewState): string {
    const focus = state.focus ? graph.nodes.get(state.focus) : undefined;
    const around = focus ? ` around ${focus.name}` : '';
    const cut = graph.truncated.length > 0 ? ` (only the ${graph.nodes.size} closest are drawn)` : '';
    return `Graph of ${graph.nodes.size} entities and ${graph.edges.size} relationships${around}${cut}. The list “Drawn entities” names them all.`;
  }

  private nameOf(id: string): string {
    const node = this.graph?.nodes.get(id);
    return node ? nodeLabel(node) : (this.names.get(id) ?? id);
  }

  private syncDepth(state: ViewState): void {
    this.elements.depth.querySelectorAll<HTMLInputElement>('input[name="depth"]').forEach((input) => {
      input.checked = input.value === String(state.depth);
    });
  }

  private announce(message: string): void {
    this.elements.status.textContent = message;
  }

  get cytoscape() {
    return this.view.cy;
  }
}
