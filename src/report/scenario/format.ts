import { type Decimal, HUNDRED, ZERO } from '../../core/decimal.js';
import type { Valuation } from '../../model/valuation.js';
import { inr } from '../../money/constructors.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { Money } from '../../money/money.js';
import { formatNumber } from '../formatNumber.js';

// The scenario report's shared number style: ₹ crore to a chosen number of places, whole rupees,
// plain numbers and percentages, so every section prints a figure the same way.
export const MILLION = '1000000';
export const cr = (m: Money, decimals = 0) => formatMoney(m, { unit: 'crore', decimals });
export const rupees = (m: Money) => formatMoney(m, { decimals: 0 });
export const num = (d: Decimal, decimals = 0) => formatNumber(d, { decimals });
export const pct = (d: Decimal, decimals = 1) => `${formatNumber(d.times(HUNDRED), { decimals })}%`;
export const sumMoney = (list: readonly Money<'INR'>[]) =>
  inr(list.reduce((a, m) => a.plus(m.amount), ZERO));

export function irrText(v: Valuation): string {
  return v.irr.value === null ? `n/a (${v.irr.reason})` : pct(v.irr.value);
}

/** Payback in years, to one decimal everywhere (prose and tables alike). */
export function paybackText(v: Valuation): string {
  return v.payback.paysBack ? `${num(v.payback.period, 1)} years` : 'not within the plan';
}
