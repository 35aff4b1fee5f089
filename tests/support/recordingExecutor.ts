import 'reflect-metadata';
import { execute, parse } from 'graphql';
import pino from 'pino';
import { buildGraphSchema } from '../../src/app/schema';
import { parseWriteTokens } from '../../src/auth/writeTokens';
import type { GraphContext } from '../../src/context';
import { readProjected } from '../../src/cypher/presenters';
import { CypherLog } from '../../src/db/cypherLog';
import { GraphExecutor, Row, shownParams, Statement } from '../../src/db/graphDatabase';
import { GRAPH_VERSION, graphVersion } from '../../src/dataset/graphVersion';

/** What a recorded statement answers: by default nothing; a test gives rows for the statements it needs to go on. */
export type Answer = (statement: Statement) => Row[];

/** An executor that runs nothing: it records each statement and answers it from `answer`. */
export class RecordingExecutor implements GraphExecutor {
  readonly statements: Statement[] = [];

  constructor(private readonly answer: Answer = () => []) {}

  async read(statement: Statement): Promise<Row[]> {
    return this.record(statement);
  }

  async write(statement: Statement): Promise<Row[]> {
    return this.record(statement);
  }

  async writeAll(statements: Statement[]): Promise<Row[][]> {
    return statements.map((statement) => this.record(statement));
  }

  private record(statement: Statement): Row[] {
    this.statements.push(statement);
    return this.answer(statement);
  }
}

const CLAUSE = /^(?:OPTIONAL MATCH|MATCH|WHERE|WITH|RETURN|ORDER BY|UNWIND|CALL|UNION|CREATE|SET|DELETE|DETACH DELETE|FOREACH)\b/;

/**
 * A statement laid out for reading: each clause on a line of its own,
 * indented by the subqueries ({ }) it sits in. Clauses inside a list or a
 * function call ([x IN list WHERE ...]) stay where they are.
 */
export function readable(cypher: string): string {
  const flat = cypher.replace(/\s+/g, ' ').trim();
  let out = '';
  let braces = 0;
  let nesting = 0;
  let quote: string | null = null;
  for (let i = 0; i < flat.length; i += 1) {
    const char = flat[i];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
    } else if (char === '{') braces += 1;
    else if (char === '}') braces -= 1;
    else if (char === '(' || char === '[') nesting += 1;
    else if (char === ')' || char === ']') nesting -= 1;
    else if (char === ' ' && nesting === 0 && CLAUSE.test(flat.slice(i + 1)) && !/OPTIONAL$/.test(out)) {
      out += `\n${'  '.repeat(braces)}`;
      continue;
    }
    out += char;
  }
  return out;
}

export const EDITOR_TOKENS = parseWriteTokens('tester:editor:editor-token-0123456789').tokens;

/**
 * Runs an operation against the real schema with no database: the statements
 * it would send, as a reader sees them (Neo4j integers as numbers), and the
 * answer it gave from the recorded rows.
 */
export async function compile(query: string, variables: Record<string, unknown> = {}, answer?: Answer) {
  const db = new RecordingExecutor(answer);
  const contextValue: GraphContext = {
    db,
    cypherLog: new CypherLog(),
    logger: pino({ level: 'silent' }),
    requestId: 'snapshot',
    showCypher: false,
    authorization: 'Bearer editor-token-0123456789',
    writeTokens: EDITOR_TOKENS,
    // Query.dataset's one statement reads the version; the downloads it lists are built from a real Neo4j (dataset.test.ts).
    downloads: { describe: async (executor) => ({ version: graphVersion(await executor.read(GRAPH_VERSION)).version, downloads: [], downloadsCursor: null }) },
  };
  const result = await execute({ schema: buildGraphSchema(), document: parse(query), variableValues: variables, contextValue, fieldResolver: readProjected });
  return { result, statements: db.statements.map(({ cypher, params }) => ({ cypher: readable(cypher), params: shownParams(params) })) };
}
