export { type Calculator, decimalCalculator, float64Calculator } from './calculator.js';
export { Decimal, HUNDRED, ONE, ZERO } from './decimal.js';
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
  NumberOutOfRangeError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export { NUMBER_LIMITS, type NumberLimits } from './limits.js';
export { decimalJsRounding, ROUNDING_MODES, type RoundingMode } from './rounding.js';
export { decimalSchema, nonNegativeDecimalSchema, positiveDecimalSchema } from './schemas.js';
export { formatPath, parseInput, toValidationIssues } from './validate.js';
