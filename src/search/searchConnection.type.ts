import { Field, Int, ObjectType } from 'type-graphql';
import { FieldCompiler, Scope } from '../cypher/compiledField';
import { presentCursor } from '../cypher/connection';
import { fromScope } from '../cypher/fieldCompilers';
import { Compiled } from '../entities/compiled';
import { PageInfo } from '../entities/connection.type';
import { SearchHit } from './search.type';

/**
 * The ranking a page at a time, compiled from the scope its statement binds:
 * `rows`, the hits ({ node, score }) after the cursor, one more than the page;
 * `first`; `order`, the cursor's order name; `total`; `suggestions`.
 */
const hitScope = (item: string): Scope => ({ node: `${item}.node`, score: `${item}.score` });
const pageOf = (scope: Scope) => `${scope.rows}[0..${scope.first}]`;
export const hitCursor = (scope: Scope, hit: string) => `[${scope.order}, toString(${hit}.score), ${hit}.node.id]`;

const eachHit =
  (withCursor: boolean): FieldCompiler =>
  (field) => {
    const item = field.statement.variable('hit');
    const scope = withCursor ? { ...hitScope(item), cursor: hitCursor(field.scope, item) } : hitScope(item);
    return `[${item} IN ${pageOf(field.scope)} | ${field.project('null', scope)}]`;
  };

@ObjectType({ description: 'A hit and its place in the ranking.', simpleResolvers: true })
export class SearchHitEdge {
  @Field({ description: 'Pass as `after` to read the hits ranked below this one.' })
  @Compiled(fromScope('cursor'), presentCursor)
  cursor!: string;

  @Field(() => SearchHit, { description: 'The hit.' })
  @Compiled((field) => field.project('null', field.scope))
  node!: SearchHit;
}

@ObjectType({ description: 'A page of search hits, best first, with their total and, when nothing matched, suggestions.', simpleResolvers: true })
export class SearchConnection {
  @Field(() => Int, { description: 'How many entities match, counted up to 1,000.' })
  @Compiled(fromScope('total'))
  totalCount!: number;

  @Field(() => [SearchHit], { description: 'This page of hits, best first.' })
  @Compiled(eachHit(false))
  nodes!: SearchHit[];

  @Field(() => [SearchHitEdge], { description: 'The same hits with their cursors.' })
  @Compiled(eachHit(true))
  edges!: SearchHitEdge[];

  @Field(() => PageInfo, { description: 'Whether more hits follow, and the cursor to read them.' })
  @Compiled((field) => field.project(field.scope.rows, field.scope))
  pageInfo!: PageInfo;

  @Field(() => [String], { description: 'When nothing matches: names within two typos of the words typed ("did you mean").' })
  @Compiled(fromScope('suggestions'))
  suggestions!: string[];
}
