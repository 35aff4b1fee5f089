import neo4j from 'neo4j-driver';
import { candidateIds, IdCheck, idCheckExpression } from './idChecks';
import { NodeLabel } from './vocabulary';

/** One parameterised Cypher statement: what the query layer builds and the executor runs. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Collects the parameters of one statement, hands out fresh variable names, and
 * keeps the ids its filters name, which the statement checks as it runs.
 */
export class StatementBuilder {
  readonly params: Record<string, unknown> = {};
  private paramCount = 0;
  private variableCount = 0;
  private readonly checks: IdCheck[] = [];

  /** The id as a parameter, checked to name an entity of `label` (an unknown one is the client's error, naming `field`). */
  entityId(id: string, label: NodeLabel, field: string): string {
    this.checks.push({ id, label, field, candidates: candidateIds(id) });
    return this.param(id);
  }

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

  /**
   * A root statement that returns one value under `alias`: with, beside it, the
   * checks of the ids it named (as `unknownIds`) when it named any.
   */
  buildReturning(body: string, value: string, alias: string): Statement {
    const checks = this.checks.length > 0 ? `, ${idCheckExpression(this, this.checks)} AS unknownIds` : '';
    return this.build(`${body}\nRETURN ${value} AS ${alias}${checks}`);
  }
}

/** GraphQL names ([_A-Za-z][_0-9A-Za-z]*) are safe inside backticks. */
export const mapKey = (name: string): string => `\`${name}\``;
