import type { Decimal } from '../../core/decimal.js';
import { isDecimal } from '../../core/decimalLike.js';
import { formatPath } from '../../core/validate.js';

/**
 * The numeric inputs of a validated projection, flattened: every Decimal leaf gets a slot in
 * one parameter vector, addressed by its canonical path (`segments[0].price.perUnit.amount`;
 * a Money's own path is an alias of its amount). The equations read parameters by slot, so a
 * sensitivity or simulation changes a number in a vector instead of rebuilding the input.
 */
export interface SlotTable {
  readonly values: readonly Decimal[];
  readonly paths: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

function isMoneyLike(value: unknown): value is { amount: Decimal; currency: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'amount' in value &&
    'currency' in value &&
    isDecimal((value as { amount: unknown }).amount)
  );
}

/** `formatPath([...path, key])` from `formatPath(path)`: the same step, one key at a time. */
const childPath = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/** Collects every Decimal leaf of `root` (depth first, in key order). */
export function collectSlots(root: unknown): SlotTable {
  const values: Decimal[] = [];
  const paths: string[] = [];
  const index = new Map<string, number>();
  // Each path is built from its parent's as the walk descends (as `formatPath` would format the
  // keys): no array of keys copied and formatted again per node.
  const visit = (node: unknown, key: string) => {
    if (isDecimal(node)) {
      index.set(key, values.length);
      values.push(node);
      paths.push(key);
      return;
    }
    // A child that is no object holds no Decimal: its path is not formatted. Keys are read in
    // place (`for…in` over own keys meets them in `Object.entries` order), not copied in pairs.
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const el: unknown = node[i];
        if (i in node && typeof el === 'object' && el !== null) visit(el, childPath(key, i));
      }
      return;
    }
    if (typeof node === 'object' && node !== null) {
      for (const k in node) {
        const v: unknown = (node as Record<string, unknown>)[k];
        if (!Object.hasOwn(node, k) || typeof v !== 'object' || v === null) continue;
        visit(v, childPath(key, k));
      }
      if (isMoneyLike(node)) {
        const amount = index.get(childPath(key, 'amount'));
        if (amount !== undefined) index.set(key, amount);
      }
    }
  };
  visit(root, formatPath([]));
  return { values, paths, index };
}

/**
 * A builder that rebuilds `value` (a curve's data, say) with each Decimal leaf read from a
 * parameter vector, so curves follow sensitivity and simulation changes.
 */
export type Rebuild = (params: ArrayLike<unknown>) => unknown;

export function bindToSlots(value: unknown, path: PropertyKey[], slots: SlotTable): Rebuild {
  if (isDecimal(value)) {
    const slot = slots.index.get(formatPath(path));
    if (slot === undefined) return () => value;
    return (p) => p[slot];
  }
  if (Array.isArray(value)) {
    const parts = value.map((el, i) => bindToSlots(el, [...path, i], slots));
    return (p) => parts.map((b) => b(p));
  }
  if (typeof value === 'object' && value !== null) {
    const parts = Object.entries(value).map(
      ([k, v]) => [k, bindToSlots(v, [...path, k], slots)] as const,
    );
    return (p) => {
      const out: Record<string, unknown> = {};
      for (const [k, b] of parts) out[k] = b(p);
      return out;
    };
  }
  return () => value;
}
