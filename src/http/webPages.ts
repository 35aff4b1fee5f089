import express, { Response, Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot';
import { publicCors } from './publicCors';

/** Where `npm run build` (scripts/build-web.mjs) puts the bundled pages. */
export const WEB_DIST = join(projectRoot(), 'dist', 'web');

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const ONE_HOUR_MS = 60 * 60 * 1000;

/**
 * The explorer at /explore, the widget demo at /widget and the widget itself
 * at /widget.js, from dist/web. Pages are revalidated on every visit (ETag);
 * the assets they name carry a content hash and are cached for good;
 * widget.js keeps its name for embedders, so it is cached for an hour.
 */
export function webPagesRouter(webDir = WEB_DIST): Router {
  const router = Router();
  const send = (res: Response, file: string, cacheControl: string) => {
    const path = join(webDir, file);
    if (!existsSync(path)) {
      res.status(503).type('text').send('The web pages are not built: run `npm run build`.');
      return;
    }
    res.sendFile(path, { headers: { 'Cache-Control': cacheControl }, cacheControl: false });
  };

  router.get('/explore', (_req, res) => send(res, 'explore.html', 'no-cache'));
  router.get('/widget', (_req, res) => send(res, 'widget.html', 'no-cache'));
  router.get(['/widget.js', '/widget.js.map'], publicCors(), (req, res) =>
    send(res, req.path.slice(1), `public, max-age=${ONE_HOUR_MS / 1000}`),
  );
  router.use('/assets/web', express.static(join(webDir, 'assets'), { immutable: true, maxAge: ONE_YEAR_MS, index: false }));
  return router;
}
