import { timingSafeEqual } from 'node:crypto';
import express, { Request, Response, Router } from 'express';
import { bearerToken } from '../auth/requireEditor';
import { tokenDigest } from '../auth/writeTokens';
import { ErrorCode } from '../errors/errorCodes';
import { sendError } from '../errors/errorReply';
import { ServerMetrics } from '../observability/metrics';

/**
 * /metrics in the Prometheus text format. It shows the Node version, the pool
 * and the traffic, so it is not for everyone: it is served on a listener of
 * its own (metricsApp, METRICS_PORT) and, only with METRICS_TOKEN, on the
 * public listener to requests that carry the token.
 */
const exposition = (metrics: ServerMetrics) => async (_req: Request, res: Response) => {
  res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
};

export function metricsRouter(metrics: ServerMetrics, token: string | null): Router {
  const router = Router();
  if (token === null) return router;
  const expected = tokenDigest(token);
  router.get(
    '/metrics',
    (req, res, next) => {
      const presented = bearerToken(req.header('authorization'));
      if (presented && timingSafeEqual(tokenDigest(presented), expected)) return next();
      res.setHeader('WWW-Authenticate', 'Bearer');
      sendError(res, undefined, 401, ErrorCode.UNAUTHENTICATED, '/metrics needs the header Authorization: Bearer <METRICS_TOKEN>.');
    },
    exposition(metrics),
  );
  return router;
}

/** The metrics listener's app: /metrics and nothing else, for a port that only the scraper reaches. */
export function metricsApp(metrics: ServerMetrics): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', exposition(metrics));
  return app;
}
