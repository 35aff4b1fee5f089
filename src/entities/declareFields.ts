import { Arg, ClassType, Extensions, Field, ID, Int } from 'type-graphql';
import { NODE_LABEL } from '../cypher/compiledField';
import { Compiled } from './compiled';
import { entityClass, registerEntityClass } from './entityClasses';
import { isCommonField } from './entity.fields';
import { ArgDescriptor, compilerOf, EntityDescriptor, FieldDescriptor, servedFields } from './fieldDescriptor';

/**
 * Declares descriptor fields on a type-graphql class, as its decorators
 * would: the GraphQL field with its type, description and arguments, and its
 * Cypher compiler in the field's extensions. The fields come in the order given.
 */
export function declareFields(target: ClassType, fields: [string, FieldDescriptor][]): void {
  for (const [name, descriptor] of fields) {
    const args = argumentsOf(descriptor);
    Object.entries(args).forEach(([argName, arg], index) => {
      Arg(argName, arg.type as never, { nullable: arg.nullable ?? true, defaultValue: arg.defaultValue, description: arg.description })(
        target.prototype,
        name,
        index,
      );
    });
    Field(typeOf(descriptor) as never, { nullable: nullableOf(descriptor), description: descriptor.description })(target.prototype, name);
    Compiled(compilerOf(name, descriptor), descriptor.kind === 'computed' ? descriptor.present : undefined)(target.prototype, name);
  }
}

/** An entity's GraphQL object type: its own fields from the descriptor (the Entity interface brings the common ones). */
export function declareEntityType(target: ClassType, descriptor: EntityDescriptor): void {
  Extensions({ [NODE_LABEL]: descriptor.label })(target);
  registerEntityClass(descriptor.label, target);
  // The common fields come with the Entity interface.
  declareFields(target, servedFields(descriptor).filter(([name]) => !isCommonField(name)));
}

function typeOf(descriptor: FieldDescriptor): () => unknown {
  if (descriptor.kind !== 'relation') return descriptor.type;
  const { label, many } = descriptor.spec;
  return many ? () => [entityClass(label)] : () => entityClass(label);
}

const nullableOf = (descriptor: FieldDescriptor): boolean => descriptor.nullable;

function argumentsOf(descriptor: FieldDescriptor): Record<string, ArgDescriptor> {
  if (descriptor.kind === 'computed') return descriptor.args;
  if (descriptor.kind === 'relation' && descriptor.spec.first) {
    return { first: { type: () => Int, defaultValue: descriptor.spec.first.default, description: 'How many, from 0 to 100.' } };
  }
  return {};
}

/** The input type of a record field: relations are given by id. */
export function inputTypeOf(descriptor: FieldDescriptor): () => unknown {
  if (descriptor.kind === 'relation') return descriptor.spec.many ? () => [ID] : () => ID;
  return (descriptor.kind === 'property' && descriptor.record?.inputType) || typeOf(descriptor);
}
