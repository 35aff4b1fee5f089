import { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { withOfflinePage } from './browser';
import { eventually } from './locatorMatchers';
import { TestServer } from './testServer';

/** Runs `run` on the explorer in an offline page of its own (see withOfflinePage). */
export function openExplorer(
  suite: { readonly server: TestServer; readonly browser: Browser },
  options: BrowserContextOptions | { width: number; height: number },
  run: (explorer: ExplorerPage, page: Page) => Promise<void>,
): Promise<void> {
  const contextOptions = 'width' in options ? { viewport: options } : options;
  return withOfflinePage(suite.browser, suite.server.url, contextOptions, (page) => run(new ExplorerPage(page), page));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The explorer as a user reaches it, by roles and labels; the cytoscape core only where the canvas is the point. */
export class ExplorerPage {
  readonly search: Locator;
  readonly suggestions: Locator;
  readonly drawn: Locator;
  readonly details: Locator;
  readonly path: Locator;
  readonly timeline: Locator;
  /** The timeline's rows, one per mission of the view. */
  readonly missionsInTime: Locator;
  /** The line under the graph that says what was left out. */
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('combobox', { name: 'Search the graph' });
    this.suggestions = page.getByRole('listbox', { name: 'Suggestions' });
    this.drawn = page.getByRole('list', { name: /^Drawn entities/ });
    this.details = page.getByRole('region', { name: 'Details' });
    this.path = page.getByRole('region', { name: 'Shortest path' });
    this.timeline = page.getByRole('region', { name: 'Timeline' });
    this.missionsInTime = this.timeline.getByRole('list', { name: 'Missions in time' });
    this.notice = page.locator('#left-out');
  }

  /** A mission's row on the timeline, by the mission's name. */
  timelineRow(name: string): Locator {
    return this.missionsInTime.locator(':scope > li').filter({ has: this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}:`) }) });
  }

  /** The button for a drawn entity in the text alternative, by its full name. */
  drawnEntity(name: string): Locator {
    return this.drawn.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)},`) });
  }

  async waitForDrawn(...names: string[]): Promise<void> {
    for (const name of names) await expect(this.drawnEntity(name)).toBeVisible();
  }

  /** Ids of the nodes cytoscape holds. */
  drawnIds(): Promise<string[]> {
    return this.page.evaluate(() => (globalThis as any).missiongraphExplorer.cy.nodes().map((node: any) => node.id()));
  }

  /** Ids of the nodes and edges drawn highlighted as the path. */
  highlighted(): Promise<{ nodes: string[]; edges: number }> {
    return this.page.evaluate(() => {
      const cy = (globalThis as any).missiongraphExplorer.cy;
      return { nodes: cy.nodes('.on-path').map((node: any) => node.id()), edges: cy.edges('.on-path').length };
    });
  }

  nodeColour(id: string): Promise<string> {
    return this.page.evaluate((nodeId) => (globalThis as any).missiongraphExplorer.cy.getElementById(nodeId).style('background-color'), id);
  }

  /** Kinds of the drawn nodes, by id. */
  drawnKinds(): Promise<Record<string, string>> {
    return this.page.evaluate(() =>
      Object.fromEntries((globalThis as any).missiongraphExplorer.cy.nodes().map((node: any) => [node.id(), node.data('typename')])),
    );
  }

  /** Waits until the drawing holds these ids (and, when asked, none of those). */
  async waitForIds(present: string[], absent: string[] = []): Promise<string[]> {
    return eventually(
      () => this.drawnIds(),
      (ids) => {
        expect(ids).toEqual(expect.arrayContaining(present));
        for (const id of absent) expect(ids).not.toContain(id);
      },
    );
  }

  /** Where cytoscape drew a node, in page coordinates. */
  async nodePoint(id: string): Promise<{ x: number; y: number }> {
    return this.page.evaluate((nodeId) => {
      const cy = (globalThis as any).missiongraphExplorer.cy;
      const position = cy.getElementById(nodeId).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, id);
  }

  /**
   * Where cytoscape drew a node, once a finger or pointer put there reaches
   * the canvas: for the 0.2 s the bottom sheet takes to slide shut it still
   * covers much of the graph, and a touch there lands on the sheet.
   */
  async reachablePoint(id: string): Promise<{ x: number; y: number }> {
    return eventually(
      async () => {
        const point = await this.nodePoint(id);
        const onCanvas = await this.page.evaluate(
          ({ x, y }) => (globalThis as any).missiongraphExplorer.cy.container().contains((globalThis as any).document.elementFromPoint(x, y)),
          point,
        );
        return { point, onCanvas };
      },
      (reached) => expect(reached.onCanvas).toBe(true),
    ).then((reached) => reached.point);
  }

  /** A real double click where cytoscape drew the node. */
  async doubleClickNode(id: string): Promise<void> {
    const point = await this.nodePoint(id);
    await this.page.mouse.dblclick(point.x, point.y);
  }

  /** Whether the node's label is shown now. */
  labelShown(id: string): Promise<boolean> {
    return this.page.evaluate((nodeId) => {
      const node = (globalThis as any).missiongraphExplorer.cy.getElementById(nodeId);
      return node.pstyle('text-opacity').value > 0 && node.pstyle('label').strValue !== '';
    }, id);
  }

  /**
   * Every label the canvas shows, with what makes one unreadable: drawn under
   * 11 pixels on screen, cut off by the canvas's edge, or over another label
   * or another node.
   */
  readability(): Promise<{ shown: string[]; problems: string[] }> {
    return this.page.evaluate(() => {
      const cy = (globalThis as any).missiongraphExplorer.cy;
      const zoom = cy.zoom();
      const [width, height] = [cy.width(), cy.height()];
      const overlap = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const nodes = cy.nodes().map((node: any) => ({
        id: node.id(),
        text: node.pstyle('label').strValue,
        px: node.pstyle('font-size').pfValue * zoom,
        shown: node.pstyle('text-opacity').value > 0 && node.pstyle('label').strValue !== '' && node.pstyle('font-size').pfValue * zoom >= node.pstyle('min-zoomed-font-size').pfValue,
        label: node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }),
        body: node.renderedBoundingBox({ includeLabels: false, includeOverlays: false }),
      }));
      const shown = nodes.filter((node: any) => node.shown);
      const problems: string[] = [];
      for (const node of shown) {
        if (node.px < 11) problems.push(`${node.text}: ${node.px.toFixed(1)} px`);
        if (node.label.x1 < 0 || node.label.y1 < 0 || node.label.x2 > width || node.label.y2 > height) problems.push(`${node.text}: cut off by the canvas`);
        for (const other of shown) if (other.id < node.id && overlap(node.label, other.label)) problems.push(`${node.text} over ${other.text}`);
        for (const other of nodes) if (other.id !== node.id && overlap(node.label, other.body)) problems.push(`${node.text} over the node ${other.id}`);
      }
      return { shown: shown.map((node: any) => node.text), problems };
    });
  }

  /** Types into the search box, then moves down the suggestions to the one labelled so and presses Enter: the keyboard only. */
  async pickByKeyboard(text: string, optionLabel: string): Promise<void> {
    await this.search.focus();
    await this.search.pressSequentially(text, { delay: 30 });
    const option = this.suggestions.getByRole('option', { name: optionLabel, exact: true });
    await expect(option).toBeVisible();
    const count = await this.suggestions.getByRole('option').count();
    for (let step = 0; step < count && (await option.getAttribute('aria-selected')) !== 'true'; step++) {
      await this.search.press('ArrowDown');
    }
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(this.search).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await this.search.press('Enter');
  }

  /** Types into the search box and clicks the suggestion labelled so. */
  async pickByMouse(text: string, optionLabel: string): Promise<void> {
    await this.search.fill('');
    await this.search.pressSequentially(text, { delay: 30 });
    const option = this.suggestions.getByRole('option', { name: optionLabel, exact: true });
    await expect(option).toBeVisible();
    await option.click();
  }

  async query(): Promise<URLSearchParams> {
    return new URL(this.page.url()).searchParams;
  }
}
