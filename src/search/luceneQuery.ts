import { fold, hasCjk } from '../text/searchText';

const MAX_TERMS = 8;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The words of what a person typed: lowercase, Lucene syntax turned into word breaks. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, MAX_TERMS);

/**
 * Builds a Lucene query from what a person typed, never from their syntax:
 * special characters become word breaks, accents, apostrophes and the ʻokina
 * are folded away, and every word must match — exactly, as a prefix (for
 * search-as-you-type) or within one typo. Names and aliases count for more
 * than descriptions. A word typed with its apostrophe ("Chang'e") counts most
 * when the name has it too, and words typed apart may meet a name written as
 * one ("bepi colombo": BepiColombo).
 */
export function luceneQuery(text: string): string | null {
  const raw = wordsOf(text);
  const words = wordsOf(fold(text));
  if (words.length === 0) return null;
  const required = words.map((word, index) => `+(${wordQuery(word, raw[index])})`).join(' ');
  if (words.length === 1) return required;
  const joined = words.join('');
  return `(${required}) OR name:${joined}^8 OR searchText:${joined}^8`;
}

/** `word` is lowercase and holds no Lucene syntax, so it cannot be read as an operator. */
function wordQuery(word: string, typed: string | undefined): string {
  const clauses = [
    `name:${word}^6`,
    `searchText:${word}^5`,
    `designation:${word}^5`,
    `name:${word}*^3`,
    `searchText:${word}*^2`,
    `description:${word}`,
    `summary:${word}`,
  ];
  // "chang'e" folds to "change", which many descriptions say: the spelling as typed singles out the name.
  if (typed && typed !== word) clauses.unshift(`name:${typed}^10`, `searchText:${typed}^8`);
  // A typo is tolerated only in words long enough for one edit not to change their meaning.
  if (word.length >= 4) clauses.push(`name:${word}~1^2`, `searchText:${word}~1`);
  return clauses.join(' OR ');
}

/** For "did you mean": the names within two edits of any word typed. */
export function suggestionQuery(text: string): string | null {
  const words = wordsOf(fold(text)).filter((word) => word.length >= 3);
  if (words.length === 0) return null;
  return words.map((word) => `name:${word}~2 OR searchText:${word}~2`).join(' OR ');
}

/**
 * For the CJK index, which reads Chinese, Japanese and Korean in pairs of
 * characters: the text as typed, its pairs in order counting most. Null when
 * the text has no such characters.
 */
export function cjkQuery(text: string): string | null {
  if (!hasCjk(text)) return null;
  const cleaned = text.replace(LUCENE_SPECIAL, ' ').trim();
  return `"${cleaned.replace(/"/g, ' ')}"^4 OR ${cleaned}`;
}
