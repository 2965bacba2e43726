import { describe, expect, it } from 'vitest';
import { ArgumentError, InvalidAmountError, ValidationError } from '../../src/core/errors.js';
import {
  add,
  allocate,
  CurrencyMismatchError,
  convert,
  crore,
  DivisionByZeroError,
  divide,
  FxRateNotFoundError,
  formatMoney,
  fxRate,
  fxTable,
  inr,
  lakh,
  type Money,
  MoneyParseError,
  money,
  parseMoney,
  ratio,
  round,
  sum,
  UnknownCurrencyError,
  usd,
} from '../../src/money/index.js';

// Values typed loosely, as they arrive from JSON or untyped callers.
const dollars = usd(1) as Money as Money<'INR'>;
const loose = <T>(value: unknown) => value as T;
const emptyTable = fxTable([]);

// Every way the money API refuses bad input: the error class and a fragment of its message.
const BAD_INPUTS: readonly [string, () => unknown, new (...args: never[]) => Error, string][] = [
  [
    'NaN amount',
    () => inr(Number.NaN),
    InvalidAmountError,
    'amount NaN is not a finite decimal number',
  ],
  ['Infinity amount', () => usd(Number.POSITIVE_INFINITY), InvalidAmountError, 'amount Infinity'],
  ['-Infinity amount', () => inr(Number.NEGATIVE_INFINITY), InvalidAmountError, 'amount -Infinity'],
  ['empty amount', () => inr(''), InvalidAmountError, 'amount "" is not a finite decimal number'],
  ['non-numeric amount', () => inr('12abc'), InvalidAmountError, 'amount "12abc"'],
  ['grouped amount string', () => inr('1,350'), InvalidAmountError, 'amount "1,350"'],
  ['null amount', () => inr(loose(null)), InvalidAmountError, 'amount null'],
  ['non-numeric crore', () => crore('x'), InvalidAmountError, 'crore "x"'],
  ['non-numeric lakh', () => lakh(Number.NaN), InvalidAmountError, 'lakh NaN'],
  [
    'unknown currency',
    () => money(1, loose<'INR'>('XYZ')),
    UnknownCurrencyError,
    'unknown currency "XYZ"',
  ],
  [
    'lower-case currency',
    () => money(1, loose<'INR'>('inr')),
    UnknownCurrencyError,
    'unknown currency "inr"',
  ],
  ['INR + USD', () => add(inr(1), dollars), CurrencyMismatchError, 'INR and USD'],
  ['sum of mixed list', () => sum([inr(1), dollars], 'INR'), CurrencyMismatchError, 'INR and USD'],
  ['ratio of mixed', () => ratio(inr(1), dollars), CurrencyMismatchError, 'INR and USD'],
  ['divide by zero', () => divide(inr(1), 0), DivisionByZeroError, 'division by zero'],
  ['ratio to zero', () => ratio(inr(1), inr(0)), DivisionByZeroError, 'division by zero'],
  ['divide by money', () => divide(inr(1), loose(inr(2))), ArgumentError, 'ratio(a, b)'],
  ['NaN factor', () => divide(inr(1), Number.NaN), InvalidAmountError, 'divisor NaN'],
  ['fractional scale', () => round(inr(1), { scale: 0.5 }), ArgumentError, 'scale 0.5'],
  [
    'unknown rounding mode',
    () => round(inr(1), { mode: loose('bankers') }),
    ArgumentError,
    'rounding mode "bankers"',
  ],
  ['no ratios', () => allocate(inr(1), []), ArgumentError, 'at least one ratio'],
  ['all-zero ratios', () => allocate(inr(1), [0, '0.0']), ArgumentError, 'above zero'],
  [
    'negative ratio',
    () => allocate(inr(1), [2, -1]),
    ArgumentError,
    'ratios[1] -1 must not be negative',
  ],
  ['NaN ratio', () => allocate(inr(1), [Number.NaN]), InvalidAmountError, 'ratios[0] NaN'],
  [
    'unknown remainder rule',
    () => allocate(inr(1), [1], { remainder: loose('random') }),
    ArgumentError,
    'remainder rule "random"',
  ],
  ['negative decimals', () => formatMoney(inr(1), { decimals: -2 }), ArgumentError, 'decimals -2'],
  [
    'unknown unit',
    () => formatMoney(inr(1), { unit: loose('gazillion') }),
    ArgumentError,
    'unit "gazillion"',
  ],
  [
    'fake money',
    () => formatMoney(loose({ amount: 1, currency: 'INR' })),
    InvalidAmountError,
    'money',
  ],
  [
    'parse: unknown unit',
    () => parseMoney('₹5 gazillion'),
    MoneyParseError,
    'cannot parse money "₹5 gazillion": unknown unit "gazillion"',
  ],
  ['parse: two units', () => parseMoney('₹5 crore lakh'), MoneyParseError, 'two units'],
  ['parse: missing number', () => parseMoney('Rs crore'), MoneyParseError, 'missing number'],
  ['parse: missing currency', () => parseMoney('1,350 crore'), MoneyParseError, 'missing currency'],
  ['parse: two currencies', () => parseMoney('$5 INR'), MoneyParseError, 'two currencies'],
  ['parse: exponent', () => parseMoney('$1e9'), MoneyParseError, 'exponent notation'],
  ['parse: NaN', () => parseMoney('₹NaN'), MoneyParseError, 'missing number before "NaN"'],
  [
    'FX row bad date',
    () => fxTable([loose({ date: '2021-02-30', base: 'USD', quote: 'INR', rate: 1 })]),
    ValidationError,
    '[0].date',
  ],
  [
    'FX row zero rate',
    () => fxTable([loose({ date: '2021-02-28', base: 'USD', quote: 'INR', rate: 0 })]),
    ValidationError,
    '[0].rate: must be greater than zero',
  ],
  ['FX no rate', () => fxRate(emptyTable, 'USD', 'INR'), FxRateNotFoundError, 'no USD/INR rate'],
  [
    'convert at zero rate',
    () => convert(usd(1), 'INR', 0),
    ArgumentError,
    'must be greater than zero',
  ],
  [
    'convert to unknown',
    () => convert(usd(1), loose<'INR'>('XYZ'), 2),
    UnknownCurrencyError,
    '"XYZ"',
  ],
];

describe('bad inputs', () => {
  it.each(BAD_INPUTS)('%s', (_name, call, errorClass, message) => {
    expect(call).toThrow(errorClass);
    expect(call).toThrow(message);
  });

  it('every error is a CrorecastError with a stable code and the [crorecast] prefix', () => {
    for (const [, call] of BAD_INPUTS) {
      try {
        call();
        expect.unreachable();
      } catch (e) {
        expect((e as { code?: unknown }).code).toMatch(/^[A-Z_]+$/);
        expect((e as Error).message.startsWith('[crorecast] ')).toBe(true);
      }
    }
  });
});
