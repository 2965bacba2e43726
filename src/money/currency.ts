import { deepFreeze } from '../core/freeze.js';
import { UnknownCurrencyError } from './errors.js';

/** What crorecast needs to know about a currency. */
export interface CurrencyInfo {
  /** ISO 4217 code. */
  readonly code: string;
  /** Digits of the minor unit: 2 for paise and cents, 0 for yen. */
  readonly minorUnit: number;
  /** The symbol finance writes before the amount. */
  readonly symbol: string;
  readonly name: string;
  /** How digits are grouped: `indian` (12,34,56,789) or `international` (123,456,789). */
  readonly grouping: 'indian' | 'international';
}

/**
 * The currencies crorecast knows. INR groups the Indian way; the others internationally.
 * Codes are literal types so that `Money<'INR'>` and `Money<'USD'>` cannot be mixed at compile
 * time.
 */
export const CURRENCIES = deepFreeze({
  INR: { code: 'INR', minorUnit: 2, symbol: '₹', name: 'Indian rupee', grouping: 'indian' },
  USD: { code: 'USD', minorUnit: 2, symbol: '$', name: 'US dollar', grouping: 'international' },
  EUR: { code: 'EUR', minorUnit: 2, symbol: '€', name: 'Euro', grouping: 'international' },
  GBP: {
    code: 'GBP',
    minorUnit: 2,
    symbol: '£',
    name: 'Pound sterling',
    grouping: 'international',
  },
  JPY: { code: 'JPY', minorUnit: 0, symbol: '¥', name: 'Japanese yen', grouping: 'international' },
  CNY: {
    code: 'CNY',
    minorUnit: 2,
    symbol: 'CN¥',
    name: 'Chinese yuan',
    grouping: 'international',
  },
  TWD: {
    code: 'TWD',
    minorUnit: 2,
    symbol: 'NT$',
    name: 'New Taiwan dollar',
    grouping: 'international',
  },
} as const satisfies Record<string, CurrencyInfo>);

/** A currency code crorecast knows: `'INR' | 'USD' | 'EUR' | 'GBP' | 'JPY' | 'CNY' | 'TWD'`. */
export type CurrencyCode = keyof typeof CURRENCIES;

/** The known currency codes, for schemas. */
export const CURRENCY_CODES = Object.freeze(Object.keys(CURRENCIES)) as [
  CurrencyCode,
  ...CurrencyCode[],
];

/**
 * True when `code` is a currency crorecast knows (own keys of `CURRENCIES` only, so
 * `'toString'` or `'__proto__'` are not currencies).
 *
 * @example
 * ```ts
 * isCurrencyCode('INR') //=> true
 * isCurrencyCode('inr') //=> false
 * ```
 */
export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && Object.hasOwn(CURRENCIES, code);
}

/**
 * Checks a currency code at run time (codes from JSON or users can be any string).
 *
 * @param code - the code to check
 * @returns the code, typed
 * @throws {UnknownCurrencyError} when the code is not one of `CURRENCY_CODES`
 *
 * @example
 * ```ts
 * assertCurrency('USD') //=> 'USD'
 * assertCurrency('XYZ') // throws UnknownCurrencyError: unknown currency "XYZ"; known: INR, USD, …
 * ```
 */
export function assertCurrency<C extends CurrencyCode>(code: C): C;
export function assertCurrency(code: unknown): CurrencyCode;
export function assertCurrency(code: unknown): CurrencyCode {
  if (!isCurrencyCode(code)) throw new UnknownCurrencyError(code, CURRENCY_CODES);
  return code;
}

/**
 * The facts about a currency: minor unit, symbol, name, digit grouping.
 *
 * @throws {UnknownCurrencyError} for an unknown code
 *
 * @example
 * ```ts
 * currencyInfo('JPY').minorUnit //=> 0
 * ```
 */
export function currencyInfo(code: CurrencyCode): CurrencyInfo {
  return CURRENCIES[assertCurrency(code)];
}
