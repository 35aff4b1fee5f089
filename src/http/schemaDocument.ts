import { createHash } from 'node:crypto';
import { Router } from 'express';
import { publicCors } from './publicCors';

/**
 * GET /schema.graphql: the served schema as SDL, for code generators and
 * editors (graphql-codegen, the GraphQL language server) that read a file
 * rather than introspect. Printed once at start-up; revalidated by its ETag.
 */
export function schemaDocumentRouter(sdl: string): Router {
  const body = Buffer.from(sdl, 'utf8');
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const router = Router();
  router.get('/schema.graphql', publicCors(), (req, res) => {
    res.set({ 'cache-control': 'public, max-age=300', etag });
    if (req.header('if-none-match') === etag) {
      res.status(304).end();
      return;
    }
    res.type('text/plain; charset=utf-8').send(body);
  });
  return router;
}
