import type { Decimal } from '../core/decimal.js';
import { computedInr as inr, type Money } from '../money/money.js';

/** Days of revenue and cost of goods tied up in working capital. */
export interface WorkingCapitalTerms {
  /** Trade receivables, in days of revenue. */
  readonly receivableDays: Decimal;
  /** Inventory, in days of cost of goods. */
  readonly inventoryDays: Decimal;
  /** Trade payables, in days of cost of goods. */
  readonly payableDays: Decimal;
  /** Net working capital at the start of the first year (INR). */
  readonly opening: Decimal;
  /** GST charged on invoices, carried in receivables (default none). */
  readonly gstOnReceivables?: Decimal;
  /** Days in a year for the day counts (default 365). */
  readonly daysInYear?: Decimal;
}

/** Working capital at the end of one fiscal year (INR). */
export interface WorkingCapitalYear {
  readonly year: string;
  readonly receivables: Money<'INR'>;
  readonly inventory: Money<'INR'>;
  readonly payables: Money<'INR'>;
  /** receivables + inventory − payables. */
  readonly net: Money<'INR'>;
  /** net − previous year's net (the opening for the first year): cash absorbed when positive. */
  readonly change: Money<'INR'>;
}

/**
 * Net working capital at each year end from days outstanding: receivables = revenue × days / 365,
 * inventory and payables = cost of goods × days / 365. With GST on receivables, customers owe the
 * invoice gross of GST, so receivables = revenue × (1 + GST) × days / 365. Electronics manufacturing is working-capital
 * heavy — every rupee of growth ties up cash — so the change feeds free cash flow.
 *
 * @param years - revenue and cost of goods per fiscal year (INR, exact)
 * @param terms - days and opening working capital
 * @returns one {@link WorkingCapitalYear} per input year
 *
 * @example
 * ```ts
 * const d = toDecimal; // exact decimals, as the model layer takes them
 * const [y] = workingCapital([{ year: 'FY2021-22', revenue: d(3650), costOfGoods: d(3285) }],
 *   { receivableDays: d(45), inventoryDays: d(45), payableDays: d(60), opening: d(0) });
 * y.net.amount.toString() //=> '315' (450 receivables + 405 inventory − 540 payables)
 * ```
 */
export function workingCapital(
  years: readonly {
    readonly year: string;
    readonly revenue: Decimal;
    readonly costOfGoods: Decimal;
  }[],
  terms: WorkingCapitalTerms,
): WorkingCapitalYear[] {
  const days = terms.daysInYear ?? null;
  let previous = terms.opening;
  return years.map((y) => {
    const perDay = (amount: Decimal) =>
      days === null ? amount.dividedBy(365) : amount.dividedBy(days);
    const invoiced =
      terms.gstOnReceivables === undefined
        ? y.revenue
        : y.revenue.times(terms.gstOnReceivables.plus(1));
    const receivables = perDay(invoiced).times(terms.receivableDays);
    const inventory = perDay(y.costOfGoods).times(terms.inventoryDays);
    const payables = perDay(y.costOfGoods).times(terms.payableDays);
    const net = receivables.plus(inventory).minus(payables);
    const change = net.minus(previous);
    previous = net;
    return {
      year: y.year,
      receivables: inr(receivables),
      inventory: inr(inventory),
      payables: inr(payables),
      net: inr(net),
      change: inr(change),
    };
  });
}
