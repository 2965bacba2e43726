import type { Decimal } from '../../core/decimal.js';
import { HUNDRED } from '../../core/decimal.js';
import { formatMoney } from '../../money/formatMoney.js';
import type { Money } from '../../money/money.js';
import { unitScale } from '../../money/units.js';

/** Money in ₹ crore for reasons: whole crore without decimals (`₹140 crore`), else two. */
export function crores(m: Money): string {
  const inCrore = m.amount.dividedBy(unitScale('crore'));
  return formatMoney(m, { unit: 'crore', decimals: inCrore.isInteger() ? 0 : 2 });
}

/** Rupees per unit for invoice floors: `₹15,000`. */
export function rupees(m: Money): string {
  return formatMoney(m, { decimals: m.amount.isInteger() ? 0 : 2 });
}

/** A fraction as a percentage: 0.06 → `6%`, 0.04038 → `4.038%`. */
export function percent(rate: Decimal): string {
  return `${rate.times(HUNDRED).toDecimalPlaces(6).toFixed()}%`;
}
