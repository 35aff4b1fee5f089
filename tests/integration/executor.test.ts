import { graphql, serverWithLog, startTestServer } from '../support/testServer';

describe('the executor', () => {
  it('returns the statements with their parameters to a client that asks with x-debug-cypher', async () => {
    const server = await startTestServer();
    try {
      const { body } = await graphql(server, '{ mission(id: "tianwen-2") { name } }', undefined, { 'x-debug-cypher': '1' });
      expect(body.extensions!.cypher.queries).toBe(1);
      expect(body.extensions!.cypher.statements).toEqual([
        { cypher: expect.stringContaining('MATCH (n:Entity {id: $p0})'), params: { p0: 'tianwen-2' } },
      ]);
    } finally {
      await server.close();
    }
  });

  it('logs each statement with its parameters at debug, under the request id', async () => {
    const { server, lines } = await serverWithLog({}, 'debug');
    try {
      await graphql(server, '{ agency(id: "cnsa") { name } }', undefined, { 'x-request-id': 'executor-debug-1' });
      const logged = lines.filter((line) => line.msg === 'cypher statement');
      expect(logged).toEqual([expect.objectContaining({ requestId: 'executor-debug-1', params: { p0: 'cnsa' }, cypher: expect.stringContaining('n:Agency') })]);
    } finally {
      await server.close();
    }
  });

  it('logs a database error it maps to a contract code at warn, naming the request', async () => {
    const { server, lines } = await serverWithLog({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused' }, 'warn');
    try {
      const { body } = await graphql(server, '{ agency(id: "cnsa") { name } }', undefined, { 'x-request-id': 'executor-down-1' });
      expect(body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(lines).toEqual(
        expect.arrayContaining([expect.objectContaining({ level: 40, msg: 'database error', requestId: 'executor-down-1', code: 'SERVICE_UNAVAILABLE' })]),
      );
    } finally {
      await server.close();
    }
  });

});
