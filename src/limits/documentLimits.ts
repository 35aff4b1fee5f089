import { NextFunction, Request, Response } from 'express';
import { DocumentNode, Lexer, parse, Source, TokenKind } from 'graphql';
import { ErrorCode } from '../errors/errorCodes';
import { ErrorCounter, sendError } from '../errors/errorReply';
import { RecentDocuments } from './recentDocuments';
import { expandedAliases, expandedSelections, MAX_EXPANDED_SELECTIONS } from './expandedSelections';
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
 * validation would take seconds of CPU, fragments spread inside fragments
 * so that a walk through them would visit millions of selections, or more
 * than `aliases` aliases, which validation compares at length. The other
 * limits need the schema and the variables and are checked in queryLimitsPlugin.
 */
export function documentLimits({ tokens, aliases }: { tokens: number; aliases: number }, errors?: ErrorCounter) {
  /** Why a document is refused, or false when it is not. */
  const verdictOf = (query: string): string | false => {
    if (countTokens(query, tokens) > tokens) return `it has more than ${tokens} tokens, the limit`;
    const document = parsed(query);
    if (!document) return false;
    const repeats = maxFieldRepeats(document);
    if (repeats > MAX_FIELD_REPEATS) return `a field is selected ${repeats} times in one place, above the limit of ${MAX_FIELD_REPEATS}`;
    if (expandedSelections(document) > MAX_EXPANDED_SELECTIONS) return `its fragments expand to more than ${MAX_EXPANDED_SELECTIONS} selections, the limit`;
    const aliased = expandedAliases(document);
    // Worded as queryLimitsPlugin words it, which counts the same aliases again for operations that skip HTTP.
    return aliased > aliases ? `its aliases is ${aliased}, above the limit of ${aliases}` : false;
  };
  // The verdict depends on the text alone: lexing, parsing and walking it again for every request was 3 % of
  // the CPU, and fifty copies of one document at once would be judged fifty times while /healthz waits.
  const verdicts = new RecentDocuments<string | false>(REMEMBERED_CHARACTERS);
  return (req: Request, res: Response, next: NextFunction) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    let refusal = verdicts.get(query);
    if (refusal === undefined) verdicts.set(query, (refusal = verdictOf(query)));
    if (refusal) return sendError(res, errors, 400, ErrorCode.QUERY_TOO_COMPLEX, `The query is too complex: ${refusal}.`);
    next();
  };
}
