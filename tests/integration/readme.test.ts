import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { graphql, startTestServer, TestServer } from '../support/testServer';

/**
 * The README's examples are kept true: every GraphQL block followed by the
 * JSON of its answer is sent to the server, and the answer must be that JSON,
 * in one statement per root field.
 */
interface Example {
  title: string;
  query: string;
  answer: unknown;
}

function examples(): Example[] {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const found: Example[] = [];
  const pair = /```graphql\n((?:(?!```)[\s\S])*)```\s*```json\n((?:(?!```)[\s\S])*)```/g;
  for (const match of readme.matchAll(pair)) {
    const before = readme.slice(0, match.index);
    const title = before.match(/\*\*(\d+\.[^*]+)\*\*\s*$/)?.[1] ?? before.trim().split('\n').pop()!;
    found.push({ title, query: match[1], answer: JSON.parse(match[2]) });
  }
  return found;
}

const rootFields = (query: string) =>
  (parse(query).definitions[0] as OperationDefinitionNode).selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD).length;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const all = examples();

describe('the README', () => {
  it('holds the fifteen questions and the other examples with their answers', () => {
    expect(all.filter(({ title }) => /^\d+\./.test(title)).map(({ title }) => Number(title.split('.')[0]))).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
    expect(all.length).toBeGreaterThanOrEqual(17);
  });

  it.each(all.map((example) => [example.title, example] as const))('answers "%s" as it says, in one statement per root field', async (_title, example) => {
    const { body } = await graphql(server, example.query, undefined, { 'x-debug-cypher': '1' });
    expect(body.errors).toBeUndefined();
    expect({ data: body.data }).toEqual(example.answer);
    expect(body.extensions!.cypher.queries).toBe(rootFields(example.query));
  });
});
