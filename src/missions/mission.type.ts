import { ObjectType } from 'type-graphql';
import { declareEntityType } from '../entities/declareFields';
import { Entity } from '../entities/entity.type';
import { MISSION } from './mission.fields';

@ObjectType({ description: 'A robotic mission beyond Earth orbit: who flies it, where it goes, what happened to it.', implements: Entity, simpleResolvers: true })
export class Mission extends Entity {}

declareEntityType(Mission, MISSION);
