/** A name in one language, as the API gives it: a BCP 47 tag and the text. */
export interface LocalizedName {
  language: string;
  text: string;
}

/** Scripts written right to left, by the primary language subtag of the tag. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/** The direction a name in this language is written in; a tag that names a script (ku-Latn) is read from the script. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const script = tag.split('-').find((part) => part.length === 4);
  if (script) return ['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm'].includes(script) ? 'rtl' : 'ltr';
  return RIGHT_TO_LEFT.has(primary(tag)) ? 'rtl' : 'ltr';
}

/**
 * The name to show beside the English one: the one in the reader's language
 * when there is one (the exact tag first, then the same language: "zh" finds
 * "zh-Hans"), else the first, which the data gives in the language of those
 * who flew or first visited it. English ones are not native names here.
 */
export function nativeName(names: LocalizedName[] | undefined, preferred: string | null): LocalizedName | null {
  const native = (names ?? []).filter((name) => primary(name.language) !== 'en');
  if (preferred && primary(preferred) !== 'en') {
    const wanted = preferred.toLowerCase();
    const found = native.find((name) => name.language.toLowerCase() === wanted) ?? native.find((name) => primary(name.language) === primary(preferred));
    if (found) return found;
  }
  return native[0] ?? null;
}

const languageNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

/** "Simplified Chinese" for zh-Hans; the tag itself where the browser cannot name it. */
export function languageName(tag: string): string {
  try {
    return languageNames?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
