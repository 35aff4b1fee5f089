import { NextFunction, Request, Response } from 'express';
import { DocumentNode, Lexer, parse, Source, TokenKind } from 'graphql';
import { ErrorCode } from '../errors/errorCodes';
import { ErrorCounter, sendError } from '../errors/errorReply';
import { expandedAliases, expandedSelections, MAX_EXPANDED_SELECTIONS } from './expandedSelections';
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
 * validation would take seconds of CPU, fragments spread inside fragments
 * so that a walk through them would visit millions of selections, or more
 * than `aliases` aliases, which validation compares at length. The other
 * limits need the schema and the variables and are checked in queryLimitsPlugin.
 */
export function documentLimits({ tokens, aliases }: { tokens: number; aliases: number }, errors?: ErrorCounter) {
  /** Why a document is refused, or null when it is not: the checks are done once per distinct document. */
  const verdictOf = (query: string): string | null => {
    if (countTokens(query, tokens) > tokens) return `it has more than ${tokens} tokens, the limit`;
    const document = parsed(query);
    if (!document) return null;
    const repeats = maxFieldRepeats(document);
    if (repeats > MAX_FIELD_REPEATS) return `a field is selected ${repeats} times in one place, above the limit of ${MAX_FIELD_REPEATS}`;
    if (expandedSelections(document) > MAX_EXPANDED_SELECTIONS) return `its fragments expand to more than ${MAX_EXPANDED_SELECTIONS} selections, the limit`;
    const aliased = expandedAliases(document);
    // Worded as queryLimitsPlugin words it, which counts the same aliases again for operations that skip HTTP.
    return aliased > aliases ? `its aliases is ${aliased}, above the limit of ${aliases}` : null;
  };
  const verdicts = new RecentVerdicts(verdictOf);

  return (req: Request, res: Response, next: NextFunction) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    const refusal = verdicts.of(query);
    if (refusal !== null) return sendError(res, errors, 400, ErrorCode.QUERY_TOO_COMPLEX, `The query is too complex: ${refusal}.`);
    next();
  };
}

/** How many verdicts are kept, and the longest document kept: a flood repeats one document, and most real ones are short. */
const KEPT_VERDICTS = 1000;
const KEPT_DOCUMENT_LENGTH = 20_000;

/**
 * The verdicts on the documents seen last, least recently used first out: a
 * client that sends one document fifty times at once (a flood, a page's own
 * requests) has it lexed, parsed and walked once, not fifty times back to back
 * while /healthz waits behind them.
 */
class RecentVerdicts {
  private readonly kept = new Map<string, string | null>();

  constructor(private readonly judge: (query: string) => string | null) {}

  of(query: string): string | null {
    const known = this.kept.get(query);
    if (known !== undefined) {
      this.kept.delete(query);
      this.kept.set(query, known);
      return known;
    }
    const verdict = this.judge(query);
    if (query.length <= KEPT_DOCUMENT_LENGTH) {
      if (this.kept.size >= KEPT_VERDICTS) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(query, verdict);
    }
    return verdict;
  }
}
