/**
 * money — `Money<C>` values with the currency as a literal type: constructors (`inr`, `crore`,
 * `lakh`, `usd`), exact arithmetic that refuses to mix currencies, allocation that sums to the
 * whole, parsing and Indian-style formatting, FX rates and conversion.
 *
 * Import it alone as `crorecast/money`, or from the root entry `crorecast`.
 *
 * @module money
 */

export { abs } from './abs.js';
export { add } from './add.js';
export {
  type AllocateOptions,
  type AllocationRemainder,
  allocate,
} from './allocate.js';
export { assertSameCurrency } from './assertSameCurrency.js';
export { averageRate } from './averageRate.js';
export { compare } from './compare.js';
export { crore, inr, lakh, usd } from './constructors.js';
export { type ConvertOptions, convert } from './convert.js';
export {
  assertCurrency,
  CURRENCIES,
  CURRENCY_CODES,
  type CurrencyCode,
  type CurrencyInfo,
  currencyInfo,
  isCurrencyCode,
} from './currency.js';
export { divide } from './divide.js';
export { equals } from './equals.js';
export {
  CurrencyMismatchError,
  DivisionByZeroError,
  FxRateNotFoundError,
  MoneyParseError,
  UnknownCurrencyError,
} from './errors.js';
export { type FormatMoneyOptions, formatMoney } from './formatMoney.js';
export { type FxQuote, type FxRateOptions, fxRate } from './fxRate.js';
export {
  type FxRate,
  type FxRateRow,
  type FxTable,
  fxRateRowSchema,
  fxTable,
} from './fxTable.js';
export { max, min } from './minMax.js';
export { isMoney, type Money, money } from './money.js';
export { moneyObjectSchema, moneySchema, moneySchemaFor } from './moneySchema.js';
export { multiply } from './multiply.js';
export { negate } from './negate.js';
export { type ParseMoneyOptions, parseMoney } from './parseMoney.js';
export { isNegative, isPositive, isZero } from './predicates.js';
export { ratio } from './ratio.js';
export { type RoundOptions, round } from './round.js';
export { subtract } from './subtract.js';
export { sum } from './sum.js';
export { type MoneyJSON, toJSON } from './toJSON.js';
export { MONEY_UNITS, type MoneyUnit, unitScale } from './units.js';
