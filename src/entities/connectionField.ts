import { Int } from 'type-graphql';
import { connectionExpression, ListOrder } from '../cypher/connection';
import { StatementBuilder } from '../cypher/statementBuilder';
import { NodeLabel } from '../cypher/vocabulary';
import { AFTER_DESCRIPTION, PAGE_SIZE_DESCRIPTION } from './connection.type';
import { computed, ComputedDescriptor, TypeThunk } from './fieldDescriptor';

export interface NestedList<Where> {
  /** The connection type: MissionConnection. */
  type: TypeThunk;
  label: NodeLabel;
  /** The relationship from the parent node to the listed ones, as a pattern binding `node`. */
  pattern: (parent: string, node: string) => string;
  /** The where input and its compiler to a predicate on `node` (ids named in it are checked by the statement). */
  where: { type: TypeThunk; description: string; condition: (statement: StatementBuilder, node: string, where: Where | null, field: string) => string };
  /** The orders it may be listed in; with an order argument when there are several. */
  orders: { type?: TypeThunk; byName: Record<string, ListOrder>; default: string };
  defaultFirst: number;
  description: string;
}

/**
 * A page of the nodes related to this one, filtered, with its total count: the
 * same keyset page as a root list, compiled inside the parent's projection so
 * that pages within pages still cost one statement.
 */
export function nestedConnection<Where>(list: NestedList<Where>): ComputedDescriptor {
  const args: ComputedDescriptor['args'] = { where: { type: list.where.type, description: list.where.description } };
  if (list.orders.type) args.orderBy = { type: list.orders.type, defaultValue: list.orders.default, description: 'How the list is sorted; ties are broken by id.' };
  args.first = { type: () => Int, defaultValue: list.defaultFirst, description: PAGE_SIZE_DESCRIPTION };
  args.after = { type: () => String, description: AFTER_DESCRIPTION };
  return computed(list.type, {
    description: list.description,
    args,
    cypher: (field) => {
      const { where, orderBy, first, after } = field.arguments() as { where?: Where; orderBy?: string; first?: number; after?: string };
      const name = `${field.parentType.name}.${field.field.name}`;
      return connectionExpression(
        field.statement,
        field.selectedFieldNames(),
        {
          label: list.label,
          source: (node) => {
            const condition = list.where.condition(field.statement, node, where ?? null, `${name}(where)`);
            return { pattern: list.pattern(field.source, node), predicates: condition === 'true' ? [] : [condition] };
          },
          order: list.orders.byName[orderBy ?? list.orders.default],
          first,
          defaultFirst: list.defaultFirst,
          after,
        },
        (scope, rows) => field.project(rows, scope),
      );
    },
  });
}
