import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { FieldCompiler } from '../cypher/compiledField';
import { fromScope, property, projectScope } from '../cypher/fieldCompilers';
import { Compiled } from '../entities/compiled';
import { Entity } from '../entities/entity.type';
import { Mission } from '../missions/mission.type';

export enum RelatedReasonKind {
  SHARED_TARGET = 'SHARED_TARGET',
  SHARED_AGENCY = 'SHARED_AGENCY',
  FOLLOW_UP = 'FOLLOW_UP',
  SAME_TARGET_KIND = 'SAME_TARGET_KIND',
  SAME_MISSION_KIND = 'SAME_MISSION_KIND',
  SAME_PARENT_BODY = 'SAME_PARENT_BODY',
}
registerEnumType(RelatedReasonKind, { name: 'RelatedReasonKind' });

/** A reason row holds { kind, via, weight, detail }; `via` is put in scope as a variable, to be projected as an Entity. */
@ObjectType({ simpleResolvers: true })
export class RelatedReason {
  @Field(() => RelatedReasonKind)
  @Compiled(property('kind'))
  kind!: RelatedReasonKind;

  @Field(() => Entity, { nullable: true, description: 'The shared target or agency, where the reason has one.' })
  @Compiled(projectScope('via'))
  via!: Entity | null;

  @Field(() => String, {
    nullable: true,
    description: 'For SAME_MISSION_KIND the shared MissionKind, for SAME_TARGET_KIND the shared TargetKind ("SAMPLE_RETURN", "ASTEROID").',
  })
  @Compiled(property('detail'))
  detail!: string | null;

  @Field(() => Float, { description: "This reason's share of the score." })
  @Compiled(property('weight'))
  weight!: number;
}

/** The reasons of one related mission, strongest first. */
const reasons: FieldCompiler = (field) => {
  const [reason, via] = [field.statement.variable('r'), field.statement.variable('via')];
  return (
    `COLLECT { UNWIND ${field.scope.reasons} AS ${reason} WITH ${reason}, ${reason}.via AS ${via} ` +
    `ORDER BY ${reason}.weight DESC RETURN ${field.project(reason, { via })} }`
  );
};

/** A related mission is compiled from the scope relatedExpression binds: the mission, its score and its reason rows. */
@ObjectType({ simpleResolvers: true })
export class RelatedMission {
  @Field(() => Mission)
  @Compiled(projectScope('mission'))
  mission!: Mission;

  @Field(() => Float)
  @Compiled(fromScope('score'))
  score!: number;

  @Field(() => [RelatedReason])
  @Compiled(reasons)
  reasons!: RelatedReason[];
}
