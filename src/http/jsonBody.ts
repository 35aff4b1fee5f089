import express, { NextFunction, Request, Response } from 'express';
import { tokenOf } from '../auth/requireEditor';
import { Config } from '../config';

const PUBLIC_LIMIT = '100kb';

/**
 * JSON bodies up to 100 kB for everyone (the public endpoint); editors, who
 * import thousands of entities at once, may send up to EDITOR_BODY_LIMIT_BYTES.
 */
export function jsonBody(config: Config) {
  const publicParser = express.json({ limit: PUBLIC_LIMIT });
  const editorParser = express.json({ limit: config.editorBodyLimitBytes });
  return (req: Request, res: Response, next: NextFunction) => {
    const editor = tokenOf(config.writeTokens, req.header('authorization'))?.role === 'editor';
    (editor ? editorParser : publicParser)(req, res, next);
  };
}
