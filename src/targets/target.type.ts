import { ObjectType } from 'type-graphql';
import { declareEntityType } from '../entities/declareFields';
import { Entity } from '../entities/entity.type';
import { TARGET } from './target.fields';

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Target extends Entity {}

declareEntityType(Target, TARGET);
