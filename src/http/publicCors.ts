import { NextFunction, Request, Response } from 'express';

/**
 * Any origin may call the API from a browser (the related-missions widget
 * runs on other people's pages). This is safe because reads are public and
 * writes need a bearer token, never a cookie: there is no ambient credential
 * for another site to ride on.
 */
export function publicCors() {
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method !== 'OPTIONS') {
      // A page that writes reads its own writes on the next request by handing back this header.
      res.setHeader('Access-Control-Expose-Headers', 'X-Bookmark, X-Request-Id');
      return next();
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-Debug-Cypher, X-Bookmark');
    res.setHeader('Access-Control-Max-Age', '86400');
    res.status(204).end();
  };
}
