import { h } from '../shared/element';
import { nameInLanguage } from '../shared/nativeNameElement';
import { nativeName } from '../shared/nativeNames';
import { countOf, ENTITY_KIND_WORDS } from '../shared/vocabulary';
import { renderFields } from './detailsFields';
import { entityLink, sourceLink } from './entityLinks';
import { Drawing } from './drawing';
import { EntityDetails } from './explorerQueries';
import { nodeLabel } from './graphView';
import { detailsNote } from './liveChanges';
import type { EntityChange } from '../shared/changeFeed';
import { renderTimeline } from './timeline';
import { ViewState } from './viewState';

export interface DetailsActions {
  /** Select the entity if it is drawn, else centre the view on it. */
  open(id: string): void;
  focus(id: string): void;
  expand(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  /** Draw a mission's events one by one, or group them under it again. */
  toggleEvents(id: string): void;
}

/** The details of the selected entity: its facts, a mission's timeline, its drawn connections, its sources, and what to do with it. */
export function renderDetails(details: EntityDetails, drawing: Drawing, state: ViewState, actions: DetailsActions, change?: EntityChange): Node[] {
  const drawnNode = drawing.nodes.get(details.id);
  const drawn = drawnNode !== undefined;
  const isFocus = details.id === state.focus;
  const button = (label: string, action: () => void, disabled = false) => {
    const element = h('button', { type: 'button', disabled }, label);
    element.addEventListener('click', action);
    return element;
  };
  const native = nativeName(details.names, readerLanguage());
  const heading = h('h2', { id: 'details-title', tabindex: '-1' }, details.name, native ? [' ', nameInLanguage(native, 'native-name')] : []);
  return [
    heading,
    h('p', { class: `kind-tag kind-${details.__typename.toLowerCase()}` }, ENTITY_KIND_WORDS[details.__typename]),
    ...(change ? [h('p', { class: 'change-note' }, detailsNote(change))] : []),
    h(
      'div',
      { class: 'actions', role: 'group', 'aria-label': `Actions for ${details.name}` },
      button(isFocus ? 'At the centre' : 'Centre on it', () => actions.focus(details.id), isFocus),
      button('Expand', () => actions.expand(details.id), !drawn || isFocus || state.expanded.includes(details.id)),
      button('Path from here', () => actions.pathFrom(details.id), state.pathFrom === details.id),
      button('Path to here', () => actions.pathTo(details.id), state.pathTo === details.id),
      ...(drawing.grouping && !isFocus ? eventsButton(details.id, drawnNode?.groupedEvents.length ?? 0, state, () => actions.toggleEvents(details.id)) : []),
    ),
    renderFields(details, actions.open),
    ...(details.__typename === 'Mission' ? [h('h3', {}, 'Timeline'), renderTimeline(details.name, details.events)] : []),
    ...renderConnections(details.id, drawing, actions.open),
    h('h3', {}, 'Sources'),
    h('ul', { class: 'sources' }, details.sources.map((url) => h('li', {}, sourceLink(url)))),
  ];
}

/** The reader's first language other than English, whose names come first where there are several. */
const readerLanguage = (): string | null => navigator.languages.find((tag) => !tag.toLowerCase().startsWith('en')) ?? null;

/** "Show its 14 events" on a mission whose events are grouped under it; "Group its events" once they are shown. */
function eventsButton(id: string, grouped: number, state: ViewState, toggle: () => void): HTMLButtonElement[] {
  const opened = state.opened.includes(id);
  if (grouped === 0 && !opened) return [];
  const element = h('button', { type: 'button', 'aria-pressed': String(opened) }, opened ? 'Group its events' : `Show its ${countOf(grouped, 'Event')}`);
  element.addEventListener('click', toggle);
  return [element];
}

/** The drawn lines at this entity, in words: what a sighted reader sees. */
function renderConnections(id: string, drawing: Drawing, open: (id: string) => void): Node[] {
  const lines = [...drawing.links.values()]
    .filter((link) => link.from === id || link.to === id)
    .map((link) => {
      const other = drawing.nodes.get(link.from === id ? link.to : link.from)?.node;
      if (!other) return null;
      const type = link.events > 0 ? `${link.type} (${countOf(link.events, 'Event')})` : link.type;
      const anchor = entityLink({ id: other.id, name: nodeLabel(other) }, open);
      return link.from === id ? h('li', {}, `${type} → `, anchor) : h('li', {}, anchor, ` ${type} → this`);
    })
    .filter((line): line is HTMLLIElement => line !== null);
  if (lines.length === 0) return [];
  return [h('h3', {}, 'Connections drawn'), h('ul', { class: 'connections' }, lines)];
}
