/**
 * core — crorecast's private Decimal, coercion of decimal-like values and the accepted number
 * range, the error classes with their stable codes, rounding modes, and the Calculator interface
 * (exact Decimal or fast float64) that the projection equations run on.
 *
 * Import it alone as `crorecast/core`, or from the root entry `crorecast`.
 *
 * @module core
 */

export { type Calculator, decimalCalculator, float64Calculator } from './calculator.js';
export { HUNDRED, ONE, PublicDecimal as Decimal, ZERO } from './decimal.js';
export {
  assertInputRange,
  type DecimalLike,
  decimalProblem,
  isDecimal,
  isDecimalLike,
  toDecimal,
} from './decimalLike.js';
export {
  ArgumentError,
  CrorecastError,
  describe,
  ImmutableError,
  InvalidAmountError,
  MAX_LISTED_ISSUES,
  NumberOutOfRangeError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export {
  NUMBER_LIMITS,
  type NumberLimits,
  STRUCTURE_LIMITS,
  type StructureLimits,
} from './limits.js';
export { decimalJsRounding, ROUNDING_MODES, type RoundingMode } from './rounding.js';
export { decimalSchema, nonNegativeDecimalSchema, positiveDecimalSchema } from './schemas.js';
export {
  checkStructure,
  isUnsafeKey,
  MAX_ENTRIES,
  MAX_NESTING_DEPTH,
  type StructureIssue,
  UNSAFE_KEYS,
} from './structure.js';
export { formatPath, parseInput, toValidationIssues } from './validate.js';
