import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { DatePrecision, EventType, MissionKind, MissionStatus, TargetKind } from '../entities/entity.enums';

@InputType()
export class AgencyInput {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) abbreviation?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => [String]) sources!: string[];
}

@InputType()
export class TargetInput {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => TargetKind) kind!: TargetKind;
  @Field(() => String, { nullable: true }) designation?: string | null;
  @Field(() => ID, { nullable: true }) parent?: string | null;
  @Field(() => [String], { nullable: true, description: 'Other names and spellings, searched like the name.' }) aliases?: string[] | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String]) sources!: string[];
}

@InputType()
export class MissionInput {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String], { nullable: true }) aliases?: string[] | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => [MissionKind]) kinds!: MissionKind[];
  @Field(() => MissionStatus) status!: MissionStatus;
  @Field(() => DateScalar, { nullable: true }) launchDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => [ID], { description: "Lead agency first. Replaces the mission's agencies." }) agencies!: string[];
  @Field(() => [ID], { description: "Primary target first. Replaces the mission's targets." }) targets!: string[];
  @Field(() => [ID], { nullable: true, description: 'Replaces the missions this one follows up.' }) predecessors?: string[] | null;
  @Field(() => [String]) sources!: string[];
}

@InputType()
export class EventInput {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID) mission!: string;
  @Field(() => EventType) type!: EventType;
  @Field(() => DateScalar, { nullable: true }) date?: string | null;
  @Field(() => DatePrecision) datePrecision!: DatePrecision;
  @Field() planned!: boolean;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Float, { nullable: true }) distanceKm?: number | null;
  @Field(() => [ID], { nullable: true }) targets?: string[] | null;
  @Field(() => [String]) sources!: string[];
}

@InputType()
export class GraphImportInput {
  @Field(() => [AgencyInput], { nullable: true }) agencies?: AgencyInput[] | null;
  @Field(() => [TargetInput], { nullable: true }) targets?: TargetInput[] | null;
  @Field(() => [MissionInput], { nullable: true }) missions?: MissionInput[] | null;
  @Field(() => [EventInput], { nullable: true }) events?: EventInput[] | null;
}
