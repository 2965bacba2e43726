import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/core/errors.js';
import { averageRate, fxRate, fxTable } from '../../src/money/index.js';

// A pair quoted only the other way round (INR/USD for a USD→INR rate) is used as 1 / rate, and
// the quote is reported as written.

const inverse = { date: '2021-06-30', base: 'INR', quote: 'USD', rate: '0.0125' } as const;

describe('inverse quotes', () => {
  it('fxRate inverts an inverse-only quote and says so', () => {
    const quote = fxRate(fxTable([inverse]), 'USD', 'INR');
    expect(quote.rate.toFixed()).toBe('80');
    expect(quote.quoted.toFixed()).toBe('0.0125');
    expect(quote.inverted).toBe(true);
    expect(quote.date).toBe('2021-06-30');
  });

  it('averageRate mixes direct and inverse quotes of the pair, one per date', () => {
    const table = fxTable([inverse, { date: '2021-07-31', base: 'USD', quote: 'INR', rate: '76' }]);
    expect(averageRate(table, 'USD', 'INR', '2021-06-01', '2021-07-31').toFixed()).toBe('78');
  });

  it('averageRate of a currency against itself is 1; a reversed period is refused', () => {
    const table = fxTable([inverse]);
    expect(averageRate(table, 'INR', 'INR', '2021-06-01', '2021-06-30').toFixed()).toBe('1');
    const reversed = () => averageRate(table, 'USD', 'INR', '2021-07-01', '2021-06-01');
    expect(reversed).toThrow(ArgumentError);
    expect(reversed).toThrow('from 2021-07-01 is after to 2021-06-01');
  });
});
