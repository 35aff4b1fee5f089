import { Response } from 'express';
import { ErrorCode } from './errorCodes';

/** Where answered errors are counted (the metrics' error counter). */
export interface ErrorCounter {
  inc(labels: { code: string }): void;
}

/**
 * An error answered before or around GraphQL, in GraphQL's response shape,
 * counted like any other. Written directly, not through express's res.json:
 * that hashes an ETag over the body and checks freshness, which an error never
 * needs, and was a fifth of the CPU of a refusal, the answer a flood gets.
 */
export function sendError(res: Response, counter: ErrorCounter | undefined, status: number, code: ErrorCode, message: string): void {
  counter?.inc({ code });
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
