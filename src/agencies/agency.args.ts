import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { AFTER_DESCRIPTION, PAGE_SIZE_DESCRIPTION } from '../entities/connection.type';

@InputType({ description: 'Conditions on agencies; all given must hold.' })
export class AgencyWhere {
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the name or abbreviation.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code.' })
  country?: string | null;
}

/** A page of agencies, unless `first` says otherwise. */
export const AGENCIES_PAGE = 20;

@ArgsType()
export class AgenciesArgs {
  @Field(() => AgencyWhere, { nullable: true, description: 'Only the agencies that match.' })
  where?: AgencyWhere | null;

  @Field(() => Int, { nullable: true, defaultValue: AGENCIES_PAGE, description: PAGE_SIZE_DESCRIPTION })
  first?: number | null;

  @Field(() => String, { nullable: true, description: AFTER_DESCRIPTION })
  after?: string | null;
}
