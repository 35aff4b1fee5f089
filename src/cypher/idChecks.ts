import { fold } from '../text/searchText';
import { badUserInput } from '../errors/publicError';
import type { StatementBuilder } from './statementBuilder';
import { Label, NodeLabel } from './vocabulary';

/** An id a filter or an argument names: it must be an entity of this label. */
export interface IdCheck {
  id: string;
  label: NodeLabel;
  /** Where the client wrote it: "where.agency". */
  field: string;
  /** Ids it may have meant: the same lowercased, or made a slug ("Tianwen 2" -> "tianwen-2"). */
  candidates: string[];
}

/** The ids a spelling could stand for, as the graph writes ids. */
export function candidateIds(given: string): string[] {
  const lower = given.trim().toLowerCase();
  const slug = fold(lower)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return [...new Set([lower, slug])].filter((candidate) => candidate !== given && candidate.length > 0);
}

/**
 * The Cypher expression of the checks that fail, evaluated in the statement
 * that uses the ids (no round trip of its own): each unknown id with what it
 * is instead, if anything, and a suggestion among its candidates.
 */
export function idCheckExpression(statement: StatementBuilder, checks: readonly IdCheck[]): string {
  const list = statement.param(checks.map(({ id, label, field, candidates }) => ({ id, label, field, candidates })));
  return `COLLECT { UNWIND ${list} AS check
    WITH check WHERE NOT EXISTS { MATCH (found:${Label.Entity} {id: check.id}) WHERE check.label IN labels(found) }
    RETURN { id: check.id, label: check.label, field: check.field,
      other: COLLECT { MATCH (found:${Label.Entity} {id: check.id}) RETURN [label IN labels(found) WHERE label <> '${Label.Entity}'][0] }[0],
      suggestion: COLLECT { MATCH (meant:${Label.Entity}) WHERE meant.id IN check.candidates AND check.label IN labels(meant) RETURN meant.id }[0] } }`;
}

interface FailedCheck {
  id: string;
  label: string;
  field: string;
  other: string | null;
  suggestion: string | null;
}

/** The statement's failed checks as the client's error: each id named, with what it is or what was meant. */
export function throwOnUnknownIds(failed: unknown): void {
  if (!Array.isArray(failed) || failed.length === 0) return;
  const problems = (failed as FailedCheck[]).map(({ id, label, field, other, suggestion }) => {
    const kind = label.toLowerCase();
    const hint = suggestion ? `; did you mean "${suggestion}"?` : other ? ` (it is a ${other.toLowerCase()}).` : '.';
    return `${field}: no ${kind} has the id "${id}"${hint}`;
  });
  throw badUserInput(problems.join(' '));
}
