import express from 'express';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { Logger } from '../observability/logger';
import type { MetricsAccess } from './config';

/** Opens the metrics listener on METRICS_HOST:METRICS_PORT, apart from the public one; null when METRICS_PORT is off. */
export function listenForMetrics(app: express.Express, { port, host }: MetricsAccess, logger: Logger): Server | null {
  if (port === null) return null;
  const server: Server = app.listen(port, host, () => {
    const { port: bound } = server.address() as AddressInfo;
    logger.info({ metricsPort: bound, host }, `metrics at http://${host}:${bound}/metrics`);
  });
  // Metrics are not worth failing the API for: a port already taken is told, and the API keeps serving.
  server.on('error', (error) => logger.error({ err: error, port, host }, 'the metrics listener could not open'));
  return server;
}
