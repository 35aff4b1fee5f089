import { relative } from 'node:path';

/**
 * Where a server's CPU went, from a V8 .cpuprofile (node --cpu-prof): each
 * sample inside the measured window is charged to the first frame, from the
 * leaf up, that belongs to a package or to one of our folders, so a socket
 * write the driver makes counts as the driver's and a header the HTTP parser
 * reads counts as node's own HTTP; garbage collection and V8's own work
 * ("(program)") are their own lines and idle time is left out.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  samples: number;
  percent: number;
}

export interface ProfileSummary {
  samples: number;
  categories: ProfileShare[];
  functions: ProfileShare[];
}

const PACKAGES: [RegExp, string][] = [
  [/\/node_modules\/neo4j-driver[^/]*\//, 'neo4j-driver'],
  [/\/node_modules\/@apollo\//, 'Apollo Server'],
  [/\/node_modules\/graphql\//, 'graphql-js'],
  [/\/node_modules\/type-graphql\//, 'type-graphql'],
  [/\/node_modules\/(pino|sonic-boom|thread-stream|fast-redact|quick-format-unescaped)[^/]*\//, 'logging (pino)'],
  [/\/node_modules\/prom-client\//, 'metrics (prom-client)'],
  [/\/node_modules\/(compression|compressible|bytes|vary|on-headers)\//, 'compression'],
  [
    /\/node_modules\/(express|router|body-parser|raw-body|iconv-lite|finalhandler|send|serve-static|on-finished|type-is|content-type|qs|accepts|negotiator|mime-types|mime-db|depd|http-errors|parseurl|encodeurl|etag|fresh|statuses|setprototypeof|path-to-regexp|merge-descriptors|media-typer|unpipe|destroy|ee-first|escape-html|range-parser|cookie|content-disposition|@as-integrations)\//,
    'express ($1)',
  ],
  [/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//, 'other packages ($1)'],
];

function categoryOf(frame: CallFrame, root: string): string | null {
  if (frame.functionName === '(garbage collector)') return 'GC';
  if (frame.functionName === '(program)') return 'V8 (program)';
  const { url } = frame;
  if (!url || url.startsWith('node:')) return null;
  for (const [pattern, name] of PACKAGES) {
    const match = pattern.exec(url);
    if (match) return name.replace('$1', match[1]);
  }
  const ours = /\/dist\/src\/([^/]+)\//.exec(url);
  if (ours) return `ours: ${ours[1]}`;
  return relative(root, url.replace(/^file:\/\//, '')) || url;
}

/** node:_http_server → "node: http"; what runs under no package at all is node's own work. */
const nodeCategory = (frame: CallFrame) => {
  const module = /^node:(?:internal\/)?_?([a-z]+)/.exec(frame.url)?.[1];
  return module ? `node: ${module}` : `node: native ${frame.functionName || '(anonymous)'}`.slice(0, 40);
};

const shares = (counts: Map<string, number>, total: number, top: number) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, samples]) => ({ name, samples, percent: (samples / total) * 100 }));

/** The samples taken between `fromUs` and `toUs` (V8's monotonic clock, the one process.hrtime reads), by category and by function. */
export function summarizeProfile(profile: CpuProfile, fromUs: number, toUs: number, root: string, top = 20): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i];
    if (time < fromUs || time > toUs) return;
    const leaf = byId.get(id)!;
    if (leaf.callFrame.functionName === '(idle)') return;
    total += 1;
    let category: string | null = null;
    for (let node: number | undefined = id; node !== undefined && category === null; node = parent.get(node)) category = categoryOf(byId.get(node)!.callFrame, root);
    const named = category ?? nodeCategory(leaf.callFrame);
    categories.set(named, (categories.get(named) ?? 0) + 1);
    const { functionName, url, lineNumber } = leaf.callFrame;
    const where = url ? `${relative(root, url.replace(/^file:\/\//, '')).replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : 'native';
    const fn = `${functionName || '(anonymous)'} ${where}`;
    functions.set(fn, (functions.get(fn) ?? 0) + 1);
  });
  return { samples: total, categories: shares(categories, total, 40), functions: shares(functions, total, top) };
}
