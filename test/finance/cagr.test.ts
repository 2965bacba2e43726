import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/core/errors.js';
import { cagr } from '../../src/finance/index.js';
import { crore, inr, usd } from '../../src/money/constructors.js';
import { CurrencyMismatchError } from '../../src/money/errors.js';
import { expectClose } from './helpers.js';

describe('cagr', () => {
  it('is the constant yearly rate linking start and end', () => {
    expect(cagr(100, 121, 2).toString()).toBe('0.1');
    expect(cagr(100, 50, 1).toString()).toBe('-0.5');
    expect(cagr(100, 0, 3).toString()).toBe('-1');
  });

  it('accepts fractional years and Money of one currency', () => {
    // ₹1,000 crore → ₹38,000 crore in 5 years: 38^(1/5) − 1.
    expectClose(
      cagr(crore(1_000), crore(38_000), 5),
      '1.06993505408161406154262342054868919985',
      1e-30,
    );
    expectClose(
      cagr(inr(100), inr(121), '2.5'),
      '0.0792303452988907658675776269887652666356',
      1e-30,
    );
  });

  it.each([
    ['start zero', 0, 100, 1, /start 0 must be greater than zero/],
    ['start negative', -5, 100, 1, /start -5 must be greater than zero/],
    ['end negative', 100, -1, 1, /end -1 must be zero or more/],
    ['years zero', 100, 121, 0, /years 0 must be between one day/],
  ])('rejects %s', (_label, start, end, years, message) => {
    expect(() => cagr(start, end, years)).toThrow(ArgumentError);
    expect(() => cagr(start, end, years)).toThrow(message);
  });

  it('rejects two currencies', () => {
    expect(() => cagr(inr(1), usd(2), 1)).toThrow(CurrencyMismatchError);
  });
});
