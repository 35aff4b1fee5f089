import { describeFailure, queryGraphQL } from '../shared/graphqlClient';
import { RELATED_MISSIONS_QUERY, RelatedMissionsAnswer } from './relatedMissionsQuery';
import { adoptStyles } from './widgetStyles';
import { renderWidget, WidgetView } from './widgetView';

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 20;

/** Read while widget.js runs: later, document.currentScript is whatever script runs then. */
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

/** Attributes that change what is asked of the API; the others only change how the answer is shown. */
const REQUEST_ATTRIBUTES = ['mission', 'limit', 'endpoint'];

/**
 * <related-missions mission="tianwen-2" limit="5" endpoint="…/graphql" compact theme="dark">:
 * the missions most related to one mission, with the reasons in plain words,
 * from one GraphQL request.
 */
export class RelatedMissionsElement extends HTMLElement {
  static readonly observedAttributes = [...REQUEST_ATTRIBUTES, 'compact', 'dir', 'lang'];

  private readonly root: ShadowRoot;
  private loading?: AbortController;
  private scheduled = false;
  private view: WidgetView | null = null;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.root);
  }

  connectedCallback(): void {
    this.schedule();
  }

  attributeChangedCallback(name: string): void {
    if (!this.isConnected) return;
    if (REQUEST_ATTRIBUTES.includes(name)) this.schedule();
    else if (this.view) this.show(this.view);
  }

  disconnectedCallback(): void {
    this.loading?.abort();
  }

  /** The GraphQL endpoint: the attribute, else /graphql on the origin widget.js came from. */
  get endpoint(): string {
    return new URL(this.getAttribute('endpoint') || '/graphql', scriptUrl).toString();
  }

  get limit(): number {
    const value = Number.parseInt(this.getAttribute('limit') ?? '', 10);
    return Number.isInteger(value) && value > 0 ? Math.min(value, MAX_LIMIT) : DEFAULT_LIMIT;
  }

  /** Setting several attributes in a row costs one request, not one per attribute. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.load();
    });
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    const missionId = this.getAttribute('mission')?.trim();
    if (!missionId) return this.show({ state: 'missing-attribute' });
    const loading = new AbortController();
    this.loading = loading;
    this.show({ state: 'loading', missionId });
    const endpoint = this.endpoint;
    try {
      const answer = await queryGraphQL<RelatedMissionsAnswer>(endpoint, RELATED_MISSIONS_QUERY, { id: missionId, first: this.limit }, loading.signal);
      if (!answer.mission) return this.show({ state: 'unknown', missionId });
      const explorer = new URL('/explore', endpoint);
      this.show({
        state: 'ready',
        subject: answer.mission,
        related: answer.mission.related,
        explorerUrl: (id) => `${explorer}?focus=${encodeURIComponent(id)}`,
      });
    } catch (error) {
      if (loading.signal.aborted) return;
      this.show({ state: 'error', message: describeFailure(error), retry: () => this.schedule() });
    }
  }

  private show(view: WidgetView): void {
    this.view = view;
    const card = renderWidget(view, {
      compact: this.hasAttribute('compact'),
      dir: this.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr',
      language: this.closest('[lang]')?.getAttribute('lang') || null,
    });
    const old = this.root.querySelector('.card');
    if (old) old.replaceWith(card);
    else this.root.append(card);
  }
}
