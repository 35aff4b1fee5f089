import type { IncomingMessage, ServerResponse } from 'node:http';
import { BrotliOptions, brotliCompress, brotliCompressSync, constants, gzip, gzipSync, ZlibOptions } from 'node:zlib';
import { ContentEncoding, preferredEncoding } from './acceptEncoding';

/** Answers smaller than this go as they are: a packet or two either way, and compressing costs more than it saves. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;
/** Above this the work leaves the event loop (zlib's thread pool): a large answer would otherwise hold every other request. */
const ASYNC_ABOVE_BYTES = 64 * 1024;

/**
 * Brotli at quality 5 and gzip at level 6: on the API's answers (2–100 kB of
 * JSON) quality 5 is as fast as 4 and smaller; the window fits the answer, so
 * a small one does not set up a 4 MB window (most of the cost below 10 kB).
 */
function options(encoding: ContentEncoding, size: number): ZlibOptions | BrotliOptions {
  const window = Math.max(10, Math.min(22, Math.ceil(Math.log2(size + 1))));
  if (encoding === 'gzip') return { level: 6, windowBits: Math.max(9, Math.min(15, window)) };
  return { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: window, [constants.BROTLI_PARAM_SIZE_HINT]: size, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };
}

/** An answer's body as it is sent in that encoding (exported for bench/compressionCost.ts, which times it). */
export function compress(encoding: ContentEncoding, body: Buffer): Promise<Buffer> | Buffer {
  const settings = options(encoding, body.length);
  if (body.length <= ASYNC_ABOVE_BYTES) return encoding === 'br' ? brotliCompressSync(body, settings) : gzipSync(body, settings);
  return new Promise((done, fail) => {
    const finished = (error: Error | null, result: Buffer) => (error ? fail(error) : done(result));
    if (encoding === 'br') brotliCompress(body, settings as BrotliOptions, finished);
    else gzip(body, settings as ZlibOptions, finished);
  });
}

/**
 * Sends a GraphQL answer (status and headers already set), compressed with
 * brotli or gzip when it is over the threshold and the client accepts one.
 * Every answer varies by Accept-Encoding, so a cache keeps the two apart.
 */
export async function sendGraphQLAnswer(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
  const vary = res.getHeader('vary');
  res.setHeader('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
  const length = Buffer.byteLength(body);
  const encoding = length > COMPRESSION_THRESHOLD_BYTES ? preferredEncoding(req.headers['accept-encoding']) : null;
  if (!encoding) {
    // Sent as the string it is: node:http writes it with the headers, with no Buffer copied first.
    res.setHeader('content-length', length);
    res.end(body);
    return;
  }
  const sent = await compress(encoding, Buffer.from(body));
  res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', sent.length);
  res.end(sent);
}
