import { ArgsType, Field, Int } from 'type-graphql';
import { AFTER_DESCRIPTION, PAGE_SIZE_DESCRIPTION } from '../entities/connection.type';
import { MissionOrder } from '../entities/entity.enums';
import { MissionWhere } from './mission.where';

export { MissionWhere };

/** A page of missions, unless `first` says otherwise. */
export const MISSIONS_PAGE = 20;

@ArgsType()
export class MissionsArgs {
  @Field(() => MissionWhere, { nullable: true, description: 'Only the missions that match.' })
  where?: MissionWhere | null;

  @Field(() => MissionOrder, { nullable: true, defaultValue: MissionOrder.LAUNCH_DATE_ASC, description: 'By launch date or by name.' })
  orderBy?: MissionOrder | null;

  @Field(() => Int, { nullable: true, defaultValue: MISSIONS_PAGE, description: PAGE_SIZE_DESCRIPTION })
  first?: number | null;

  @Field(() => String, { nullable: true, description: AFTER_DESCRIPTION })
  after?: string | null;
}
