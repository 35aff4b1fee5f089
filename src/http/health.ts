import { Router } from 'express';
import { GraphDatabase } from '../db/graphDatabase';

/**
 * /healthz: the process answers. /readyz: and so does Neo4j, with its
 * migrations applied, and the server is not shutting down.
 */
export function healthRouter(db: GraphDatabase, isShuttingDown: () => boolean = () => false): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'unavailable', reason: 'the server is shutting down' });
      return;
    }
    try {
      await db.ping();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'the graph database does not answer' });
    }
  });
  return router;
}
