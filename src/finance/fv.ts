import type { DecimalLike } from '../core/decimalLike.js';
import { annuityTerms, readPeriods } from './_lib/annuity.js';
import { readExcelTail } from './_lib/excelArguments.js';
import { readPaymentTiming, readRate } from './_lib/rates.js';
import { readNamedAmounts, wrap } from './_lib/readFlows.js';
import type { AmountOf, CashFlow, SameKind } from './cashFlow.js';

/** Options for {@link fv}. */
export interface FvOptions<A extends CashFlow = CashFlow> {
  /** The present value (a lump sum today), default 0. */
  readonly pv?: SameKind<A>;
  /** 0 (default): payments at the end of each period; 1: at the start. */
  readonly type?: 0 | 1;
}

/**
 * Future value of a constant payment stream plus a lump sum, with Excel's FV sign convention:
 * money paid out is negative, money received positive, and the result is what balances them —
 * `−(pv·(1+r)^n + pmt·(1 + r·type)·((1+r)^n − 1)/r)`, or `−(pv + pmt·n)` at r = 0.
 *
 * @param rate - the rate per period (> −1)
 * @param nper - the number of periods (≥ 0; fractions allowed)
 * @param pmt - the payment each period (Money or a number)
 * @param options - {@link FvOptions}, or Excel's positional pv, type (`fv(…, pv, type)`)
 * @returns the future value, unrounded: Money in the inputs' currency or a Decimal
 * @throws {ArgumentError} `RATE_OUT_OF_RANGE`, `PERIODS_OUT_OF_RANGE`, `INVALID_OPTION` (type),
 *   `MIXED_FLOW_KINDS`
 * @throws {CurrencyMismatchError} when `pmt` and `pv` differ in currency
 *
 * @example
 * ```ts
 * fv(0.06 / 12, 10, -200, { pv: -500, type: 1 }).toFixed(2) //=> '2581.40'
 * ```
 */
export function fv<A extends CashFlow>(
  rate: DecimalLike,
  nper: DecimalLike,
  pmt: A,
  options?: FvOptions<A>,
): AmountOf<A>;
export function fv<A extends CashFlow>(
  rate: DecimalLike,
  nper: DecimalLike,
  pmt: A,
  pv?: SameKind<A>,
  type?: 0 | 1,
): AmountOf<A>;
export function fv<A extends CashFlow>(
  rate: DecimalLike,
  nper: DecimalLike,
  pmt: A,
  ...rest: unknown[]
): AmountOf<A> {
  const options = readExcelTail<FvOptions<A>>('fv', ['pv', 'type'], rest);
  const r = readRate(rate);
  const n = readPeriods(nper, 'nper', false);
  const type = readPaymentTiming(options.type);
  const { values, currency } = readNamedAmounts({ pmt, pv: options.pv });
  const t = annuityTerms(r, n, type);
  const paymentsFv = t.at(values.pmt).times(t.timing).times(t.factor);
  const value = t.at(values.pv).times(t.grown).plus(paymentsFv).negated();
  return wrap(t.finish(value), currency) as AmountOf<A>;
}
