import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';
import type { BenchConnection } from './benchNeo4j';
import { BenchQuery, QueryInputs, Reply, ServerName } from './queries';
import { Instance, instanceUrl } from './servers';

/** Before anything is measured: every server answers every query, and they give the same answer. */

export interface Agreement {
  agreement: Record<string, boolean>;
  /** Per query, the statements ours ran for it (extensions.cypher.queries). */
  statements: Record<string, number>;
  /** Per query, the servers that could not answer it, and why. */
  failures: Record<string, Partial<Record<ServerName, string>>>;
}

export const requestBody = (instance: Instance, query: BenchQuery, inputs: QueryInputs) => JSON.stringify(query.body(instance.server, inputs));

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: Reply & { extensions?: { cypher?: { queries: number } } } }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(60_000) });
  return { status: response.status, json: (await response.json()) as Reply };
}

/** Where the deep cursor page starts: the mission half-way through the list by name. */
export async function queryInputs(connection: BenchConnection, sample: Omit<QueryInputs, 'deepName' | 'deepId' | 'deepOffset'>): Promise<QueryInputs> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  try {
    const deepOffset = Math.floor(sample.missionCount / 2);
    const { records } = await driver.executeQuery(
      'MATCH (m:Mission) WITH m ORDER BY m.name, m.id SKIP $skip LIMIT 1 RETURN m.name AS name, m.id AS id',
      { skip: neo4j.int(deepOffset) },
    );
    return { ...sample, deepOffset, deepName: records[0].get('name'), deepId: records[0].get('id') };
  } finally {
    await driver.close();
  }
}

/**
 * Asks each server (one instance per implementation) each query once and compares the canonical answers;
 * ours also reports its statements. A server that fails a query (an error, or no answer in 60 s) is
 * recorded as failing it and is not loaded with it.
 */
export async function checkAgreement(instances: Instance[], inputs: QueryInputs, queries: BenchQuery[], log: (line: string) => void): Promise<Agreement> {
  const agreement: Agreement = { agreement: {}, statements: {}, failures: {} };
  for (const query of queries) {
    const answers: Partial<Record<ServerName, unknown>> = {};
    const failures: Partial<Record<ServerName, string>> = (agreement.failures[query.name] = {});
    for (const instance of instances) {
      try {
        const { status, json } = await post(instanceUrl(instance, query.name), requestBody(instance, query, inputs), instance.server === 'ours' ? { 'x-debug-cypher': '1' } : {});
        if (status !== 200 || json.errors) throw new Error(`HTTP ${status}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
        answers[instance.server] = query.answer(instance.server, json);
        if (instance.server === 'ours') agreement.statements[query.name] = json.extensions?.cypher?.queries ?? -1;
      } catch (error) {
        failures[instance.server] = (error as Error).name === 'TimeoutError' ? 'no answer within 60 s' : (error as Error).message;
        log(`    ${instance.server} FAILS ${query.name}: ${failures[instance.server]}`);
      }
    }
    const answered = instances.map((instance) => instance.server).filter((server) => !(server in failures));
    const same = answered.length >= 2 && answered.every((server) => isDeepStrictEqual(answers[server], answers[answered[0]]));
    const empty = answers.ours === null || (Array.isArray(answers.ours) && answers.ours.length === 0);
    agreement.agreement[query.name] = same && !empty && answered.includes('ours') && answered.includes('floor');
    log(`  ${query.name}: ${same ? (empty ? 'EMPTY answer (the query finds nothing)' : `same answer from ${answered.join(', ')}`) : 'ANSWERS DIFFER'}; ours ran ${agreement.statements[query.name]} statement(s)`);
    if (!same) for (const server of answered) log(`    ${server}: ${JSON.stringify(answers[server]).slice(0, 400)}`);
  }
  return agreement;
}
