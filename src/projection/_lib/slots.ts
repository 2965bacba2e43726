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
 * taken: the two walks go the same way), whose values are the very same objects, and beside
 * which no path lies under it — each path unique, so that run is the subtree's own, path for
 * path. Returns false (the caller walks the subtree) when no such run is found.
 */
function reuser(
  earlier: SlotTable,
  add: (path: string, value: Decimal) => void,
  index: Map<string, number>,
): (node: unknown, key: string) => boolean {
  const { values, paths } = earlier;
  let cursor = 0;
  return (node, key) => {
    const first = firstLeaf(node);
    if (first === undefined) return true;
    let start = cursor;
    while (
      start < paths.length &&
      (values[start] !== first || !isUnder(paths[start] as string, key))
    )
      start++;
    const end = matched(node, earlier, start, key);
    if (end < 0) return false;
    // The run must be all the table holds under `key` there: a path before or after it that
    // also lies under `key` (a sibling keyed `a.b` beside `a`) makes the match unsure.
    if (start > 0 && isUnder(paths[start - 1] as string, key)) return false;
    if (end < paths.length && isUnder(paths[end] as string, key)) return false;
    cursor = end;
    taken(node, earlier, start, add, index);
    return true;
  };
}

/** The first Decimal leaf of `node` in walk order, if any. */
function firstLeaf(node: unknown): Decimal | undefined {
  if (isDecimal(node)) return node;
  if (typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) {
    for (const el of node) {
      const leaf = firstLeaf(el);
      if (leaf !== undefined) return leaf;
    }
    return undefined;
  }
  for (const k in node) {
    if (!Object.hasOwn(node, k)) continue;
    const leaf = firstLeaf((node as Record<string, unknown>)[k]);
    if (leaf !== undefined) return leaf;
  }
  return undefined;
}

/**
 * The slot after `node`'s leaves when they are, in walk order, `table`'s values from slot `i` on
 * (the very objects) at paths under `key`; else −1.
 */
function matched(node: unknown, table: SlotTable, i: number, key: string): number {
  if (i < 0) return i;
  if (isDecimal(node)) {
    const path = table.paths[i];
    return table.values[i] === node && path !== undefined && isUnder(path, key) ? i + 1 : -1;
  }
  if (typeof node !== 'object' || node === null) return i;
  let at = i;
  if (Array.isArray(node)) {
    for (const el of node) at = matched(el, table, at, key);
    return at;
  }
  for (const k in node) {
    if (Object.hasOwn(node, k)) at = matched((node as Record<string, unknown>)[k], table, at, key);
  }
  return at;
}

/**
 * Adds `node`'s leaves with `table`'s paths from slot `i` on, and each Money's own path (an
 * alias of its amount) where the walk sets it: after its children. Returns the slot after.
 */
function taken(
  node: unknown,
  table: SlotTable,
  i: number,
  add: (path: string, value: Decimal) => void,
  index: Map<string, number>,
): number {
  if (isDecimal(node)) {
    add(table.paths[i] as string, node);
    return i + 1;
  }
  if (typeof node !== 'object' || node === null) return i;
  let at = i;
  if (Array.isArray(node)) {
    for (const el of node) at = taken(el, table, at, add, index);
    return at;
  }
  let amount = -1;
  for (const k in node) {
    if (!Object.hasOwn(node, k)) continue;
    const child = (node as Record<string, unknown>)[k];
    if (k === 'amount' && isDecimal(child)) amount = at;
    at = taken(child, table, at, add, index);
  }
  if (amount >= 0 && isMoneyLike(node)) {
    const path = table.paths[amount] as string;
    const own = path === 'amount' ? '' : path.slice(0, path.length - '.amount'.length);
    index.set(own, index.get(path) as number);
  }
  return at;
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
