import neo4j from 'neo4j-driver';

/** One parameterised Cypher statement: what the query layer builds and the executor runs. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Collects the parameters of one statement and hands out fresh variable names. */
export class StatementBuilder {
  readonly params: Record<string, unknown> = {};
  private paramCount = 0;
  private variableCount = 0;

  param(value: unknown): string {
    const name = `p${this.paramCount++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** LIMIT and SKIP need a Neo4j integer, not the float a JS number becomes. */
  intParam(value: number): string {
    return this.param(neo4j.int(value));
  }

  variable(prefix = 'n'): string {
    return `${prefix}${this.variableCount++}`;
  }

  build(cypher: string): Statement {
    return { cypher, params: this.params };
  }
}

/** GraphQL names ([_A-Za-z][_0-9A-Za-z]*) are safe inside backticks. */
export const mapKey = (name: string): string => `\`${name}\``;
