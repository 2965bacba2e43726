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
export function checkStructure(
  value: unknown,
  maxDepth: number = MAX_NESTING_DEPTH,
): StructureIssue[] {
  const issues: StructureIssue[] = [];
  // Each node keeps its parent and key, and a path is spelled out only for an issue: a file of
  // thousands of fields costs no array per field (#14).
  const stack: Visit[] = [{ node: value, parent: undefined, key: '', depth: 0 }];
  const seen = new Set<object>();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (!isPlainData(node) || seen.has(node)) continue;
    seen.add(node);
    if (depth >= maxDepth) {
      issues.push({ path: pathOf(item), message: `nested deeper than ${maxDepth} levels` });
      continue;
    }
    const list = Array.isArray(node) ? (node as unknown[]) : undefined;
    const keys = list === undefined ? Object.keys(node) : undefined;
    const count = list?.length ?? keys?.length ?? 0;
    if (count > MAX_ENTRIES) {
      issues.push({
        path: pathOf(item),
        message: `has ${count} ${list === undefined ? 'keys' : 'elements'}; at most ${MAX_ENTRIES} are accepted`,
      });
      continue;
    }
    for (let i = count - 1; i >= 0; i--) {
      if (list !== undefined) {
        stack.push({ node: list[i], parent: item, key: i, depth: depth + 1 });
        continue;
      }
      const key = keys?.[i] as string;
      if (isUnsafeKey(key)) {
        issues.push({ path: [...pathOf(item), key], message: `key "${key}" is not allowed` });
      } else {
        const child = (node as Record<string, unknown>)[key];
        stack.push({ node: child, parent: item, key, depth: depth + 1 });
      }
    }
  }
  return issues;
}

/** A node of the walk: its value, where it hangs (parent and key) and how deep. */
interface Visit {
  readonly node: unknown;
  readonly parent: Visit | undefined;
  readonly key: PropertyKey;
  readonly depth: number;
}

/** The path of keys from the root to a node of the walk. */
function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let v = visit; v.parent !== undefined; v = v.parent) path.push(v.key);
  return path.reverse();
}
