/**
 * The closed list of labels, relationship types and relationship fields.
 * These are the only names ever spliced into Cypher; every value is a parameter.
 */
export const NODE_LABELS = ['Mission', 'Agency', 'Target', 'Event'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = ['OPERATED_BY', 'TARGETS', 'HAS_EVENT', 'INVOLVES', 'FOLLOWS', 'ORBITS'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const isNodeLabel = (name: string): name is NodeLabel => (NODE_LABELS as readonly string[]).includes(name);

/** How a list of related nodes is ordered; each ends with the id so ties are stable. */
export type Ordering = 'relationshipOrder' | 'launchDate' | 'eventDate' | 'name';

export interface RelationField {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  label: NodeLabel;
  many: boolean;
  order: Ordering;
  /** The field takes `first`, with this default. */
  defaultFirst?: number;
}

export const RELATION_FIELDS: Record<NodeLabel, Record<string, RelationField>> = {
  Agency: {
    missions: { type: 'OPERATED_BY', direction: 'IN', label: 'Mission', many: true, order: 'launchDate', defaultFirst: 50 },
  },
  Mission: {
    agencies: { type: 'OPERATED_BY', direction: 'OUT', label: 'Agency', many: true, order: 'relationshipOrder' },
    targets: { type: 'TARGETS', direction: 'OUT', label: 'Target', many: true, order: 'relationshipOrder' },
    events: { type: 'HAS_EVENT', direction: 'OUT', label: 'Event', many: true, order: 'eventDate', defaultFirst: 100 },
    predecessors: { type: 'FOLLOWS', direction: 'OUT', label: 'Mission', many: true, order: 'launchDate' },
    successors: { type: 'FOLLOWS', direction: 'IN', label: 'Mission', many: true, order: 'launchDate' },
  },
  Target: {
    parent: { type: 'ORBITS', direction: 'OUT', label: 'Target', many: false, order: 'name' },
    children: { type: 'ORBITS', direction: 'IN', label: 'Target', many: true, order: 'name' },
    missions: { type: 'TARGETS', direction: 'IN', label: 'Mission', many: true, order: 'launchDate', defaultFirst: 50 },
    events: { type: 'INVOLVES', direction: 'IN', label: 'Event', many: true, order: 'eventDate', defaultFirst: 100 },
  },
  Event: {
    mission: { type: 'HAS_EVENT', direction: 'IN', label: 'Mission', many: false, order: 'name' },
    targets: { type: 'INVOLVES', direction: 'OUT', label: 'Target', many: true, order: 'relationshipOrder' },
  },
};

/** Stored list properties, projected as [] when absent. */
export const LIST_PROPERTIES = new Set(['sources', 'aliases', 'kinds']);

/**
 * Undated missions and events sort after every dated one. An event known only
 * to the month or year sorts at the middle of it (its `sortDate`), where it is
 * most likely to belong, rather than before everything else that month or year.
 */
export const UNDATED = "date('9999-12-31')";

export function sortKey(order: Ordering, node: string, relationship: string): string {
  switch (order) {
    case 'relationshipOrder':
      return `${relationship}.order`;
    case 'launchDate':
      return `coalesce(${node}.launchDate, ${UNDATED})`;
    case 'eventDate':
      return `coalesce(${node}.sortDate, ${UNDATED})`;
    case 'name':
      return `${node}.name`;
  }
}
