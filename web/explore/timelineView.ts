import { h } from '../shared/element';
import { countOf, sentenceCase } from '../shared/vocabulary';
import { GraphNode } from './explorerQueries';
import { attachBrush } from './timeBrush';
import { formatEventDate } from './timeline';
import { TimelineMark, TimelineRow } from './timelineRows';
import { TimeScale, timeScale } from './timeScale';
import { TimeSpan, yearOf, yearSpan } from './timeSpans';
import { ViewState, YearRange } from './viewState';

export interface TimelineHandlers {
  select(id: string): void;
  /** Show or hide a mission's events one by one, here and in the graph. */
  toggle(missionId: string): void;
  brush(years: YearRange | null): void;
}

const percent = (fraction: number) => `${(Math.min(1, Math.max(0, fraction)) * 100).toFixed(3)}%`;

/** A bar or a mark placed on a track: where it starts and how long it is, at least `min` pixels wide. */
function placed(element: HTMLElement, span: TimeSpan, scale: TimeScale, min: string): HTMLElement {
  element.style.left = percent(scale.at(span.start));
  element.style.width = `max(${min}, ${percent(scale.at(span.end) - scale.at(span.start))})`;
  return element;
}

function describeMission(row: TimelineRow): string {
  const { mission } = row;
  const from = mission.launchDate ? formatEventDate(mission.launchDate, 'DAY') : 'launch date unknown';
  const to = row.openEnded ? 'today' : mission.endDate ? formatEventDate(mission.endDate, 'DAY') : null;
  const events = row.events.length === 0 ? '' : `; ${countOf(row.events.length, 'Event')} here`;
  return `${to ? `${from} to ${to}` : from}${mission.status ? `, ${sentenceCase(mission.status).toLowerCase()}` : ''}${events}`;
}

const eventWords = (event: GraphNode) =>
  `${sentenceCase(event.type ?? 'EVENT')}, ${formatEventDate(event.date ?? null, event.datePrecision ?? 'DAY')}${event.planned ? ' (planned)' : ''}`;

/**
 * The time bar under the graph: each mission of the view as a bar from launch
 * to end (fading on past today while it is active), its events as marks at
 * their precision (a YEAR event spans its year), planned ones hollow. A
 * mission's row opens into its events; dragging across the tracks, or the
 * year fields, filter the graph to a time range.
 */
export class TimelineView {
  private scale: TimeScale = timeScale([]);
  private readonly plot: HTMLElement;
  private readonly axis: HTMLElement;
  private readonly rows: HTMLOListElement;
  private readonly brush: HTMLElement;
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;

  constructor(
    root: HTMLElement,
    private readonly handlers: TimelineHandlers,
  ) {
    this.fromInput = root.querySelector<HTMLInputElement>('input[name="from-year"]')!;
    this.toInput = root.querySelector<HTMLInputElement>('input[name="to-year"]')!;
    const form = root.querySelector<HTMLFormElement>('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const [from, to] = [Number(this.fromInput.value), Number(this.toInput.value)];
      if (Number.isInteger(from) && Number.isInteger(to) && from > 0 && to > 0) handlers.brush({ from: Math.min(from, to), to: Math.max(from, to) });
    });
    form.querySelector('button[type="reset"]')!.addEventListener('click', (event) => {
      event.preventDefault();
      handlers.brush(null);
    });
    this.axis = h('div', { class: 'time-axis', 'aria-hidden': 'true' });
    this.rows = h('ol', { class: 'time-rows', 'aria-label': 'Missions in time' });
    this.brush = h('div', { class: 'time-brush', hidden: true });
    const layer = h('div', { class: 'time-layer', 'aria-hidden': 'true' }, this.brush);
    this.plot = h('div', { class: 'time-plot' }, this.axis, this.rows, layer);
    root.querySelector('.timeline-scroll')!.replaceChildren(this.plot);
    attachBrush(this.plot, layer, this.brush, {
      brushed: (from, to) => handlers.brush({ from: yearOf(this.scale.timeAt(from)), to: yearOf(this.scale.timeAt(to) - 1) }),
      clicked: (target) => {
        const id = target.closest<HTMLElement>('[data-id]')?.dataset.id;
        if (id) handlers.select(id);
      },
    });
  }

  render(rows: TimelineRow[], state: ViewState, drawn: Set<string>): void {
    const spans = rows.flatMap((row) => [row.span, ...row.events.map((mark) => mark.span)]).filter((span): span is TimeSpan => span !== null);
    this.scale = timeScale(spans);
    // A year at the very end would hang half out of the panel.
    const ticks = this.scale.ticks.filter((tick) => tick.at <= 0.97);
    this.axis.replaceChildren(
      ...ticks.map((tick) => {
        // Through the CSSOM: a style attribute is inline style, which the page's CSP refuses.
        const label = h('span', { class: 'tick' }, String(tick.year));
        label.style.left = percent(tick.at);
        return label;
      }),
    );
    const active = document.activeElement instanceof HTMLElement && this.rows.contains(document.activeElement) ? document.activeElement.dataset.key : undefined;
    this.rows.replaceChildren(
      ...(rows.length === 0 ? [h('li', { class: 'time-empty' }, 'No missions in this view.')] : rows.map((row) => this.missionRow(row, state, drawn))),
    );
    if (active) this.rows.querySelector<HTMLElement>(`[data-key="${CSS.escape(active)}"]`)?.focus();
    this.showRange(state.years);
  }

  private showRange(years: YearRange | null): void {
    this.fromInput.value = years ? String(years.from) : '';
    this.toInput.value = years ? String(years.to) : '';
    if (!years) {
      this.brush.hidden = true;
      return;
    }
    placed(this.brush, yearSpan(years), this.scale, '2px');
    this.brush.hidden = false;
  }

  private missionRow(row: TimelineRow, state: ViewState, drawn: Set<string>): HTMLLIElement {
    const { mission } = row;
    const open = state.opened.includes(mission.id);
    const track = h('div', { class: 'track' });
    if (row.span) {
      const bar = h('span', { class: `bar${row.openEnded ? ' open-ended' : ''}${mission.status === 'PLANNED' ? ' planned' : ''}`, 'data-id': mission.id });
      track.append(placed(bar, row.span, this.scale, '4px'));
    }
    for (const mark of row.events) if (mark.span) track.append(this.mark(mark));
    const toggle =
      row.events.length > 0
        ? h('button', { type: 'button', class: 'row-toggle', 'aria-expanded': String(open), 'data-key': `toggle:${mission.id}`, 'aria-label': `Events of ${mission.name}` })
        : h('span', { class: 'row-toggle-space' });
    toggle.addEventListener('click', () => this.handlers.toggle(mission.id));
    const item = h(
      'li',
      { class: `time-row mission-row${drawn.has(mission.id) ? '' : ' not-drawn'}${state.selected === mission.id ? ' selected' : ''}` },
      h(
        'div',
        { class: 'row-label' },
        toggle,
        this.selectButton(mission.id, mission.name, `${mission.name}: ${describeMission(row)}`),
      ),
      track,
    );
    if (open) {
      item.append(
        h(
          'ol',
          { class: 'event-rows', 'aria-label': `Events of ${mission.name} in time` },
          row.events.map((mark) =>
            h(
              'li',
              { class: `time-row event-row${state.selected === mark.event.id ? ' selected' : ''}` },
              h('div', { class: 'row-label' }, h('span', { class: 'row-toggle-space' }), this.selectButton(mark.event.id, eventWords(mark.event), `${mark.event.name}: ${eventWords(mark.event)}`)),
              h('div', { class: 'track' }, mark.span ? this.mark(mark) : null),
            ),
          ),
        ),
      );
    }
    return item;
  }

  private selectButton(id: string, text: string, label: string): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'row-name', 'data-key': `select:${id}`, 'aria-label': label, title: label }, text);
    button.addEventListener('click', () => this.handlers.select(id));
    return button;
  }

  private mark({ event, span }: TimelineMark): HTMLElement {
    const precision = (event.datePrecision ?? 'DAY').toLowerCase();
    const mark = h('span', { class: `mark ${precision}${event.planned ? ' planned' : ''}`, 'data-id': event.id, title: `${event.name}: ${eventWords(event)}` });
    return placed(mark, span!, this.scale, precision === 'day' ? '0px' : '4px');
  }
}
