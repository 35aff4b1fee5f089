import {
  GraphQLField, GraphQLInputField, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType,
} from 'graphql';
import { buildGraphSchema } from '../../src/app/schema';

/** Every type, field, argument and enum value of the served schema, with its description. */
function coordinates(): [string, string | null | undefined][] {
  const found: [string, string | null | undefined][] = [];
  for (const type of Object.values(buildGraphSchema().getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    found.push([type.name, type.description]);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
        found.push([`${type.name}.${field.name}`, field.description]);
        for (const arg of 'args' in field ? field.args : []) found.push([`${type.name}.${field.name}(${arg.name}:)`, arg.description]);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) found.push([`${type.name}.${value.name}`, value.description]);
  }
  return found;
}

describe('the served schema', () => {
  it('describes every type, field, argument and enum value (a bare "v2." says nothing)', () => {
    const all = coordinates();
    const undescribed = all.filter(([, description]) => !description?.replace(/^v2\./, '').trim()).map(([coordinate]) => coordinate);
    expect(all.length).toBeGreaterThan(400);
    expect(undescribed).toEqual([]);
  });
});
