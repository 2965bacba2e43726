import { type Decimal, ZERO } from '../../core/decimal.js';
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
  return {
    investment: margin(investment),
    sales: salesMargin,
    salesMultiple:
      sales.required === null || !sales.required.amount.greaterThan(0)
        ? null
        : sales.actual.amount.dividedBy(sales.required.amount),
    salesFallToLose: fall,
    salesFallShare:
      fall === null || !countedSales.amount.greaterThan(0)
        ? null
        : fall.amount.dividedBy(countedSales.amount),
  };
}
