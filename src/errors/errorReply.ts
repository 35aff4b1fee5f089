import { Response } from 'express';
import { ErrorCode } from './errorCodes';

/** Where answered errors are counted (the metrics' error counter). */
export interface ErrorCounter {
  inc(labels: { code: string }): void;
}

/** An error answered before or around GraphQL, in GraphQL's response shape, counted like any other. */
export function sendError(res: Response, counter: ErrorCounter | undefined, status: number, code: ErrorCode, message: string): void {
  counter?.inc({ code });
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
