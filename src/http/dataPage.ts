import type { BuiltDataset } from '../dataset/datasetBuild';
import { downloadPath } from '../dataset/downloadAddress';
import type { DatasetFile } from '../seed/seedFiles';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${bytes} B`;

/** The citation line of a version, as the page and the README give it. */
export const citation = (about: DatasetFile, version: string, baseUrl: string) =>
  `missiongraph contributors. ${about.title}. Version ${version}, data as of ${about.asOf}. ${about.license}. ${baseUrl}/data/`;

/** /data/: every file of the newest downloads with its size and checksum, the licence and how to cite them. */
export function dataPage(about: DatasetFile, built: BuiltDataset | undefined, baseUrl: string): string {
  const rows = (built?.files ?? [])
    .map((file) => {
      const href = escapeHtml(downloadPath(built!.version.version, file.name));
      return `<tr><td><a href="${href}">${escapeHtml(file.name)}</a></td><td>${escapeHtml(file.format)}</td><td>${size(file.bytes)}</td><td>${size(file.encoded.gzip)}</td><td>${size(file.encoded.br)}</td><td><code>${file.sha256}</code></td></tr>`;
    })
    .join('\n      ');
  const version = built?.version.version;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>missiongraph · data</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; line-height: 1.5; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: .25rem .75rem .25rem 0; border-bottom: 1px solid #ddd; vertical-align: top; }
    code { font-size: .8rem; word-break: break-all; }
    blockquote { margin: 0; padding: .5rem 1rem; background: #f4f4f4; }
  </style>
</head>
<body>
  <h1>${escapeHtml(about.title)}</h1>
  ${
    version
      ? `<p>Version <strong>${escapeHtml(version)}</strong>, data as of ${escapeHtml(about.asOf)}. Every file is generated from the graph, all from the same version; each is also served compressed (gzip or brotli, as your client accepts). <a href="${escapeHtml(downloadPath(version, 'SHA256SUMS'))}">SHA256SUMS</a> checks them all with <code>sha256sum -c</code>.</p>
  <table>
    <thead><tr><th>file</th><th>format</th><th>size</th><th>gzip</th><th>brotli</th><th>SHA-256</th></tr></thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`
      : '<p>The downloads are being built: reload in a minute.</p>'
  }
  <h2>Licence</h2>
  <p>${escapeHtml(about.license)} (<a href="/data/LICENSE-DATA">LICENSE-DATA</a>): share and adapt it for any purpose, naming missiongraph as its source. Every summary and description is written in the project's own words; the facts come from the public sources each record names.</p>
  <h2>How to cite</h2>
  <blockquote>${escapeHtml(citation(about, version ?? 'of the day you downloaded it', baseUrl))}</blockquote>
  <p>Each entity is also at its own address, <code>${escapeHtml(baseUrl)}/entity/&lt;id&gt;</code>: JSON-LD for machines, the explorer for people. To follow the graph after a download, read <code>changes(after: dataset.downloadsCursor)</code> over GraphQL.</p>
</body>
</html>`;
}
