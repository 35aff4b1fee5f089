/**
 * The closed vocabulary of the graph: the only names ever spliced into Cypher
 * (every value is a parameter). Written as constants so that renaming one is
 * a change the compiler follows into every statement.
 */
export const Label = {
  Entity: 'Entity',
  Mission: 'Mission',
  Agency: 'Agency',
  Target: 'Target',
  Event: 'Event',
  Migration: 'Migration',
  /** One committed change to an entity: the change log (not an :Entity). */
  Change: 'Change',
  /** The one node that numbers the change log: its write lock orders concurrent writes. */
  ChangeLog: 'ChangeLog',
  /** How far the change log has been pruned: a cursor below it has lost the changes after it. */
  ChangeHorizon: 'ChangeHorizon',
} as const;

/** The key of the one :ChangeLog node and the one :ChangeHorizon node (unique: a second log would number every change twice). */
export const CHANGE_LOG_KEY = 'changes';

/** The four kinds of entity: every such node is also an :Entity. */
export type NodeLabel = typeof Label.Mission | typeof Label.Agency | typeof Label.Target | typeof Label.Event;

export const Rel = {
  OPERATED_BY: 'OPERATED_BY',
  TARGETS: 'TARGETS',
  HAS_EVENT: 'HAS_EVENT',
  INVOLVES: 'INVOLVES',
  FOLLOWS: 'FOLLOWS',
  ORBITS: 'ORBITS',
} as const;

export type RelationshipType = keyof typeof Rel;
export const RELATIONSHIP_TYPES = Object.keys(Rel) as RelationshipType[];

/** Any of the graph's relationships, for walks that follow them all (paths, neighbourhoods, counts). */
export const ANY_RELATIONSHIP = RELATIONSHIP_TYPES.join('|');
