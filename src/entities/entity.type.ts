import { InterfaceType } from 'type-graphql';
import { declareFields } from './declareFields';
import { ENTITY_HEAD, ENTITY_TAIL } from './entity.fields';
import { servedFields } from './fieldDescriptor';

@InterfaceType({
  description: 'Anything in the knowledge graph.',
  // Every compiled projection of the interface carries the concrete type's name.
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class Entity {}

declareFields(Entity as never, servedFields({ fields: { ...ENTITY_HEAD, ...ENTITY_TAIL } }));
