import { Response } from 'express';
import { ErrorCode } from '../common/errorCodes';
import { ServerMetrics } from '../observability/metrics';

/** An error answered before or around GraphQL, in GraphQL's response shape, counted like any other. */
export function sendError(res: Response, metrics: ServerMetrics | undefined, status: number, code: ErrorCode, message: string): void {
  metrics?.errors.inc({ code });
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
