import { h } from '../shared/element';
import { nameInLanguage } from '../shared/nativeNameElement';
import { nativeName } from '../shared/nativeNames';
import { describeReason, formatScore, MissionNames } from './reasonPhrases';
import { RelatedMission } from './relatedMissionsQuery';

/** What the widget shows; each state replaces the card's contents. */
export type WidgetView =
  | { state: 'loading'; missionId: string }
  | { state: 'error'; message: string; retry: () => void }
  | { state: 'unknown'; missionId: string }
  | { state: 'missing-attribute' }
  | { state: 'ready'; subject: MissionNames; related: RelatedMission[]; explorerUrl: (id: string) => string };

/** How to show it: `compact` puts each mission on one line, name and score. */
export interface WidgetLook {
  compact: boolean;
  /** The card's own direction: its words are English, so left to right unless the page asks otherwise on the element. */
  dir: 'ltr' | 'rtl';
  /** The page's language (the element's lang, or its nearest ancestor's): whose native names to show beside the English ones. */
  language: string | null;
}

/** A mission's native name beside its English one, in its own language and direction. */
const native = (mission: MissionNames, language: string | null): (Node | string)[] => {
  const name = nativeName(mission.names, language);
  return name ? [' ', nameInLanguage(name, 'native')] : [];
};

const status = (text: string, extra: Partial<{ role: string; className: string }> = {}) =>
  h('p', { class: `status ${extra.className ?? ''}`.trim(), role: extra.role ?? 'status' }, text);

export function renderWidget(view: WidgetView, look: WidgetLook): HTMLElement {
  const card = h('section', { class: 'card', part: 'card', lang: 'en', dir: look.dir, 'aria-busy': view.state === 'loading' ? 'true' : 'false' });
  switch (view.state) {
    case 'loading':
      card.setAttribute('aria-label', 'Related missions');
      card.append(h('p', { class: 'status', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading related missions…'));
      break;
    case 'error': {
      card.setAttribute('aria-label', 'Related missions');
      const retry = h('button', { type: 'button', part: 'retry' }, 'Try again');
      retry.addEventListener('click', view.retry);
      card.append(status(`Related missions could not be loaded: ${view.message}.`, { className: 'error', role: 'alert' }), retry);
      break;
    }
    case 'unknown':
      card.setAttribute('aria-label', 'Related missions');
      card.append(status(`No mission has the id “${view.missionId}”.`));
      break;
    case 'missing-attribute':
      card.setAttribute('aria-label', 'Related missions');
      card.append(status('Set the mission attribute to a mission id, e.g. mission="tianwen-2".'));
      break;
    case 'ready':
      card.append(...renderReady(view, look));
      card.setAttribute('aria-label', `Missions related to ${view.subject.name}`);
      break;
  }
  return card;
}

function renderReady({ subject, related, explorerUrl }: Extract<WidgetView, { state: 'ready' }>, look: WidgetLook): Node[] {
  const title = h('p', { class: 'title', part: 'title' }, 'Missions related to ', h('a', { href: explorerUrl(subject.id) }, subject.name), ...native(subject, look.language));
  if (related.length === 0) return [title, status(`No missions are related to ${subject.name}.`)];
  const best = Math.max(...related.map((entry) => entry.score));
  const items = related.map((entry) => {
    const year = entry.mission.launchDate?.slice(0, 4);
    const reasons = entry.reasons.map((reason) => describeReason(reason, subject, entry.mission));
    const head = h(
      'div',
      { class: 'head' },
      h('span', { class: 'names' }, h('a', { class: 'name', href: explorerUrl(entry.mission.id) }, entry.mission.name), ...native(entry.mission, look.language)),
      year ? h('span', { class: 'year' }, year) : null,
      h('span', { class: 'score' }, h('span', { class: 'score-label' }, 'score'), ' ', formatScore(entry.score)),
    );
    // Compact: one line each; the reasons stay at hand as the line's tooltip.
    if (look.compact) return h('li', { class: 'mission', part: 'mission', title: reasons.join('; ') }, head);
    const bar = h('span');
    bar.style.setProperty('--share', String(best > 0 ? entry.score / best : 0));
    return h(
      'li',
      { class: 'mission', part: 'mission' },
      head,
      h('div', { class: 'bar', 'aria-hidden': 'true' }, bar),
      h(
        'ul',
        { class: 'reasons', 'aria-label': `Why ${entry.mission.name} is related` },
        reasons.map((reason) => h('li', {}, reason)),
      ),
    );
  });
  return [title, h('ol', {}, items)];
}
