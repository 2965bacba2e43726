import { ArgumentError, CrorecastError, describe } from '../core/errors.js';

/**
 * Two amounts of different currencies were combined (added, compared, allocated together).
 * `currencies` holds both codes, in argument order.
 */
export class CurrencyMismatchError extends CrorecastError {
  readonly currencies: readonly [string, string];

  constructor(expected: string, actual: string, operation?: string) {
    const where = operation === undefined ? '' : ` in ${operation}`;
    super(
      'CURRENCY_MISMATCH',
      `currency mismatch${where}: ${expected} and ${actual} cannot be mixed; convert one first`,
    );
    this.currencies = [expected, actual];
  }
}

/** A currency code crorecast does not know (a typo, or a currency not in `CURRENCIES`). */
export class UnknownCurrencyError extends CrorecastError {
  readonly currency: unknown;

  constructor(currency: unknown, known: readonly string[]) {
    super('UNKNOWN_CURRENCY', `unknown currency ${describe(currency)}; known: ${known.join(', ')}`);
    this.currency = currency;
  }
}

/** `parseMoney` could not read a text exactly. `text` is the input, `reason` what was wrong. */
export class MoneyParseError extends CrorecastError {
  readonly text: unknown;
  readonly reason: string;

  constructor(text: unknown, reason: string) {
    super('MONEY_PARSE', `cannot parse money ${describe(text)}: ${reason}`);
    this.text = text;
    this.reason = reason;
  }
}

/** A division (of money, or a ratio of two amounts) by zero. */
export class DivisionByZeroError extends ArgumentError {
  constructor(what: string) {
    super('DIVISION_BY_ZERO', `division by zero: ${what}`);
  }
}

/** No FX rate for a currency pair on or before the requested date. */
export class FxRateNotFoundError extends CrorecastError {
  readonly base: string;
  readonly quote: string;
  readonly on: string | undefined;

  constructor(base: string, quote: string, on: string | undefined, detail: string) {
    const when = on === undefined ? '' : ` on or before ${on}`;
    super('FX_RATE_NOT_FOUND', `no ${base}/${quote} rate${when}: ${detail}`);
    this.base = base;
    this.quote = quote;
    this.on = on;
  }
}
