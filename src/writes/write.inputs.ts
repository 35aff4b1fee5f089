import { Field, InputType } from 'type-graphql';
import { AGENCY } from '../agencies/agency.fields';
import { entityInputType } from '../entities/inputType';
import { EVENT } from '../events/event.fields';
import { MISSION } from '../missions/mission.fields';
import { TARGET } from '../targets/target.fields';

/** A record as a mutation takes it: the fields its descriptor marks as written. */
export type RecordInput = { id: string } & Record<string, unknown>;

export const AgencyInput = entityInputType('AgencyInput', AGENCY);
export const TargetInput = entityInputType('TargetInput', TARGET);
export const MissionInput = entityInputType('MissionInput', MISSION);
export const EventInput = entityInputType('EventInput', EVENT);

@InputType()
export class GraphImportInput {
  @Field(() => [AgencyInput], { nullable: true }) agencies?: RecordInput[] | null;
  @Field(() => [TargetInput], { nullable: true }) targets?: RecordInput[] | null;
  @Field(() => [MissionInput], { nullable: true }) missions?: RecordInput[] | null;
  @Field(() => [EventInput], { nullable: true }) events?: RecordInput[] | null;
}
