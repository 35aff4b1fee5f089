import { kindOfLabel, RecordKind } from '../entities/entityKinds';
import { GraphDocument } from './graphDocument';
import { GRAPH_MODEL, KindModel } from './graphModel';

type Kind = RecordKind;

/**
 * Every problem in a graph document, each naming where it was read, the id and
 * the field. Nothing may be written while this list is not empty.
 */
export function validateGraph(document: GraphDocument, knownIds: ReadonlyMap<string, string> = new Map()): string[] {
  const problems: string[] = [];
  const where = (id: unknown) => {
    const origin = typeof id === 'string' ? document.origins.get(id) : undefined;
    return origin ? `${origin}: ` : '';
  };
  const report = (record: Record<string, unknown>, field: string, problem: string) =>
    problems.push(`${where(record.id)}${typeof record.id === 'string' ? record.id : '(no id)'}.${field} ${problem}`);

  // Which kind each id is, so a reference to an agency where a target belongs is caught.
  // `knownIds` are those already in the graph: valid references, and ids a record may not change the kind of.
  const kinds = new Map<string, string>(knownIds);
  const written = new Map<string, string>();
  for (const model of GRAPH_MODEL) {
    const kind = model.record;
    for (const record of document[model.collection] as unknown as Record<string, unknown>[]) {
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        problems.push(`a ${kind} must be an object, got ${JSON.stringify(record)}`);
        continue;
      }
      checkFields(model, record, report);
      if (typeof record.id !== 'string') continue;
      const stored = knownIds.get(record.id);
      if (written.has(record.id)) report(record, 'id', `is used twice (already a ${written.get(record.id)})`);
      else if (stored !== undefined && stored !== kind) report(record, 'id', `belongs to an existing ${stored}, not a ${kind}`);
      written.set(record.id, kind);
      kinds.set(record.id, kind);
    }
  }

  const expect = (record: Record<string, unknown>, field: string, kind: Kind) => {
    const value = record[field];
    const references = Array.isArray(value) ? value : value == null ? [] : [value];
    for (const id of references) {
      if (typeof id !== 'string') continue;
      const actual = kinds.get(id);
      if (actual === undefined) report(record, field, `refers to "${id}", which does not exist`);
      else if (actual !== kind) report(record, field, `refers to "${id}", which is a ${actual}, not a ${kind}`);
    }
  };
  for (const model of GRAPH_MODEL) {
    for (const record of objects(document[model.collection])) {
      for (const [field, reference] of model.references) expect(record, field, kindOfLabel(reference.spec.label)!.record);
    }
  }
  for (const target of objects(document.targets)) {
    if (target.parent === target.id) report(target, 'parent', 'cannot be the target itself');
  }
  for (const mission of objects(document.missions)) {
    if (Array.isArray(mission.predecessors) && mission.predecessors.includes(mission.id)) {
      report(mission, 'predecessors', 'cannot include the mission itself');
    }
    if (typeof mission.launchDate === 'string' && typeof mission.endDate === 'string' && mission.endDate < mission.launchDate) {
      report(mission, 'endDate', `${mission.endDate} is before the launch date ${mission.launchDate}`);
    }
    if (mission.endDate != null && mission.launchDate == null) report(mission, 'endDate', 'needs a launch date');
  }
  for (const event of objects(document.events)) checkEventDate(event, report);
  problems.push(...parentCycles(document));
  return problems;
}

/** The records that are objects (the others are reported once, as such). */
const objects = (records: unknown[]): Record<string, unknown>[] =>
  records.filter((record): record is Record<string, unknown> => typeof record === 'object' && record !== null && !Array.isArray(record));

function checkFields(model: KindModel, record: Record<string, unknown>, report: (r: Record<string, unknown>, f: string, p: string) => void) {
  for (const [field, { record: spec }] of model.accepted) {
    const value = record[field];
    if (value === undefined || value === null) {
      if (spec.required) report(record, field, 'is required');
      continue;
    }
    const problem = spec.rule(value);
    if (problem) report(record, field, problem);
  }
  for (const field of Object.keys(record)) {
    if (!model.accepted.some(([name]) => name === field)) report(record, field, `is not a field of a ${model.record}`);
  }
}

function checkEventDate(event: Record<string, unknown>, report: (r: Record<string, unknown>, f: string, p: string) => void) {
  if (typeof event.date !== 'string') return;
  if (event.datePrecision === 'MONTH' && !event.date.endsWith('-01')) {
    report(event, 'date', 'must be the first day of the month for MONTH precision');
  }
  if (event.datePrecision === 'YEAR' && !event.date.endsWith('-01-01')) {
    report(event, 'date', 'must be the first day of the year for YEAR precision');
  }
}

function parentCycles(document: GraphDocument): string[] {
  const parents = new Map(objects(document.targets).map((target) => [target.id as string, (target.parent as string | undefined) ?? null]));
  const problems: string[] = [];
  for (const start of parents.keys()) {
    const seen = new Set<string>();
    for (let id: string | null | undefined = start; id; id = parents.get(id)) {
      if (seen.has(id)) {
        problems.push(`${start}.parent forms a cycle through "${id}"`);
        break;
      }
      seen.add(id);
    }
  }
  return problems;
}
