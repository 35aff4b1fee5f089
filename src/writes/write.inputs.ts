import { Field, InputType } from 'type-graphql';
import { AGENCY } from '../agencies/agency.fields';
import { entityInputType } from '../entities/inputType';
import { EVENT } from '../events/event.fields';
import { MISSION } from '../missions/mission.fields';
import { TARGET } from '../targets/target.fields';

/** A record as a mutation takes it: the fields its descriptor marks as written. */
export type RecordInput = { id: string } & Record<string, unknown>;

export const AgencyInput = entityInputType('AgencyInput', AGENCY, 'An agency\'s whole record: what it leaves out is cleared.');
export const TargetInput = entityInputType('TargetInput', TARGET, 'A target\'s whole record: what it leaves out is cleared.');
export const MissionInput = entityInputType('MissionInput', MISSION, 'A mission\'s whole record: what it leaves out is cleared; its events are records of their own.');
export const EventInput = entityInputType('EventInput', EVENT, 'An event\'s whole record: what it leaves out is cleared.');

@InputType({ description: 'A graph document, as `npm run export` writes it: records may refer to each other in any order.' })
export class GraphImportInput {
  @Field(() => [AgencyInput], { nullable: true, description: 'Agencies to create or replace.' }) agencies?: RecordInput[] | null;
  @Field(() => [TargetInput], { nullable: true, description: 'Targets to create or replace.' }) targets?: RecordInput[] | null;
  @Field(() => [MissionInput], { nullable: true, description: 'Missions to create or replace.' }) missions?: RecordInput[] | null;
  @Field(() => [EventInput], { nullable: true, description: 'Events to create or replace.' }) events?: RecordInput[] | null;
}
