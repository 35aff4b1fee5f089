import { NextFunction, Request, Response } from 'express';
import { Lexer, parse, Source, TokenKind } from 'graphql';
import { ErrorCode } from '../errors/errorCodes';
import { ErrorCounter, sendError } from '../errors/errorReply';
import { RecentDocuments } from './recentDocuments';
import { MAX_FIELD_REPEATS, maxFieldRepeats } from './repeatedFields';

/** Up to 2 MB of document text is remembered with its verdict (a few hundred distinct operations). */
const REMEMBERED_CHARACTERS = 2_000_000;

/** Counts the tokens of a document, stopping one past the limit; a lexing error is left to the parser to report. */
export function countTokens(query: string, limit: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    return 0;
  }
  return count;
}

function repeatsOf(query: string): number {
  try {
    return maxFieldRepeats(parse(query));
  } catch {
    return 0; // a syntax error: GraphQL reports it
  }
}

/**
 * Limits that protect GraphQL itself, checked before it parses and validates
 * the document: more than `tokens` tokens, or one field repeated so often that
 * validation would take seconds of CPU. The other limits need the schema and
 * the variables and are checked in queryLimitsPlugin.
 */
export function documentLimits(tokens: number, errors?: ErrorCounter) {
  // The verdict depends on the text alone: lexing and parsing it again for every request was 3 % of the CPU.
  const verdicts = new RecentDocuments<string | false>(REMEMBERED_CHARACTERS);
  const verdictOf = (query: string): string | false => {
    if (countTokens(query, tokens) > tokens) return `it has more than ${tokens} tokens, the limit`;
    const repeats = repeatsOf(query);
    if (repeats > MAX_FIELD_REPEATS) return `a field is selected ${repeats} times in one place, above the limit of ${MAX_FIELD_REPEATS}`;
    return false;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    let refusal = verdicts.get(query);
    if (refusal === undefined) verdicts.set(query, (refusal = verdictOf(query)));
    if (refusal) return sendError(res, errors, 400, ErrorCode.QUERY_TOO_COMPLEX, `The query is too complex: ${refusal}.`);
    next();
  };
}
