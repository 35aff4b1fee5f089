import { h } from '../shared/element';
import { EMPTY_VIEW, writeViewState } from './viewState';

/**
 * A link to another entity: a real href (it can be opened in a new tab or
 * copied) that, clicked in place, asks the explorer to open the entity.
 */
export function entityLink(entity: { id: string; name: string }, open: (id: string) => void): HTMLAnchorElement {
  const link = h('a', { href: writeViewState({ ...EMPTY_VIEW, focus: entity.id, selected: entity.id }) || '?' }, entity.name);
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open(entity.id);
  });
  return link;
}

/** Names joined by commas, each a link. */
export function entityLinks(entities: { id: string; name: string }[], open: (id: string) => void): (Node | string)[] {
  return entities.flatMap((entity, index) => (index === 0 ? [entityLink(entity, open)] : [', ', entityLink(entity, open)]));
}

/** Only http(s) addresses become links: a source is data, and data must not run script. */
export function sourceLink(url: string): HTMLElement {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return h('span', {}, url);
  const label = decodeURIComponent(`${parsed.hostname}${parsed.pathname}`).replace(/\/$/, '');
  return h('a', { href: parsed.toString(), rel: 'noopener noreferrer', target: '_blank' }, label);
}
