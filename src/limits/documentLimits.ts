import { NextFunction, Request, Response } from 'express';
import { DocumentNode, Lexer, parse, Source, TokenKind } from 'graphql';
import { ErrorCode } from '../errors/errorCodes';
import { ErrorCounter, sendError } from '../errors/errorReply';
import { expandedSelections, MAX_EXPANDED_SELECTIONS } from './expandedSelections';
import { MAX_FIELD_REPEATS, maxFieldRepeats } from './repeatedFields';

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

function parsed(query: string): DocumentNode | null {
  try {
    return parse(query);
  } catch {
    return null; // a syntax error: GraphQL reports it
  }
}

/**
 * Limits that protect GraphQL itself, checked before it parses and validates
 * the document: more than `tokens` tokens, one field repeated so often that
 * validation would take seconds of CPU, or fragments spread inside fragments
 * so that a walk through them would visit millions of selections. The other
 * limits need the schema and the variables and are checked in queryLimitsPlugin.
 */
export function documentLimits(tokens: number, errors?: ErrorCounter) {
  return (req: Request, res: Response, next: NextFunction) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    const refuse = (message: string) => sendError(res, errors, 400, ErrorCode.QUERY_TOO_COMPLEX, `The query is too complex: ${message}.`);
    if (countTokens(query, tokens) > tokens) return refuse(`it has more than ${tokens} tokens, the limit`);
    const document = parsed(query);
    if (!document) return next();
    const repeats = maxFieldRepeats(document);
    if (repeats > MAX_FIELD_REPEATS) return refuse(`a field is selected ${repeats} times in one place, above the limit of ${MAX_FIELD_REPEATS}`);
    if (expandedSelections(document) > MAX_EXPANDED_SELECTIONS) {
      return refuse(`its fragments expand to more than ${MAX_EXPANDED_SELECTIONS} selections, the limit`);
    }
    next();
  };
}
