import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';
import { COMPRESSION_THRESHOLD_BYTES } from './compressedAnswer';

/** Set by a route that sends a file it compressed once beforehand (the downloads): it is not compressed again. */
export const markPrecompressed = (res: Response): void => {
  res.locals.precompressed = true;
};

/**
 * Every answer over 1 kB (GraphQL, the pages, their assets) in brotli or gzip,
 * as the client's Accept-Encoding prefers, with Vary: Accept-Encoding for the
 * caches between. Brotli at level 4, compression's default, costs about what
 * gzip 6 does per byte and saves more.
 */
export function compressedAnswers(): RequestHandler {
  return compression({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    filter: (req: Request, res: Response) => !res.locals.precompressed && compression.filter(req, res),
  });
}
