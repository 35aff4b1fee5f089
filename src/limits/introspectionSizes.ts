import { GraphQLSchema, isAbstractType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

/** How long each list of the introspection types is in this schema, on average: `Type.field` -> length. */
export type IntrospectionSizes = ReadonlyMap<string, number>;

const known = new WeakMap<GraphQLSchema, IntrospectionSizes>();

/**
 * Introspection is answered from memory, so its cost is the fields it resolves,
 * and those depend on the schema it describes: `__schema { types { fields } }`
 * resolves every field of every type. Each list is sized by its average length
 * here (fields per type, arguments per field, ...), so a walk over all types
 * costs what it resolves. Computed once per schema.
 */
export function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const cached = known.get(schema);
  if (cached) return cached;
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  const perType = (length: (type: (typeof types)[number]) => number) => types.reduce((sum, type) => sum + length(type), 0) / types.length;
  const fields = types.flatMap((type) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : []));
  const sizes = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', perType((type) => (isObjectType(type) || isInterfaceType(type) ? Object.keys(type.getFields()).length : 0))],
    ['__Type.inputFields', perType((type) => (isInputObjectType(type) ? Object.keys(type.getFields()).length : 0))],
    ['__Type.enumValues', perType((type) => (isEnumType(type) ? type.getValues().length : 0))],
    ['__Type.interfaces', perType((type) => (isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().length : 0))],
    ['__Type.possibleTypes', perType((type) => (isAbstractType(type) ? schema.getPossibleTypes(type).length : 0))],
    ['__Field.args', fields.reduce((sum, field) => sum + field.args.length, 0) / Math.max(fields.length, 1)],
    ['__Directive.args', directives.reduce((sum, directive) => sum + directive.args.length, 0) / Math.max(directives.length, 1)],
  ]);
  known.set(schema, sizes);
  return sizes;
}
