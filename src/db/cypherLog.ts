/** What one request cost the database: shown in extensions.cypher when asked for. */
export class CypherLog {
  queries = 0;
  ms = 0;

  record(ms: number): void {
    this.queries += 1;
    this.ms += ms;
  }
}
