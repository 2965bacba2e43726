import { readFileSync } from 'node:fs';
import fc from 'fast-check';

/**
 * The fuzz suite's settings: a fixed seed and a small number of inputs in CI (reproducible);
 * `scripts/fuzz-scenarios.mjs` sets FUZZ_SEED and FUZZ_RUNS to explore further.
 */
export const FUZZ = {
  seed: Number(process.env.FUZZ_SEED ?? 20211),
  runs: Number(process.env.FUZZ_RUNS ?? 30),
  /** Time allowed per input for parse + run (a seed run takes ~0.3 s idle, seconds under load). */
  budgetMs: Number(process.env.FUZZ_BUDGET_MS ?? 20_000),
};

type Json = unknown;
type Key = string | number;

/** The seeds the fuzz mutates: the first exercises variants, baselines, invoice-free PLI and
 * actuals; the second (Pegatron India) the opening position, ownership over time, exports and
 * targets on units. */
export const FUZZ_SEEDS = ['optiemus-wistron-2021.json', 'pegatron-india-2022.json'] as const;

/** A seed scenario without its variants (each variant is a whole extra run). */
export function seedWithoutVariants(
  file: (typeof FUZZ_SEEDS)[number] = 'optiemus-wistron-2021.json',
): Record<string, unknown> {
  const seed = JSON.parse(
    readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown> & { meta: { assumptions: { appliesTo: string[] }[] } };
  return {
    ...seed,
    variants: [],
    meta: {
      ...seed.meta,
      assumptions: seed.meta.assumptions.filter(
        (a) => !a.appliesTo.some((p) => p.startsWith('variants')),
      ),
    },
  };
}

/** Every path of `root` (objects and arrays included), as key lists. */
export function allPaths(root: Json): Key[][] {
  const out: Key[][] = [];
  const walk = (node: Json, path: Key[]) => {
    if (path.length > 0) out.push(path);
    if (Array.isArray(node)) {
      node.forEach((x, i) => {
        walk(x, [...path, i]);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, x] of Object.entries(node)) walk(x, [...path, k]);
    }
  };
  walk(root, []);
  return out;
}

/** A hostile replacement: `undefined` deletes the field. */
export type Replacement = { readonly label: string; readonly make: (sibling: Json) => Json };

let deep: Json = 1;
for (let i = 0; i < 200; i++) deep = [deep];

export const REPLACEMENTS: readonly Replacement[] = [
  { label: 'deleted', make: () => undefined },
  { label: 'null', make: () => null },
  { label: '"1e100000"', make: () => '1e100000' },
  { label: '"-1e400"', make: () => '-1e400' },
  { label: '"1e-400"', make: () => '1e-400' },
  { label: '"NaN"', make: () => 'NaN' },
  { label: '"Infinity"', make: () => 'Infinity' },
  { label: '1e308', make: () => 1e308 },
  { label: '"-1"', make: () => '-1' },
  { label: '"0"', make: () => '0' },
  { label: '"300000"', make: () => '300000' },
  { label: '""', make: () => '' },
  { label: '"x"', make: () => 'x' },
  { label: 'true', make: () => true },
  { label: '[]', make: () => [] },
  { label: '{}', make: () => ({}) },
  { label: '"₹-5 crore"', make: () => '₹-5 crore' },
  { label: '"FY2099-00"', make: () => 'FY2099-00' },
  { label: '"FY2030-31"', make: () => 'FY2030-31' },
  { label: '200-deep array', make: () => deep },
  { label: '__proto__ object', make: () => JSON.parse('{"__proto__":{"polluted":1}}') },
  { label: 'constructor key', make: () => JSON.parse('{"constructor":{"x":1}}') },
  { label: 'huge array', make: () => Array.from({ length: 20_000 }, () => 0) },
  { label: 'retyped as string', make: (s) => JSON.stringify(s ?? null) },
  { label: 'duplicated sibling', make: (s) => structuredClone(s) },
];

/** A copy of `root` with `path` replaced (or deleted, for `undefined`). */
export function mutate(root: Json, path: readonly Key[], make: Replacement['make']): Json {
  const copy = structuredClone(root);
  let node = copy as Record<Key, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<Key, Json>;
  const last = path[path.length - 1] as Key;
  // A duplicated sibling: the element before this one in an array (duplicate ids), else itself.
  const sibling =
    Array.isArray(node) && typeof last === 'number' && last > 0 ? node[last - 1] : node[last];
  const value = make(sibling);
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/** One mutation: a path of the seed and a replacement. */
export function mutationArbitrary(paths: readonly Key[][]) {
  return fc.record({
    path: fc.constantFrom(...paths),
    replacement: fc.constantFrom(...REPLACEMENTS),
  });
}

/** Splits a printed field path (`segments[2].price.perUnit`) into keys; any key text is kept. */
function keysOf(path: string): Key[] {
  const keys: Key[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    keys.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  }
  return keys;
}

function resolves(root: Json, keys: readonly Key[]): boolean {
  let node = root;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<Key, Json>)[key];
  }
  return true;
}

/**
 * Whether an issue's path names a place in the input: the field itself, or — for a required
 * field that is missing — its parent.
 *
 * @example
 * ```ts
 * pathExistsIn({ segments: [{ price: {} }] }, 'segments[0].price.perUnit') //=> true (parent)
 * pathExistsIn({ segments: [] }, 'segments[2].price') //=> false
 * ```
 */
export function pathExistsIn(root: Json, path: string): boolean {
  const keys = keysOf(path);
  return resolves(root, keys) || resolves(root, keys.slice(0, -1));
}
