import type { Decimal } from '../../core/decimal.js';
import { HUNDRED } from '../../core/decimal.js';
import { isComputedInRange } from '../../core/decimalLike.js';
import { groupDigits } from '../../money/_lib/groupDigits.js';
import { type HalfUpText, halfUpText, plainText } from '../../money/_lib/halfUpText.js';
import { formatMoney } from '../../money/formatMoney.js';
import { isMoney, type Money } from '../../money/money.js';
import { unitScale } from '../../money/units.js';

// Reasons are built on every evaluation (a plan run evaluates each enrolment for the plan, its
// baseline and its outturn), so their figures are rounded on the digits' text (`halfUpText`):
// the same text `formatMoney` gives, without its Decimal arithmetic. The Decimal path stays for
// what the text path does not take (another currency, more than 40 significant digits, a value
// out of range — which formatMoney refuses as before).

/** Money in ₹ crore for reasons: whole crore without decimals (`₹140 crore`), else two. */
export function crores(m: Money): string {
  const shown =
    m.currency === 'INR' && isMoney(m) ? wholeOrTwoPlaces(plainText(m.amount), 7) : null;
  if (shown !== null) return `${rupeeText(shown)} crore`;
  const inCrore = m.amount.dividedBy(unitScale('crore'));
  return formatMoney(m, { unit: 'crore', decimals: inCrore.isInteger() ? 0 : 2 });
}

/** Rupees per unit for invoice floors: `₹15,000`. */
export function rupees(m: Money): string {
  const shown =
    m.currency === 'INR' && isMoney(m) ? wholeOrTwoPlaces(plainText(m.amount), 0) : null;
  if (shown !== null) return rupeeText(shown);
  return formatMoney(m, { decimals: m.amount.isInteger() ? 0 : 2 });
}

/** Without decimals when the shifted value is whole, else to two places; null as `halfUpText`. */
function wholeOrTwoPlaces(plain: string, shift: number): HalfUpText | null {
  const whole = halfUpText(plain, shift, 0);
  return whole === null || whole.integer ? whole : halfUpText(plain, shift, 2);
}

/** A fraction as a percentage: 0.06 → `6%`, 0.04038 → `4.038%`. */
export function percent(rate: Decimal): string {
  const shown = isComputedInRange(rate) ? halfUpText(plainText(rate), -2, 6) : null;
  if (shown === null) return `${rate.times(HUNDRED).toDecimalPlaces(6).toFixed()}%`;
  // As `toFixed()` writes a Decimal: no trailing zeros, no point without a fraction.
  let end = shown.fraction.length;
  while (end > 0 && shown.fraction.charCodeAt(end - 1) === 48) end--;
  const fraction = end === 0 ? '' : `.${shown.fraction.slice(0, end)}`;
  return `${shown.negative ? '-' : ''}${shown.whole}${fraction}%`;
}

/** `₹` and the Indian grouping, as `formatMoney` writes INR. */
function rupeeText(t: HalfUpText): string {
  const fraction = t.fraction === '' ? '' : `.${t.fraction}`;
  return `${t.negative ? '-' : ''}₹${groupDigits(t.whole, 'indian')}${fraction}`;
}
