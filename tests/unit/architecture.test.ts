import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The folders of src/ depend on each other in one direction only: the picture
 * in the README ("How it works") stays true. The entity folders may name each
 * other's types (a mission's agencies, an agency's missions), and nothing else.
 */
const SRC = resolve(__dirname, '../../src');
const ENTITY_FOLDERS = new Set(['missions', 'agencies', 'targets', 'events']);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The folder a file of src/ belongs to; a file at the top of src/ is its own. */
const folderOf = (file: string) => relative(SRC, file).split(sep)[0].replace(/\.ts$/, '');

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const to = folderOf(resolve(dirname(file), specifier));
      if (to === from || to.startsWith('..')) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Folder groups that reach each other (Tarjan's strongly connected components of more than one folder). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    for (const next of graph.get(folder) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(folder, Math.min(low.get(folder)!, index.get(next)!));
      }
    }
    if (low.get(folder) === index.get(folder)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== folder);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const folder of graph.keys()) if (!index.has(folder)) visit(folder);
  return found;
}

describe('the folders of src/', () => {
  it('import each other in one direction only (the entity types aside)', () => {
    const forbidden = cycles(folderGraph()).filter((group) => group.some((folder) => !ENTITY_FOLDERS.has(folder)));
    expect(forbidden).toEqual([]);
  });

  it('would show a cycle if there were one (the check itself can fail)', () => {
    const graph = new Map([['cypher', new Set(['related'])], ['related', new Set(['cypher'])]]);
    expect(cycles(graph)).toEqual([['cypher', 'related']]);
  });

  it('keep the compiler free of every feature', () => {
    const core = folderGraph().get('cypher') ?? new Set();
    expect([...core].sort()).toEqual(['errors', 'text', 'validation']);
  });
});
