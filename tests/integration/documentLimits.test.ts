import { graphql, startTestServer, TestServer } from '../support/testServer';

/**
 * The limits checked on the document's text are worked out once per document
 * and remembered: the same document must get the same verdict every time,
 * refused or answered, and a change to it must be judged afresh.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const repeated = (times: number) => `{ mission(id: "tianwen-2") { ${'name '.repeat(times)}} }`;

describe('document limits, remembered per document', () => {
  it('refuses a document each time it is sent, not only the first', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { status, body } = await graphql(server, repeated(21));
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors?.[0].message).toMatch(/selected 21 times in one place, above the limit of 20/);
    }
  });

  it('answers a document each time it is sent, and judges a longer one afresh', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { status, body } = await graphql(server, repeated(20));
      expect(status).toBe(200);
      expect(body.data).toEqual({ mission: { name: 'Tianwen-2' } });
    }
    expect((await graphql(server, repeated(22))).status).toBe(400);
  });
});
