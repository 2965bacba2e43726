import { Decimal, ONE } from '../core/decimal.js';
import { type DecimalLike, toDecimal } from '../core/decimalLike.js';
import { isTinyRate, narrow, timingFactor, WideDecimal } from './_lib/annuity.js';
import { readExcelTail } from './_lib/excelArguments.js';
import { readPaymentTiming, readRate } from './_lib/rates.js';
import { readNamedAmounts } from './_lib/readFlows.js';
import type { CashFlow } from './cashFlow.js';
import { NoSolutionError } from './errors.js';

/** Options for {@link nper}. */
export interface NperOptions {
  /** The future value left after the last payment, default 0. */
  readonly fv?: CashFlow;
  /** 0 (default): payments at the end of each period; 1: at the start. */
  readonly type?: 0 | 1;
}

/**
 * The number of periods for payments `pmt` to turn `pv` into `fv`, like Excel's NPER (same sign
 * convention): `ln((pmt·(1+r·type) − fv·r) / (pmt·(1+r·type) + pv·r)) / ln(1 + r)`, or
 * `−(pv + fv)/pmt` at r = 0. The result is fractional in general; round it up for a count of
 * payments.
 *
 * @param rate - the rate per period (> −1)
 * @param pmt - the payment each period (Money or a number)
 * @param pv - the present value (same currency as `pmt`)
 * @param options - {@link NperOptions}, or Excel's positional fv, type (`nper(…, fv, type)`)
 * @returns the number of periods, a Decimal (may be negative, as in Excel, when the flows imply it)
 * @throws {NoSolutionError} `undefined` when no number of periods balances the flows (the
 *   payment never covers the interest; Excel: `#NUM!`)
 * @throws {ArgumentError} `RATE_OUT_OF_RANGE`, `INVALID_OPTION`, `MIXED_FLOW_KINDS`
 *
 * @example
 * ```ts
 * nper(0.12 / 12, -100, -1_000, { fv: 10_000, type: 1 }).toFixed(4) //=> '59.6739'
 * ```
 */
export function nper(
  rate: DecimalLike,
  pmt: CashFlow,
  pv: CashFlow,
  options?: NperOptions,
): Decimal;
export function nper(
  rate: DecimalLike,
  pmt: CashFlow,
  pv: CashFlow,
  fv?: CashFlow,
  type?: 0 | 1,
): Decimal;
export function nper(rate: DecimalLike, pmt: CashFlow, pv: CashFlow, ...rest: unknown[]): Decimal {
  const options = readExcelTail<NperOptions>('nper', ['fv', 'type'], rest);
  const r = readRate(rate);
  const type = readPaymentTiming(options.type);
  const { values } = readNamedAmounts({ pmt, pv, fv: options.fv });
  if (r.isZero()) {
    if (values.pmt.isZero()) noSolution('with a zero rate and a zero payment, pv never becomes fv');
    return new Decimal(values.pv.plus(values.fv).dividedBy(values.pmt).negated());
  }
  const payment = values.pmt.times(timingFactor(r, type));
  const numerator = payment.minus(values.fv.times(r));
  const denominator = payment.plus(values.pv.times(r));
  if (
    denominator.isZero() ||
    numerator.isZero() ||
    numerator.isNegative() !== denominator.isNegative()
  ) {
    noSolution(
      `no number of periods balances pmt ${values.pmt.toString()}, pv ${values.pv.toString()} and fv ${values.fv.toString()} at rate ${r.toString()}`,
    );
  }
  if (isTinyRate(r)) {
    // ln(1 + 1e-40) is 0 at 40 digits (and the result NaN): take both logarithms at 120 digits.
    const wide = (d: Decimal) => new WideDecimal(d);
    const ratio = wide(numerator).dividedBy(wide(denominator));
    return toDecimal(
      narrow(WideDecimal.ln(ratio).dividedBy(WideDecimal.ln(wide(r).plus(1)))),
      'nper',
    );
  }
  return toDecimal(
    new Decimal(Decimal.ln(numerator.dividedBy(denominator)).dividedBy(Decimal.ln(ONE.plus(r)))),
    'nper',
  );
}

function noSolution(detail: string): never {
  throw new NoSolutionError('undefined', `nper: ${detail}`);
}
