import { Field, InputType, ObjectType } from 'type-graphql';
import { property } from '../cypher/fieldCompilers';
import { ID_FORMATS, IdScheme } from '../validation/identifiers';
import { Compiled } from './compiled';
import './entity.enums';

/** A page for the identifier, where its catalogue has one per entry. */
function pageOf(raw: unknown): string | null {
  if (!Array.isArray(raw)) return null;
  const [scheme, value] = raw as [IdScheme, string];
  const page = ID_FORMATS[scheme]?.page;
  return page ? page.replace('{}', encodeURIComponent(value)) : null;
}

/** Read from a { scheme, value } map (see the "pairs" storage in cypher/fieldCompilers.ts). */
@ObjectType({ description: 'v2. An identifier of the same thing in another catalogue.', simpleResolvers: true })
export class ExternalId {
  @Field(() => IdScheme, { description: 'The catalogue.' })
  @Compiled(property('scheme'))
  scheme!: IdScheme;

  @Field({ description: 'As that catalogue writes it: "2020-049A", "Q1234", "499", "2469219".' })
  @Compiled(property('value'))
  value!: string;

  @Field(() => String, { nullable: true, description: 'A public page for it, where the catalogue has one.' })
  @Compiled(({ source }) => `[${source}.scheme, ${source}.value]`, pageOf)
  url!: string | null;
}

/** Read from a { language, text } map. */
@ObjectType({ description: 'v2. A name in one language.', simpleResolvers: true })
export class LocalizedName {
  @Field({ description: 'BCP 47 tag: "zh-Hans", "ru", "ja", "en".' })
  @Compiled(property('language'))
  language!: string;

  @Field({ description: 'The name as written in that language: "天问二号".' })
  @Compiled(property('text'))
  text!: string;
}

@InputType({ description: 'v2. An identifier in another catalogue; at most one per scheme, checked against the scheme\'s format.' })
export class ExternalIdInput {
  @Field(() => IdScheme, { description: 'The catalogue.' }) scheme!: IdScheme;
  @Field({ description: 'As that catalogue writes it: "2020-049A" for COSPAR, "Q…" for Wikidata.' }) value!: string;
}

@InputType({ description: 'v2. A name in one language; at most one per language.' })
export class LocalizedNameInput {
  @Field({ description: 'BCP 47 tag: "zh-Hans", "ru", "ja".' }) language!: string;
  @Field({ description: 'The name as written in that language.' }) text!: string;
}
