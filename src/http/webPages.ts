import express, { Response, Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot';
import { publicCors } from './publicCors';
import { pageSecurityHeaders } from './securityHeaders';

/** Where `npm run build` (scripts/build-web.mjs) puts the bundled pages. */
export const WEB_DIST = join(projectRoot(), 'dist', 'web');

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const ONE_HOUR_MS = 60 * 60 * 1000;
/** cytoscape.js puts this one style element in the page for its container; the explorer's CSP allows it by hash. */
const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';

/**
 * The explorer at /explore, the widget demo at /widget and the widget itself
 * at /widget.js, from dist/web. Pages are revalidated on every visit (ETag);
 * the assets they name carry a content hash and are cached for good;
 * widget.js keeps its name for embedders, so it is cached for an hour.
 * Source maps hold the whole source: they are served in development only.
 */
export function webPagesRouter({ sourceMaps, webDir = WEB_DIST }: { sourceMaps: boolean; webDir?: string }): Router {
  const router = Router();
  const send = (res: Response, file: string, cacheControl: string) => {
    const path = join(webDir, file);
    if (!existsSync(path)) {
      res.status(503).type('text').send('The web pages are not built: run `npm run build`.');
      return;
    }
    res.sendFile(path, { headers: { 'Cache-Control': cacheControl }, cacheControl: false });
  };

  router.get('/explore', pageSecurityHeaders({ styles: [CYTOSCAPE_CONTAINER_STYLE] }), (_req, res) => send(res, 'explore.html', 'no-cache'));
  router.get('/widget', pageSecurityHeaders(), (_req, res) => send(res, 'widget.html', 'no-cache'));
  router.get(sourceMaps ? ['/widget.js', '/widget.js.map'] : '/widget.js', publicCors(), (req, res) =>
    send(res, req.path.slice(1), `public, max-age=${ONE_HOUR_MS / 1000}`),
  );
  if (!sourceMaps) router.use('/assets/web', (req, _res, next) => next(req.path.endsWith('.map') ? 'router' : undefined));
  router.use('/assets/web', express.static(join(webDir, 'assets'), { immutable: true, maxAge: ONE_YEAR_MS, index: false }));
  return router;
}
