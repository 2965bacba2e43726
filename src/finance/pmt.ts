import type { DecimalLike } from '../core/decimalLike.js';
import { annuityTerms, readPeriods } from './_lib/annuity.js';
import { readExcelTail } from './_lib/excelArguments.js';
import { readPaymentTiming, readRate } from './_lib/rates.js';
import { readNamedAmounts, wrap } from './_lib/readFlows.js';
import type { AmountOf, CashFlow, SameKind } from './cashFlow.js';

/** Options for {@link pmt}. */
export interface PmtOptions<A extends CashFlow = CashFlow> {
  /** The future value left after the last payment, default 0. */
  readonly fv?: SameKind<A>;
  /** 0 (default): payments at the end of each period; 1: at the start. */
  readonly type?: 0 | 1;
}

/**
 * The constant payment per period that pays off `pv` (and leaves `fv`), with Excel's PMT sign
 * convention (a loan received, positive, is repaid by negative payments):
 * `−r·(pv·(1+r)^n + fv) / ((1 + r·type)·((1+r)^n − 1))`, or `−(pv + fv)/n` at r = 0.
 *
 * @param rate - the rate per period (> −1)
 * @param nper - the number of payments (> 0; fractions allowed)
 * @param pv - the present value (Money or a number)
 * @param options - {@link PmtOptions}, or Excel's positional fv, type (`pmt(…, fv, type)`)
 * @returns the payment per period, unrounded: Money in the inputs' currency or a Decimal
 * @throws {ArgumentError} `RATE_OUT_OF_RANGE`, `PERIODS_OUT_OF_RANGE`, `INVALID_OPTION`,
 *   `MIXED_FLOW_KINDS`
 * @throws {CurrencyMismatchError} when `pv` and `fv` differ in currency
 *
 * @example
 * ```ts
 * pmt(0.08 / 12, 10, 10_000).toFixed(6) //=> '-1037.032089'
 * pmt(0.08 / 12, 10, 10_000, { type: 1 }).toFixed(2) //=> '-1030.16'
 * ```
 */
export function pmt<A extends CashFlow>(
  rate: DecimalLike,
  nper: DecimalLike,
  pv: A,
  options?: PmtOptions<A>,
): AmountOf<A>;
export function pmt<A extends CashFlow>(
  rate: DecimalLike,
  nper: DecimalLike,
  pv: A,
  fv?: SameKind<A>,
  type?: 0 | 1,
): AmountOf<A>;
export function pmt<A extends CashFlow>(
  rate: DecimalLike,
  nper: DecimalLike,
  pv: A,
  ...rest: unknown[]
): AmountOf<A> {
  const options = readExcelTail<PmtOptions<A>>('pmt', ['fv', 'type'], rest);
  const r = readRate(rate);
  const n = readPeriods(nper, 'nper', true);
  const type = readPaymentTiming(options.type);
  const { values, currency } = readNamedAmounts({ pv, fv: options.fv });
  const t = annuityTerms(r, n, type);
  const balance = t.at(values.pv).times(t.grown).plus(t.at(values.fv));
  const perPayment = t.timing.times(t.factor);
  return wrap(t.finish(balance.dividedBy(perPayment).negated()), currency) as AmountOf<A>;
}
