import { type Decimal, ZERO } from '../../core/decimal.js';
import { add } from '../../money/add.js';
import { allocate } from '../../money/allocate.js';
import { assertSameCurrency } from '../../money/assertSameCurrency.js';
import type { CurrencyCode } from '../../money/currency.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { Money } from '../../money/money.js';

// The agreement's amounts are in the currency of the amount shared, checked at run time.
export function inCurrencyOf<C extends CurrencyCode>(
  of: Money<C>,
  m: Money,
  where: string,
): Money<C> {
  assertSameCurrency(of, m as Money<C>, where);
  return m as Money<C>;
}

/** An amount as a step describes it (crore or lakh for rupees). */
export function fmt(m: Money): string {
  return formatMoney(m, m.currency === 'INR' ? { unit: 'auto' } : {});
}

/** `amount` split among `ids` by their weights (a party without one gets zero). */
export function split<C extends CurrencyCode>(
  amount: Money<C>,
  weights: Readonly<Record<string, Decimal>>,
  ids: readonly string[],
  zero: Money<C>,
): Map<string, Money<C>> {
  const parts = amount.amount.isZero()
    ? ids.map(() => zero)
    : allocate(
        amount,
        ids.map((id) => own(weights, id) ?? ZERO),
      );
  return new Map(ids.map((id, i) => [id, parts[i] ?? zero]));
}

/** Adds each party's amount in `from` to its amount in `into`. */
export function addInto<C extends CurrencyCode>(
  into: Map<string, Money<C>>,
  from: Map<string, Money<C>>,
) {
  for (const [id, m] of from) {
    const have = into.get(id);
    into.set(id, have === undefined ? m : add(have, m));
  }
}

/** Weights as a step describes them: `oel 0.6 : wistron 0.4`. */
export function weightText(
  weights: Readonly<Record<string, Decimal>>,
  ids: readonly string[],
): string {
  return ids
    .filter((id) => own(weights, id) !== undefined)
    .map((id) => `${id} ${own(weights, id)?.toFixed()}`)
    .join(' : ');
}

// A party's entry in a record keyed by party id. Ids such as `toString` or `valueOf` are valid,
// so a plain `record[id]` would find Object.prototype's functions for a party left out.
export function own<V>(record: Readonly<Record<string, V>> | undefined, id: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}
