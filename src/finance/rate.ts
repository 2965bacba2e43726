import { Decimal } from '../core/decimal.js';
import type { DecimalLike } from '../core/decimalLike.js';
import { annuityFactor, growth, readPeriods, timingFactor } from './_lib/annuity.js';
import { readExcelTail } from './_lib/excelArguments.js';
import { exponentialSum } from './_lib/exponentialSum.js';
import { flowEquation, twoFlowRate } from './_lib/flowEquation.js';
import { rateFromLog, readPaymentTiming, readRate } from './_lib/rates.js';
import { readNamedAmounts } from './_lib/readFlows.js';
import { type RateEquation, solveRate } from './_lib/solveRate.js';
import type { CashFlow } from './cashFlow.js';

/** Options for {@link rate}. */
export interface RateOptions {
  /** The future value left after the last payment, default 0. */
  readonly fv?: CashFlow;
  /** 0 (default): payments at the end of each period; 1: at the start. */
  readonly type?: 0 | 1;
  /** Where to start looking, default `0.1` (Excel's); picks the root nearest it if several. */
  readonly guess?: DecimalLike;
}

const DEFAULT_GUESS = new Decimal('0.1');

/**
 * Up to this many whole periods RATE is solved as the IRR of explicit flows (sign changes known,
 * two flows in closed form); beyond, the closed-form annuity equation is scanned instead, whose
 * cost does not grow with the number of periods.
 */
const MAX_FLOW_PERIODS = 1_000;

/**
 * The rate per period at which `nper` payments `pmt` turn `pv` into `fv`, like Excel's RATE
 * (same sign convention): the root of `pv·(1+r)^n + pmt·(1 + r·type)·((1+r)^n − 1)/r + fv = 0`.
 *
 * With a whole number of periods (up to 1,000) this is the IRR of the flows
 * `[pv, pmt, …, pmt + fv]` (type 0) or `[pv + pmt, pmt, …, fv]` (type 1) and uses the {@link irr}
 * solver; otherwise the annuity equation itself is scanned and bracketed the same way. Either way the root is polished in Decimal
 * and verified; where Excel's Newton iteration fails to converge this still finds a root.
 *
 * @param nper - the number of periods (> 0)
 * @param pmt - the payment each period (Money or a number)
 * @param pv - the present value (same currency as `pmt`)
 * @param options - {@link RateOptions}, or Excel's positional fv, type, guess (`rate(…, fv, type, guess)`)
 * @returns the rate per period as a Decimal fraction
 * @throws {NoSolutionError} when no rate balances the flows
 * @throws {ArgumentError} `PERIODS_OUT_OF_RANGE`, `RATE_OUT_OF_RANGE` (guess), `INVALID_OPTION`,
 *   `MIXED_FLOW_KINDS`
 *
 * @example
 * ```ts
 * rate(4 * 12, -200, 8_000).times(12).toFixed(6) //=> '0.092418'
 * ```
 */
export function rate(
  nper: DecimalLike,
  pmt: CashFlow,
  pv: CashFlow,
  options?: RateOptions,
): Decimal;
export function rate(
  nper: DecimalLike,
  pmt: CashFlow,
  pv: CashFlow,
  fv?: CashFlow,
  type?: 0 | 1,
  guess?: DecimalLike,
): Decimal;
export function rate(nper: DecimalLike, pmt: CashFlow, pv: CashFlow, ...rest: unknown[]): Decimal {
  const options = readExcelTail<RateOptions>('rate', ['fv', 'type', 'guess'], rest);
  const n = readPeriods(nper, 'nper', true);
  const type = readPaymentTiming(options.type);
  const guess = readRate(options.guess ?? DEFAULT_GUESS, 'guess');
  const { values } = readNamedAmounts({ pmt, pv, fv: options.fv });
  const label = `rate: nper ${n.toString()}, pmt ${values.pmt.toString()}, pv ${values.pv.toString()}, fv ${values.fv.toString()}`;
  if (n.isInteger() && n.lessThanOrEqualTo(MAX_FLOW_PERIODS)) {
    const count = n.toNumber();
    const amounts = Array.from({ length: count + 1 }, (_, k) => {
      let amount = new Decimal(0);
      if (k === 0) amount = amount.plus(values.pv);
      if (k === count) amount = amount.plus(values.fv);
      if ((type === 0 && k >= 1) || (type === 1 && k < count)) amount = amount.plus(values.pmt);
      return amount;
    });
    const sum = exponentialSum(
      amounts,
      amounts.map((_, k) => k),
      1,
    );
    const equation = flowEquation(sum, `${label}: the flows`);
    return twoFlowRate(sum, () => equation.describe) ?? solveRate(equation, guess);
  }
  return solveRate(annuityEquation(n, values, type, label), guess);
}

/** The RATE equation for a fractional number of periods, scaled to stay finite. */
function annuityEquation(
  n: Decimal,
  values: { readonly pmt: Decimal; readonly pv: Decimal; readonly fv: Decimal },
  type: 0 | 1,
  label: string,
): RateEquation {
  const periods = n.toNumber();
  const pmtF = values.pmt.toNumber();
  const pvF = values.pv.toNumber();
  const fvF = values.fv.toNumber();
  return {
    unique: false,
    describe: label,
    ofLogRate: (t) => {
      const r = Math.expm1(t);
      // 1 + r as e^t: for rates within 1e-16 of −100%, 1 + expm1(t) is 0 in float64 and would
      // make F exactly 0 there — a false root that the Decimal check then refuses.
      const timing = type === 1 ? Math.exp(t) : 1;
      if (t === 0) return pvF + pmtF * periods + fvF;
      if (t < 0) {
        // F itself: (1+r)^n ≤ 1 here.
        return pvF * Math.exp(periods * t) + (pmtF * timing * Math.expm1(periods * t)) / r + fvF;
      }
      // F / (1+r)^n, which keeps the same sign and stays finite for large rates.
      const shrink = Math.exp(-periods * t);
      return pvF + (pmtF * timing * -Math.expm1(-periods * t)) / r + fvF * shrink;
    },
    exact: (t) => {
      const r = rateFromLog(t);
      const grown = growth(r, n);
      const lump = values.pv.times(grown);
      const payments = values.pmt.times(timingFactor(r, type)).times(annuityFactor(r, n, grown));
      return {
        value: lump.plus(payments).plus(values.fv),
        scale: lump.abs().plus(payments.abs()).plus(values.fv.abs()),
      };
    },
  };
}
