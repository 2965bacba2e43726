import { describe, expect, it } from 'vitest';
import { ArgumentError, CrorecastError } from '../../src/core/errors.js';
import { formatMoney, inr, parseMoney, round, toJSON } from '../../src/money/index.js';

// Issue 11 #7: options are inputs — checked like data, never printed as "undefined" or ignored.
describe('formatMoney options', () => {
  const m = inr('13500000000');

  it.each([
    ['an unknown unitLabel', { unitLabel: 'foo' }],
    ['unitLabel __proto__', { unitLabel: '__proto__' }],
    ['unitLabel toString', { unitLabel: 'toString' }],
    ['an unknown grouping with auto', { unit: 'auto', grouping: 'foo' }],
    ['an unknown symbol', { symbol: 'foo' }],
    ['a misspelt key', { decimal: 2 }],
    ['a prototype key', JSON.parse('{"__proto__": {"unit": "crore"}}')],
    ['decimals as text', { decimals: '2' }],
    ['an unknown mode', { mode: 'bankers' }],
    ['an unknown unit', { unit: 'hundred' }],
  ])('rejects %s with a typed error', (_label, options) => {
    expect(() => formatMoney(m, options as never)).toThrow(ArgumentError);
  });

  it.each([null, 5, 'crore', [], () => 1])(
    'rejects options %j that are not an object',
    (options) => {
      expect(() => formatMoney(m, options as never)).toThrow(
        /formatMoney options .* must be an object/,
      );
    },
  );

  it('still formats with every valid option', () => {
    expect(
      formatMoney(m, {
        unit: 'auto',
        unitLabel: 'short',
        symbol: 'code',
        grouping: 'international',
        decimals: 1,
        mode: 'half-even',
      }),
    ).toBe('INR 13.5 bn');
    expect(formatMoney(m, undefined)).toBe('₹13,50,00,00,000.00');
  });

  it('a hand-made Money far past the range is a typed error, not a heap exhaustion (issue 11 #2)', () => {
    const huge = { amount: { ...inr(1).amount, e: 1_000_000_000 }, currency: 'INR' };
    expect(() => formatMoney(huge as never)).toThrow(CrorecastError);
    expect(() => formatMoney(inr('1e1000000000'))).toThrow(CrorecastError);
    expect(() => toJSON(inr('1e9999999999999999'))).toThrow(/outside crorecast's accepted range/);
  });
});

describe('other money options', () => {
  it('parseMoney rejects null or unknown options', () => {
    expect(() => parseMoney('₹5', null as never)).toThrow(ArgumentError);
    expect(() => parseMoney('₹5', { currency: 'INR' } as never)).toThrow(/no option "currency"/);
    expect(() => parseMoney(`₹${'1'.repeat(500)}`)).toThrow(/longer than 400 characters/);
  });

  it('round rejects null options', () => {
    expect(() => round(inr('1.005'), null as never)).toThrow(CrorecastError);
    expect(() => round(inr('1.005'), { scal: 2 } as never)).toThrow(/no option "scal"/);
  });
});
