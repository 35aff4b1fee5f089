import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response } from 'express';
import { ContentEncoding, preferredEncoding } from './acceptEncoding';

const compressors: Record<ContentEncoding, (file: Buffer) => Promise<Buffer>> = {
  // Brotli 9 and gzip 9: GraphiQL's 3.5 MB script becomes 630 kB in a third of a second, once (quality 11 would take six).
  br: (file) => promisify(brotliCompress)(file, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: file.length } }),
  gzip: (file) => promisify(gzip)(file, { level: 9 }),
};

interface Compressed {
  body: Buffer;
  etag: string;
}

/**
 * Files that do not change while the process runs (GraphiQL's scripts and
 * styles, from node_modules), compressed once on first request, off the event
 * loop, and kept in memory: compressing 3.5 MB of script again for each page
 * load would cost 60 ms of CPU every time. A client that accepts neither
 * brotli nor gzip gets the file as it is.
 */
export function compressedFileSender(file: string, maxAgeSeconds: number) {
  const made = new Map<ContentEncoding, Promise<Compressed>>();
  const compressed = (encoding: ContentEncoding) => {
    let entry = made.get(encoding);
    if (!entry) {
      entry = Promise.all([readFile(file), stat(file)]).then(async ([content, info]) => ({
        body: await compressors[encoding](content),
        etag: `W/"${info.size.toString(16)}-${info.mtimeMs.toString(16)}-${encoding}"`,
      }));
      // A failure is not kept: the next request tries again.
      entry.catch(() => made.delete(encoding));
      made.set(encoding, entry);
    }
    return entry;
  };
  return async (req: Request, res: Response): Promise<void> => {
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    res.vary('Accept-Encoding');
    if (!encoding) return res.sendFile(file, { maxAge: maxAgeSeconds * 1000 });
    const { body, etag } = await compressed(encoding);
    res.type(extname(file)).set({ 'Content-Encoding': encoding, 'Cache-Control': `public, max-age=${maxAgeSeconds}`, ETag: etag });
    // res.send answers 304 to a matching If-None-Match and skips hashing the body: the ETag is set.
    res.send(body);
  };
}
