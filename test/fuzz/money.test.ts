import fc from 'fast-check';
import { describe, it } from 'vitest';
import { CURRENCY_CODES } from '../../src/money/currency.js';
import {
  add,
  allocate,
  convert,
  crore,
  divide,
  formatMoney,
  inr,
  lakh,
  type Money,
  money,
  multiply,
  parseMoney,
  round,
  subtract,
  sum,
  toJSON,
  usd,
} from '../../src/money/index.js';
import { decimalText } from '../money/arbitraries.js';
import { fuzzCall, hostileNumber, hostileValue } from './harness.js';

const RUNS = 300;
const currency = fc.oneof(fc.constantFrom(...CURRENCY_CODES), fc.constantFrom('XYZ', '', 'inr'));
const amount = fc.oneof(decimalText, hostileNumber);
/** Money as crorecast makes it, or undefined when the amount is rejected. */
const someMoney = fc.tuple(amount, fc.constantFrom('INR', 'INR', 'USD')).map(([a, c]) => {
  try {
    return money(a as never, c);
  } catch {
    return inr(1);
  }
});
const optionValue = fc.oneof(
  fc.constantFrom('none', 'auto', 'crore', 'lakh', 'billion', 'long', 'short', 'symbol', 'code'),
  fc.constantFrom('indian', 'international', 'half-even', 'floor', '__proto__', 'toString', 'foo'),
  fc.integer({ min: -5, max: 200 }),
  hostileValue,
);
const options = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  fc.constantFrom(null, 5, 'crore', []),
  fc.dictionary(
    fc.constantFrom(
      'unit',
      'decimals',
      'unitLabel',
      'symbol',
      'grouping',
      'mode',
      'scale',
      'remainder',
      'on',
      'defaultCurrency',
      'bogus',
      '__proto__',
    ),
    optionValue,
    { maxKeys: 4 },
  ),
);

describe('money fuzz', { timeout: 300_000 }, () => {
  it('constructors', () => {
    fc.assert(
      fc.property(amount, currency, (a, c) => {
        fuzzCall('money: constructors', () => money(a as never, c as never));
        fuzzCall('money: constructors', () => inr(a as never));
        fuzzCall('money: constructors', () => usd(a as never));
        fuzzCall('money: constructors', () => crore(a as never));
        fuzzCall('money: constructors', () => lakh(a as never));
      }),
      { numRuns: RUNS },
    );
  });

  it('arithmetic', () => {
    fc.assert(
      fc.property(someMoney, someMoney, amount, (x, y, factor) => {
        fuzzCall('money: arithmetic', () => add(x, y as Money<'INR'>));
        fuzzCall('money: arithmetic', () => subtract(x, y as Money<'INR'>));
        fuzzCall('money: arithmetic', () => multiply(x, factor as never));
        fuzzCall('money: arithmetic', () => divide(x, factor as never));
        fuzzCall('money: arithmetic', () => sum([x, y, x] as Money<'INR'>[], 'INR'));
        fuzzCall('money: arithmetic', () => toJSON(x));
        fuzzCall('money: arithmetic', () => convert(x, 'EUR', factor as never));
      }),
      { numRuns: RUNS },
    );
  });

  it('allocate', () => {
    fc.assert(
      fc.property(someMoney, fc.array(amount, { maxLength: 12 }), options, (m, ratios, o) => {
        fuzzCall('money: allocate', () => allocate(m, ratios as never, o as never));
      }),
      { numRuns: RUNS },
    );
  });

  it('parseMoney', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .tuple(
          fc.constantFrom('', '-', '₹', 'Rs ', '$', 'USD ', '€', '−₹'),
          fc.oneof(decimalText, fc.stringMatching(/^[\d,.e+-]{1,40}$/)),
          fc.constantFrom(
            '',
            ' crore',
            ' lakh',
            ' Cr',
            ' bn',
            ' thousand crore',
            ' crore lakh',
            ' INR',
          ),
        )
        .map((parts) => parts.join('')),
      hostileValue,
    );
    fc.assert(
      fc.property(text, options, (t, o) => {
        fuzzCall('money: parseMoney', () => parseMoney(t as never, o as never));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('formatMoney and round with random option objects', () => {
    fc.assert(
      fc.property(someMoney, options, (m, o) => {
        fuzzCall('money: formatMoney', () => formatMoney(m, o as never));
        fuzzCall('money: formatMoney', () => round(m, o as never));
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
