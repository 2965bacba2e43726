import type { Decimal } from './decimal.js';

// The projection's and the Decimal calculator's arithmetic: decimal.js's own methods. The exact
// kernels (exactSum, exactTimes, exactQuotient) give the same digits and win in tight warm loops
// (money's add, multiply and sum), but measured over a whole `runScenario` they gained nothing
// warm and cost ~300 ms in a cold process (more code for V8 to warm up: the CLI's case), so the
// 25,000 operations of a plan run on decimal.js directly.

/** a + b (sign 1) or a − b (sign −1), as decimal.js computes it. @internal */
export const decimalSum = (a: Decimal, b: Decimal, sign: 1 | -1): Decimal =>
  sign === 1 ? a.plus(b) : a.minus(b);

/** a × b, as decimal.js computes it. @internal */
export const decimalTimes = (a: Decimal, b: Decimal): Decimal => a.times(b);

/** a ÷ b (b not zero), as decimal.js computes it. @internal */
export const decimalQuotient = (a: Decimal, b: Decimal): Decimal => a.dividedBy(b);
