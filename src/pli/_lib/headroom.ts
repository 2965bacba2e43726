import { type Decimal, ZERO } from '../../core/decimal.js';
import { deepFreeze } from '../../core/freeze.js';
import { computedInr as inr, type Money } from '../../money/money.js';

/** How far a year's figures sit above (or below) its thresholds. */
export interface PliHeadroom {
  /** Cumulative investment − its threshold (negative: short by that much); null without one. */
  readonly investment: Money<'INR'> | null;
  /** Net incremental sales − the sales threshold (negative: short); null without one. */
  readonly sales: Money<'INR'> | null;
  /** Net incremental sales ÷ the threshold (8.9 = 8.9 times it); null without a positive one. */
  readonly salesMultiple: Decimal | null;
  /**
   * The fall in the year's counted net sales that would lose the year's incentive (sales
   * headroom while the threshold is met; zero when it is already missed); null without a threshold.
   */
  readonly salesFallToLose: Money<'INR'> | null;
  /** `salesFallToLose` ÷ the year's counted net sales (0.25 = a 25% fall loses the year). */
  readonly salesFallShare: Decimal | null;
}

interface Check {
  readonly required: Money<'INR'> | null;
  readonly actual: Money<'INR'>;
}

export function headroomOf(
  investment: Check,
  sales: Check,
  countedSales: Money<'INR'>,
): PliHeadroom {
  const margin = (c: Check) =>
    c.required === null ? null : inr(c.actual.amount.minus(c.required.amount));
  const salesMargin = margin(sales);
  const fall =
    salesMargin === null ? null : inr(salesMargin.amount.isNegative() ? ZERO : salesMargin.amount);
  const headroom: PliHeadroom = {
    investment: margin(investment),
    sales: salesMargin,
    salesMultiple: null,
    salesFallToLose: fall,
    salesFallShare: null,
  };
  // The two ratios are 40-digit divisions a report reads and a plan's cash never does (an
  // outturn reads only a missed year's fall share): worked out when first read, then kept.
  const required = sales.required?.amount.greaterThan(0) === true ? sales.required : null;
  if (required !== null) {
    whenRead(headroom, 'salesMultiple', () => sales.actual.amount.dividedBy(required.amount));
  }
  if (fall !== null && countedSales.amount.greaterThan(0)) {
    whenRead(headroom, 'salesFallShare', () => fall.amount.dividedBy(countedSales.amount));
  }
  // Frozen whole, as the evaluation's deepFreeze leaves the rest (it stops at a frozen object).
  deepFreeze(headroom.investment);
  deepFreeze(salesMargin);
  deepFreeze(fall);
  return Object.freeze(headroom);
}

/**
 * Makes `key` of `row` (not yet frozen) a value computed when first read, then kept, in its place
 * among the keys: JSON, spread, `Object.keys` and deep equality see a plain property's value.
 * (The projection's whenRead, for the layer below it; no `util.inspect` hook: a PLI evaluation
 * is printed as JSON.)
 */
function whenRead<T extends object, K extends keyof T>(row: T, key: K, compute: () => T[K]) {
  let value: { readonly of: T[K] } | undefined;
  Object.defineProperty(row, key, {
    enumerable: true,
    get: () => {
      value ??= { of: deepFreeze(compute()) };
      return value.of;
    },
  });
}
