import { Label, NodeLabel } from '../cypher/vocabulary';
import { EntityKind } from './entity.enums';

/** The spellings of one kind of entity, in one place: its GraphQL enum value, its label, its records' names. */
export interface KindNames {
  kind: EntityKind;
  label: NodeLabel;
  /** One record, in validation messages: "a mission". */
  record: 'agency' | 'target' | 'mission' | 'event';
  /** A document's list of them: GraphImportInput.missions, seed/missions/. */
  collection: 'agencies' | 'targets' | 'missions' | 'events';
}

/** In write order: what a record refers to is written before it. */
export const ENTITY_KINDS: readonly KindNames[] = [
  { kind: EntityKind.AGENCY, label: Label.Agency, record: 'agency', collection: 'agencies' },
  { kind: EntityKind.TARGET, label: Label.Target, record: 'target', collection: 'targets' },
  { kind: EntityKind.MISSION, label: Label.Mission, record: 'mission', collection: 'missions' },
  { kind: EntityKind.EVENT, label: Label.Event, record: 'event', collection: 'events' },
];

export type Collection = KindNames['collection'];
export type RecordKind = KindNames['record'];

export const kindOfLabel = (label: string): KindNames | undefined => ENTITY_KINDS.find((names) => names.label === label);
export const kindNames = (kind: EntityKind): KindNames => ENTITY_KINDS.find((names) => names.kind === kind)!;
export const kindOfCollection = (collection: Collection): KindNames => ENTITY_KINDS.find((names) => names.collection === collection)!;
