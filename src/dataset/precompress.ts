import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Each encoding's file beside the original: missions.csv.br, missions.csv.gz. */
export const ENCODED_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * Above this size the best levels cost too much time once per version
 * (brotli 11 managed 0.1 MB/s here, 9 about 1.6 MB/s, 5 about 5 MB/s).
 */
const LARGE_BYTES = 16 * 1024 * 1024;

function compressor(encoding: Encoding, bytes: number) {
  const large = bytes > LARGE_BYTES;
  if (encoding === 'gzip') return createGzip({ level: large ? 6 : 9 });
  return createBrotliCompress({
    params: { [constants.BROTLI_PARAM_QUALITY]: large ? 5 : 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  });
}

/** Writes the file once in each encoding (in zlib's threads, not the event loop's) and tells their sizes. */
export async function precompress(path: string, bytes: number): Promise<Record<Encoding, number>> {
  const sizes = {} as Record<Encoding, number>;
  await Promise.all(
    (Object.keys(ENCODED_SUFFIX) as Encoding[]).map(async (encoding) => {
      const target = path + ENCODED_SUFFIX[encoding];
      await pipeline(createReadStream(path), compressor(encoding, bytes), createWriteStream(target));
      sizes[encoding] = (await stat(target)).size;
    }),
  );
  return sizes;
}
