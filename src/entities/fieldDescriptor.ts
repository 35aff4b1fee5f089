import { FieldCompiler, Presenter } from '../cypher/compiledField';
import { property, relation, RelationSpec, Storage } from '../cypher/fieldCompilers';
import { NodeLabel } from '../cypher/vocabulary';
import { FieldRule } from '../validation/fieldRules';

/** A GraphQL type as type-graphql takes it: `() => String`, `() => [MissionKind]`, `() => DateScalar`. */
export type TypeThunk = () => unknown;

export interface ArgDescriptor {
  type: TypeThunk;
  defaultValue?: unknown;
  nullable?: boolean;
  description?: string;
}

/** How a field appears in the graph's documents: seed files, imports, mutation inputs, exports. */
export interface RecordSpec {
  rule: FieldRule;
  required?: boolean;
  /** The description of the field in the input types (MissionInput), where it says something the output's does not. */
  inputDescription?: string;
  /** The field's type in the input types, where it is not the output's (objects have input types of their own). */
  inputType?: TypeThunk;
  /**
   * False while the field is only accepted in documents (validated, but not
   * taken by the input types, stored or exported yet): a field on its way in.
   */
  input?: boolean;
}

export interface PropertyDescriptor {
  kind: 'property';
  type: TypeThunk;
  storage: Storage;
  nullable: boolean;
  description?: string;
  /** Absent when the field is served but not written (updatedAt). */
  record?: RecordSpec;
  /** False while a written field is not served yet. */
  served: boolean;
}

export interface RelationDescriptor {
  kind: 'relation';
  spec: RelationSpec;
  /** A single related node may be absent (a target's parent), unless the record requires it (an event's mission). */
  nullable: boolean;
  description?: string;
  /** Present on the side that owns the relationship: its records name the related ids under this field. */
  record?: RecordSpec & { ordered: boolean };
}

export interface ComputedDescriptor {
  kind: 'computed';
  type: TypeThunk;
  nullable: boolean;
  description?: string;
  args: Record<string, ArgDescriptor>;
  cypher: FieldCompiler;
  present?: Presenter;
}

export type FieldDescriptor = PropertyDescriptor | RelationDescriptor | ComputedDescriptor;

/** A property of the node. Lists read as [] when absent; dates are stored as Neo4j dates and served as ISO text. */
export function prop(
  type: TypeThunk,
  options: { storage?: Storage; nullable?: boolean; description?: string; record?: RecordSpec; served?: boolean } = {},
): PropertyDescriptor {
  return {
    kind: 'property',
    type,
    storage: options.storage ?? 'value',
    nullable: options.nullable ?? false,
    description: options.description,
    record: options.record,
    served: options.served ?? true,
  };
}

/** A relationship to other entities, in order; `record` when this entity's records write it. */
export function rel(
  spec: RelationSpec,
  options: { description?: string; nullable?: boolean; record?: RecordSpec & { ordered?: boolean } } = {},
): RelationDescriptor {
  return {
    kind: 'relation',
    spec,
    nullable: options.nullable ?? !spec.many,
    description: options.description,
    record: options.record ? { ...options.record, ordered: options.record.ordered ?? false } : undefined,
  };
}

/** A field computed in Cypher from the node, compiled into the same statement. */
export function computed(
  type: TypeThunk,
  options: { cypher: FieldCompiler; nullable?: boolean; description?: string; args?: Record<string, ArgDescriptor>; present?: Presenter },
): ComputedDescriptor {
  return { kind: 'computed', type, nullable: options.nullable ?? false, args: options.args ?? {}, ...options };
}

/** The compiler of a descriptor's field. */
export function compilerOf(name: string, descriptor: FieldDescriptor): FieldCompiler {
  if (descriptor.kind === 'property') return property(name, descriptor.storage);
  if (descriptor.kind === 'relation') return relation(descriptor.spec);
  return descriptor.cypher;
}

/**
 * An entity kind, described once: the fields of its GraphQL type, how each is
 * read from Neo4j, written, validated and exported.
 */
export interface EntityDescriptor {
  label: NodeLabel;
  description?: string;
  /**
   * The entity's own fields (the Entity interface's come before and after them) in
   * record order: the order of seed files, imports, exports and input types.
   */
  fields: Record<string, FieldDescriptor>;
  /** The GraphQL type's own fields come first in this order, the others after them in record order. */
  servedOrder?: readonly string[];
  /** Properties stored besides the record's fields, computed from it: Cypher on the write's `row`. */
  derived?: Record<string, string>;
  /** Record fields folded into the full-text index's searchText besides the name. */
  searchText?: readonly string[];
}

export function defineEntity(descriptor: EntityDescriptor): EntityDescriptor {
  return descriptor;
}

/** The record fields, in record order. */
export function recordFields(fields: Record<string, FieldDescriptor>): [string, (PropertyDescriptor | RelationDescriptor) & { record: RecordSpec }][] {
  return Object.entries(fields).filter(
    (entry): entry is [string, (PropertyDescriptor | RelationDescriptor) & { record: RecordSpec }] =>
      entry[1].kind !== 'computed' && entry[1].record !== undefined,
  );
}

/** The served fields, in the order the GraphQL type lists them. */
export function servedFields(descriptor: Pick<EntityDescriptor, 'fields' | 'servedOrder'>): [string, FieldDescriptor][] {
  const served = Object.entries(descriptor.fields).filter(([, field]) => field.kind !== 'property' || field.served);
  const order = descriptor.servedOrder ?? [];
  const position = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return served.map((entry, index) => ({ entry, index })).sort((a, b) => position(a.entry[0]) - position(b.entry[0]) || a.index - b.index).map(({ entry }) => entry);
}
