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
registerEnumType(RelatedReasonKind, {
  name: 'RelatedReasonKind',
  description: 'Why two missions are related; each reason adds its weight to the score (the README gives the weights).',
  valuesConfig: {
    SHARED_TARGET: { description: 'Both go to this target (`via`); a small body, or one few missions visit, counts for more.' },
    SHARED_AGENCY: { description: 'The same agency (`via`) flies both; one that flies many missions counts for less.' },
    FOLLOW_UP: { description: 'One follows the other up (Hayabusa2 follows Hayabusa).' },
    SAME_TARGET_KIND: { description: 'Their primary targets are different bodies of the same kind (`detail`: "ASTEROID").' },
    SAME_MISSION_KIND: { description: 'They do the same kind of thing (`detail`: "SAMPLE_RETURN").' },
    SAME_PARENT_BODY: { description: 'They went to different sites or regions of the same body (`via`: the Moon).' },
  },
});

/** A reason row holds { kind, via, weight, detail }; `via` is put in scope as a variable, to be projected as an Entity. */
@ObjectType({ description: 'One reason two missions are related, and what it adds to their score.', simpleResolvers: true })
export class RelatedReason {
  @Field(() => RelatedReasonKind, { description: 'What the two missions have in common.' })
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
@ObjectType({ description: 'A mission related to the one asked about, with its score and the reasons behind it.', simpleResolvers: true })
export class RelatedMission {
  @Field(() => Mission, { description: 'The related mission.' })
  @Compiled(projectScope('mission'))
  mission!: Mission;

  @Field(() => Float, { description: 'The sum of its reasons\' weights: higher is more related (the README explains the weights).' })
  @Compiled(fromScope('score'))
  score!: number;

  @Field(() => [RelatedReason], { description: 'Why it is related, strongest reason first.' })
  @Compiled(reasons)
  reasons!: RelatedReason[];
}
