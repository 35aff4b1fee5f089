import type { Statement } from './graphDatabase';

/**
 * What one request cost the database: shown in extensions.cypher when the
 * client asks for it, and passed on to the metrics. It keeps the statements
 * themselves only when asked to (a debugging client), never by default.
 */
export class CypherLog {
  queries = 0;
  ms = 0;
  readonly statements: Statement[] = [];

  constructor(
    private readonly onStatement?: (ms: number) => void,
    private readonly keepStatements = false,
  ) {}

  record(ms: number, statement: Statement): void {
    this.queries += 1;
    this.ms += ms;
    if (this.keepStatements) this.statements.push(statement);
    this.onStatement?.(ms);
  }
}
