import { h } from '../shared/element';
import { nameInLanguage } from '../shared/nativeNameElement';
import { languageName, LocalizedName } from '../shared/nativeNames';
import { missionKindWord, sentenceCase, targetKindWord } from '../shared/vocabulary';
import { EntityDetails } from './explorerQueries';
import { entityLinks } from './entityLinks';
import { formatEventDate } from './timeline';

type Row = [label: string, value: (Node | string)[] | string | null | undefined];

/** The facts about an entity as a definition list, by kind; empty facts are left out. */
export function renderFields(details: EntityDetails, open: (id: string) => void): HTMLElement {
  const rows = [...rowsOf(details, open), ['In other languages', namesList(details.names)] as Row].filter(([, value]) => value !== null && value !== undefined && value.length > 0);
  return h(
    'dl',
    { class: 'fields' },
    rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, ...(typeof value === 'string' ? [value] : value!))]),
  );
}

const MAX_CHILDREN = 25;

/** "天问二号 (Simplified Chinese)", each name in its own language and direction. */
const namesList = (names: LocalizedName[]): (Node | string)[] =>
  names.flatMap((name, index) => [...(index > 0 ? ['; '] : []), nameInLanguage(name, 'native'), ` (${languageName(name.language)})`]);

function rowsOf(details: EntityDetails, open: (id: string) => void): Row[] {
  switch (details.__typename) {
    case 'Mission':
      return [
        ['Kind', details.kinds.map((kind) => missionKindWord(kind)).join(', ')],
        ['Status', sentenceCase(details.status)],
        ['Launched', details.launchDate && formatEventDate(details.launchDate, 'DAY')],
        ['Ended', details.endDate && formatEventDate(details.endDate, 'DAY')],
        ['Agencies', entityLinks(details.agencies, open)],
        ['Targets', entityLinks(details.targets, open)],
        ['Follows up', entityLinks(details.predecessors, open)],
        ['Followed up by', entityLinks(details.successors, open)],
        ['Also called', details.aliases.join(', ')],
        ['Summary', details.summary],
      ];
    case 'Target': {
      const children = details.children.slice(0, MAX_CHILDREN);
      const more = details.children.length - children.length;
      return [
        ['Kind', targetKindWord(details.kind)],
        ['Designation', details.designation],
        ['Orbits or lies on', details.parent ? entityLinks([details.parent], open) : null],
        ['Around it or on it', [...entityLinks(children, open), ...(more > 0 ? [` and ${more} more`] : [])]],
      ];
    }
    case 'Agency':
      return [
        ['Abbreviation', details.abbreviation],
        ['Country', details.country ?? 'intergovernmental'],
      ];
    case 'Event':
      return [
        ['Type', sentenceCase(details.type)],
        ['Date', `${formatEventDate(details.date, details.datePrecision)}${details.planned ? ' (planned)' : ''}`],
        ['Mission', entityLinks([details.mission], open)],
        ['Involves', entityLinks(details.targets, open)],
        ['Distance from Earth', details.distanceKm === null ? null : `${details.distanceKm.toLocaleString('en')} km`],
        ['Description', details.description],
      ];
  }
}
