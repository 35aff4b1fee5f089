/**
 * What the full-text index reads besides the name: the name's other spellings,
 * the aliases, designation and native names, each also folded (accents, the
 * ʻokina and apostrophes removed) so "Kamoʻoalewa", "Kamo'oalewa" and
 * "kamooalewa" meet the same token, written as one word ("OSIRIS-REx" ->
 * "osirisrex") and split where its case changes ("BepiColombo" -> "Bepi
 * Colombo"), so that a word typed split or joined still meets it.
 */
export function searchText(...values: (string | null | undefined | string[])[]): string {
  const words = new Set<string>();
  for (const value of values.flat()) {
    if (!value) continue;
    const folded = fold(value);
    words.add(value);
    words.add(folded);
    const joined = folded.replace(/[^\p{L}\p{N}]+/gu, '');
    if (joined !== folded && /\s|[^\p{L}\p{N}]/u.test(folded)) words.add(joined);
    const split = value.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
    if (split !== value) words.add(split);
  }
  return [...words].join(' | ');
}

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u02bb\u02bc\u2018\u2019'`]/g, '');
}

/** Han, kana and Hangul: scripts written without spaces, which the CJK index reads in pairs of characters. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export const hasCjk = (text: string): boolean => CJK.test(text);

/** What the CJK index reads: the names and aliases written in those scripts. */
export function cjkText(...values: (string | null | undefined | string[])[]): string | null {
  const texts = [...new Set(values.flat().filter((value): value is string => typeof value === 'string' && hasCjk(value)))];
  return texts.length > 0 ? texts.join(' | ') : null;
}
