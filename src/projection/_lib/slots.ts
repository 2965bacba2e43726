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

/** An earlier table and the input it was collected from (see {@link collectSlots}). */
export interface SlotsLike {
  readonly root: unknown;
  readonly slots: SlotTable;
}

/**
 * Collects every Decimal leaf of `root` (depth first, in key order). With `like`, a subtree that
 * is the very object at the same path of `like.root` takes its leaves' paths from `like.slots`
 * (the same strings, in the same order) instead of formatting them again: the same table.
 */
export function collectSlots(root: unknown, like?: SlotsLike): SlotTable {
  const values: Decimal[] = [];
  const paths: string[] = [];
  const index = new Map<string, number>();
  const add = (path: string, value: Decimal) => {
    index.set(path, values.length);
    values.push(value);
    paths.push(path);
  };
  const reuse = like === undefined ? undefined : reuser(like.slots, add, index);
  // Each path is built from its parent's as the walk descends (as `formatPath` would format the
  // keys): no array of keys copied and formatted again per node.
  const visit = (node: unknown, key: string, other: unknown) => {
    if (isDecimal(node)) {
      add(key, node);
      return;
    }
    if (node === other && reuse?.(node, key) === true) return;
    // A child that is no object holds no Decimal: its path is not formatted. Keys are read in
    // place (`for…in` over own keys meets them in `Object.entries` order), not copied in pairs.
    if (Array.isArray(node)) {
      const others = Array.isArray(other) ? other : undefined;
      for (let i = 0; i < node.length; i++) {
        const el: unknown = node[i];
        if (i in node && typeof el === 'object' && el !== null) {
          visit(el, childPath(key, i), others?.[i]);
        }
      }
      return;
    }
    if (typeof node === 'object' && node !== null) {
      const others = typeof other === 'object' && other !== null ? other : undefined;
      for (const k in node) {
        const v: unknown = (node as Record<string, unknown>)[k];
        if (!Object.hasOwn(node, k) || typeof v !== 'object' || v === null) continue;
        visit(
          v,
          childPath(key, k),
          others !== undefined && Object.hasOwn(others, k)
            ? (others as Record<string, unknown>)[k]
            : undefined,
        );
      }
      if (isMoneyLike(node)) {
        const amount = index.get(childPath(key, 'amount'));
        if (amount !== undefined) index.set(key, amount);
      }
    }
  };
  visit(root, formatPath([]), like?.root);
  return { values, paths, index };
}

/** `path` is `key` or a path below it. */
const isUnder = (path: string, key: string): boolean =>
  path.startsWith(key) &&
  (path.length === key.length || path[key.length] === '.' || path[key.length] === '[');

/**
 * Takes a shared subtree's leaves from an earlier table: its leaves in walk order are a run of
 * that table's slots whose paths lie under the subtree's (found scanning on from the last run
 * taken: the two walks go the same way) and whose values are the very same objects, each path
 * unique — so that run is the subtree's own, path for path. Returns false (the caller walks
 * the subtree) when no such run is found.
 */
function reuser(
  earlier: SlotTable,
  add: (path: string, value: Decimal) => void,
  index: Map<string, number>,
): (node: unknown, key: string) => boolean {
  let cursor = 0;
  return (node, key) => {
    if (typeof node !== 'object' || node === null) return false;
    const leaves: Decimal[] = [];
    leavesOf(node, leaves);
    if (leaves.length === 0) return true;
    let start = cursor;
    while (start < earlier.paths.length && !isUnder(earlier.paths[start] as string, key)) start++;
    // The run must be all the table holds under `key` there: a path before or after it that
    // also lies under `key` (a sibling keyed `a.b` beside `a`) makes the match unsure.
    const end = start + leaves.length;
    if (end > earlier.paths.length) return false;
    if (start > 0 && isUnder(earlier.paths[start - 1] as string, key)) return false;
    if (end < earlier.paths.length && isUnder(earlier.paths[end] as string, key)) return false;
    for (let i = 0; i < leaves.length; i++) {
      if (
        earlier.values[start + i] !== leaves[i] ||
        !isUnder(earlier.paths[start + i] as string, key)
      ) {
        return false;
      }
    }
    cursor = start + leaves.length;
    let taken = start;
    const take = (value: unknown): void => {
      if (isDecimal(value)) {
        add(earlier.paths[taken] as string, value);
        taken++;
        return;
      }
      if (Array.isArray(value)) {
        for (const el of value) take(el);
        return;
      }
      if (typeof value !== 'object' || value === null) return;
      let amount = -1;
      for (const k in value) {
        if (!Object.hasOwn(value, k)) continue;
        const child = (value as Record<string, unknown>)[k];
        if (k === 'amount' && isDecimal(child)) amount = taken;
        take(child);
      }
      // A Money's own path, an alias of its amount, set where the walk sets it.
      if (amount >= 0 && isMoneyLike(value)) {
        const path = earlier.paths[amount] as string;
        const own = path === 'amount' ? '' : path.slice(0, path.length - '.amount'.length);
        index.set(own, index.get(path) as number);
      }
    };
    take(node);
    return true;
  };
}

/** The Decimal leaves of `node`, depth first in key order (as the walk meets them). */
function leavesOf(node: unknown, out: Decimal[]): void {
  if (isDecimal(node)) {
    out.push(node);
    return;
  }
  if (Array.isArray(node)) {
    for (const el of node) leavesOf(el, out);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const k in node) {
    if (Object.hasOwn(node, k)) leavesOf((node as Record<string, unknown>)[k], out);
  }
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
