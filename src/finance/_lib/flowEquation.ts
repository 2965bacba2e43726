import { Decimal } from '../../core/decimal.js';
import { describe } from '../../core/errors.js';
import { NoSolutionError } from '../errors.js';
import { certainSignOfLogRates } from './certainSignOn.js';
import { certifiedRate, type DiscountPolynomial, discountPolynomial } from './certifiedRate.js';
import {
  dominantSignOfLogRate,
  type ExponentialSum,
  logTerms,
  npvOfLogRate,
  scaledNpvOfLogRate,
} from './exponentialSum.js';
import { finishRate, RATE_SIGNIFICANT_DIGITS } from './rates.js';
import type { RateEquation } from './solveRate.js';

/**
 * The rate equation NPV(r) = 0 for a cash-flow stream, after checking that the flows change sign.
 *
 * @throws {NoSolutionError} `no-sign-change` when all non-zero flows share a sign
 */
export function flowEquation(sum: ExponentialSum, label: Label): RateEquation {
  if (sum.signChanges === 0) {
    throw new NoSolutionError(
      'no-sign-change',
      `${textOf(label)} never change sign, so no rate makes their NPV zero`,
    );
  }
  // The label is written out only when a message needs it (flowsLabel formats six amounts).
  let text: string | undefined;
  const terms = logTerms(sum);
  // Built on the first polish only (a closed-form two-flow rate never needs it).
  let polynomial: DiscountPolynomial | undefined;
  return {
    ofLogRate: scaledNpvOfLogRate(sum, terms),
    certainSign: dominantSignOfLogRate(sum, terms),
    certainSignOn: certainSignOfLogRates(sum, terms),
    // One evaluator per equation: a converged polish step that lands on the same growth reuses
    // the last result (npvOfLogRate says why the digits cannot differ).
    exact: npvOfLogRate(sum),
    // The polish and rounding on BigInt binary floats, certified, the Decimal polish its fallback.
    certifiedRoot: (tLo, tHi) => {
      polynomial ??= discountPolynomial(sum);
      return certifiedRate(polynomial, tLo, tHi, RATE_SIGNIFICANT_DIGITS);
    },
    maxLogRate: FLOWS_MAX_LOG_RATE,
    unique: sum.signChanges === 1,
    get describe() {
      text ??= textOf(label);
      return text;
    },
  };
}

/** A label for messages, or how to write it when one is needed. */
export type Label = string | (() => string);

const textOf = (label: Label): string => (typeof label === 'string' ? label : label());

/**
 * The largest ln(1 + rate) searched for cash flows: rates up to about 10^43429. Flows a day apart
 * can have astronomically large rates; in t they are still ordinary numbers.
 */
const FLOWS_MAX_LOG_RATE = 100_000;

/** 1 + rate below this is too close to −100% for a 40-digit Decimal rate. */
const MIN_GROWTH = new Decimal('1e-36');

/** Two flows at distinct times and of opposite signs: r = (−c₁/c₀)^(d/(n₁ − n₀)) − 1, exactly. */
export function twoFlowRate(sum: ExponentialSum, label: Label): Decimal | undefined {
  const [c0, c1] = sum.amounts;
  const [n0, n1] = sum.steps;
  if (sum.amounts.length !== 2 || !c0 || !c1 || n0 === undefined || n1 === undefined) {
    return undefined;
  }
  if (sum.signChanges !== 1) return undefined;
  // (1 + r)^((n₁ − n₀)/d) = −c₁/c₀.
  const growth = c1
    .negated()
    .dividedBy(c0)
    .pow(new Decimal(sum.stepsPerPeriod).dividedBy(n1 - n0));
  if (growth.lessThan(MIN_GROWTH)) {
    throw new NoSolutionError(
      'out-of-range',
      `${textOf(label)}: the rate that makes their NPV zero, ${growth.toExponential(3)} − 1, is within 1e-36 of -100% and cannot be represented`,
    );
  }
  return finishRate(growth.minus(1));
}

/** `irr: cash flows [-100, 50, …]` for messages, shortened for long streams. */
export function flowsLabel(name: string, amounts: readonly Decimal[]): string {
  const shown = amounts.slice(0, 6).map((a) => describe(a.toString()).replaceAll('"', ''));
  const more = amounts.length > 6 ? `, … (${amounts.length} flows)` : '';
  return `${name}: cash flows [${shown.join(', ')}${more}]`;
}
