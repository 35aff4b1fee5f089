import { ObjectType } from 'type-graphql';
import { declareEntityType } from '../entities/declareFields';
import { Entity } from '../entities/entity.type';
import { EVENT } from './event.fields';

@ObjectType({ implements: Entity, simpleResolvers: true })
export class Event extends Entity {}

declareEntityType(Event, EVENT);
