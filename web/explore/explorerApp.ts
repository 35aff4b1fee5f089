import { EntityChange, followChanges } from '../shared/changeFeed';
import { h } from '../shared/element';
import { describeFailure } from '../shared/graphqlClient';
import { BottomSheet } from './bottomSheet';
import { DetailsActions, renderDetails } from './detailsPanel';
import { buildDrawing, Drawing } from './drawing';
import { FilterControls } from './filterControls';
import { GraphView, nodeLabel } from './graphView';
import { renderLeftOut } from './leftOutNotice';
import { describeChange } from './liveChanges';
import { NodeList } from './nodeList';
import { renderPath } from './pathPanel';
import { SearchBox } from './searchBox';
import { timelineRows } from './timelineRows';
import { TimelineView } from './timelineView';
import { todayUtc } from './timeSpans';
import { EMPTY_GRAPH, ViewGraph, ViewLoader } from './viewLoader';
import { DRAW_LIMIT_STEP, MAX_EXPANDED, readViewState, ViewState, writeViewState } from './viewState';

export interface ExplorerElements {
  search: HTMLInputElement;
  suggestions: HTMLUListElement;
  depth: HTMLFieldSetElement;
  kinds: HTMLFieldSetElement;
  relationships: HTMLFieldSetElement;
  graph: HTMLElement;
  leftOut: HTMLElement;
  nodeList: HTMLUListElement;
  nodeCount: HTMLElement;
  details: HTMLElement;
  path: HTMLElement;
  status: HTMLElement;
  timeline: HTMLElement;
  sheet: HTMLElement;
  sheetHandle: HTMLButtonElement;
  sheetBody: HTMLElement;
}

/**
 * The explorer: the URL's view state in, the graph, the timeline, the node
 * list, the details and the path out. Every user action is a new state,
 * pushed to the history, so Back undoes it and the address can be shared.
 */
export class ExplorerApp {
  private state: ViewState = readViewState(location.search);
  private graph: ViewGraph | null = null;
  /** Names seen in details and search, for path ends that are not drawn. */
  private readonly names = new Map<string, string>();
  private rendering = 0;
  private readonly endpoint = new URL('/graphql', location.href).toString();
  private readonly loader = new ViewLoader(this.endpoint);
  /** What was drawn last, to tell whether a change concerns the view. */
  private drawn: ReadonlySet<string> = new Set();
  /** Entities of the view that changed while the page was open: marked "updated" (or "deleted") until it is closed. */
  private readonly changed = new Map<string, EntityChange>();
  private readonly view: GraphView;
  private readonly nodeList: NodeList;
  private readonly filters: FilterControls;
  private readonly timeline: TimelineView;
  private readonly sheet: BottomSheet;

  constructor(private readonly elements: ExplorerElements) {
    this.view = new GraphView(elements.graph, {
      onSelect: (id) => {
        this.update({ selected: id });
        if (id) this.sheet.reveal();
      },
      onExpand: (id) => this.expand(id),
    });
    this.nodeList = new NodeList(elements.nodeList, (id) => this.update({ selected: id }));
    new SearchBox(elements.search, elements.suggestions, {
      search: (text, signal) => this.loader.search(text, signal),
      onPick: (entity) => {
        this.names.set(entity.id, entity.name);
        this.update({ focus: entity.id, expanded: [], selected: entity.id, opened: [], years: null });
      },
      announce: (message) => this.announce(message),
    });
    this.filters = new FilterControls(elements, (change) => this.update(change));
    this.timeline = new TimelineView(elements.timeline, {
      select: (id) => this.update({ selected: id }),
      toggle: (id) => this.actions.toggleEvents(id),
      brush: (years) => this.update({ years }),
    });
    this.sheet = new BottomSheet(elements.sheet, elements.sheetHandle, elements.sheetBody);
    window.addEventListener('popstate', () => {
      this.state = readViewState(location.search);
      void this.render();
    });
    new ResizeObserver(() => this.view.resize()).observe(elements.graph);
  }

  start(): Promise<void> {
    followChanges(this.endpoint, (change) => this.changeArrived(change));
    return this.render();
  }

  /** A change to a drawn or selected entity marks it and reads its details again; others are not the view's concern. */
  private changeArrived(change: EntityChange): void {
    const id = change.entityId;
    if (!this.drawn.has(id) && id !== this.state.selected) return;
    this.changed.set(id, change);
    this.loader.forgetDetails(id);
    this.announce(describeChange(this.fullNameOf(id), change));
    void this.render();
  }

  private readonly actions: DetailsActions = {
    open: (id) => (this.graph?.nodes.has(id) ? this.update({ selected: id }) : this.update({ focus: id, expanded: [], selected: id })),
    focus: (id) => this.update({ focus: id, expanded: [], selected: id }),
    expand: (id) => this.expand(id),
    pathFrom: (id) => this.update({ pathFrom: id }),
    pathTo: (id) => this.update({ pathTo: id }),
    toggleEvents: (id) =>
      this.update({ opened: this.state.opened.includes(id) ? this.state.opened.filter((other) => other !== id) : [...this.state.opened, id] }),
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
    const started = performance.now();
    const rendering = ++this.rendering;
    const state = this.state;
    this.filters.show(state);
    if (!state.focus) return this.renderEmpty();
    this.elements.graph.setAttribute('aria-busy', 'true');
    let graph: ViewGraph;
    try {
      graph = await this.loader.load(state);
    } catch (error) {
      if (rendering === this.rendering) this.fail(error);
      return;
    }
    if (rendering !== this.rendering) return;
    this.graph = graph;
    const today = todayUtc();
    const drawing = buildDrawing(graph, state, today);
    this.elements.graph.setAttribute('aria-busy', 'false');
    // The notice first: it takes room from the canvas, which the drawing should be fitted to once, not twice.
    this.elements.leftOut.replaceChildren(...renderLeftOut(drawing, () => this.update({ drawLimit: state.drawLimit + DRAW_LIMIT_STEP })));
    this.drawn = new Set(drawing.nodes.keys());
    const redrawn = this.view.show(drawing, state, this.changed);
    // For the browser tests' figures and anyone profiling: how long after the request a new drawing was on screen.
    if (redrawn) performance.measure('explorer:graph-drawn', { start: started, detail: { focus: state.focus, depth: state.depth } });
    this.timeline.render(timelineRows(graph, today), state, new Set(drawing.nodes.keys()));
    if (redrawn) performance.measure('explorer:timeline-drawn', { start: started, detail: { focus: state.focus, depth: state.depth } });
    this.nodeList.render(drawing, state, this.changed);
    this.elements.nodeCount.textContent = String(drawing.nodes.size);
    this.elements.graph.setAttribute('aria-label', this.describeGraph(drawing, state));
    this.elements.path.replaceChildren(...renderPath(graph, state, (id) => this.nameOf(id), () => this.update({ pathFrom: null, pathTo: null })));
    // Announced when the drawing changes, not on every selection.
    if (redrawn) this.announce(this.describeGraph(drawing, state));
    await this.renderDetails(drawing, state, rendering);
  }

  private async renderDetails(drawing: Drawing, state: ViewState, rendering: number): Promise<void> {
    if (!state.selected) {
      this.elements.details.replaceChildren(h('p', { class: 'muted' }, 'Select a node, or an entity in the list or on the timeline, to see its details.'));
      return;
    }
    try {
      const details = await this.loader.entityDetails(state.selected);
      if (rendering !== this.rendering) return;
      if (details) this.names.set(details.id, details.name);
      const change = this.changed.get(state.selected);
      this.elements.details.replaceChildren(
        ...(details
          ? renderDetails(details, drawing, state, this.actions, change)
          : [h('p', {}, change?.kind === 'DELETED' ? describeChange(this.fullNameOf(state.selected), change) : `No entity has the id “${state.selected}”.`)]),
      );
    } catch (error) {
      if (rendering === this.rendering) this.elements.details.replaceChildren(h('p', { role: 'alert' }, `Details could not be loaded: ${describeFailure(error)}.`));
    }
  }

  private renderEmpty(): void {
    this.graph = null;
    const drawing = buildDrawing(EMPTY_GRAPH, this.state, todayUtc());
    this.drawn = new Set();
    this.view.show(drawing, this.state);
    this.nodeList.render(drawing, this.state, this.changed);
    this.timeline.render([], this.state, new Set());
    this.elements.leftOut.replaceChildren();
    this.elements.nodeCount.textContent = '0';
    this.elements.graph.setAttribute('aria-label', 'Graph: nothing drawn yet.');
    this.elements.details.replaceChildren(h('p', { class: 'muted' }, 'Search for a mission, agency, target or event to draw its neighbourhood.'));
    this.elements.path.replaceChildren();
    this.announce('Search for an entity to draw its neighbourhood.');
  }

  private fail(error: unknown): void {
    this.elements.graph.setAttribute('aria-busy', 'false');
    this.elements.leftOut.replaceChildren(h('p', { role: 'alert', class: 'error' }, `The graph could not be loaded: ${describeFailure(error)}.`));
  }

  private describeGraph(drawing: Drawing, state: ViewState): string {
    const focus = state.focus ? drawing.nodes.get(state.focus) : undefined;
    const around = focus ? ` around ${focus.node.name}` : '';
    const cut = drawing.leftOutCount > 0 ? ` (the ${drawing.nodes.size} closest; ${drawing.leftOutCount} more left out)` : '';
    return `Graph of ${drawing.nodes.size} entities and ${drawing.links.size} relationships${around}${cut}. The list “Drawn entities” names them all.`;
  }

  private nameOf(id: string): string {
    const node = this.graph?.nodes.get(id);
    return node ? nodeLabel(node) : (this.names.get(id) ?? id);
  }

  /** In sentences an agency goes by its name, not the abbreviation its node is labelled with. */
  private fullNameOf(id: string): string {
    return this.graph?.nodes.get(id)?.name ?? this.names.get(id) ?? id;
  }

  private announce(message: string): void {
    this.elements.status.textContent = message;
  }

  get cytoscape() {
    return this.view.cy;
  }
}
