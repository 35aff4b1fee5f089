import { NextFunction, Request, Response } from 'express';
import { tokenOf } from '../auth/requireEditor';
import type { WriteToken } from '../auth/writeTokens';
import { ErrorCode } from '../errors/errorCodes';
import { ErrorCounter, sendError } from '../errors/errorReply';
import { rateLimitedMessage } from '../errors/publicError';
import { Admission, costKey } from './admission';

/**
 * RATE_LIMITED (429, with Retry-After) before GraphQL, for a POST whose very
 * request (document, operation name and variables) was measured before and
 * whose client has not the budget for it: the answer queryLimitsPlugin would
 * give, at a fraction of the CPU. Anything else goes on to GraphQL, which
 * measures it and admits it or not; editors are never refused here.
 */
export function refusedBeforeGraphQL(admission: Admission, writeTokens: readonly WriteToken[], errors?: ErrorCounter) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.method === 'POST' ? (req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined) : undefined;
    if (typeof body?.query !== 'string') return next();
    if (tokenOf(writeTokens, req.header('authorization'))?.role === 'editor') return next();
    const key = costKey(body.query, body.operationName, body.variables);
    // The limits plugin remembers the cost by this same key once it is measured: made once per request.
    res.locals.costKey = key;
    const retryAfterSeconds = admission.refusalBeforeGraphQL(req.ip ?? 'unknown', key);
    if (retryAfterSeconds === null) return next();
    res.setHeader('retry-after', String(retryAfterSeconds));
    sendError(res, errors, 429, ErrorCode.RATE_LIMITED, rateLimitedMessage(retryAfterSeconds));
  };
}
