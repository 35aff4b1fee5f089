import { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import { SelectionProjector } from '../cypher/projector';
import { StatementBuilder } from '../cypher/statementBuilder';
import { Label } from '../cypher/vocabulary';
import { badUserInput } from '../errors/publicError';
import { externalIdKey, ID_FORMATS, IdScheme } from '../validation/identifiers';

/** Catalogues whose identifiers are case-insensitive as people type them: "q1234", "2020-049a". */
const UPPER_CASE: ReadonlySet<IdScheme> = new Set([IdScheme.COSPAR, IdScheme.WIKIDATA]);

/** The entity another catalogue knows by this identifier, through the text index on its identifiers; null when none. */
export async function entityByExternalId(context: GraphContext, info: GraphQLResolveInfo, scheme: IdScheme, given: string) {
  const value = UPPER_CASE.has(scheme) ? given.trim().toUpperCase() : given.trim();
  const format = ID_FORMATS[scheme];
  if (!format.pattern.test(value)) throw badUserInput(`"${given}" is not a ${scheme} identifier; they are written like "${format.example}".`);
  const statement = new StatementBuilder();
  const entity = new SelectionProjector(info, statement).projectRoot('n');
  const key = statement.param(externalIdKey(scheme, value));
  const rows = await context.db.read(
    statement.build(`MATCH (n:${Label.Entity}) WHERE n.externalIdKeys CONTAINS ${key} RETURN ${entity} AS entity ORDER BY n.id LIMIT 1`),
  );
  return rows[0]?.entity ?? null;
}
