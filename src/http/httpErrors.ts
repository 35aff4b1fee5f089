import { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../errors/errorCodes';
import { Logger } from '../observability/logger';
import { ErrorCounter, sendError } from '../errors/errorReply';

/**
 * Failures before GraphQL sees the request (a body too large, JSON that does
 * not parse) answered in GraphQL's shape, never as an HTML page or a stack.
 */
export function httpErrors(logger: Logger, errors?: ErrorCounter) {
  return (error: { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
    // The deadline already answered; what was still running has nothing left to say.
    if (res.writableEnded) return;
    if (res.headersSent) return next(error);
    const reply = (status: number, code: ErrorCode, message: string) => sendError(res, errors, status, code, message);
    if (error.type === 'entity.too.large') return reply(413, ErrorCode.BAD_USER_INPUT, 'The request body is too large.');
    if (error.type === 'entity.parse.failed') return reply(400, ErrorCode.GRAPHQL_PARSE_FAILED, 'The request body is not valid JSON.');
    if (error.status && error.status >= 400 && error.status < 500) return reply(error.status, ErrorCode.BAD_USER_INPUT, 'The request is malformed.');
    logger.error({ err: error, requestId: res.locals.requestId, method: req.method, url: req.originalUrl }, 'unexpected HTTP error');
    return reply(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
}
