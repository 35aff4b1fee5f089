import { NextFunction, Request, Response } from 'express';
import { toPublicError } from '../errors/databaseError';
import { ErrorCode } from '../errors/errorCodes';
import { sendError } from '../errors/errorReply';

/** An async route: a database that does not answer is a 503 with its code, as on /graphql; anything else goes to the error handler. */
export const answered = (handler: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response, next: NextFunction) => {
  handler(req, res).catch((error: unknown) => {
    const mapped = toPublicError(error);
    if (mapped) sendError(res, undefined, 503, mapped.extensions.code as ErrorCode, mapped.message);
    else next(error);
  });
};
