import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSeed } from '../../src/seed/loadSeed';
import { ISO_3166_ALPHA_2 } from '../../src/validation/countries';

/**
 * The checks across records of `npm run seed:check`, each shown to fire on a
 * seed folder with one file that breaks it, and to stay quiet on a good one.
 */
const SOURCE = ['https://en.wikipedia.org/wiki/Tianwen-2'];
type Files = Record<string, unknown>;

function goodSeed(): Files {
  return {
    'dataset.json': { title: 'test', asOf: '2026-12-01', license: 'CC-BY-4.0' },
    'agencies/agencies.json': [{ id: 'cnsa', name: 'China National Space Administration', country: 'CN', sources: SOURCE }],
    'targets/targets.json': [
      { id: 'sun', name: 'Sun', kind: 'STAR', sources: SOURCE },
      { id: 'earth', name: 'Earth', kind: 'PLANET', parent: 'sun', sources: SOURCE },
      { id: 'moon', name: 'Moon', kind: 'MOON', parent: 'earth', sources: SOURCE },
      { id: 'mars', name: 'Mars', kind: 'PLANET', parent: 'sun', sources: SOURCE },
      { id: 'kamooalewa', name: 'Kamoʻoalewa', kind: 'ASTEROID', parent: 'sun', sources: SOURCE },
    ],
    'missions/tianwen-1.json': {
      id: 'tianwen-1', name: 'Tianwen-1', kinds: ['ORBITER'], status: 'COMPLETED', launchDate: '2020-07-23', endDate: '2022-12-31',
      agencies: ['cnsa'], targets: ['mars'], externalIds: [{ scheme: 'COSPAR', value: '2020-049A' }], sources: SOURCE,
      events: [
        { id: 'tianwen-1-launch', name: 'Launch', type: 'LAUNCH', date: '2020-07-23', datePrecision: 'DAY', planned: false, outcome: 'SUCCESS', targets: ['earth'], sources: SOURCE },
        { id: 'tianwen-1-orbit', name: 'Orbit', type: 'ORBIT_INSERTION', date: '2021-02-01', datePrecision: 'MONTH', planned: false, targets: ['mars'], sources: SOURCE },
        { id: 'tianwen-1-end', name: 'End', type: 'END_OF_MISSION', date: '2022-12-31', datePrecision: 'DAY', planned: false, sources: SOURCE },
      ],
    },
    'missions/tianwen-2.json': {
      id: 'tianwen-2', name: 'Tianwen-2', aliases: ['ZhengHe'], kinds: ['SAMPLE_RETURN'], status: 'ACTIVE', launchDate: '2025-05-28',
      agencies: ['cnsa'], targets: ['kamooalewa'], predecessors: ['tianwen-1'], cosparNote: 'Not published yet.',
      names: [{ language: 'zh-Hans', text: '天问二号' }], sources: SOURCE,
      events: [
        { id: 'tianwen-2-launch', name: 'Launch', type: 'LAUNCH', date: '2025-05-28', datePrecision: 'DAY', planned: false, targets: ['earth'], sources: SOURCE },
        { id: 'tianwen-2-checks', name: 'Checks', type: 'MILESTONE', date: '2025-01-01', datePrecision: 'YEAR', planned: false, sources: SOURCE },
        { id: 'tianwen-2-return', name: 'Return', type: 'SAMPLE_RETURN', date: '2027-01-01', datePrecision: 'YEAR', planned: true, targets: ['earth'], sources: SOURCE },
      ],
    },
    'missions/tianwen-3.json': {
      id: 'tianwen-3', name: 'Tianwen-3', kinds: ['SAMPLE_RETURN'], status: 'PLANNED', agencies: ['cnsa'], targets: ['mars'], sources: SOURCE,
      events: [{ id: 'tianwen-3-launch', name: 'Launch', type: 'LAUNCH', date: '2028-01-01', datePrecision: 'YEAR', planned: true, sources: SOURCE }],
    },
  };
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The problems `npm run seed:check` reports for the seed folder these files make. */
function problemsOf(files: Files): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'seed-'));
  folders.push(folder);
  for (const sub of ['agencies', 'targets', 'missions']) mkdirSync(join(folder, sub));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), JSON.stringify(content, null, 2));
  try {
    checkSeed(folder);
    return [];
  } catch (error) {
    return (error as { problems?: string[] }).problems ?? [String(error)];
  }
}

type Mission = { [field: string]: any; events: Record<string, any>[] };
/** The good seed with one mission file changed. */
function breaking(id: string, change: (mission: Mission, files: Files) => void): string[] {
  const files = goodSeed();
  change(files[`missions/${id}.json`] as Mission, files);
  return problemsOf(files);
}

describe('seed:check across records', () => {
  it('passes a consistent seed', () => {
    expect(problemsOf(goodSeed())).toEqual([]);
  });

  it.each<[string, string, (mission: Mission, files: Files) => void, RegExp]>([
    ['an event before the launch', 'tianwen-1', (m) => (m.events[1].date = '2019-05-01'), /tianwen-1-orbit.date 2019-05-01 is before the mission's launch/],
    ['an event after the end', 'tianwen-1', (m) => (m.events[1].date = '2023-02-01'), /tianwen-1-orbit.date 2023-02-01 is after the mission's end/],
    ['a launch date that is not the LAUNCH event', 'tianwen-1', (m) => (m.launchDate = '2020-07-24'), /tianwen-1-launch.date 2020-07-23 is not the mission's launchDate 2020-07-24/],
    ['a launched mission with no LAUNCH event', 'tianwen-1', (m) => m.events.splice(0, 1), /tianwen-1.launchDate has no LAUNCH event/],
    ['a past event still planned', 'tianwen-2', (m) => (m.events[2].date = '2025-01-01'), /tianwen-2-return.planned is true, but 2025-01-01 is before the data's asOf date/],
    ['a future event marked as happened', 'tianwen-2', (m) => (m.events[2].planned = false), /tianwen-2-return.planned is false, but 2027-01-01 is after/],
    ['a planned event with an outcome', 'tianwen-2', (m) => (m.events[2].outcome = 'SUCCESS'), /tianwen-2-return.outcome must be empty while the event is planned/],
    ['a PLANNED mission with a past event', 'tianwen-3', (m) => Object.assign(m.events[0], { date: '2025-01-01', planned: false }), /tianwen-3-launch.planned must be true: the mission is PLANNED/],
    ['a PLANNED mission with a launch date', 'tianwen-3', (m) => (m.launchDate = '2028-01-01'), /tianwen-3.launchDate must be empty for a PLANNED mission/],
    ['an ACTIVE mission with an end date', 'tianwen-2', (m) => (m.endDate = '2026-01-01'), /tianwen-2.endDate must be empty for an ACTIVE mission/],
    ['an ended mission without an end date', 'tianwen-1', (m) => delete m.endDate, /tianwen-1.endDate is required: the mission is COMPLETED/],
    ['an end date that is not its last END_OF_MISSION', 'tianwen-1', (m) => (m.endDate = '2022-12-30'), /tianwen-1.endDate 2022-12-30 is not the date of its last END_OF_MISSION/],
    ['a LOST mission without a LOSS_OF_CONTACT', 'tianwen-1', (m) => (m.status = 'LOST'), /tianwen-1.status LOST needs a LOSS_OF_CONTACT event/],
    ['an ACTIVE mission whose end has happened', 'tianwen-1', (m) => Object.assign(m, { status: 'ACTIVE', endDate: undefined }), /tianwen-1-end.type END_OF_MISSION has happened, but the mission is ACTIVE/],
    ['an event at a target the mission does not go to', 'tianwen-1', (m) => (m.events[1].targets = ['kamooalewa']), /tianwen-1-orbit.targets names "kamooalewa", which is not among tianwen-1's targets/],
    ['an event id without its mission\'s id', 'tianwen-1', (m) => (m.events[1].id = 'orbit-of-tianwen-1'), /orbit-of-tianwen-1.id must start with its mission's id "tianwen-1-"/],
    ['a file not named after its mission', 'tianwen-3', (_m, files) => { files['missions/tw3.json'] = files['missions/tianwen-3.json']; delete files['missions/tianwen-3.json']; }, /missions\/tw3.json: the file of mission "tianwen-3" must be named tianwen-3.json/],
    ['a predecessor launched later', 'tianwen-1', (m) => (m.predecessors = ['tianwen-2']), /tianwen-1.predecessors "tianwen-2" launched on 2025-05-28, after this mission/],
    ['FOLLOWS going round in a cycle', 'tianwen-1', (m, files) => { m.predecessors = ['tianwen-2']; (files['missions/tianwen-2.json'] as Mission).launchDate = '2020-07-23'; (files['missions/tianwen-2.json'] as Mission).events[0].date = '2020-07-23'; }, /predecessors forms a cycle: tianwen-1 -> tianwen-2 -> tianwen-1/],
    ['two missions sharing an alias', 'tianwen-1', (m) => (m.aliases = ['ZhengHe']), /tianwen-2.aliases "ZhengHe" is also a name of tianwen-1/],
    ['two missions sharing a native name', 'tianwen-1', (m) => (m.names = [{ language: 'zh-Hans', text: '天问二号' }]), /tianwen-2.aliases "天问二号" is also a name of tianwen-1/],
    ['a launched mission with neither COSPAR id nor note', 'tianwen-2', (m) => delete m.cosparNote, /tianwen-2.externalIds has no COSPAR designator and no cosparNote/],
    ['a malformed COSPAR id', 'tianwen-1', (m) => (m.externalIds = [{ scheme: 'COSPAR', value: '2020-49A' }]), /every item must be a COSPAR identifier written like "2020-049A"/],
    ['a malformed Wikidata id', 'tianwen-1', (m) => m.externalIds.push({ scheme: 'WIKIDATA', value: 'P1234' }), /every item must be a WIKIDATA identifier written like "Q1234"/],
    ['a country that is no ISO 3166 code', 'tianwen-1', (_m, files) => ((files['agencies/agencies.json'] as Record<string, unknown>[])[0].country = 'XX'), /cnsa.country "XX" is not an ISO 3166-1 alpha-2 code/],
    ['the Soviet Union without a note', 'tianwen-1', (_m, files) => ((files['agencies/agencies.json'] as Record<string, unknown>[])[0].country = 'SU'), /cnsa.countryNote is required: SU is a withdrawn ISO 3166 code/],
  ])('fires on %s', (_case, id, change, problem) => {
    const problems = breaking(id, change);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('knows every officially assigned ISO 3166-1 alpha-2 code', () => {
    expect(ISO_3166_ALPHA_2.size).toBe(249);
    expect(['CN', 'US', 'RU', 'JP', 'IN', 'AE', 'IL', 'KR', 'LU'].every((code) => ISO_3166_ALPHA_2.has(code))).toBe(true);
  });
});
