import { Locator, Page } from 'playwright-core';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The explorer as a user reaches it, by roles and labels; the cytoscape core only where the canvas is the point. */
export class ExplorerPage {
  readonly search: Locator;
  readonly suggestions: Locator;
  readonly drawn: Locator;
  readonly details: Locator;
  readonly path: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('combobox', { name: 'Search the graph' });
    this.suggestions = page.getByRole('listbox', { name: 'Suggestions' });
    this.drawn = page.getByRole('list', { name: /^Drawn entities/ });
    this.details = page.getByRole('region', { name: 'Details' });
    this.path = page.getByRole('region', { name: 'Shortest path' });
  }

  /** The button for a drawn entity in the text alternative, by its full name. */
  drawnEntity(name: string): Locator {
    return this.drawn.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)},`) });
  }

  async waitForDrawn(...names: string[]): Promise<void> {
    for (const name of names) await this.drawnEntity(name).waitFor({ timeout: 20000 });
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

  async waitForNodeCountAbove(count: number): Promise<void> {
    await this.page.waitForFunction((least) => (globalThis as any).missiongraphExplorer.cy.nodes().length > least, count, { timeout: 20000 });
  }

  /** A real double click where cytoscape drew the node. */
  async doubleClickNode(id: string): Promise<void> {
    const point = await this.page.evaluate((nodeId) => {
      const cy = (globalThis as any).missiongraphExplorer.cy;
      const position = cy.getElementById(nodeId).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, id);
    await this.page.mouse.dblclick(point.x, point.y);
  }

  /** Types into the search box, then moves down the suggestions to the one labelled so and presses Enter: the keyboard only. */
  async pickByKeyboard(text: string, optionLabel: string): Promise<void> {
    await this.search.focus();
    await this.search.pressSequentially(text, { delay: 30 });
    const option = this.suggestions.getByRole('option', { name: optionLabel, exact: true });
    await option.waitFor({ timeout: 20000 });
    const count = await this.suggestions.getByRole('option').count();
    for (let step = 0; step < count && (await option.getAttribute('aria-selected')) !== 'true'; step++) {
      await this.search.press('ArrowDown');
    }
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await this.search.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await this.search.press('Enter');
  }

  /** Types into the search box and clicks the suggestion labelled so. */
  async pickByMouse(text: string, optionLabel: string): Promise<void> {
    await this.search.fill('');
    await this.search.pressSequentially(text, { delay: 30 });
    const option = this.suggestions.getByRole('option', { name: optionLabel, exact: true });
    await option.waitFor({ timeout: 20000 });
    await option.click();
  }

  async query(): Promise<URLSearchParams> {
    return new URL(this.page.url()).searchParams;
  }
}
