import { ObjectType } from 'type-graphql';
import { declareEntityType } from '../entities/declareFields';
import { Entity } from '../entities/entity.type';
import { AGENCY } from './agency.fields';

@ObjectType({ description: 'A space agency, company or institute that operates missions.', implements: Entity, simpleResolvers: true })
export class Agency extends Entity {}

declareEntityType(Agency, AGENCY);
