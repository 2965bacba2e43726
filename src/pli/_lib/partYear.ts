import { type Decimal, ONE } from '../../core/decimal.js';
import { computedInr as inr, type Money } from '../../money/money.js';
import type { PliScheme } from '../scheme.js';
import type { SplitSales } from './lines.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The first scheme year's counted part: months from the rule's month to the fiscal year's end. */
export interface PartYear {
  readonly months: number;
  readonly share: Decimal;
  readonly from: string;
  readonly proRataBase: boolean;
}

/** The part of the first scheme year that counts, or null when the whole year does. */
export function partYearOf(scheme: PliScheme): PartYear | null {
  const rule = scheme.firstYearPart;
  if (rule === undefined) return null;
  // Fiscal years run April–March: April is month 0 of the year.
  const months = 12 - ((rule.fromMonth - 4 + 12) % 12);
  if (months === 12) return null;
  return {
    months,
    share: ONE.times(months).dividedBy(12),
    from: `1 ${MONTHS[rule.fromMonth - 1]}`,
    proRataBase: rule.baseYear === 'pro-rata',
  };
}

/** Sales scaled to the counted part of the year (time-proportionate). */
export function partOf(sales: SplitSales, share: Decimal): SplitSales {
  const scale = (m: Money<'INR'>) => inr(m.amount.times(share));
  return {
    total: scale(sales.total),
    aboveFloor: scale(sales.aboveFloor),
    belowFloor: scale(sales.belowFloor),
  };
}

/**
 * A part-year claim given by its months' own sales (`years[i].part`): how many months of the
 * fiscal year it covers, from `from` (`yyyy-MM`) to the year's end, or undefined when the month
 * lies outside the year.
 */
export function claimedMonths(from: string, fiscalYearStart: number): number | undefined {
  const [y, m] = from.split('-').map(Number);
  if (y === undefined || m === undefined) return undefined;
  // Months since the fiscal year's 1 April: April = 0 … March = 11.
  const index = (y - fiscalYearStart) * 12 + (m - 4);
  return index < 0 || index > 11 ? undefined : 12 - index;
}

/** "1 August 2021", for reasons. */
export function monthText(from: string): string {
  const [y, m] = from.split('-').map(Number);
  return `1 ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
