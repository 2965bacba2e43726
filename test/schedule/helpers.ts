import type { Money } from '../../src/money/money.js';
import { entriesOf } from '../../src/schedule/_lib/periods.js';
import type { Series } from '../../src/series/series.js';

/** `[label, ₹ crore to 2 decimals]` rows of a money series. */
export function croreRows(series: Series<Money>): [string, string][] {
  return entriesOf(series).map((e) => [e.slot.key, e.value.amount.dividedBy(1e7).toFixed(2)]);
}

/** `[label, amount to the paisa]` rows of a money series. */
export function rupeeRows(series: Series<Money>): [string, string][] {
  return entriesOf(series).map((e) => [e.slot.key, e.value.amount.toFixed(2)]);
}

/** The values of a money series, as Money. */
export function values(series: Series<Money>): Money[] {
  return entriesOf(series).map((e) => e.value);
}

/** Deep-freezes a plain input so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
