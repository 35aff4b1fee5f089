import { ClassType } from 'type-graphql';
import { NodeLabel } from '../cypher/vocabulary';

/**
 * The GraphQL class of each kind of node, so that a relation names its
 * target by label and the class is looked up when the schema is built
 * (the entity types name each other; their modules need not import each other).
 */
const classes = new Map<NodeLabel, ClassType>();

export function registerEntityClass(label: NodeLabel, type: ClassType): void {
  classes.set(label, type);
}

export function entityClass(label: NodeLabel): ClassType {
  const type = classes.get(label);
  if (!type) throw new Error(`No GraphQL type is declared for the label ${label}`);
  return type;
}
