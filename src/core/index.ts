export { type Calculator, decimalCalculator, float64Calculator } from './calculator.js';
export { Decimal, HUNDRED, ONE, ZERO } from './decimal.js';
export { type DecimalLike, isDecimal, isDecimalLike, toDecimal } from './decimalLike.js';
export {
  ArgumentError,
  CrorecastError,
  describe,
  InvalidAmountError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export { decimalJsRounding, ROUNDING_MODES, type RoundingMode } from './rounding.js';
export { decimalSchema, nonNegativeDecimalSchema, positiveDecimalSchema } from './schemas.js';
export { formatPath, parseInput, toValidationIssues } from './validate.js';
