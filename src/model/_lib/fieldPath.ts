import { isUnsafeKey } from '../../core/structure.js';

/**
 * Splits a field path as crorecast prints it into its keys (the inverse of `formatPath`), or
 * returns undefined for text that is not one.
 *
 * @param path - a path such as `segments[2].price.perUnit`
 * @returns the keys, indexes as numbers
 *
 * @example
 * ```ts
 * parseFieldPath('segments[2].price.perUnit') //=> ['segments', 2, 'price', 'perUnit']
 * parseFieldPath('a..b') //=> undefined
 * ```
 */
export function parseFieldPath(path: string): (string | number)[] | undefined {
  const keys: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let consumed = '';
  for (const m of path.matchAll(re)) {
    if (m[2] !== undefined) {
      keys.push(Number(m[2]));
      consumed += `[${m[2]}]`;
    } else if (m[1] !== undefined) {
      consumed += consumed === '' ? m[1] : `.${m[1]}`;
      keys.push(m[1]);
    }
  }
  return consumed === path && keys.length > 0 && !keys.some(isUnsafeKey) ? keys : undefined;
}

/** Whether the path (in `parseFieldPath` syntax) names a field present in `root`. */
export function pathExists(root: unknown, path: string): boolean {
  const keys = parseFieldPath(path);
  if (keys === undefined) return false;
  let node: unknown = root;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}
