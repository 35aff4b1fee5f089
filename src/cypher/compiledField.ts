import { FieldNode, GraphQLField, GraphQLNamedType, GraphQLObjectType } from 'graphql';
import type { StatementBuilder } from './statementBuilder';

/**
 * What a value passes down to its own fields besides itself: named Cypher
 * expressions bound by the field that produced it (a connection's page of
 * rows, a path's node list, a hit's score).
 */
export type Scope = Readonly<Record<string, string>>;

/** One selected field, as its compiler sees it. */
export interface FieldToCompile {
  /** The Cypher expression of the value the field belongs to: a node variable for an entity, a map or a variable otherwise. */
  readonly source: string;
  readonly scope: Scope;
  readonly parentType: GraphQLObjectType;
  readonly field: GraphQLField<unknown, unknown>;
  /** The field's nodes in the document (several when a selection repeats it). */
  readonly nodes: readonly FieldNode[];
  readonly statement: StatementBuilder;
  /** The field's arguments, variables substituted and defaults applied. */
  arguments(): Record<string, unknown>;
  /** The field's own selection compiled on `value`, a Cypher expression of the field's type (or of `type`). */
  project(value: string, scope?: Scope, type?: GraphQLNamedType): string;
  /** The same on every item of the Cypher list `list`, as a list of rows (see rowsOf). */
  projectEach(list: string, scope?: Scope): string;
  /**
   * A list of this field's selection, sent as rows: `list` builds the Cypher
   * list whose items are `row(value)`, and nothing after may read the list's
   * items or keys in Cypher: it reaches the server as a list of maps again.
   */
  rowsOf(list: (row: (value: string, scope?: Scope) => string) => string): string;
  /** The names of the fields selected on this field's value (an object type's), fragments included. */
  selectedFieldNames(): string[];
}

/** Compiles one field to a Cypher expression evaluated where its parent value is bound. */
export type FieldCompiler = (field: FieldToCompile) => string;

/**
 * Where a field keeps its compiler: in the GraphQL field's extensions, next to
 * its type, description and arguments, so that the field's declaration is the
 * only place that says how it is read.
 */
export const CYPHER = 'cypher';

/**
 * A field whose value needs one more step in JavaScript once the statement has
 * answered (a cursor is encoded): the function receives what Cypher returned.
 */
export const PRESENT = 'present';
export type Presenter = (value: unknown) => unknown;

/** On an object type: the label of the node it is read from, when it is one. */
export const NODE_LABEL = 'cypherNodeLabel';
