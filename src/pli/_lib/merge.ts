import { isDecimal } from '../../core/decimalLike.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isDecimal(value);
}

/**
 * Merges a deep-partial patch into a scheme's data: objects key by key, arrays and values whole,
 * `undefined` leaves a value as it is. Builds fresh objects along the patched paths; untouched
 * branches are shared (they are frozen).
 */
export function mergeScheme(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (!isPlainObject(patch) || !isPlainObject(base)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) out[key] = mergeScheme(base[key], value);
  }
  return out;
}
