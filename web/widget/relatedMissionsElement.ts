import { ApiUnreachableError, GraphQLRequestError, queryGraphQL } from '../shared/graphqlClient';
import { RELATED_MISSIONS_QUERY, RelatedMissionsAnswer } from './relatedMissionsQuery';
import { adoptStyles } from './widgetStyles';
import { renderWidget, WidgetView } from './widgetView';

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 20;

/** Read while widget.js runs: later, document.currentScript is whatever script runs then. */
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

/**
 * <related-missions mission="tianwen-2" limit="5" endpoint="…/graphql">:
 * the missions most related to one mission, with the reasons in plain words,
 * from one GraphQL request.
 */
export class RelatedMissionsElement extends HTMLElement {
  static readonly observedAttributes = ['mission', 'limit', 'endpoint'];

  private readonly root: ShadowRoot;
  private loading?: AbortController;
  private scheduled = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.root);
  }

  connectedCallback(): void {
    this.schedule();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.schedule();
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
      this.show({ state: 'error', message: errorMessage(error), retry: () => this.schedule() });
    }
  }

  private show(view: WidgetView): void {
    const card = renderWidget(view);
    const old = this.root.querySelector('.card');
    if (old) old.replaceWith(card);
    else this.root.append(card);
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof ApiUnreachableError) return 'the missions API cannot be reached.';
  if (error instanceof GraphQLRequestError) return error.message;
  return 'something went wrong.';
}
