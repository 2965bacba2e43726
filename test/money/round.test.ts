import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/core/errors.js';
import type { RoundingMode } from '../../src/core/rounding.js';
import { inr, money, round, usd } from '../../src/money/index.js';

describe('round', () => {
  it('rounds half-up to the minor unit by default, like Excel ROUND', () => {
    expect(round(inr('2500000.755')).amount.toFixed()).toBe('2500000.76');
    expect(round(inr('-2500000.755')).amount.toFixed()).toBe('-2500000.76');
    expect(round(usd('0.005')).amount.toFixed()).toBe('0.01');
    expect(round(money('1234.5', 'JPY')).amount.toFixed()).toBe('1235');
  });

  it.each<[RoundingMode, string, string]>([
    ['half-up', '2.345', '2.35'],
    ['half-up', '-2.345', '-2.35'],
    ['half-even', '2.345', '2.34'],
    ['half-even', '2.355', '2.36'],
    ['half-down', '2.345', '2.34'],
    ['half-down', '2.3451', '2.35'],
    ['up', '2.341', '2.35'],
    ['up', '-2.341', '-2.35'],
    ['down', '2.349', '2.34'],
    ['down', '-2.349', '-2.34'],
    ['ceil', '-2.349', '-2.34'],
    ['ceil', '2.341', '2.35'],
    ['floor', '2.349', '2.34'],
    ['floor', '-2.341', '-2.35'],
  ])('mode %s rounds %s to %s', (mode, amount, expected) => {
    expect(round(inr(amount), { mode }).amount.toFixed()).toBe(expected);
  });

  it('takes a scale, negative rounding to tens and hundreds like Excel', () => {
    expect(round(inr('1234567.891'), { scale: 0 }).amount.toFixed()).toBe('1234568');
    expect(round(inr('1234567'), { scale: -5 }).amount.toFixed()).toBe('1200000');
    expect(round(inr('1250000'), { scale: -5 }).amount.toFixed()).toBe('1300000');
    expect(round(inr('1250000'), { scale: -5, mode: 'half-even' }).amount.toFixed()).toBe(
      '1200000',
    );
    expect(round(inr('0.123456'), { scale: 4 }).amount.toFixed()).toBe('0.1235');
  });

  it('is exact at any magnitude', () => {
    const huge = `${'9'.repeat(29)}.125`;
    expect(round(inr(huge)).amount.toFixed()).toBe(`${'9'.repeat(29)}.13`);
  });

  it('never gives -0', () => {
    expect(round(inr('-0.001')).amount.isNegative()).toBe(false);
  });

  it.each([
    [{ scale: 1.5 }, 'INVALID_SCALE', 'scale 1.5 must be a whole number'],
    [{ scale: Number.NaN }, 'INVALID_SCALE', 'scale NaN'],
    [{ mode: 'nearest' }, 'INVALID_ROUNDING_MODE', 'rounding mode "nearest" is not one of'],
  ])('rejects %j', (options, code, message) => {
    const call = () => round(inr(1), options as never);
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(message);
    try {
      call();
    } catch (e) {
      expect((e as ArgumentError).code).toBe(code);
    }
  });
});
