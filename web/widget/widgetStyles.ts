/** The look the widget falls back on for each custom property, in a light and in a dark colour scheme. */
const LIGHT = { text: '#1f2933', muted: '#5f6b7a', background: '#ffffff', border: '#d9dee5', accent: '#2457c5', error: '#b42318' };
const DARK = { text: '#e8ecf2', muted: '#a9b3c1', background: '#161b22', border: '#343c48', accent: '#8ab4f8', error: '#ff9b8f' };

const defaults = (scheme: typeof LIGHT) =>
  Object.entries(scheme)
    .map(([name, value]) => `--_default-${name}: ${value};`)
    .join(' ');

/**
 * The widget's styles, inside its shadow root: the host page's CSS cannot
 * reach in, and these cannot leak out. Theming goes through the custom
 * properties below (documented in the README), which do cross the boundary
 * and always win. Without them the widget follows the reader's colour scheme,
 * unless the page pins one with theme="light" or theme="dark". Margins and
 * paddings are logical (inline-start, not left), so a right-to-left card
 * (dir="rtl" on the element) mirrors.
 */
export const WIDGET_CSS = `
:host {
  display: block;
  color-scheme: light;
  ${defaults(LIGHT)}
  --_font: var(--related-missions-font, system-ui, -apple-system, "Segoe UI", sans-serif);
  --_text: var(--related-missions-text, var(--_default-text));
  --_muted: var(--related-missions-muted, var(--_default-muted));
  --_background: var(--related-missions-background, var(--_default-background));
  --_border: var(--related-missions-border, var(--_default-border));
  --_accent: var(--related-missions-accent, var(--_default-accent));
  --_error: var(--related-missions-error, var(--_default-error));
  --_radius: var(--related-missions-radius, 8px);
  font-family: var(--_font);
  color: var(--_text);
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) { color-scheme: dark; ${defaults(DARK)} }
}
:host([theme="dark"]) { color-scheme: dark; ${defaults(DARK)} }
:host([hidden]) { display: none; }
.card {
  background: var(--_background);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  padding: 0.9rem 1rem;
  line-height: 1.4;
  text-align: start;
}
.title { margin: 0 0 0.6rem; font-size: 1rem; font-weight: 600; }
.title a { color: inherit; }
ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.55rem; }
.mission { border-top: 1px solid var(--_border); padding-top: 0.55rem; }
.mission:first-child { border-top: none; padding-top: 0; }
.head { display: flex; align-items: baseline; gap: 0.5rem; min-width: 0; }
.names { min-width: 0; }
.name { font-weight: 600; color: var(--_accent); text-decoration: none; }
.name:hover, .name:focus-visible { text-decoration: underline; }
.native { color: var(--_muted); font-weight: normal; white-space: nowrap; }
.year { color: var(--_muted); font-size: 0.85em; }
.score { margin-inline-start: auto; font-variant-numeric: tabular-nums; font-size: 0.9em; white-space: nowrap; }
.score-label { color: var(--_muted); font-size: 0.8em; }
.bar { height: 4px; border-radius: 2px; background: color-mix(in srgb, var(--_accent) 15%, transparent); margin: 0.3rem 0; }
.bar > span { display: block; height: 100%; width: calc(var(--share, 0) * 100%); border-radius: inherit; background: var(--_accent); }
.reasons { margin: 0; padding-inline-start: 1.1rem; color: var(--_muted); font-size: 0.9em; }
:host([compact]) .card { padding: 0.6rem 0.8rem; }
:host([compact]) .title { margin-bottom: 0.35rem; font-size: 0.95rem; }
:host([compact]) ol { gap: 0.15rem; }
:host([compact]) .mission { border-top: none; padding-top: 0; }
:host([compact]) .names { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.status { margin: 0; color: var(--_muted); }
/* The live widget's announcements: for screen readers, the card itself shows what changed. */
.announcer { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.status.error { color: var(--_error); }
.spinner {
  display: inline-block; width: 0.8em; height: 0.8em; margin-inline-end: 0.4em; vertical-align: -0.1em;
  border: 2px solid var(--_border); border-top-color: var(--_accent); border-radius: 50%;
  animation: spin 0.8s linear infinite;
}
@keyframes spin { to { transform: rotate(1turn); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
button {
  font: inherit; margin-top: 0.5rem; padding: 0.2rem 0.7rem; cursor: pointer;
  color: var(--_accent); background: transparent; border: 1px solid currentColor; border-radius: calc(var(--_radius) / 2);
}
`;

/** A constructed stylesheet where the browser has them (no inline style for a strict CSP to block), else a style element. */
export function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = WIDGET_CSS;
  root.append(style);
}
