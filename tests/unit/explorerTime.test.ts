import { timelineRows } from '../../web/explore/timelineRows';
import { timeScale } from '../../web/explore/timeScale';
import { eventSpan, missionSpan } from '../../web/explore/timeSpans';
import { edgeId, ViewGraph } from '../../web/explore/viewLoader';
import { EMPTY_VIEW, readViewState, writeViewState } from '../../web/explore/viewState';
import { GraphNode } from '../../web/explore/explorerQueries';
import { nativeName, textDirection } from '../../web/shared/nativeNames';

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
const TODAY = day('2026-12-01');

describe('the time an event or a mission stands for', () => {
  it('is the day, the month or the whole year, as precisely as the date is known', () => {
    expect(eventSpan('2025-05-28', 'DAY')).toEqual({ start: day('2025-05-28'), end: day('2025-05-29') });
    expect(eventSpan('2025-10-01', 'MONTH')).toEqual({ start: day('2025-10-01'), end: day('2025-11-01') });
    expect(eventSpan('2027-01-01', 'YEAR')).toEqual({ start: day('2027-01-01'), end: day('2028-01-01') });
    expect(eventSpan(null, 'DAY')).toBeNull();
  });

  it('runs from launch to end, on to today while active, and is only the launch day when the end is unknown', () => {
    expect(missionSpan({ launchDate: '2020-07-23', endDate: null, status: 'ACTIVE' }, TODAY)).toEqual({ start: day('2020-07-23'), end: TODAY });
    expect(missionSpan({ launchDate: '1975-08-20', endDate: '1980-08-07', status: 'COMPLETED' }, TODAY)).toEqual({ start: day('1975-08-20'), end: day('1980-08-08') });
    expect(missionSpan({ launchDate: '2028-01-01', endDate: null, status: 'PLANNED' }, TODAY)).toEqual({ start: day('2028-01-01'), end: day('2028-01-02') });
    expect(missionSpan({ launchDate: null, status: 'CANCELLED' }, TODAY)).toBeNull();
  });

  it('is laid on a scale of whole years with round ticks', () => {
    const scale = timeScale([{ start: day('1960-10-10'), end: day('2026-12-01') }]);
    expect(scale.start).toBe(day('1960-01-01'));
    expect(scale.end).toBe(day('2027-01-01'));
    expect(scale.ticks.map((tick) => tick.year)).toEqual([1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    expect(scale.at(scale.start)).toBe(0);
    expect(scale.at(scale.end)).toBe(1);
  });
});

describe('the timeline rows', () => {
  it("lists the view's missions in launch order, each with its events, a mission known only by its events too", () => {
    const nodes: GraphNode[] = [
      { __typename: 'Target', id: 'kamooalewa', name: '469219 Kamoʻoalewa' },
      { __typename: 'Mission', id: 'tianwen-2', name: 'Tianwen-2', launchDate: '2025-05-28', endDate: null, status: 'ACTIVE' },
      { __typename: 'Event', id: 'tianwen-2-return', name: 'Return', type: 'SAMPLE_RETURN', date: '2027-01-01', datePrecision: 'YEAR', planned: true },
      { __typename: 'Event', id: 'tianwen-2-launch', name: 'Launch', type: 'LAUNCH', date: '2025-05-28', datePrecision: 'DAY', planned: false },
      {
        __typename: 'Event', id: 'hayabusa-flyby', name: 'Flyby', type: 'FLYBY', date: '2004-05-19', datePrecision: 'DAY', planned: false,
        mission: { id: 'hayabusa', name: 'Hayabusa', launchDate: '2003-05-09', endDate: '2010-06-13', status: 'COMPLETED' },
      },
    ];
    const edges = [
      { from: 'tianwen-2', type: 'HAS_EVENT', to: 'tianwen-2-return' },
      { from: 'tianwen-2', type: 'HAS_EVENT', to: 'tianwen-2-launch' },
    ];
    const graph: ViewGraph = {
      nodes: new Map(nodes.map((node) => [node.id, node])),
      edges: new Map(edges.map((edge) => [edgeId(edge), { ...edge, id: edgeId(edge) }])),
      truncated: [],
      path: undefined,
    };
    const rows = timelineRows(graph, TODAY);
    expect(rows.map((row) => row.mission.name)).toEqual(['Hayabusa', 'Tianwen-2']);
    expect(rows[1]).toMatchObject({ openEnded: true, span: { start: day('2025-05-28'), end: TODAY } });
    expect(rows[1].events.map((mark) => mark.event.id)).toEqual(['tianwen-2-launch', 'tianwen-2-return']);
    expect(rows[0].events.map((mark) => mark.event.id)).toEqual(['hayabusa-flyby']);
  });
});

describe('the view state in the address', () => {
  it('survives the round trip, every part of it, and drops what is not valid', () => {
    const state = {
      ...EMPTY_VIEW,
      focus: 'mars',
      depth: 2 as const,
      expanded: ['nasa'],
      selected: 'mars-2020',
      opened: ['mars-2020', 'insight'],
      hiddenKinds: ['Agency' as const],
      hiddenRelationships: ['ORBITS'],
      years: { from: 1964, to: 1976 },
      drawLimit: 300,
    };
    const query = writeViewState(state);
    expect(query).toBe('?focus=mars&depth=2&expand=nasa&select=mars-2020&open=mars-2020,insight&hide=agency&without=ORBITS&years=1964-1976&draw=300');
    expect(readViewState(query)).toEqual(state);
    expect(readViewState('?focus=mars&hide=planet,event&without=LIKES&years=2030-1990&draw=7&open=Bad%20Id')).toEqual({
      ...EMPTY_VIEW,
      focus: 'mars',
      hiddenKinds: ['Event'],
      years: { from: 1990, to: 2030 },
    });
  });
});

describe('native names', () => {
  const mars = [
    { language: 'zh-Hans', text: '火星' },
    { language: 'ja', text: '火星' },
    { language: 'ru', text: 'Марс' },
    { language: 'ar', text: 'المريخ' },
  ];

  it("shows the one in the reader's language, matching the language when the tag differs, else the first", () => {
    expect(nativeName(mars, 'ru-RU')?.text).toBe('Марс');
    expect(nativeName(mars, 'zh')?.language).toBe('zh-Hans');
    expect(nativeName(mars, 'de')?.language).toBe('zh-Hans');
    expect(nativeName(mars, null)?.language).toBe('zh-Hans');
    expect(nativeName([{ language: 'en', text: 'Mars' }], null)).toBeNull();
    expect(nativeName(undefined, 'ja')).toBeNull();
  });

  it('knows which are written right to left, from the language or the script the tag names', () => {
    expect(['ar', 'he', 'fa-IR', 'ku-Arab', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['zh-Hans', 'ja', 'ru', 'hi', 'ku-Latn'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
