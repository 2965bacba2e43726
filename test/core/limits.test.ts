import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { Decimal } from '../../src/core/decimal.js';
import {
  assertInputRange,
  decimalProblem,
  decimalSchema,
  ImmutableError,
  InvalidAmountError,
  isDecimalLike,
  NUMBER_LIMITS,
  NumberOutOfRangeError,
  parseInput,
  toDecimal,
  ValidationError,
} from '../../src/core/index.js';
import {
  add,
  crore,
  inr,
  lakh,
  moneySchema,
  multiply,
  parseMoney,
  sum,
  toJSON,
} from '../../src/money/index.js';

const TOP = `${'9'.repeat(30)}.9999`; // the largest amount with paise and two more decimals

describe('NUMBER_LIMITS', () => {
  it('is frozen', () => {
    expect(Object.isFrozen(NUMBER_LIMITS)).toBe(true);
    expect(() => {
      (NUMBER_LIMITS as { maxMagnitude: string }).maxMagnitude = '1e999';
    }).toThrow(TypeError);
  });
});

describe('toDecimal (accepted range)', () => {
  it.each([
    ['the largest magnitude', '1e30', `1${'0'.repeat(30)}`],
    ['its negative', '-1e30', `-1${'0'.repeat(30)}`],
    ['the smallest non-zero magnitude', '1e-40', `0.${'0'.repeat(39)}1`],
    [
      '40 significant digits',
      '1'.repeat(40).replace(/^(.{30})/, '$1.'),
      '1'.repeat(40).replace(/^(.{30})/, '$1.'),
    ],
    ['a 3-digit exponent', '1e-040', `0.${'0'.repeat(39)}1`],
    ['zero with an exponent', '0e999', '0'],
    ['a bigint at the top', 10n ** 30n, `1${'0'.repeat(30)}`],
  ])('accepts %s', (_label, value, fixed) => {
    expect(toDecimal(value).toFixed()).toBe(fixed);
    expect(isDecimalLike(value)).toBe(true);
  });

  it.each([
    [
      'an overflowing exponent (issue 11 #3)',
      '1e9999999999999999',
      /exponent of more than 3 digits/,
    ],
    ['a huge exponent (issue 11 #2)', '1e100000', /exponent of more than 3 digits/],
    ['a magnitude past 1e30', '1.0000000000000000000000000000001e30', /above 1e30/],
    ['a tiny magnitude', '1e-41', /below 1e-40/],
    ['41 significant digits', `1.${'1'.repeat(40)}`, /more than 40 significant digits/],
    ['a megabyte of digits', '1'.repeat(1_000_000), /longer than 200 characters/],
    ['a huge number', 1e300, /above 1e30/],
    ['a subnormal number', 5e-324, /below 1e-40/],
    ['a huge bigint', 10n ** 31n, /above 1e30/],
    ['a bigint of a million bits', 1n << 1_000_000n, /-bit bigint is outside .* above 1e30/],
    ['a computed Decimal past 1e36', new Decimal('1e37'), /above 1e36/],
    ['a foreign Decimal of 1e9999', new DecimalJs('1e9999'), /above 1e36/],
    ['a tiny computed Decimal', new Decimal('1e-101'), /below 1e-100/],
  ])('rejects %s with NumberOutOfRangeError naming the field', (_label, value, reason) => {
    const call = () => toDecimal(value, 'segments[0].price');
    expect(call).toThrow(NumberOutOfRangeError);
    expect(call).toThrow(InvalidAmountError);
    expect(call).toThrow(/segments\[0\]\.price .* is outside crorecast's accepted range/);
    expect(call).toThrow(reason);
    expect(call).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(isDecimalLike(value)).toBe(false);
    expect(decimalProblem(value)).toMatch(/outside crorecast's accepted range/);
  });

  it('keeps error messages short for hostile input', () => {
    try {
      toDecimal('9'.repeat(1_000_000));
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(300);
    }
    expect.assertions(1);
  });

  it('never passes Infinity or NaN, from any clone', () => {
    for (const value of [
      new DecimalJs(Number.POSITIVE_INFINITY),
      new Decimal(Number.NEGATIVE_INFINITY),
      new DecimalJs(Number.NaN),
      Number.POSITIVE_INFINITY,
    ]) {
      expect(isDecimalLike(value)).toBe(false);
      expect(() => toDecimal(value)).toThrow(InvalidAmountError);
    }
  });

  it('reads an amount in crore, lakh or billions against the range in rupees or dollars', () => {
    expect(crore('1e23').amount.toFixed()).toBe(`1${'0'.repeat(30)}`);
    expect(() => crore('1e24')).toThrow(NumberOutOfRangeError);
    expect(() => lakh('1e26')).toThrow(/lakh .* above 1e30/);
    expect(() => parseMoney('$10000000000000000000000 bn')).toThrow(/above 1e30/);
    expect(() => assertInputRange(new Decimal('1e31'), 'amount')).toThrow(NumberOutOfRangeError);
  });
});

describe('decimalSchema and moneySchema (accepted range)', () => {
  it('report a value outside the range as an issue at its path, inside zod', () => {
    const schema = decimalSchema;
    const result = schema.safeParse('1e100000');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /"1e100000" is outside crorecast's accepted range/,
    );
  });

  it.each([
    { amount: '1e9999999999999999', currency: 'INR' },
    { amount: '1e31', currency: 'INR' },
    'Rs 1e9999999999999999',
    `₹${'9'.repeat(40)}`,
    '₹1000000000000000000000000 crore',
  ])('keeps a money field out of range inside zod, with its path (issue 11 #3): %j', (value) => {
    const call = () => parseInput(z.object({ capex: moneySchema }), { capex: value }, 'plan');
    expect(call).toThrow(ValidationError);
    expect(call).toThrow(/capex(\.amount)?: .*(range|above|exponent|digits)/);
  });
});

describe('sums at the top of the range are exact (issue 11 #9)', () => {
  it('adds the largest accepted amounts without losing a paisa', () => {
    const parts = Array.from({ length: 10_000 }, () => inr(TOP));
    const total = sum(parts, 'INR');
    const exact = (BigInt(TOP.replace('.', '')) * 10_000n).toString();
    expect(total.amount.toFixed(4).replace('.', '')).toBe(exact);
    expect(add(inr(TOP), inr(`-${TOP}`)).amount.isZero()).toBe(true);
  });

  it('keeps a running total equal to the total', () => {
    let running = inr(0);
    const parts = ['1e30', `-${TOP}`, '0.0001', '123456789012345678901234567890.1234'];
    for (const part of parts) running = add(running, inr(part));
    expect(toJSON(running).amount).toBe(
      (
        BigInt(`1${'0'.repeat(34)}`) -
        BigInt(TOP.replace('.', '')) +
        1n +
        1234567890123456789012345678901234n
      )
        .toString()
        .replace(/(\d{4})$/, '.$1')
        .replace(/\.?0+$/, ''),
    );
  });

  it('refuses a computed total past 1e36 instead of rounding it', () => {
    expect(() => multiply(inr('1e30'), '1e7')).toThrow(/above 1e36/);
    const nearTop = multiply(inr(TOP), '999999');
    expect(() => sum([nearTop, nearTop], 'INR')).toThrow(NumberOutOfRangeError);
  });
});

describe('Decimal (immutable configuration, issue 11 #8)', () => {
  it('refuses set and config, so crorecast keeps its precision', () => {
    expect(() => Decimal.set({ precision: 3 })).toThrow(ImmutableError);
    expect(() => Decimal.config({ rounding: 1 })).toThrow(/cannot be reconfigured/);
    expect(() => (inr(5).amount.constructor as typeof Decimal).set({ precision: 3 })).toThrow(
      ImmutableError,
    );
    expect(Decimal.precision).toBe(40);
    expect(new Decimal(1).dividedBy(3).toFixed()).toBe(`0.${'3'.repeat(40)}`);
  });

  it('locks its static functions', () => {
    expect(() => {
      (Decimal as unknown as { exp: unknown }).exp = () => 0;
    }).toThrow(TypeError);
    expect(Decimal.exp(0).toFixed()).toBe('1');
  });

  it('still lets an importer make an independent constructor of their own', () => {
    const Mine = Decimal.clone();
    Mine.set({ precision: 3 });
    expect(new Mine(1).dividedBy(3).toFixed()).toBe('0.333');
    expect(new Decimal(1).dividedBy(3).toFixed()).toBe(`0.${'3'.repeat(40)}`);
  });
});
