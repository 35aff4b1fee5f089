import { graphql, startTestServer, TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const metricValue = (text: string, line: RegExp): number => Number(line.exec(text)?.[1] ?? NaN);

describe('/metrics', () => {
  it('shows request and Cypher histograms, errors by code, the driver pool and the process after traffic', async () => {
    await graphql(server, 'query MetricsProbe { mission(id: "tianwen-2") { name } }');
    await graphql(server, 'query MetricsProbe { missions(first: 2) { nodes { id } } }');
    await graphql(server, `query Bomb { missions(first: 100) { nodes { events(first: 100) { targets { missions(first: 100) { id } } } } } }`);
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(metricValue(text, /^graphql_request_duration_seconds_count\{operation="MetricsProbe",outcome="ok"\} (\d+)$/m)).toBe(2);
    expect(metricValue(text, /^graphql_request_duration_seconds_count\{operation="Bomb",outcome="QUERY_TOO_COMPLEX"\} (\d+)$/m)).toBe(1);
    expect(metricValue(text, /^graphql_errors_total\{code="QUERY_TOO_COMPLEX"\} (\d+)$/m)).toBe(1);
    expect(metricValue(text, /^cypher_statement_duration_seconds_count (\d+)$/m)).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^cypher_statement_duration_seconds_bucket\{le="0.01"\} \d+$/m);
    expect(text).toMatch(/^neo4j_pool_connections_in_use \d+$/m);
    expect(text).toMatch(/^neo4j_pool_acquisitions_waiting \d+$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });
});
