import { createHash } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';

/** The CSP source that allows one inline script or style, by the SHA-256 of its exact text. */
export const cspHash = (inline: string): string => `'sha256-${createHash('sha256').update(inline, 'utf8').digest('base64')}'`;

export interface InlineAllowed {
  scripts?: string[];
  styles?: string[];
}

/**
 * The headers of an HTML page: a Content-Security-Policy under which only our
 * own files (and the inline scripts and styles given, by hash) run, so an
 * injected script has nowhere to come from; no framing by other sites
 * (clickjacking), in CSP and in X-Frame-Options for older browsers.
 */
export function pageSecurityHeaders({ scripts = [], styles = [] }: InlineAllowed = {}) {
  const policy = [
    "default-src 'self'",
    ["script-src 'self'", ...scripts.map(cspHash)].join(' '),
    ["style-src 'self'", ...styles.map(cspHash)].join(' '),
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  };
}

/** Every response is what its Content-Type says: no browser may sniff a JSON answer or a script into something else. */
export function noSniff(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  next();
}
