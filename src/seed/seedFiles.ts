import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { emptyDocument, GraphDocument } from '../documents/graphDocument';
import { isCalendarDate } from '../validation/calendarDate';

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  }
}

const jsonFiles = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));

/**
 * Reads seed/agencies/*.json, seed/targets/*.json (arrays) and
 * seed/missions/*.json (one mission each, its events inside).
 */
export function readSeed(seedDir: string, projectRoot = join(seedDir, '..')): GraphDocument {
  const document: GraphDocument = emptyDocument();
  const problems: string[] = [];
  const parse = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${relative(projectRoot, file)}: not valid JSON (${(error as Error).message})`);
      return undefined;
    }
  };
  const remember = (file: string, record: unknown) => {
    const id = (record as { id?: unknown })?.id;
    if (typeof id === 'string' && !document.origins.has(id)) document.origins.set(id, relative(projectRoot, file));
  };

  for (const kind of ['agencies', 'targets'] as const) {
    for (const file of jsonFiles(join(seedDir, kind))) {
      const records = parse(file);
      if (records === undefined) continue;
      if (!Array.isArray(records)) {
        problems.push(`${relative(projectRoot, file)}: must hold an array of ${kind}`);
        continue;
      }
      for (const record of records) remember(file, record);
      document[kind].push(...records);
    }
  }
  for (const file of jsonFiles(join(seedDir, 'missions'))) {
    const mission = parse(file);
    if (mission === undefined) continue;
    if (typeof mission !== 'object' || mission === null || Array.isArray(mission)) {
      problems.push(`${relative(projectRoot, file)}: must hold one mission object`);
      continue;
    }
    const { events = [], ...fields } = mission as Record<string, unknown>;
    if (typeof fields.id === 'string' && basename(file) !== `${fields.id}.json`) {
      problems.push(`${relative(projectRoot, file)}: the file of mission "${fields.id}" must be named ${fields.id}.json`);
    }
    remember(file, fields);
    document.missions.push(fields as never);
    if (!Array.isArray(events)) {
      problems.push(`${relative(projectRoot, file)}: events must be an array`);
      continue;
    }
    for (const event of events) {
      remember(file, event);
      document.events.push({ ...(event as object), mission: fields.id } as never);
    }
  }
  if (problems.length > 0) throw new SeedError(problems);
  return document;
}

/** About the data set itself: seed/dataset.json. */
export interface DatasetFile {
  title: string;
  /** The day the data was last checked against its sources. */
  asOf: string;
  /** An SPDX licence identifier. */
  license: string;
}

export function readDataset(seedDir: string): DatasetFile {
  const file = join(seedDir, 'dataset.json');
  let dataset: Partial<DatasetFile>;
  try {
    dataset = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedError([`seed/dataset.json: not readable JSON (${(error as Error).message})`]);
  }
  const problems: string[] = [];
  if (typeof dataset.title !== 'string' || dataset.title.trim() === '') problems.push('seed/dataset.json: title must be a non-empty string');
  if (typeof dataset.asOf !== 'string' || !isCalendarDate(dataset.asOf)) problems.push('seed/dataset.json: asOf must be a calendar date written YYYY-MM-DD');
  if (typeof dataset.license !== 'string' || !/^[A-Za-z0-9.+-]+$/.test(dataset.license)) problems.push('seed/dataset.json: license must be an SPDX identifier like "CC-BY-4.0"');
  if (problems.length > 0) throw new SeedError(problems);
  return dataset as DatasetFile;
}
