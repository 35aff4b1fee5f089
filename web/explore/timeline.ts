import { h } from '../shared/element';
import { sentenceCase } from '../shared/vocabulary';
import { TimelineEvent } from './explorerQueries';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as precisely as it is known: "28 May 2025", "Oct 2025" or "2026". */
export function formatEventDate(date: string | null, precision: TimelineEvent['datePrecision']): string {
  if (!date) return 'date unknown';
  const [year, month, day] = date.split('-');
  if (precision === 'YEAR') return year;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (precision === 'MONTH') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A mission's events, in the API's chronological order, down a line; planned ones drawn hollow. */
export function renderTimeline(missionName: string, events: TimelineEvent[]): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted' }, 'No events recorded yet.');
  return h(
    'ol',
    { class: 'timeline', 'aria-label': `Events of ${missionName}` },
    events.map((event) =>
      h(
        'li',
        { class: event.planned ? 'planned' : 'happened' },
        h('time', { datetime: event.date ?? undefined }, formatEventDate(event.date, event.datePrecision)),
        h(
          'div',
          {},
          h('span', { class: 'event-type' }, sentenceCase(event.type)),
          event.planned ? h('span', { class: 'event-planned' }, ' (planned)') : null,
          h('span', { class: 'event-name' }, event.name),
        ),
      ),
    ),
  );
}
