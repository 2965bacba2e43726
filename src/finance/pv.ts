import type { DecimalLike } from '../core/decimalLike.js';
import { annuityTerms, readPeriods } from './_lib/annuity.js';
import { readExcelTail } from './_lib/excelArguments.js';
import { readPaymentTiming, readRate } from './_lib/rates.js';
import { readNamedAmounts, wrap } from './_lib/readFlows.js';
import type { AmountOf, CashFlow, SameKind } from './cashFlow.js';

/** Options for {@link pv}. */
export interface PvOptions<A extends CashFlow = CashFlow> {
  /** The future value (a lump sum after the last period), default 0. */
  readonly fv?: SameKind<A>;
  /** 0 (default): payments at the end of each period; 1: at the start. */
  readonly type?: 0 | 1;
}

/**
 * Present value of a constant payment stream plus a future lump sum, with Excel's PV sign
 * convention (the result balances the flows, so it has the opposite sign):
 * `−(fv + pmt·(1 + r·type)·((1+r)^n − 1)/r) / (1+r)^n`, or `−(fv + pmt·n)` at r = 0.
 *
 * @param rate - the rate per period (> −1)
 * @param nper - the number of periods (≥ 0; fractions allowed)
 * @param pmt - the payment each period (Money or a number)
 * @param options - {@link PvOptions}, or Excel's positional fv, type (`pv(…, fv, type)`)
 * @returns the present value, unrounded: Money in the inputs' currency or a Decimal
 * @throws {ArgumentError} `RATE_OUT_OF_RANGE`, `PERIODS_OUT_OF_RANGE`, `INVALID_OPTION`,
 *   `MIXED_FLOW_KINDS`
 * @throws {CurrencyMismatchError} when `pmt` and `fv` differ in currency
 *
 * @example
 * ```ts
 * pv(0.08 / 12, 12 * 20, 500).toFixed(2) //=> '-59777.15'
 * ```
 */
export function pv<A extends CashFlow>(
  rate: DecimalLike,
  nper: DecimalLike,
  pmt: A,
  options?: PvOptions<A>,
): AmountOf<A>;
export function pv<A extends CashFlow>(
  rate: DecimalLike,
  nper: DecimalLike,
  pmt: A,
  fv?: SameKind<A>,
  type?: 0 | 1,
): AmountOf<A>;
export function pv<A extends CashFlow>(
  rate: DecimalLike,
  nper: DecimalLike,
  pmt: A,
  ...rest: unknown[]
): AmountOf<A> {
  const options = readExcelTail<PvOptions<A>>('pv', ['fv', 'type'], rest);
  const r = readRate(rate);
  const n = readPeriods(nper, 'nper', false);
  const type = readPaymentTiming(options.type);
  const { values, currency } = readNamedAmounts({ pmt, fv: options.fv });
  const t = annuityTerms(r, n, type);
  const paymentsFv = t.at(values.pmt).times(t.timing).times(t.factor);
  const value = t.at(values.fv).plus(paymentsFv).dividedBy(t.grown).negated();
  return wrap(t.finish(value), currency) as AmountOf<A>;
}
