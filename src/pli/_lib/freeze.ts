import { isDecimal } from '../../core/decimalLike.js';

/** Freezes plain objects and arrays recursively (Decimals are immutable already). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || isDecimal(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
