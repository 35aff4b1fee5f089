import { NextFunction, Request, Response } from 'express';
import { tokenOf } from '../auth/requireEditor';
import { WriteToken } from '../auth/writeTokens';
import { ErrorCode } from '../errors/errorCodes';
import { Logger } from '../observability/logger';
import { ErrorCounter, sendError } from '../errors/errorReply';

/**
 * The HTTP request's own deadline, above the transaction timeout: a statement
 * that runs long is ended by Neo4j first and answered with TIMEOUT by GraphQL;
 * this answers whatever else holds a request past its time (a driver waiting
 * for a connection, a retry) so that no client waits without an answer.
 * Editors are exempt: their imports run for minutes under their own transaction timeout.
 * The answer closes the connection.
 */
export function requestDeadline(timeoutMs: number, writeTokens: readonly WriteToken[], logger: Logger, errors?: ErrorCounter) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (tokenOf(writeTokens, req.header('authorization'))?.role === 'editor') return next();
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      logger.warn({ requestId: res.locals.requestId, timeoutMs }, 'request deadline passed');
      // Node ends the connection once this answer is sent: a body still arriving (a slow-body attack)
      // would otherwise keep its socket until Node's requestTimeout.
      res.setHeader('Connection', 'close');
      sendError(res, errors, 504, ErrorCode.TIMEOUT, 'The request took too long and was stopped.');
    }, timeoutMs);
    // A response emits 'close' after it is sent, as when its connection ends first: one listener for both.
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
