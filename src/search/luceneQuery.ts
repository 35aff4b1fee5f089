import { fold } from '../text/searchText';

const MAX_TERMS = 8;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Builds a Lucene query from what a person typed, never from their syntax:
 * special characters become word breaks, accents, apostrophes and the ʻokina are
 * folded away, and every word must match — exactly, as a prefix (for
 * search-as-you-type) or within one typo. Names and aliases count for more
 * than descriptions.
 */
export function luceneQuery(text: string): string | null {
  const words = fold(text)
    .toLowerCase()
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, MAX_TERMS);
  if (words.length === 0) return null;
  return words.map((word) => `+(${wordQuery(word)})`).join(' ');
}

/** `word` is lowercase and holds no Lucene syntax, so it cannot be read as an operator. */
function wordQuery(word: string): string {
  const clauses = [
    `name:${word}^6`,
    `searchText:${word}^5`,
    `designation:${word}^5`,
    `name:${word}*^3`,
    `searchText:${word}*^2`,
    `description:${word}`,
    `summary:${word}`,
  ];
  // A typo is tolerated only in words long enough for one edit not to change their meaning.
  if (word.length >= 4) clauses.push(`name:${word}~1^2`, `searchText:${word}~1`);
  return clauses.join(' OR ');
}
