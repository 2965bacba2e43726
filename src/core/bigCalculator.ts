import {
  BIG_ONE,
  BIG_ZERO,
  BigDecimal,
  bigComparison,
  bigDifference,
  bigNegation,
  bigProduct,
  bigQuotient,
  bigSum,
  bigWhole,
} from './bigDecimal.js';
import { bigFromDecimal, bigToDecimal } from './bigDecimalConvert.js';
import { type Calculator, decimalCalculator } from './calculator.js';
import { ArgumentError } from './errors.js';
import { deepFreeze } from './freeze.js';

// decimalCalculator's arithmetic on BigDecimal values: the same digits (test/core/bigCalculator
// checks every operation against it), kept in BigDecimal form between operations so that a
// whole projection converts only its inputs and the figures it reports. power, exp and ln go
// through decimal.js (a plan's growth curves use them once per month at most, off the hot path).

const viaDecimal =
  (op: (a: ReturnType<typeof bigToDecimal>) => ReturnType<typeof bigToDecimal>) =>
  (a: BigDecimal): BigDecimal =>
    bigFromDecimal(op(bigToDecimal(a)));

/**
 * The exact backend on BigDecimal values: decimalCalculator's results, digit for digit and sign
 * of zero, without a Decimal per operation. Internal: the exact projection runs on it.
 * @internal
 *
 * @example
 * ```ts
 * const c = bigCalculator;
 * c.toDecimal(c.add(c.from('0.1'), c.from('0.2'))).toString() //=> '0.3'
 * ```
 */
export const bigCalculator: Calculator<BigDecimal> = deepFreeze({
  kind: 'decimal',
  zero: BIG_ZERO,
  one: BIG_ONE,
  // A growth curve built from a run's parameters holds BigDecimal values already.
  from: (value) =>
    value instanceof BigDecimal
      ? value
      : bigFromDecimal(decimalCalculator.from(value as Exclude<typeof value, BigDecimal>)),
  toDecimal: (value) => bigToDecimal(value),
  toNumber: (value) => bigToDecimal(value).toNumber(),
  add: (a, b) => bigSum(a, b),
  subtract: (a, b) => bigDifference(a, b),
  multiply: (a, b) => bigProduct(a, b),
  divide: (a, b) => {
    if (b.c === 0n) throw new ArgumentError('DIVISION_BY_ZERO', 'division by zero');
    return bigQuotient(a, b);
  },
  negate: (a) => bigNegation(a),
  power: (a, b) => bigFromDecimal(decimalCalculator.power(bigToDecimal(a), bigToDecimal(b))),
  exp: viaDecimal((a) => decimalCalculator.exp(a)),
  ln: viaDecimal((a) => decimalCalculator.ln(a)),
  min: (a, b) => {
    const k = bigComparison(a, b);
    return k === -1 || k === 0 ? a : b;
  },
  max: (a, b) => {
    const k = bigComparison(a, b);
    return k === 1 || k === 0 ? a : b;
  },
  compare: (a, b) => bigComparison(a, b),
  isZero: (a) => a.c === 0n,
  floor: (a) => bigWhole(a, false),
  ceil: (a) => bigWhole(a, true),
});
