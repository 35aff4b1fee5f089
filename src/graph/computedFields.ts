import { FieldNode, getNamedType, GraphQLObjectType } from 'graphql';
import { relatedExpression } from '../related/relatedCompiler';
import { NodeLabel } from './model';
import type { SelectionCompiler } from './selectionCompiler';

/** A field computed in Cypher from the node bound to `node`, compiled into the same statement. */
export type ComputedField = (compiler: SelectionCompiler, node: string, type: GraphQLObjectType, nodes: readonly FieldNode[]) => string;

export const COMPUTED_FIELDS: Partial<Record<NodeLabel, Record<string, ComputedField>>> = {
  Mission: {
    related: (compiler, node, type, nodes) =>
      relatedExpression(
        compiler,
        compiler.statement,
        node,
        getNamedType(type.getFields().related.type) as GraphQLObjectType,
        nodes,
        compiler.arguments(type, nodes).first,
      ),
  },
};
