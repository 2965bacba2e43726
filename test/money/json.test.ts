import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/core/validate.js';
import { crore, equals, inr, money, moneySchema, toJSON, usd } from '../../src/money/index.js';
import { decimalText } from './arbitraries.js';

describe('toJSON', () => {
  it('writes the amount as a plain decimal string', () => {
    expect(toJSON(crore(1350))).toEqual({ amount: '13500000000', currency: 'INR' });
    expect(toJSON(inr('1e-7'))).toEqual({ amount: '0.0000001', currency: 'INR' });
    expect(toJSON(usd('1e30')).amount).toBe(`1${'0'.repeat(30)}`);
    expect(toJSON(inr('-0'))).toEqual({ amount: '0', currency: 'INR' });
    expect(JSON.stringify(toJSON(inr('2500000.755')))).toBe(
      '{"amount":"2500000.755","currency":"INR"}',
    );
  });
});

describe('moneySchema', () => {
  it('reads the JSON form', () => {
    const m = moneySchema.parse({ amount: '13500000000', currency: 'INR' });
    expect(equals(m, crore(1350))).toBe(true);
    expect(Object.isFrozen(m)).toBe(true);
    expect(moneySchema.parse({ amount: 12.5, currency: 'USD' }).amount.toFixed()).toBe('12.5');
  });

  it('round-trips toJSON exactly (property)', () => {
    fc.assert(
      fc.property(decimalText, fc.constantFrom('INR', 'USD', 'JPY', 'EUR' as const), (a, c) => {
        const m = money(a, c);
        const back = moneySchema.parse(JSON.parse(JSON.stringify(toJSON(m))));
        expect(equals(back, m)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [{ amount: '1', currency: 'XYZ' }, 'currency: unknown currency "XYZ"; known: INR, USD'],
    [{ amount: 'abc', currency: 'INR' }, 'amount: expected a decimal number'],
    [{ amount: '1' }, 'currency:'],
    [{ currency: 'INR' }, 'amount:'],
    [{ amount: '1', currency: 'INR', note: 'x' }, 'note'],
  ])('rejects %j naming the field', (input, message) => {
    expect(() => parseInput(moneySchema, input, 'money')).toThrow(message);
  });
});
