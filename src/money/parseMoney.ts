import type { Decimal } from '../core/decimal.js';
import { assertInputRange, toDecimal } from '../core/decimalLike.js';
import { describe, InvalidAmountError } from '../core/errors.js';
import { NUMBER_LIMITS } from '../core/limits.js';
import { readOptions } from '../core/options.js';
import { shiftPoint } from './_lib/shift.js';
import { CURRENCIES, CURRENCY_CODES, type CurrencyCode, isCurrencyCode } from './currency.js';
import { MoneyParseError } from './errors.js';
import { type Money, money } from './money.js';
import { MONEY_UNITS, type MoneyUnit } from './units.js';

/** Options for `parseMoney`. */
export interface ParseMoneyOptions<C extends CurrencyCode = CurrencyCode> {
  /** The currency of a text that names none (`'1,350 crore'`); without it such text is an error. */
  readonly defaultCurrency?: C;
}

const MAX_MONEY_TEXT = 2 * NUMBER_LIMITS.maxTextLength;

// Currency marks beyond each currency's code and symbol (which come from CURRENCIES).
const CURRENCY_ALIASES: Readonly<Record<string, CurrencyCode>> = {
  'rs.': 'INR',
  rs: 'INR',
  us$: 'USD',
  usd$: 'USD',
  rmb: 'CNY',
};

// Longest first, so 'USD$' wins over 'USD' and 'CN¥' over '¥'.
const CURRENCY_MARKS: readonly (readonly [string, CurrencyCode])[] = [
  ...Object.entries(CURRENCY_ALIASES),
  ...CURRENCY_CODES.flatMap((code) => [
    [code.toLowerCase(), code] as const,
    [CURRENCIES[code].symbol.toLowerCase(), code] as const,
  ]),
].sort((a, b) => b[0].length - a[0].length);

// Unit words (lower case, without a trailing full stop) and the unit they mean. `m` and `b` are
// deliberately absent: `M` means thousand in some ledgers and million in others.
const UNIT_WORDS: Readonly<Record<string, Exclude<MoneyUnit, 'none'>>> = {
  thousand: 'thousand',
  thousands: 'thousand',
  k: 'thousand',
  lakh: 'lakh',
  lakhs: 'lakh',
  lac: 'lakh',
  lacs: 'lakh',
  l: 'lakh',
  million: 'million',
  millions: 'million',
  mn: 'million',
  mln: 'million',
  crore: 'crore',
  crores: 'crore',
  cr: 'crore',
  crs: 'crore',
  billion: 'billion',
  billions: 'billion',
  bn: 'billion',
  bln: 'billion',
};

// Digits plain, or grouped the international (1,234,567) or Indian (12,34,567) way.
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)?(?:\.\d+)?/;

/**
 * Reads money as Indian and international finance writes it: `Rs 1,350 crore`, `Rs. 1,350 Cr`,
 * `₹38,000 crore`, `INR 5.5 lakh`, `₹5.5 lakhs`, `₹13,50,00,00,000`, `USD$30Bn`, `US$ 2.5 mn`,
 * `$30 billion`, `USD 1,234.56`, `-Rs 25 lakh`, `-₹25,00,000.76`, `Rs 1.35 thousand crore`
 * (and `lakh crore`), and everything `formatMoney` writes. The amount is exact, unrounded.
 *
 * Grammar: an optional sign, a currency mark (a code such as `INR`, a symbol such as `₹`, or
 * `Rs`/`Rs.`/`US$`/`USD$`/`RMB`), the number (digits, optionally grouped in the international
 * or the Indian way, optionally a fraction), an optional unit (`thousand`/`K`,
 * `lakh`/`lakhs`/`lac`/`L`, `million`/`mn`, `crore`/`Cr`, `billion`/`bn`, case-insensitive; or
 * `thousand crore`/`lakh crore`), and an optional currency code after it instead of before.
 * `$` is USD and `¥` is JPY, as in `CURRENCIES`.
 *
 * It never guesses: an unknown or doubled unit, two currencies, two signs, a malformed digit
 * grouping, a missing number or (without `defaultCurrency`) a missing currency is an error.
 *
 * @param text - the text to read
 * @param options - `defaultCurrency` for text that names no currency
 * @returns the money, frozen
 * @throws {MoneyParseError} with the text and what was wrong
 *
 * @example
 * ```ts
 * parseMoney('Rs 1,350 crore').amount.toFixed() //=> '13500000000'
 * parseMoney('USD$30Bn').amount.toFixed() //=> '30000000000'
 * parseMoney('-₹25,00,000.76').amount.toFixed() //=> '-2500000.76'
 * parseMoney('1,350 Cr', { defaultCurrency: 'INR' }).currency //=> 'INR'
 * parseMoney('₹5 crore lakh') // throws MoneyParseError: cannot parse money "₹5 crore lakh": two units ("crore", "lakh")
 * ```
 */
export function parseMoney<C extends CurrencyCode = CurrencyCode>(
  text: string,
  options: ParseMoneyOptions<C> = {},
): Money<C> {
  const fail = (reason: string): never => {
    throw new MoneyParseError(text, reason);
  };
  if (typeof text !== 'string') return fail('expected a string');
  // Money text is short; a megabyte of digits is an attack, not an amount.
  if (text.length > MAX_MONEY_TEXT) return fail(`text longer than ${MAX_MONEY_TEXT} characters`);
  const defaultCurrency = readOptions(options, 'parseMoney', ['defaultCurrency']).defaultCurrency;
  if (defaultCurrency !== undefined && !isCurrencyCode(defaultCurrency)) {
    return fail(`unknown defaultCurrency ${describe(defaultCurrency)}`);
  }
  let rest = text.trim();
  if (rest === '') return fail('empty text');

  let negative = false;
  const takeSign = (): void => {
    const sign = /^[-−]/.exec(rest);
    if (sign === null) return;
    if (negative) fail('two minus signs');
    negative = true;
    rest = rest.slice(sign[0].length).trimStart();
  };
  takeSign();
  const prefix = takeCurrency(rest);
  rest = rest.slice(prefix?.length ?? 0).trimStart();
  takeSign();

  const digits = NUMBER.exec(rest)?.[0] ?? '';
  if (!/\d/.test(digits)) {
    return fail(rest === '' ? 'missing number' : `missing number before ${JSON.stringify(rest)}`);
  }
  rest = rest.slice(digits.length);
  if (/^e[+-]?\d/i.test(rest)) return fail('exponent notation is not money text');
  if (/^[\d,.]/.test(rest)) return fail(`malformed number "${digits}${rest.split(/\s/)[0]}"`);
  if (rest !== '' && !/^\s/.test(rest) && takeCurrency(rest) !== undefined) {
    return fail('a currency code after the number must be separated by a space');
  }

  let exponent = 0;
  const units: string[] = [];
  let suffix: CurrencyCode | undefined;
  for (const word of rest.trim() === '' ? [] : rest.trim().split(/\s+/)) {
    const key = word.toLowerCase().replace(/\.$/, '');
    const unit = UNIT_WORDS[key];
    if (unit !== undefined) {
      if (suffix !== undefined) return fail(`unit ${JSON.stringify(word)} after the currency`);
      units.push(word);
      exponent += MONEY_UNITS[unit].exponent;
      continue;
    }
    const code = key.toUpperCase();
    if (isCurrencyCode(code) && suffix === undefined) {
      suffix = code;
      continue;
    }
    return fail(isCurrencyCode(code) ? 'two currencies' : `unknown unit ${JSON.stringify(word)}`);
  }
  if (units.length > 1 && !isCompoundUnit(units)) {
    return fail(`two units (${units.map((u) => JSON.stringify(u)).join(', ')})`);
  }
  if (prefix !== undefined && suffix !== undefined) {
    return fail(`two currencies (${prefix.code} and ${suffix})`);
  }

  const currency = prefix?.code ?? suffix ?? defaultCurrency;
  if (currency === undefined) return fail('missing currency (pass options.defaultCurrency)');
  let amount: Decimal;
  try {
    amount = assertInputRange(
      shiftPoint(toDecimal(digits.replaceAll(',', '')), exponent),
      'amount',
    );
  } catch (error) {
    // Out of range (or too many digits): a parse failure like any other, so schemas report it.
    if (error instanceof InvalidAmountError)
      return fail(error.message.replace(/^\[crorecast\] /, ''));
    throw error;
  }
  return money(negative ? amount.negated() : amount, currency as C);
}

// `thousand crore` (10^10) and `lakh crore` (10^12) are how Indian budgets write large sums.
function isCompoundUnit(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [first, second] = words.map((w) => UNIT_WORDS[w.toLowerCase().replace(/\.$/, '')]);
  return (first === 'thousand' || first === 'lakh') && second === 'crore';
}

// The currency mark at the start of `text`, if any. A mark made of letters must not run into
// more letters (`Rsx`, `INRX` are not currencies).
function takeCurrency(text: string): { code: CurrencyCode; length: number } | undefined {
  const lower = text.toLowerCase();
  for (const [mark, code] of CURRENCY_MARKS) {
    if (!lower.startsWith(mark)) continue;
    if (/[a-z]$/.test(mark) && /^[a-z]/i.test(text.slice(mark.length))) continue;
    return { code, length: mark.length };
  }
  return undefined;
}
