import { ObjectType } from 'type-graphql';
import { declareEntityType } from '../entities/declareFields';
import { Entity } from '../entities/entity.type';
import { TARGET } from './target.fields';

@ObjectType({ description: 'Where missions go: the Sun, a planet, moon, asteroid or comet, a landing site or region; each but the Sun has the parent it orbits or lies on.', implements: Entity, simpleResolvers: true })
export class Target extends Entity {}

declareEntityType(Target, TARGET);
