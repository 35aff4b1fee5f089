import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphDocument } from '../../src/documents/graphDocument';
import { checkSeed } from '../../src/seed/loadSeed';
import { readSeed } from '../../src/seed/seedFiles';
import { validateGraph } from '../../src/documents/validateGraph';

const SOURCE = ['https://en.wikipedia.org/wiki/Tianwen-2'];

function validDocument(): GraphDocument {
  return {
    agencies: [{ id: 'cnsa', name: 'China National Space Administration', abbreviation: 'CNSA', country: 'CN', sources: SOURCE }],
    targets: [
      { id: 'sun', name: 'Sun', kind: 'STAR', sources: SOURCE },
      { id: 'kamooalewa', name: '469219 Kamoʻoalewa', kind: 'ASTEROID', parent: 'sun', sources: SOURCE },
    ],
    missions: [
      {
        id: 'tianwen-2', name: 'Tianwen-2', kinds: ['SAMPLE_RETURN'], status: 'ACTIVE', launchDate: '2025-05-28',
        agencies: ['cnsa'], targets: ['kamooalewa'], sources: SOURCE,
      },
    ],
    events: [
      { id: 'tianwen-2-launch', name: 'Launch', mission: 'tianwen-2', type: 'LAUNCH', date: '2025-05-28', datePrecision: 'DAY', planned: false, sources: SOURCE },
    ],
    origins: new Map([['tianwen-2', 'seed/missions/tianwen-2.json'], ['tianwen-2-launch', 'seed/missions/tianwen-2.json']]),
  };
}

function problemsAfter(change: (document: GraphDocument) => void): string[] {
  const document = validDocument();
  change(document);
  return validateGraph(document);
}

describe('seed validation', () => {
  it('passes the curated seed and the minimal valid document', () => {
    expect(() => checkSeed()).not.toThrow();
    expect(validateGraph(validDocument())).toEqual([]);
  });

  it.each<[string, (document: GraphDocument) => void, RegExp]>([
    ['an id that is not a slug', (d) => (d.agencies[0].id = 'CNSA Agency'), /CNSA Agency\.id must be a lowercase slug/],
    ['a duplicate id', (d) => d.agencies.push({ ...d.agencies[0] }), /cnsa\.id is used twice/],
    ['a dangling agency', (d) => (d.missions[0].agencies = ['nope']), /tianwen-2\.agencies refers to "nope", which does not exist/],
    ['a reference of the wrong kind', (d) => (d.missions[0].targets = ['cnsa']), /tianwen-2\.targets refers to "cnsa", which is a agency, not a target/],
    ['a dangling parent', (d) => (d.targets[1].parent = 'nowhere'), /kamooalewa\.parent refers to "nowhere"/],
    ['a parent cycle', (d) => (d.targets[0].parent = 'kamooalewa'), /parent forms a cycle/],
    ['a date not on the calendar', (d) => (d.missions[0].launchDate = '2025-02-30'), /tianwen-2\.launchDate must be a calendar date/],
    ['an end before the launch', (d) => (d.missions[0].endDate = '2020-01-01'), /tianwen-2\.endDate 2020-01-01 is before the launch date/],
    ['a source that is not https', (d) => (d.agencies[0].sources = ['http://example.org']), /cnsa\.sources every item must be an https URL/],
    ['no source', (d) => (d.missions[0].sources = []), /tianwen-2\.sources must not be empty/],
    ['an unknown enum value', (d) => (d.missions[0].status = 'FLYING'), /tianwen-2\.status must be one of PLANNED/],
    ['a missing required field', (d) => delete (d.events[0] as Partial<GraphDocument['events'][0]>).type, /tianwen-2-launch\.type is required/],
    ['an unknown field', (d) => ((d.missions[0] as unknown as Record<string, unknown>).lauchDate = '2025-05-28'), /tianwen-2\.lauchDate is not a field of a mission/],
    ['a YEAR date that is not 1 January', (d) => Object.assign(d.events[0], { datePrecision: 'YEAR' }), /must be the first day of the year/],
    ['an empty name', (d) => (d.targets[1].name = '  '), /kamooalewa\.name must be a non-empty string/],
  ])('rejects %s, naming the file, the id and the field', (_case, change, message) => {
    const problems = problemsAfter(change);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('names the file a problem was read from', () => {
    const problems = problemsAfter((d) => (d.events[0].datePrecision = 'WEEK'));
    expect(problems[0]).toMatch(/^seed\/missions\/tianwen-2\.json: tianwen-2-launch\.datePrecision/);
  });

  it('names a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    for (const kind of ['agencies', 'targets', 'missions']) mkdirSync(join(dir, kind));
    writeFileSync(join(dir, 'missions', 'broken.json'), '{ "id": "broken", ');
    expect(() => readSeed(dir, dir)).toThrow(/missions\/broken\.json: not valid JSON/);
  });
});
