import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/core/validate.js';
import {
  crore,
  equals,
  inr,
  lakh,
  money,
  moneySchema,
  moneySchemaFor,
  toJSON,
  usd,
} from '../../src/money/index.js';
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

  it('reads the text forms', () => {
    expect(equals(moneySchema.parse('Rs 1,350 crore'), crore(1350))).toBe(true);
    expect(equals(moneySchema.parse('USD$30Bn'), usd('30e9'))).toBe(true);
    expect(equals(moneySchema.parse('-Rs 25 lakh'), lakh(-25))).toBe(true);
  });

  it('reports unreadable text with the reason', () => {
    expect(() => parseInput(moneySchema, 'Rs 5 gazillion', 'price')).toThrow(
      '(root): unknown unit "gazillion" in "Rs 5 gazillion"',
    );
    expect(() => parseInput(moneySchema, 5, 'price')).toThrow(
      'expected money as text ("Rs 1,350 crore") or { amount, currency }, got 5',
    );
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

describe('moneySchemaFor', () => {
  it('reads text without a currency in the fixed currency', () => {
    expect(equals(moneySchemaFor('INR').parse('1,350 crore'), crore(1350))).toBe(true);
    expect(equals(moneySchemaFor('INR').parse({ amount: '5', currency: 'INR' }), inr(5))).toBe(
      true,
    );
  });

  it('rejects other currencies', () => {
    expect(() => parseInput(moneySchemaFor('INR'), '$5', 'price')).toThrow(
      'expected an amount in INR, got USD',
    );
    expect(() =>
      parseInput(moneySchemaFor('INR'), { amount: '5', currency: 'USD' }, 'price'),
    ).toThrow('expected an amount in INR, got USD');
  });
});
