import express, { NextFunction, Request, Response } from 'express';
import { tokenOf } from '../auth/requireEditor';
import { ErrorCode } from '../errors/errorCodes';
import { WriteToken } from '../auth/writeTokens';
import { sendError } from '../errors/errorReply';

const PUBLIC_LIMIT_BYTES = 100 * 1024;

/**
 * JSON bodies up to 100 kB for everyone (the public endpoint); editors, who
 * import thousands of entities at once, may send up to EDITOR_BODY_LIMIT_BYTES.
 * Any other content type is refused: a form or text/plain POST is how a
 * browser sends a cross-site request without a preflight.
 *
 * Nearly every request is plain UTF-8 JSON of a stated length: those are read
 * here (readPlainJson), everything else (another charset, a compressed or
 * chunked body, a length over the limit) by express.json, whose errors are
 * the same. Going through express.json for every request cost about 5 % of
 * the API's CPU on a point lookup (type-is, raw-body, iconv-lite).
 */
export function jsonBody(config: { editorBodyLimitBytes: number; writeTokens: readonly WriteToken[] }) {
  const publicParser = express.json({ limit: PUBLIC_LIMIT_BYTES });
  const editorParser = express.json({ limit: config.editorBodyLimitBytes });
  return (req: Request, res: Response, next: NextFunction) => {
    const editor = config.writeTokens.length > 0 && tokenOf(config.writeTokens, req.headers.authorization)?.role === 'editor';
    const limit = editor ? config.editorBodyLimitBytes : PUBLIC_LIMIT_BYTES;
    if (req.method === 'POST' && readPlainJson(req, limit, next)) return;
    if (req.method === 'POST' && !req.is('application/json')) {
      return sendError(res, undefined, 415, ErrorCode.BAD_USER_INPUT, 'POST /graphql takes a JSON body: send content-type application/json.');
    }
    (editor ? editorParser : publicParser)(req, res, next);
  };
}

const PLAIN_JSON = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

/**
 * Reads a body that is UTF-8 JSON of a stated length within the limit and
 * returns true, or returns false and leaves the request to express.json. As
 * body-parser: a byte-order mark is dropped, an empty body is {}, the body
 * must be an object or an array, and a failure is passed on with its type.
 */
function readPlainJson(req: Request, limit: number, next: NextFunction): boolean {
  const { headers } = req;
  const type = headers['content-type'];
  if (type === undefined || !PLAIN_JSON.has(type.toLowerCase())) return false;
  if (headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined) return false;
  const length = Number(headers['content-length']);
  if (!Number.isInteger(length) || length <= 0 || length > limit) return false;

  const chunks: Buffer[] = [];
  let done = false;
  const finish = (error?: unknown) => {
    done = true;
    next(error);
  };
  // Node's parser delivers exactly content-length bytes, or no 'end' when the client goes away. 'close'
  // also comes after every 'end': the error is made only when it is one (an Error's stack costs).
  const aborted = () => done || finish(failure(400, 'request.aborted', 'request aborted'));
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.once('error', aborted);
  req.once('close', aborted);
  req.once('end', () => {
    if (done) return;
    let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    try {
      req.body = parseStrict(text);
    } catch {
      return finish(failure(400, 'entity.parse.failed', 'invalid JSON'));
    }
    (req as Request & { _body?: boolean })._body = true;
    finish();
  });
  return true;
}

function parseStrict(text: string): unknown {
  if (text.length === 0) return {};
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') throw new SyntaxError('not an object or an array');
  return JSON.parse(text);
}

const failure = (status: number, type: string, message: string) => Object.assign(new Error(message), { status, statusCode: status, type, expose: true });
