import express, { NextFunction, Request, Response } from 'express';
import { tokenOf } from '../auth/requireEditor';
import { ErrorCode } from '../errors/errorCodes';
import { WriteToken } from '../auth/writeTokens';
import { sendError } from '../errors/errorReply';

const PUBLIC_LIMIT = '100kb';

/**
 * JSON bodies up to 100 kB for everyone (the public endpoint); editors, who
 * import thousands of entities at once, may send up to EDITOR_BODY_LIMIT_BYTES.
 * Any other content type is refused: a form or text/plain POST is how a
 * browser sends a cross-site request without a preflight.
 */
export function jsonBody(config: { editorBodyLimitBytes: number; writeTokens: readonly WriteToken[] }) {
  const publicParser = express.json({ limit: PUBLIC_LIMIT });
  const editorParser = express.json({ limit: config.editorBodyLimitBytes });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'POST' && !req.is('application/json')) {
      return sendError(res, undefined, 415, ErrorCode.BAD_USER_INPUT, 'POST /graphql takes a JSON body: send content-type application/json.');
    }
    const editor = tokenOf(config.writeTokens, req.header('authorization'))?.role === 'editor';
    (editor ? editorParser : publicParser)(req, res, next);
  };
}
