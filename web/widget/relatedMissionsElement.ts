import { EntityChange, followChanges } from '../shared/changeFeed';
import { h } from '../shared/element';
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
 * <related-missions mission="tianwen-2" limit="5" endpoint="…/graphql" compact theme="dark" live>:
 * the missions most related to one mission, with the reasons in plain words,
 * from one GraphQL request; with `live`, asked again when one of them changes.
 */
export class RelatedMissionsElement extends HTMLElement {
  static readonly observedAttributes = [...REQUEST_ATTRIBUTES, 'compact', 'dir', 'lang', 'live'];

  private readonly root: ShadowRoot;
  /** Says, politely, that the card was refreshed; it exists from the start, as a live region must to be heard. */
  private readonly announcer = h('p', { class: 'announcer', role: 'status' });
  private loading?: AbortController;
  private scheduled = false;
  private refreshing = false;
  private view: WidgetView | null = null;
  private unfollow: (() => void) | null = null;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.root);
    this.root.append(this.announcer);
  }

  connectedCallback(): void {
    this.schedule();
    this.follow();
  }

  attributeChangedCallback(name: string): void {
    if (!this.isConnected) return;
    if (name === 'live' || name === 'endpoint') this.follow();
    if (REQUEST_ATTRIBUTES.includes(name)) this.schedule();
    else if (this.view) this.show(this.view);
  }

  disconnectedCallback(): void {
    this.loading?.abort();
    this.unfollow?.();
    this.unfollow = null;
  }

  /** With `live`, the page's one subscription to the change log (shared by its widgets); without it, none. */
  private follow(): void {
    this.unfollow?.();
    this.unfollow = this.hasAttribute('live') ? followChanges(this.endpoint, (change) => this.changeArrived(change)) : null;
  }

  /** The mission or one of those listed changed: ask again, keeping the card as it is until the new answer comes. */
  private changeArrived(change: EntityChange): void {
    const view = this.view;
    const shown = view?.state === 'ready' ? [view.subject.id, ...view.related.map((entry) => entry.mission.id)] : [this.getAttribute('mission')?.trim()];
    if (change.entityKind !== 'MISSION' || !shown.includes(change.entityId)) return;
    this.refreshing = true;
    this.schedule();
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
    const refresh = this.refreshing && this.view?.state === 'ready';
    this.refreshing = false;
    if (!refresh) this.show({ state: 'loading', missionId });
    const endpoint = this.endpoint;
    try {
      const answer = await queryGraphQL<RelatedMissionsAnswer>(endpoint, RELATED_MISSIONS_QUERY, { id: missionId, first: this.limit }, loading.signal, refresh);
      if (refresh) this.announcer.textContent = answer.mission ? `Related missions of ${answer.mission.name} updated.` : `The mission “${missionId}” was deleted.`;
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
