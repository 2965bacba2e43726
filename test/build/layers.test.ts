import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The architecture's two rules about imports, checked on the sources: a layer imports only the
// layers below it (DESIGN.md: core → money → time → series → finance → schedule → sharing → pli
// → projection → model → report, then the I/O of node/ and the CLI), and no module takes part in
// an import cycle at run time (a cycle works only while every use waits for a function call:
// moving one use to module level breaks the import order in ways no type check sees).

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const LAYERS = [
  'core',
  'money',
  'time',
  'series',
  'finance',
  'schedule',
  'sharing',
  'pli',
  'projection',
  'model',
  'report',
  'node',
  'cli',
] as const;

interface Import {
  readonly from: string;
  readonly to: string;
  /** `import type` / `export type` only: erased at run time, but still a dependency. */
  readonly typeOnly: boolean;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative imports and re-exports of a module (doc comments' examples are not code). */
function importsOf(file: string): Import[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const found: Import[] = [];
  for (const m of code.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+'(\.[^']+)'/gm)) {
    const names = (m[2] ?? '').trim();
    const allTypes =
      m[1] !== undefined ||
      (/^\{[^}]*\}$/.test(names) &&
        names
          .slice(1, -1)
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n !== '')
          .every((n) => n.startsWith('type ')));
    const target = resolve(dirname(file), (m[3] ?? '').replace(/\.js$/, '.ts'));
    found.push({ from: file, to: target, typeOnly: allTypes });
  }
  return found;
}

/** The layer of a source file: its folder under src, `cli` for src/cli.ts, none for the roots. */
function layerOf(file: string): number | undefined {
  const path = relative(SRC, file).split(/[\\/]/);
  const head = path.length === 1 ? (path[0] === 'cli.ts' ? 'cli' : undefined) : path[0];
  if (head === undefined) return undefined;
  const i = (LAYERS as readonly string[]).indexOf(head);
  if (i < 0) throw new Error(`${relative(SRC, file)}: a folder outside DESIGN.md's layers`);
  return i;
}

const files = sources(SRC);
const imports = files.flatMap(importsOf);
const name = (file: string) => relative(SRC, file);

describe('the import graph of src', () => {
  it('finds the modules and their imports', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(imports.length).toBeGreaterThan(1000);
    // Every relative import names a source file that exists.
    const known = new Set(files);
    expect(
      imports.filter((i) => !known.has(i.to)).map((i) => `${name(i.from)} → ${name(i.to)}`),
    ).toEqual([]);
  });

  it('imports only from the same layer or the layers below', () => {
    const upward = imports
      .filter((i) => {
        const from = layerOf(i.from);
        const to = layerOf(i.to);
        return from !== undefined && to !== undefined && to > from;
      })
      .map((i) => `${name(i.from)} → ${name(i.to)}`);
    expect(upward).toEqual([]);
  });

  it('has no import cycle at run time', () => {
    const graph = new Map<string, string[]>();
    for (const i of imports) {
      if (i.typeOnly) continue;
      graph.set(i.from, [...(graph.get(i.from) ?? []), i.to]);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') {
          cycles.push([...path.slice(path.indexOf(next)), next].map(name).join(' → '));
        } else if (state.get(next) === undefined) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (state.get(file) === undefined) visit(file);
    expect(cycles).toEqual([]);
  });
});
