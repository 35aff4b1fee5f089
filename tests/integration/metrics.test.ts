import { graphql, startTestServer, TestServer } from '../support/testServer';

const METRICS_TOKEN = 'metrics-token-0123456789';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ METRICS_TOKEN });
});
afterAll(() => server.close());

const metricValue = (text: string, line: RegExp): number => Number(line.exec(text)?.[1] ?? NaN);

describe('/metrics', () => {
  it('shows request and Cypher histograms, errors by code, the driver pool, the cost in flight and the process after traffic', async () => {
    await graphql(server, 'query MetricsProbe { mission(id: "tianwen-2") { name } }');
    await graphql(server, 'query MetricsProbe { missions(first: 2) { nodes { id } } }');
    await graphql(server, `query Bomb { missions(first: 100) { nodes { events(first: 100) { targets { missions(first: 100) { id } } } } } }`);
    const response = await fetch(`${server.metricsUrl}/metrics`);
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
    // Every operation answered has given its cost back.
    expect(metricValue(text, /^graphql_cost_in_flight (\d+)$/m)).toBe(0);
    expect(text).toMatch(/^nodejs_eventloop_lag_max_seconds [\d.e-]+$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it('is served on the public listener only to a request with METRICS_TOKEN', async () => {
    const publicly = (headers: Record<string, string> = {}) => fetch(`${server.url}/metrics`, { headers });
    const refused = await publicly();
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    expect(await refused.json()).toEqual({ errors: [{ message: '/metrics needs the header Authorization: Bearer <METRICS_TOKEN>.', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await publicly({ authorization: 'Bearer metrics-token-9876543210' })).status).toBe(401);
    const allowed = await publicly({ authorization: `Bearer ${METRICS_TOKEN}` });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/^graphql_errors_total/m);
  });

  it('is not on the public listener at all without METRICS_TOKEN', async () => {
    const plain = await startTestServer();
    try {
      expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
      expect((await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(404);
      expect((await fetch(`${plain.metricsUrl}/metrics`)).status).toBe(200);
    } finally {
      await plain.close();
    }
  });
});
