import { Response, Router } from 'express';
import { join } from 'node:path';
import { datasetAbout } from '../dataset/datasetAbout';
import type { DatasetDownloads } from '../dataset/datasetDownloads';
import { downloadPath } from '../dataset/downloadAddress';
import { GRAPH_VERSION, graphVersion, VERSION_PATTERN } from '../dataset/graphVersion';
import { ENCODED_SUFFIX, Encoding } from '../dataset/precompress';
import type { GraphDatabase } from '../db/graphDatabase';
import { projectRoot } from '../projectRoot';
import { answered } from './answered';
import { markPrecompressed } from './compressedAnswers';
import { dataPage } from './dataPage';
import { publicCors } from './publicCors';

/** A version's address never changes content: cached for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** What the page waits for a new version's downloads before it lists the previous ones. */
const PAGE_WAIT_MS = 4000;
const LICENSE_FILE = join(projectRoot(), 'LICENSE-DATA');

/** Text types are sent with their charset, which some readers (pandas over HTTP among them) would otherwise guess. */
const contentType = (format: string) => (format === 'application/n-triples' || format.startsWith('text/') ? `${format}; charset=utf-8` : format);

/**
 * The downloads: /data/ lists them, /data/<version>/<file> serves one (in
 * brotli or gzip, pre-compressed, when the client takes it; ranges and
 * If-None-Match as for any file), /data/latest/<file> redirects to the newest.
 */
export function dataRouter(db: GraphDatabase, downloads: DatasetDownloads): Router {
  const router = Router();
  const notFound = (res: Response, message: string) => res.status(404).type('text').send(message);

  router.get(['/data', '/data/'], answered(async (_req, res) => {
    const built = await downloads.listing(graphVersion(await db.read(GRAPH_VERSION)), PAGE_WAIT_MS);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(dataPage(datasetAbout(), built, downloads.baseUrl));
  }));

  router.get('/data/LICENSE-DATA', (_req, res) => res.sendFile(LICENSE_FILE, { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, maxAge: '1d' }));

  router.get('/data/latest/:file', publicCors(), answered(async (req, res) => {
    const built = await downloads.listing(graphVersion(await db.read(GRAPH_VERSION)), PAGE_WAIT_MS);
    const name = String(req.params.file);
    if (!built?.files.some((file) => file.name === name) && name !== 'SHA256SUMS') return void notFound(res, `No download is called ${name}: see /data/.`);
    res.setHeader('Cache-Control', 'no-cache');
    res.redirect(302, downloadPath(built!.version.version, name));
  }));

  router.get('/data/:version/:file', publicCors(), answered(async (req, res) => {
    const version = String(req.params.version);
    const name = String(req.params.file);
    const gone = () => notFound(res, `Version ${version} is not served here (any more): /data/ lists the current one.`);
    const built = VERSION_PATTERN.test(version) ? await downloads.built(version) : undefined;
    if (!built) return void gone();
    if (name === 'SHA256SUMS') {
      res.setHeader('Cache-Control', IMMUTABLE);
      res.type('text/plain; charset=utf-8').send(built.files.map((file) => `${file.sha256}  ${file.name}\n`).join(''));
      return;
    }
    const file = built.files.find((one) => one.name === name);
    if (!file) return void notFound(res, `No download is called ${name}: see /data/.`);
    const encoding = req.acceptsEncodings('br', 'gzip', 'identity') as Encoding | 'identity' | false;
    const suffix = encoding && encoding !== 'identity' ? ENCODED_SUFFIX[encoding] : '';
    const headers: Record<string, string> = {
      'Content-Type': contentType(file.format),
      'Cache-Control': IMMUTABLE,
      Vary: 'Accept-Encoding',
      // Of the bytes sent: each encoding is another representation.
      ETag: `"${file.sha256.slice(0, 32)}${suffix.replace('.', '-')}"`,
    };
    if (suffix) headers['Content-Encoding'] = encoding as string;
    markPrecompressed(res);
    await new Promise<void>((resolve, reject) =>
      res.sendFile(join(built.dir, file.name + suffix), { headers, etag: false, lastModified: false, cacheControl: false }, (error) =>
        error && !res.headersSent ? reject(error) : resolve(),
      ),
    );
  }));
  return router;
}
