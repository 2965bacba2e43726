import fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import { isDecimal } from '../../src/core/decimalLike.js';
import { CrorecastError } from '../../src/core/errors.js';

/**
 * The function-level fuzz harness (issue 11): every call must return a well-formed result
 * (finite numbers and decimals, no NaN/Infinity/undefined in text) or throw a typed
 * `CrorecastError`, within a time budget per input measured around the call. The seed is the
 * suite's fixed fast-check seed (test/setup/fastCheck.ts); `npm run explore -- N test/fuzz`
 * tries random ones.
 */
export const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 3000);

/** Inputs tried per area, with how many returned a result and how many a typed error. */
export const counts = new Map<string, { tried: number; returned: number; typed: number }>();

afterAll(() => {
  const rows = [...counts].map(
    ([area, c]) => `${area}: ${c.tried} (${c.returned} results, ${c.typed} typed errors)`,
  );
  const total = [...counts.values()].reduce((a, c) => a + c.tried, 0);
  console.log(`fuzz inputs tried: ${total}\n  ${rows.join('\n  ')}`);
});

/** Calls `call` once and checks the outcome and the time it took. */
export function fuzzCall(area: string, call: () => unknown): unknown {
  const count = counts.get(area) ?? { tried: 0, returned: 0, typed: 0 };
  counts.set(area, count);
  count.tried++;
  const started = performance.now();
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    const elapsed = performance.now() - started;
    if (!(error instanceof CrorecastError)) {
      expect.fail(`${area}: untyped ${String(error instanceof Error ? error.stack : error)}`);
    }
    expect(elapsed, `${area}: typed error after ${elapsed} ms`).toBeLessThanOrEqual(BUDGET_MS);
    count.typed++;
    return undefined;
  }
  const elapsed = performance.now() - started;
  expect(elapsed, `${area}: result after ${elapsed} ms`).toBeLessThanOrEqual(BUDGET_MS);
  expectWellFormed(result, area);
  count.returned++;
  return result;
}

/** Finite numbers and decimals everywhere, and no NaN, Infinity or `undefined` in any text. */
export function expectWellFormed(value: unknown, where: string, seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${where}: ${value}`).toBe(true);
    return;
  }
  if (typeof value === 'string') {
    expect(value, where).not.toMatch(/NaN|Infinity|undefined|\[object /);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (isDecimal(value)) {
    expect(value.isFinite(), `${where}: ${String(value)}`).toBe(true);
    return;
  }
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  for (const [key, child] of entries) expectWellFormed(child, `${where}.${String(key)}`, seen);
}

/** Numbers as a hostile user writes them: extreme, malformed, out of range, or not numbers. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  fc.constantFrom(
    '1e100000',
    '1e9999999999999999',
    '-1e400',
    '1e30',
    '-1e30',
    '1e31',
    '1e-40',
    '1e-41',
    '1e-400',
    `${'9'.repeat(41)}`,
    `0.${'1'.repeat(40)}`,
    'NaN',
    'Infinity',
    '-0',
    '',
    ' 1',
    '0x10',
    '1,350',
    '1e',
    '.',
    '-',
  ),
  fc.stringMatching(/^-?\d{1,32}(\.\d{1,12})?$/),
  fc.constantFrom(null, undefined, true, false, Number.NaN, Number.POSITIVE_INFINITY, -0),
  fc.constantFrom({}, [], [1, 2], { amount: '1', currency: 'INR' }, () => 1),
);

/** A hostile value of any kind: numbers, strings, objects, deep nesting, prototype keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileNumber },
  fc.string({ maxLength: 20 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'FY2099-00', 'FY2021-22', '2024-02-30'),
  fc.constant(JSON.parse('{"__proto__": {"polluted": 1}}')),
  fc.constant(nest(2000)),
  fc.constant(new Array(100_000).fill(1)),
  fc.anything({ maxDepth: 2 }),
);

function nest(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Every path (keys from the root) to a node of a plain object/array tree. */
function paths(
  value: unknown,
  prefix: PropertyKey[] = [],
  out: PropertyKey[][] = [],
): PropertyKey[][] {
  if (typeof value !== 'object' || value === null || isDecimal(value)) return out;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    paths(child, path, out);
  }
  return out;
}

/** A mutation of a valid input: a field replaced by a hostile value, deleted, or duplicated. */
export interface Mutation {
  readonly at: number;
  readonly kind: 'replace' | 'delete' | 'duplicate';
  readonly value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'duplicate'),
  value: hostileValue,
});

/** Applies mutations to a copy of `input` (plain objects and arrays copied; values shared). */
export function mutate<T>(input: T, mutations: readonly Mutation[]): T {
  const copy = clone(input) as T;
  for (const m of mutations) {
    const all = paths(copy);
    if (all.length === 0) break;
    const path = all[m.at % all.length] as PropertyKey[];
    const parent = path
      .slice(0, -1)
      .reduce<Record<PropertyKey, unknown>>(
        (node, key) => node[key] as Record<PropertyKey, unknown>,
        copy as Record<PropertyKey, unknown>,
      );
    const key = path[path.length - 1] as PropertyKey;
    if (m.kind === 'replace') parent[key] = m.value;
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (Array.isArray(parent)) parent.push(clone(parent[Number(key)]));
  }
  return copy;
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  }
  return value;
}
