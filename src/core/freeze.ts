import { isDecimal } from './decimalLike.js';

/**
 * Freezes plain objects and arrays recursively, and Decimals with their digit arrays (decimal.js
 * never writes to an operand, but an importer could write to `value.d[0]`): exported tables and
 * results are read-only for every importer at run time, not only in types.
 *
 * @example
 * ```ts
 * Object.isFrozen(deepFreeze({ a: { b: [1] } }).a.b) //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (isDecimal(value)) {
    Object.freeze((value as unknown as { d: unknown }).d);
    return Object.freeze(value);
  }
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
