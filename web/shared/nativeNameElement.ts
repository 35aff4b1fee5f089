import { h } from './element';
import { LocalizedName, textDirection } from './nativeNames';

/** The name as an isolated run in its own language and direction, so that screen readers voice it and bidi text stays whole. */
export function nameInLanguage(name: LocalizedName, className: string): HTMLElement {
  return h('bdi', { class: className, lang: name.language, dir: textDirection(name.language) }, name.text);
}
