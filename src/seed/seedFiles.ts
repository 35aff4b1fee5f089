import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { emptyDocument, GraphDocument } from '../documents/graphDocument';

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
