// The two value kinds a series holds, and their exact sums (Money through the money layer).
import { type Decimal, ZERO } from '../../core/decimal.js';
import { isDecimal } from '../../core/decimalLike.js';
import { describe } from '../../core/errors.js';
import { add } from '../../money/add.js';
import type { CurrencyCode } from '../../money/currency.js';
import { isMoney, type Money } from '../../money/money.js';
import { sum as sumMoney } from '../../money/sum.js';
import { SeriesError } from '../errors.js';

export type ValueKind =
  | { readonly kind: 'decimal' }
  | { readonly kind: 'money'; readonly currency: CurrencyCode };

export function valueKindOf(value: unknown, where: string): ValueKind {
  if (isDecimal(value)) return { kind: 'decimal' };
  if (isMoney(value)) return { kind: 'money', currency: value.currency };
  throw new SeriesError(
    'INVALID_SERIES_VALUE',
    `${where}: ${describe(value)} is neither a Decimal nor Money`,
  );
}

export function sameKind(a: ValueKind, b: ValueKind): boolean {
  return a.kind === b.kind && (a.kind === 'decimal' || a.currency === (b as typeof a).currency);
}

export function kindName(k: ValueKind): string {
  return k.kind === 'decimal' ? 'Decimal' : `Money in ${k.currency}`;
}

/** Exact sum of values of one kind (checked by the caller); `kind` gives the zero. */
export function sumValues<V>(values: readonly V[], kind: ValueKind): V {
  if (kind.kind === 'money') return sumMoney(values as readonly Money[], kind.currency) as V;
  let total: Decimal = ZERO;
  for (const v of values) total = total.plus(v as Decimal);
  return total as V;
}

export function addValues<V>(a: V, b: V, kind: ValueKind): V {
  return (
    kind.kind === 'money' ? add(a as Money, b as Money) : (a as Decimal).plus(b as Decimal)
  ) as V;
}
