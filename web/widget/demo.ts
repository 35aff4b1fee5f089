/** The demo page: a form that re-points the live widget, and the embed snippet with this server's address. */
const live = document.getElementById('live');
const form = document.getElementById('try') as HTMLFormElement | null;
const snippet = document.getElementById('snippet');

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  live?.setAttribute('mission', String(data.get('mission') ?? '').trim());
  live?.setAttribute('limit', String(data.get('limit') ?? '5'));
});

if (snippet) snippet.textContent = snippet.textContent!.replace('src="/widget.js"', `src="${new URL('/widget.js', location.href)}"`);
