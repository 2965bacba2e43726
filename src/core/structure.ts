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
 * The deepest nesting of objects and arrays accepted where crorecast walks free-form input (a
 * variant's overrides, a scheme patch): 32 levels. A scenario's own fields nest about 10 deep;
 * the cap keeps every recursive walk far from the stack limit.
 */
export const MAX_NESTING_DEPTH = 32;

/**
 * The most elements of one array, or keys of one object, accepted in a scenario: 10,000. A plan
 * has tens of segments, investments and facts and at most 1,200 monthly periods; the cap bounds
 * the time spent validating a hostile file (one issue instead of one per element).
 */
export const MAX_ENTRIES = 10_000;

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

/** A problem in the structure of free-form input, with the path of the key or value. */
export interface StructureIssue {
  readonly path: PropertyKey[];
  readonly message: string;
}

/**
 * Checks free-form JSON-like input before anything recurses into it: every key that is one of
 * {@link UNSAFE_KEYS}, every object or array nested deeper than `maxDepth` and every array or
 * object with more than {@link MAX_ENTRIES} entries is an issue with its path (the walk does not descend past them).
 * Iterative, so no input can overflow the stack.
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
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item;
    if (typeof node !== 'object' || node === null) continue;
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
