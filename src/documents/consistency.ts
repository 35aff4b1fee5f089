import { ISO_3166_ALPHA_2, WITHDRAWN_CODES } from '../validation/countries';
import { GraphDocument, GraphRecord } from './graphDocument';

/**
 * Checks across records that stop bad curated data: what a field-by-field
 * validation cannot see (an event after its mission ended, a status that its
 * events contradict). They run on the seed (`npm run seed:check`), against the
 * day the data is true as of; each problem names the record and the field.
 */
export interface ConsistencyOptions {
  /** The day the data was last checked against its sources (seed/dataset.json). */
  asOf: string;
}

/** Earth is where every mission starts, flies past and comes home to: any event may involve it. */
const HOME = 'earth';
const ENDED = new Set(['COMPLETED', 'FAILED', 'LOST']);
const NOT_LAUNCHED = new Set(['PLANNED', 'CANCELLED']);
const ENDINGS = new Set(['END_OF_MISSION', 'LOSS_OF_CONTACT']);

type Report = (record: GraphRecord, field: string, problem: string) => void;

/** The first and last day an event's date may mean, at its precision. */
export function periodOf(date: string, precision: unknown): [string, string] {
  if (precision === 'YEAR') return [date, `${date.slice(0, 4)}-12-31`];
  if (precision === 'MONTH') {
    const [year, month] = date.split('-').map(Number);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return [date, `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`];
  }
  return [date, date];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => list(value).filter((item): item is string => typeof item === 'string');

export function consistencyProblems(document: GraphDocument, { asOf }: ConsistencyOptions): string[] {
  const problems: string[] = [];
  const report: Report = (record, field, problem) => {
    const origin = document.origins.get(record.id);
    problems.push(`${origin ? `${origin}: ` : ''}${record.id}.${field} ${problem}`);
  };
  const missions = new Map(document.missions.map((mission) => [mission.id, mission]));
  const eventsOf = new Map<string, GraphRecord[]>();
  for (const event of document.events) {
    const mission = text(event.mission);
    if (mission) eventsOf.set(mission, [...(eventsOf.get(mission) ?? []), event]);
  }
  for (const mission of document.missions) checkMission(mission, eventsOf.get(mission.id) ?? [], asOf, report);
  for (const event of document.events) checkEventDate(event, asOf, report);
  checkEventTargets(document, missions, report);
  checkFollows(document.missions, missions, report);
  checkUniqueNames(document.missions, report);
  for (const agency of document.agencies) checkCountry(agency, report);
  return problems;
}

function checkMission(mission: GraphRecord, events: GraphRecord[], asOf: string, report: Report): void {
  const status = text(mission.status);
  const launch = text(mission.launchDate);
  const end = text(mission.endDate);

  for (const event of events) {
    if (!event.id.startsWith(`${mission.id}-`)) report(event, 'id', `must start with its mission's id "${mission.id}-"`);
  }
  if (status && NOT_LAUNCHED.has(status)) {
    if (launch) report(mission, 'launchDate', `must be empty for a ${status} mission (a planned launch is a planned LAUNCH event)`);
    if (end) report(mission, 'endDate', `must be empty for a ${status} mission`);
    for (const event of events) if (event.planned === false) report(event, 'planned', `must be true: the mission is ${status}`);
    return;
  }

  const launches = events.filter((event) => event.type === 'LAUNCH' && event.planned === false);
  if (launch && launches.length === 0) report(mission, 'launchDate', 'has no LAUNCH event');
  for (const event of launches) {
    if (text(event.date) !== launch) report(event, 'date', `${event.date} is not the mission's launchDate ${launch}`);
  }
  if (launch && !hasCospar(mission) && !text(mission.cosparNote)) {
    report(mission, 'externalIds', 'has no COSPAR designator and no cosparNote saying why');
  }

  for (const event of events) {
    const date = text(event.date);
    if (!date || !launch) continue;
    const [first, last] = periodOf(date, event.datePrecision);
    if (last < launch) report(event, 'date', `${date} is before the mission's launch on ${launch}`);
    if (end && first > end) report(event, 'date', `${date} is after the mission's end on ${end}`);
  }

  const endings = events.filter((event) => ENDINGS.has(String(event.type)) && event.planned === false && text(event.date));
  const lastEnding = endings.map((event) => text(event.date)!).sort().pop();
  if (status === 'ACTIVE') {
    if (end) report(mission, 'endDate', 'must be empty for an ACTIVE mission');
    for (const event of endings) if (event.type === 'END_OF_MISSION') report(event, 'type', 'END_OF_MISSION has happened, but the mission is ACTIVE');
  }
  if (status && ENDED.has(status) && !end && !text(mission.endNote)) {
    report(mission, 'endDate', `is required: the mission is ${status} (or an endNote saying why the sources give none)`);
  }
  if (lastEnding && end && lastEnding !== end) {
    report(mission, 'endDate', `${end} is not the date of its last END_OF_MISSION or LOSS_OF_CONTACT event (${lastEnding})`);
  }
  if (status === 'LOST' && !events.some((event) => event.type === 'LOSS_OF_CONTACT')) {
    report(mission, 'status', 'LOST needs a LOSS_OF_CONTACT event');
  }
}

const hasCospar = (mission: GraphRecord) =>
  list(mission.externalIds).some((id) => (id as { scheme?: unknown })?.scheme === 'COSPAR');

function checkEventDate(event: GraphRecord, asOf: string, report: Report): void {
  if (event.planned === true && event.outcome != null) report(event, 'outcome', 'must be empty while the event is planned');
  const date = text(event.date);
  if (!date) return;
  const [first, last] = periodOf(date, event.datePrecision);
  if (event.planned === true && last < asOf) report(event, 'planned', `is true, but ${date} is before the data's asOf date ${asOf}`);
  if (event.planned === false && first > asOf) report(event, 'planned', `is false, but ${date} is after the data's asOf date ${asOf}`);
}

/** An event's targets are among its mission's targets, their parents or their children, or Earth. */
function checkEventTargets(document: GraphDocument, missions: Map<string, GraphRecord>, report: Report): void {
  const parentOf = new Map(document.targets.map((target) => [target.id, text(target.parent)]));
  const childrenOf = new Map<string, string[]>();
  for (const [child, parent] of parentOf) if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);
  for (const event of document.events) {
    const mission = missions.get(text(event.mission) ?? '');
    if (!mission) continue;
    const near = new Set([HOME]);
    for (const target of strings(mission.targets)) {
      near.add(target);
      const parent = parentOf.get(target);
      if (parent) near.add(parent);
      for (const child of childrenOf.get(target) ?? []) near.add(child);
    }
    for (const target of strings(event.targets)) {
      if (!near.has(target)) report(event, 'targets', `names "${target}", which is not among ${mission.id}'s targets, their parents or children`);
    }
  }
}

/** FOLLOWS points to missions launched no later than this one, and never comes back round. */
function checkFollows(records: GraphRecord[], missions: Map<string, GraphRecord>, report: Report): void {
  for (const mission of records) {
    const launch = text(mission.launchDate);
    for (const id of strings(mission.predecessors)) {
      const before = text(missions.get(id)?.launchDate);
      if (launch && before && before > launch) report(mission, 'predecessors', `"${id}" launched on ${before}, after this mission (${launch})`);
      if (launch && !before && missions.has(id)) report(mission, 'predecessors', `"${id}" has not been launched`);
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (mission: GraphRecord, path: string[]): void => {
    state.set(mission.id, 'visiting');
    for (const id of strings(mission.predecessors)) {
      if (state.get(id) === 'visiting') report(mission, 'predecessors', `forms a cycle: ${[...path, mission.id, id].join(' -> ')}`);
      const next = missions.get(id);
      if (next && !state.has(id)) visit(next, [...path, mission.id]);
    }
    state.set(mission.id, 'done');
  };
  for (const mission of records) if (!state.has(mission.id)) visit(mission, []);
}

/** No two missions share a name, an alias or a native name (case aside). */
function checkUniqueNames(records: GraphRecord[], report: Report): void {
  const owner = new Map<string, string>();
  for (const mission of records) {
    const own = new Set<string>();
    const names = [text(mission.name), ...strings(mission.aliases), ...list(mission.names).map((name) => text((name as { text?: unknown })?.text))];
    for (const name of names) {
      const key = name?.trim().toLowerCase();
      if (!key || own.has(key)) continue;
      own.add(key);
      const other = owner.get(key);
      if (other) report(mission, 'aliases', `"${name}" is also a name of ${other}`);
      else owner.set(key, mission.id);
    }
  }
}

function checkCountry(agency: GraphRecord, report: Report): void {
  const country = text(agency.country);
  if (!country) return;
  if (WITHDRAWN_CODES.has(country)) {
    if (!text(agency.countryNote)) report(agency, 'countryNote', `is required: ${country} is a withdrawn ISO 3166 code`);
  } else if (!ISO_3166_ALPHA_2.has(country)) {
    report(agency, 'country', `"${country}" is not an ISO 3166-1 alpha-2 code`);
  }
}
