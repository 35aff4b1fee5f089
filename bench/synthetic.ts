import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import { join } from 'node:path';
import { searchText } from '../src/text/searchText';

/**
 * A synthetic graph with the shape of the curated one, reproducible from a
 * seed: missions with 1–3 agencies, 1–5 targets and 3–20 events; agencies and
 * targets chosen by a power law, so a few are very popular and most are rare;
 * targets in parent chains (a site on a moon of a planet of the star).
 * Written as CSV for `neo4j-admin database import`, with the same labels,
 * properties and relationships as the curated graph (../shared/DESIGN.md).
 */

export interface SyntheticGraph {
  directory: string;
  nodes: number;
  relationships: number;
  missions: number;
  agencies: number;
  targets: number;
  events: number;
  /** Files in import order, for --nodes and --relationships. */
  nodeFiles: string[];
  relationshipFiles: string[];
  /** Ids the query mix asks about, chosen by the same seed. */
  sample: GraphSample;
}

export interface GraphSample {
  /** A mission with several agencies, targets and events. */
  mission: string;
  /** The most popular target and agency. */
  popularTarget: string;
  popularAgency: string;
  /** A target that few missions share, so "missions that share a target" is a page, not half the graph. */
  sharedTargetMission: string;
  /** The unique code word in `searchMission`'s name: a search for it finds that mission. */
  searchText: string;
  searchMission: string;
  /** How many missions there are, so a deep cursor can be placed half-way. */
  missionCount: number;
}

const WORDS = [
  'Aurora', 'Boreas', 'Corona', 'Draco', 'Eos', 'Fornax', 'Gemini', 'Helios', 'Icarus', 'Juno', 'Kepler', 'Lyra',
  'Meridian', 'Nova', 'Orion', 'Pavo', 'Quasar', 'Rhea', 'Sagitta', 'Tethys', 'Umbra', 'Vela', 'Wega', 'Xena',
  'Ymir', 'Zephyr', 'Altair', 'Bellatrix', 'Capella', 'Deneb', 'Electra', 'Fomalhaut', 'Gienah', 'Hadar',
];
const MISSION_KINDS = ['FLYBY', 'ORBITER', 'LANDER', 'ROVER', 'IMPACTOR', 'SAMPLE_RETURN', 'RENDEZVOUS', 'ATMOSPHERIC_PROBE', 'TELESCOPE', 'TECHNOLOGY'];
const STATUSES = ['COMPLETED', 'COMPLETED', 'COMPLETED', 'ACTIVE', 'FAILED', 'LOST', 'PLANNED', 'CANCELLED'];
const EVENT_TYPES = ['FLYBY', 'GRAVITY_ASSIST', 'ORBIT_INSERTION', 'ARRIVAL', 'LANDING', 'DEPLOYMENT', 'SAMPLE_COLLECTION', 'DEPARTURE', 'IMPACT', 'DISCOVERY', 'IMAGE_RELEASE', 'MILESTONE'];
const COUNTRIES = ['US', 'CN', 'JP', 'IN', 'RU', 'FR', 'DE', 'IT', 'GB', 'AE', 'IL', 'KR', 'CA'];
const SOURCE = 'https://example.org/synthetic';
const FIRST_LAUNCH = Date.UTC(1959, 0, 1);
const LAUNCH_SPAN_DAYS = 72 * 365;
const DAY_MS = 86_400_000;

/** mulberry32: small, fast and the same sequence for the same seed on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 7) => String(n).padStart(width, '0');
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** neo4j-admin's default CSV: quoted fields, doubled quotes, `;` between array items. */
const field = (value: string | number | boolean | null | undefined) =>
  value === null || value === undefined ? '' : typeof value === 'string' ? `"${value.replace(/"/g, '""')}"` : String(value);
const list = (values: string[]) => field(values.join(';'));

class CsvFile {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  rows = 0;
  constructor(readonly path: string, header: string) {
    this.stream = createWriteStream(path);
    this.buffer.push(header);
  }
  row(values: (string | number | boolean | null | undefined)[]): void {
    this.buffer.push(values.map(field).join(','));
    this.rows += 1;
    if (this.buffer.length >= 5000) this.flush();
  }
  raw(line: string): void {
    this.buffer.push(line);
    this.rows += 1;
    if (this.buffer.length >= 5000) this.flush();
  }
  private flush(): void {
    this.stream.write(`${this.buffer.join('\n')}\n`);
    this.buffer = [];
  }
  close(): Promise<void> {
    if (this.buffer.length > 0) this.flush();
    return new Promise((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

/** Index in [0, n): u^skew puts most picks on the first few, as popularity does. */
const powerLaw = (rand: () => number, n: number, skew = 2.5) => Math.min(n - 1, Math.floor(n * Math.pow(rand(), skew)));

function distinctPicks(rand: () => number, n: number, count: number, skew: number): number[] {
  const picked = new Set<number>();
  for (let tries = 0; picked.size < Math.min(count, n) && tries < count * 20; tries += 1) picked.add(powerLaw(rand, n, skew));
  return [...picked];
}

/** Generates a graph of about `size` nodes into `directory`. */
export async function generateGraph(size: number, directory: string, seed = 20250528): Promise<SyntheticGraph> {
  mkdirSync(directory, { recursive: true });
  const rand = random(seed);
  const agencyCount = Math.max(8, Math.round(size * 0.001));
  const targetCount = Math.max(40, Math.round(size * 0.01));
  const missionBudget = size - agencyCount - targetCount;

  const files = {
    agencies: new CsvFile(join(directory, 'agencies.csv'), 'id:ID(Entity),name,abbreviation,country,sources:string[],searchText'),
    targets: new CsvFile(join(directory, 'targets.csv'), 'id:ID(Entity),name,kind,designation,aliases:string[],description,sources:string[],searchText'),
    missions: new CsvFile(
      join(directory, 'missions.csv'),
      'id:ID(Entity),name,aliases:string[],summary,kinds:string[],status,launchDate:date,sources:string[],searchText',
    ),
    events: new CsvFile(
      join(directory, 'events.csv'),
      'id:ID(Entity),name,type,date:date,sortDate:date,datePrecision,planned:boolean,sources:string[]',
    ),
    operatedBy: new CsvFile(join(directory, 'operated_by.csv'), ':START_ID(Entity),:END_ID(Entity),order:int'),
    targetsRel: new CsvFile(join(directory, 'targets_rel.csv'), ':START_ID(Entity),:END_ID(Entity),order:int'),
    hasEvent: new CsvFile(join(directory, 'has_event.csv'), ':START_ID(Entity),:END_ID(Entity)'),
    involves: new CsvFile(join(directory, 'involves.csv'), ':START_ID(Entity),:END_ID(Entity),order:int'),
    follows: new CsvFile(join(directory, 'follows.csv'), ':START_ID(Entity),:END_ID(Entity)'),
    orbits: new CsvFile(join(directory, 'orbits.csv'), ':START_ID(Entity),:END_ID(Entity)'),
  };

  for (let i = 0; i < agencyCount; i += 1) {
    const abbreviation = `AG${i}`;
    files.agencies.row([`agency-${pad(i, 5)}`, `${WORDS[i % WORDS.length]} Space Agency ${i}`, abbreviation, COUNTRIES[i % COUNTRIES.length], `${SOURCE}/agency-${i}`, searchText(abbreviation)]);
  }

  // Targets: one star, eight planets, then moons, sites, regions, asteroids, comets and dwarf planets.
  const targetIds: string[] = [];
  const planets: number[] = [];
  const moons: number[] = [];
  for (let i = 0; i < targetCount; i += 1) {
    const id = `target-${pad(i, 6)}`;
    let kind: string;
    let parent: number | null = null;
    if (i === 0) kind = 'STAR';
    else if (i <= 8) {
      kind = 'PLANET';
      parent = 0;
    } else {
      const roll = rand();
      if (roll < 0.25) {
        kind = 'MOON';
        parent = planets[powerLaw(rand, planets.length, 1.5)];
      } else if (roll < 0.45) {
        kind = 'SITE';
        parent = moons.length > 0 && rand() < 0.3 ? moons[powerLaw(rand, moons.length, 1.5)] : planets[powerLaw(rand, planets.length, 1.5)];
      } else if (roll < 0.5) {
        kind = 'REGION';
        parent = planets[powerLaw(rand, planets.length, 1.5)];
      } else if (roll < 0.8) {
        kind = 'ASTEROID';
        parent = 0;
      } else if (roll < 0.95) {
        kind = 'COMET';
        parent = 0;
      } else {
        kind = 'DWARF_PLANET';
        parent = 0;
      }
    }
    if (kind === 'PLANET') planets.push(i);
    if (kind === 'MOON') moons.push(i);
    const designation = kind === 'ASTEROID' || kind === 'COMET' ? `${1900 + (i % 125)} ${String.fromCharCode(65 + (i % 26))}${i}` : null;
    const name = `${WORDS[(i * 7) % WORDS.length]} ${kind.toLowerCase().replace('_', ' ')} ${i}`;
    files.targets.row([id, name, kind, designation, '', `A synthetic ${kind.toLowerCase()}.`, `${SOURCE}/target-${i}`, searchText(designation)]);
    if (parent !== null) files.orbits.row([id, targetIds[parent]]);
    targetIds.push(id);
  }

  // Missions and their events until the node budget is spent.
  const codes = new Set<string>();
  const targetPopularity = new Array<number>(targetCount).fill(0);
  const agencyPopularity = new Array<number>(agencyCount).fill(0);
  const missionTargets: number[][] = [];
  let nodes = agencyCount + targetCount;
  let events = 0;
  let mission = 0;
  let richMission = '';
  let searchMission = '';
  let searchCode = '';
  while (nodes < agencyCount + targetCount + missionBudget) {
    const id = `mission-${pad(mission)}`;
    let code: string;
    do {
      code = Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join('');
    } while (codes.has(code));
    codes.add(code);
    const name = `${WORDS[mission % WORDS.length]} ${code[0].toUpperCase()}${code.slice(1)}`;
    const kinds = distinctPicks(rand, MISSION_KINDS.length, 1 + Math.floor(rand() * 2), 1).map((k) => MISSION_KINDS[k]);
    const launch = FIRST_LAUNCH + Math.floor(rand() * LAUNCH_SPAN_DAYS) * DAY_MS;
    files.missions.raw(
      [field(id), field(name), '', field(`Synthetic mission ${mission}.`), list(kinds), field(STATUSES[Math.floor(rand() * STATUSES.length)]),
        isoDate(launch), field(`${SOURCE}/mission-${mission}`), field('')].join(','),
    );

    const agencies = distinctPicks(rand, agencyCount, 1 + Math.floor(rand() * 3), 3);
    agencies.forEach((a, order) => {
      files.operatedBy.raw(`${id},agency-${pad(a, 5)},${order}`);
      agencyPopularity[a] += 1;
    });
    const targets = distinctPicks(rand, targetCount, 1 + Math.floor(rand() * 5), 2.5);
    targets.forEach((t, order) => {
      files.targetsRel.raw(`${id},${targetIds[t]},${order}`);
      targetPopularity[t] += 1;
    });
    missionTargets.push(targets);
    if (mission > 0 && rand() < 0.1) files.follows.raw(`${id},mission-${pad(Math.floor(rand() * mission))}`);

    const eventCount = 3 + Math.floor(rand() * 18);
    let date = launch;
    for (let e = 0; e < eventCount; e += 1) {
      const eventId = `${id}-event-${pad(e, 2)}`;
      const type = e === 0 ? 'LAUNCH' : EVENT_TYPES[Math.floor(rand() * EVENT_TYPES.length)];
      const day = isoDate(date);
      files.events.raw([field(eventId), field(`${name} ${type.toLowerCase()} ${e}`), type, day, day, 'DAY', 'false', field(`${SOURCE}/${eventId}`)].join(','));
      files.hasEvent.raw(`${id},${eventId}`);
      if (e > 0 && rand() < 0.5) files.involves.raw(`${eventId},${targetIds[targets[Math.floor(rand() * targets.length)]]},0`);
      date += Math.floor(1 + rand() * 400) * DAY_MS;
    }
    if (!richMission && agencies.length >= 2 && targets.length >= 3 && eventCount >= 12) richMission = id;
    if (mission === Math.floor(missionBudget / 30)) {
      searchMission = id;
      searchCode = code;
    }
    events += eventCount;
    nodes += 1 + eventCount;
    mission += 1;
  }

  // The mission whose rarest target is shared by the fewest (but some) others.
  let sharedTargetMission = '';
  let fewest = Infinity;
  for (let m = 0; m < missionTargets.length && m < 5000; m += 1) {
    const sharing = Math.max(...missionTargets[m].map((t) => targetPopularity[t]));
    if (sharing >= 5 && sharing < fewest) {
      fewest = sharing;
      sharedTargetMission = `mission-${pad(m)}`;
    }
  }

  await Promise.all(Object.values(files).map((file) => file.close()));
  const relationships = [files.operatedBy, files.targetsRel, files.hasEvent, files.involves, files.follows, files.orbits].reduce((sum, file) => sum + file.rows, 0);
  const most = (counts: number[]) => counts.indexOf(Math.max(...counts));
  return {
    directory,
    nodes,
    relationships,
    missions: mission,
    agencies: agencyCount,
    targets: targetCount,
    events,
    nodeFiles: [
      `Entity:Agency=${files.agencies.path}`,
      `Entity:Target=${files.targets.path}`,
      `Entity:Mission=${files.missions.path}`,
      `Entity:Event=${files.events.path}`,
    ],
    relationshipFiles: [
      `OPERATED_BY=${files.operatedBy.path}`,
      `TARGETS=${files.targetsRel.path}`,
      `HAS_EVENT=${files.hasEvent.path}`,
      `INVOLVES=${files.involves.path}`,
      `FOLLOWS=${files.follows.path}`,
      `ORBITS=${files.orbits.path}`,
    ],
    sample: {
      mission: richMission,
      popularTarget: targetIds[most(targetPopularity)],
      popularAgency: `agency-${pad(most(agencyPopularity), 5)}`,
      sharedTargetMission,
      searchText: searchCode,
      searchMission,
      missionCount: mission,
    },
  };
}
