import { buildDrawing, GROUPING_THRESHOLD } from '../../web/explore/drawing';
import { GraphNode } from '../../web/explore/explorerQueries';
import { edgeId, ViewGraph } from '../../web/explore/viewLoader';
import { EMPTY_VIEW, ViewState } from '../../web/explore/viewState';

const TODAY = Date.UTC(2026, 11, 1);

/** Mars with `count` missions to it, each operated by one agency and with one event at Mars, in the year 1960 + its number. */
function marsGraph(count: number, extra: { nodes?: GraphNode[]; edges?: [string, string, string][] } = {}): ViewGraph {
  const nodes: GraphNode[] = [{ __typename: 'Target', id: 'mars', name: 'Mars', kind: 'PLANET' }, { __typename: 'Agency', id: 'nasa', name: 'NASA' }];
  const edges: [string, string, string][] = [];
  for (let index = 0; index < count; index++) {
    const year = 1960 + index;
    nodes.push({ __typename: 'Mission', id: `m${index}`, name: `Mission ${index}`, launchDate: `${year}-06-01`, endDate: `${year + 1}-06-01`, status: 'COMPLETED' });
    nodes.push({ __typename: 'Event', id: `m${index}-arrival`, name: `Arrival ${index}`, type: 'ARRIVAL', date: `${year}-01-01`, datePrecision: 'YEAR', planned: false });
    edges.push([`m${index}`, 'TARGETS', 'mars'], [`m${index}`, 'OPERATED_BY', 'nasa'], [`m${index}`, 'HAS_EVENT', `m${index}-arrival`], [`m${index}-arrival`, 'INVOLVES', 'mars']);
  }
  nodes.push(...(extra.nodes ?? []));
  edges.push(...(extra.edges ?? []));
  return {
    nodes: new Map(nodes.map((node) => [node.id, node])),
    edges: new Map(edges.map(([from, type, to]) => [edgeId({ from, type, to }), { id: edgeId({ from, type, to }), from, type, to }])),
    truncated: [],
    path: undefined,
  };
}

const view = (change: Partial<ViewState> = {}): ViewState => ({ ...EMPTY_VIEW, focus: 'mars', depth: 2, ...change });
const kinds = (drawing: ReturnType<typeof buildDrawing>) => [...drawing.nodes.values()].map((node) => node.node.__typename);

describe('what the explorer draws of a view', () => {
  it(`groups a hub's events under their missions past ${GROUPING_THRESHOLD} events, each mission's line to Mars standing for its event`, () => {
    const drawing = buildDrawing(marsGraph(GROUPING_THRESHOLD + 1), view(), TODAY);
    expect(kinds(drawing)).not.toContain('Event');
    expect(drawing.grouping).toBe(true);
    expect(drawing.groupedEvents).toBe(GROUPING_THRESHOLD + 1);
    expect(drawing.nodes.get('m0')!.groupedEvents.map((event) => event.id)).toEqual(['m0-arrival']);
    expect(drawing.links.get('m0|INVOLVES|mars')).toMatchObject({ from: 'm0', to: 'mars', type: 'INVOLVES', events: 1 });
    expect(drawing.links.get('m0|TARGETS|mars')).toMatchObject({ events: 0 });
  });

  it('draws every event while there are few', () => {
    const drawing = buildDrawing(marsGraph(GROUPING_THRESHOLD), view(), TODAY);
    expect(kinds(drawing).filter((kind) => kind === 'Event')).toHaveLength(GROUPING_THRESHOLD);
    expect(drawing.groupedEvents).toBe(0);
  });

  it("draws one by one the events of an opened mission, of the focus mission, and the selected event", () => {
    const graph = marsGraph(40);
    const opened = buildDrawing(graph, view({ opened: ['m3'], selected: 'm7-arrival' }), TODAY);
    expect(opened.nodes.has('m3-arrival')).toBe(true);
    expect(opened.nodes.has('m7-arrival')).toBe(true);
    expect(opened.nodes.has('m8-arrival')).toBe(false);
    const aroundMission = buildDrawing(graph, view({ focus: 'm5' }), TODAY);
    expect(aroundMission.nodes.has('m5-arrival')).toBe(true);
    expect(aroundMission.nodes.has('m6-arrival')).toBe(false);
  });

  it('draws the mission of an event whose mission lies beyond the neighbourhood, from what the event says of it', () => {
    const flyby: GraphNode = {
      __typename: 'Event', id: 'dawn-mars', name: 'Dawn flies by Mars', type: 'GRAVITY_ASSIST', date: '2009-02-17', datePrecision: 'DAY', planned: false,
      mission: { id: 'dawn', name: 'Dawn', launchDate: '2007-09-27', endDate: '2018-11-01', status: 'COMPLETED' },
    };
    const drawing = buildDrawing(marsGraph(40, { nodes: [flyby], edges: [['dawn-mars', 'INVOLVES', 'mars']] }), view(), TODAY);
    expect(drawing.nodes.get('dawn')).toMatchObject({ throughEvents: true, hop: 1, node: { __typename: 'Mission', name: 'Dawn' } });
    expect(drawing.links.get('dawn|INVOLVES|mars')?.events).toBe(1);
  });

  it('leaves out the filtered kinds (never the focus) and what a filtered relationship cut off from the focus', () => {
    const noTargets = buildDrawing(marsGraph(5), view({ hiddenKinds: ['Target', 'Agency'] }), TODAY);
    expect(noTargets.nodes.has('mars')).toBe(true);
    expect(noTargets.nodes.has('nasa')).toBe(false);
    const noOperators = buildDrawing(marsGraph(5), view({ hiddenRelationships: ['OPERATED_BY'] }), TODAY);
    expect(noOperators.nodes.has('nasa')).toBe(false);
    expect(noOperators.filteredOut).toBe(1);
  });

  it('keeps to the brushed years: missions flying then, events whose span (a whole year for a YEAR event) meets them', () => {
    const drawing = buildDrawing(marsGraph(20), view({ years: { from: 1965, to: 1966 } }), TODAY);
    const missions = [...drawing.nodes.values()].filter((node) => node.node.__typename === 'Mission').map((node) => node.node.id);
    // Mission 4 flew from June 1964 to June 1965, Mission 6 launched in June 1966.
    expect(missions.sort()).toEqual(['m4', 'm5', 'm6']);
    expect([...drawing.nodes.keys()].filter((id) => id.endsWith('-arrival')).sort()).toEqual(['m5-arrival', 'm6-arrival']);
  });

  it('draws at most the draw limit, closest and best connected first, and counts by kind what it left out', () => {
    const drawing = buildDrawing(marsGraph(40), view({ drawLimit: 30, selected: 'm39' }), TODAY);
    expect(drawing.nodes.size).toBe(30);
    expect(drawing.nodes.has('mars')).toBe(true);
    expect(drawing.nodes.has('m39')).toBe(true);
    // The agency is two hops out: the missions, one hop out, come first.
    expect(drawing.leftOut).toEqual({ Mission: 11, Agency: 1 });
    expect(drawing.leftOutCount).toBe(12);
    for (const link of drawing.links.values()) expect(drawing.nodes.has(link.from) && drawing.nodes.has(link.to)).toBe(true);
  });
});
