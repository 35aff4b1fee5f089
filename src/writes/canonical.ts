import { createHash } from 'node:crypto';
import { AgencyRecord, EventRecord, GraphDocument, MissionRecord, TargetRecord } from '../seed/graphDocument';

/**
 * Every record with every field, absent ones as null or [], keys in one order:
 * what is written, what is exported, and what the content hash is taken of,
 * so that export -> import -> export gives the same file byte for byte.
 */
export const canonicalAgency = (a: AgencyRecord) => ({
  id: a.id, name: a.name, abbreviation: a.abbreviation ?? null, country: a.country ?? null, sources: a.sources,
});

export const canonicalTarget = (t: TargetRecord) => ({
  id: t.id, name: t.name, kind: t.kind, designation: t.designation ?? null, parent: t.parent ?? null,
  aliases: t.aliases ?? [], description: t.description ?? null, sources: t.sources,
});

export const canonicalMission = (m: MissionRecord) => ({
  id: m.id, name: m.name, aliases: m.aliases ?? [], summary: m.summary ?? null, kinds: m.kinds, status: m.status,
  launchDate: m.launchDate ?? null, endDate: m.endDate ?? null, agencies: m.agencies, targets: m.targets,
  predecessors: m.predecessors ?? [], sources: m.sources,
});

export const canonicalEvent = (e: EventRecord) => ({
  id: e.id, name: e.name, mission: e.mission, type: e.type, date: e.date ?? null, datePrecision: e.datePrecision,
  planned: e.planned, description: e.description ?? null, distanceKm: e.distanceKm ?? null, targets: e.targets ?? [],
  sources: e.sources,
});

export interface CanonicalGraph {
  agencies: ReturnType<typeof canonicalAgency>[];
  targets: ReturnType<typeof canonicalTarget>[];
  missions: ReturnType<typeof canonicalMission>[];
  events: ReturnType<typeof canonicalEvent>[];
}

export function canonicalGraph(document: Omit<GraphDocument, 'origins'>): CanonicalGraph {
  const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    agencies: byId(document.agencies.map(canonicalAgency)),
    targets: byId(document.targets.map(canonicalTarget)),
    missions: byId(document.missions.map(canonicalMission)),
    events: byId(document.events.map(canonicalEvent)),
  };
}

/** Stored on each node: a record whose hash is unchanged is not written again. */
export const contentHash = (record: object): string => createHash('sha256').update(JSON.stringify(record)).digest('base64url').slice(0, 22);
