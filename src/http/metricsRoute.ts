import { Router } from 'express';
import { ServerMetrics } from '../observability/metrics';

/** /metrics in the Prometheus text format. */
export function metricsRouter(metrics: ServerMetrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
