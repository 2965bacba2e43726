import fc from 'fast-check';
import { isDecimal } from '../../src/core/decimalLike.js';

// The fuzz suite's hostile values and mutations, free of vitest so that a script can replay
// them outside the test runner (one input at a time, with a small heap, to isolate a crash).

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
  // Keys without `.`, `[` or `]`, so that an issue path naming one can be read back.
  fc.anything({ maxDepth: 2, key: fc.string({ maxLength: 8 }).filter((k) => !/[.[\]]/.test(k)) }),
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
  // A hostile value already put in (a 100,000-element array, a 2,000-deep nest) is mutated as a
  // whole: walking into it would cost the harness more than the call under test.
  if (prefix.length >= 40 || Object.keys(value).length > 100) return out;
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
    // A copy: the hostile values are shared constants, and a later mutation of this input must
    // not change them (nor make a cycle by putting a value inside itself).
    if (m.kind === 'replace') parent[key] = clone(m.value);
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
