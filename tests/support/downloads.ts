import { createHash } from 'node:crypto';
import { graphql, TestServer } from './testServer';

export interface ListedDownload {
  format: string;
  url: string;
  bytes: number;
  sha256: string;
}

export interface DatasetAnswer {
  version: string;
  asOf: string;
  license: string;
  downloadsCursor: string | null;
  downloads: ListedDownload[];
}

const DATASET = '{ dataset { version asOf license downloadsCursor downloads { format url bytes sha256 } } }';

/**
 * Query.dataset once its downloads are those of its version: a new version's
 * are built when first asked for, and until then the previous ones are listed.
 */
export async function currentDataset(server: TestServer): Promise<DatasetAnswer> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const { body } = await graphql<{ dataset: DatasetAnswer }>(server, DATASET);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const dataset = body.data!.dataset;
    if (dataset.downloads.length > 0 && dataset.downloads.every((download) => download.url.includes(`/data/${dataset.version}/`))) return dataset;
  }
  throw new Error('the downloads of the current version were never listed');
}

/** A listed file, fetched from the test server (the listing's addresses carry the configured public address). */
export async function fetchDownload(server: TestServer, url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}${new URL(url).pathname}`, { headers });
}

export async function downloadText(server: TestServer, url: string): Promise<{ text: string; sha256: string; bytes: number }> {
  const body = Buffer.from(await (await fetchDownload(server, url)).arrayBuffer());
  return { text: body.toString('utf8'), sha256: createHash('sha256').update(body).digest('hex'), bytes: body.length };
}

export const fileOf = (dataset: DatasetAnswer, name: string): ListedDownload => {
  const found = dataset.downloads.find((download) => download.url.endsWith(`/${name}`));
  if (!found) throw new Error(`${name} is not listed`);
  return found;
};
