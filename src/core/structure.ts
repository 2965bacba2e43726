import { STRUCTURE_LIMITS } from './limits.js';

/**
 * Object keys crorecast refuses wherever input is merged or read by path: assigning them can
 * replace an object's prototype (`__proto__`), and reading them finds inherited functions
 * (`constructor`, `prototype`) instead of a missing field.
 */
export const UNSAFE_KEYS: readonly string[] = Object.freeze([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * The deepest nesting of objects and arrays accepted in any input: 32 levels
 * (`STRUCTURE_LIMITS.maxNestingDepth`, of which this is the older name).
 */
export const MAX_NESTING_DEPTH = STRUCTURE_LIMITS.maxNestingDepth;

/**
 * The most elements of one array, or keys of one object, accepted in any input: 10,000
 * (`STRUCTURE_LIMITS.maxEntries`, of which this is the older name).
 */
export const MAX_ENTRIES = STRUCTURE_LIMITS.maxEntries;

/**
 * Says whether `key` is one of {@link UNSAFE_KEYS}.
 *
 * @example
 * ```ts
 * isUnsafeKey('__proto__') //=> true
 * isUnsafeKey('segments') //=> false
 * ```
 */
export function isUnsafeKey(key: PropertyKey): boolean {
  return typeof key === 'string' && UNSAFE_KEYS.includes(key);
}

// Plain objects and arrays are the input's own structure; a class instance (a Decimal, a Series)
// is a value crorecast made or will refuse, and its internals are not the input's fields.
function isPlainData(node: unknown): node is object {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return true;
  const proto: unknown = Object.getPrototypeOf(node);
  return proto === Object.prototype || proto === null;
}

/** A problem in the structure of free-form input, with the path of the key or value. */
export interface StructureIssue {
  readonly path: PropertyKey[];
  readonly message: string;
}

/**
 * Checks free-form JSON-like input before anything recurses into it (plain objects and arrays;
 * class instances such as a Decimal are not walked): every key that is one of
 * {@link UNSAFE_KEYS}, every object or array nested deeper than `maxDepth` and every array or
 * object with more than {@link MAX_ENTRIES} entries is an issue with its path (the walk does not descend past them).
 * Iterative, so no input can overflow the stack; each object is visited once, so an object built
 * in code with shared or cyclic references costs no more than its size.
 *
 * @param value - the input (parsed JSON or an object built in code)
 * @param maxDepth - the deepest nesting accepted (default {@link MAX_NESTING_DEPTH})
 * @returns the issues, empty when the input is safe to merge
 *
 * @example
 * ```ts
 * checkStructure(JSON.parse('{"a":{"__proto__":{}}}'))
 * //=> [{ path: ['a', '__proto__'], message: 'key "__proto__" is not allowed' }]
 * ```
 */
export function checkStructure(value: unknown, maxDepth = MAX_NESTING_DEPTH): StructureIssue[] {
  const issues: StructureIssue[] = [];
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: value, path: [] }];
  const seen = new Set<object>();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item;
    if (!isPlainData(node) || seen.has(node)) continue;
    seen.add(node);
    if (path.length >= maxDepth) {
      issues.push({ path, message: `nested deeper than ${maxDepth} levels` });
      continue;
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(node)
      ? node.map((child, i) => [i, child])
      : Object.entries(node);
    if (entries.length > MAX_ENTRIES) {
      const what = Array.isArray(node) ? 'elements' : 'keys';
      issues.push({
        path,
        message: `has ${entries.length} ${what}; at most ${MAX_ENTRIES} are accepted`,
      });
      continue;
    }
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [PropertyKey, unknown];
      if (isUnsafeKey(key)) {
        issues.push({ path: [...path, key], message: `key "${String(key)}" is not allowed` });
      } else stack.push({ node: child, path: [...path, key] });
    }
  }
  return issues;
}
