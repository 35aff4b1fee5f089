/**
 * The demo page: a form that re-points the live widget, and the embed
 * snippet for it with the absolute address of this server, so that it works
 * when pasted into a page anywhere else.
 */
const live = document.getElementById('live');
const form = document.getElementById('try') as HTMLFormElement | null;
const snippet = document.getElementById('snippet');

function writeSnippet(): void {
  if (!snippet || !live) return;
  const widget = new URL('/widget.js', location.href);
  const attributes = ['mission', 'limit'].map((name) => `${name}="${live.getAttribute(name) ?? ''}"`).join(' ');
  snippet.textContent = `<script src="${widget}" defer></script>\n<related-missions ${attributes}></related-missions>`;
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  live?.setAttribute('mission', String(data.get('mission') ?? '').trim());
  live?.setAttribute('limit', String(data.get('limit') ?? '5'));
  writeSnippet();
});

writeSnippet();
