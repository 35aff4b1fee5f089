import { randomUUID } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';

const ACCEPTED = /^[A-Za-z0-9._:-]{1,100}$/;

/** Reuses a caller's x-request-id when it is sane, so logs can be joined across services. */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-request-id');
  const id = given && ACCEPTED.test(given) ? given : randomUUID();
  res.locals.requestId = id;
  res.setHeader('x-request-id', id);
  next();
}
