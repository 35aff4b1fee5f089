/**
 * What the full-text index reads besides the name: aliases and designation,
 * each also folded (accents, the ʻokina and apostrophes removed) so
 * "Kamoʻoalewa", "Kamo'oalewa" and "kamooalewa" all meet the same token.
 */
export function searchText(...values: (string | null | undefined | string[])[]): string {
  const words = new Set<string>();
  for (const value of values.flat()) {
    if (!value) continue;
    words.add(value);
    words.add(fold(value));
  }
  return [...words].join(' | ');
}

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u02bb\u02bc\u2018\u2019'`]/g, '');
}
