import { isDecimal } from '../../core/decimalLike.js';
import { decimalKey } from '../../core/decimalParts.js';
import { deepFreeze } from '../../core/freeze.js';
import { isMoney } from '../../money/money.js';
import type { PliScheme } from '../scheme.js';

// Schemes this layer parsed and froze itself (presets, `withOverrides`, `pliRulesInForce`). A
// frozen parsed scheme cannot change, so a schema that meets one again (an evaluation input
// naming it) takes it as it is instead of re-validating every figure: layers compose through
// parsed cores. A WeakSet holds no scheme alive.
const PARSED = new WeakSet<object>();

/** Freezes a scheme the `PliScheme` schema has just returned and records it as parsed. */
export function parsedScheme(scheme: PliScheme): PliScheme {
  deepFreeze(scheme);
  PARSED.add(scheme);
  return scheme;
}

/** True for a scheme this layer parsed and froze (see {@link parsedScheme}). */
export function isParsedScheme(value: unknown): value is PliScheme {
  return typeof value === 'object' && value !== null && PARSED.has(value);
}

/**
 * A text key for plain data — strings, finite numbers, booleans, null, arrays, plain objects,
 * Decimals and Money — equal for two values exactly when they hold the same data (so they parse
 * alike), or undefined for anything else (which is then never cached). `undefined` members are
 * skipped, as a scheme patch skips them.
 */
export function dataKey(value: unknown, depth = 0): string | undefined {
  if (depth > 64) return undefined;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `n${Object.is(value, -0) ? '-0' : value}` : undefined;
  }
  if (typeof value !== 'object') return undefined;
  if (isDecimal(value)) return `d${decimalKey(value)}`;
  if (isMoney(value)) return `m${value.currency}${decimalKey(value.amount)}`;
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      const k = dataKey(item, depth + 1);
      if (k === undefined) return undefined;
      parts.push(k);
    }
    return `[${parts.join(',')}]`;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const parts: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const k = dataKey(item, depth + 1);
    if (k === undefined) return undefined;
    parts.push(`${JSON.stringify(key)}:${k}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * A small memo of schemes derived from a parsed scheme (its rules in force, its overrides),
 * kept with the scheme it derives from (weakly) and bounded per scheme, so that the baseline
 * and the variants of a plan — and repeated runs — share one parse of the same derived scheme.
 */
export class DerivedSchemes {
  static readonly MAX_PER_SCHEME = 32;
  readonly #byBase = new WeakMap<object, Map<string, PliScheme>>();

  get(base: PliScheme, key: string): PliScheme | undefined {
    return this.#byBase.get(base)?.get(key);
  }

  set(base: PliScheme, key: string, derived: PliScheme): void {
    let entries = this.#byBase.get(base);
    if (entries === undefined) {
      entries = new Map();
      this.#byBase.set(base, entries);
    }
    if (entries.size >= DerivedSchemes.MAX_PER_SCHEME) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    entries.set(key, derived);
  }
}
