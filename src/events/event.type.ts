import { ObjectType } from 'type-graphql';
import { declareEntityType } from '../entities/declareFields';
import { Entity } from '../entities/entity.type';
import { EVENT } from './event.fields';

@ObjectType({ description: 'A dated moment of a mission: a launch, flyby, landing, sample return, loss of contact.', implements: Entity, simpleResolvers: true })
export class Event extends Entity {}

declareEntityType(Event, EVENT);
