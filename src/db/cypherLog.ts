/** What one request cost the database: shown in extensions.cypher when asked for, and passed on to the metrics. */
export class CypherLog {
  queries = 0;
  ms = 0;

  constructor(private readonly onStatement?: (ms: number) => void) {}

  record(ms: number): void {
    this.queries += 1;
    this.ms += ms;
    this.onStatement?.(ms);
  }
}
