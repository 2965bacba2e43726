import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Calculator,
  decimalCalculator,
  float64Calculator,
} from '../../src/core/calculator.js';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError, InvalidAmountError } from '../../src/core/errors.js';

const both: [string, Calculator<unknown>][] = [
  ['decimal', decimalCalculator as Calculator<unknown>],
  ['float64', float64Calculator as Calculator<unknown>],
];

describe.each(both)('%s calculator', (_, c) => {
  const n = (x: string | number) => c.from(x);
  const num = (x: unknown) => c.toNumber(x);

  it('does arithmetic', () => {
    expect(num(c.add(n('1.5'), n('2.25')))).toBe(3.75);
    expect(num(c.subtract(n(5), n(7)))).toBe(-2);
    expect(num(c.multiply(n('1.5'), n(4)))).toBe(6);
    expect(num(c.divide(n(7), n(2)))).toBe(3.5);
    expect(num(c.negate(n(3)))).toBe(-3);
    expect(num(c.power(n(2), n(10)))).toBe(1024);
    expect(num(c.power(n(4), n('0.5')))).toBeCloseTo(2, 12);
    expect(num(c.exp(c.zero))).toBe(1);
    expect(num(c.ln(c.one))).toBe(0);
    expect(num(c.min(n(2), n(3)))).toBe(2);
    expect(num(c.max(n(2), n(3)))).toBe(3);
    expect(num(c.floor(n('-1.5')))).toBe(-2);
    expect(num(c.ceil(n('1.2')))).toBe(2);
  });

  it('compares and tests for zero', () => {
    expect(c.compare(n(1), n(2))).toBe(-1);
    expect(c.compare(n(2), n(2))).toBe(0);
    expect(c.compare(n(3), n(2))).toBe(1);
    expect(c.isZero(c.zero)).toBe(true);
    expect(c.isZero(c.one)).toBe(false);
  });

  it('converts from every decimal-like and back', () => {
    expect(num(n('0.1'))).toBe(0.1);
    expect(num(c.from(10n))).toBe(10);
    expect(num(c.from(new Decimal('2.5')))).toBe(2.5);
    expect(c.toDecimal(n('2.5')).toString()).toBe('2.5');
  });

  it('fails alike on bad input, division by zero and logs of non-positive numbers', () => {
    expect(() => c.from(Number.NaN)).toThrow(InvalidAmountError);
    expect(() => c.from(Number.POSITIVE_INFINITY)).toThrow(InvalidAmountError);
    expect(() => c.from('abc')).toThrow(InvalidAmountError);
    expect(() => c.divide(c.one, c.zero)).toThrow(ArgumentError);
    expect(() => c.divide(c.one, c.zero)).toThrow('division by zero');
    expect(() => c.ln(c.zero)).toThrow('logarithm of non-positive value');
    expect(() => c.ln(n(-1))).toThrow(ArgumentError);
  });
});

describe('decimalCalculator', () => {
  it('is exact where float64 is not', () => {
    const d = decimalCalculator;
    expect(d.add(d.from('0.1'), d.from('0.2')).toString()).toBe('0.3');
    expect(float64Calculator.add(0.1, 0.2)).not.toBe(0.3);
  });

  it('raises to integer powers exactly', () => {
    const d = decimalCalculator;
    expect(d.power(d.from('1.1'), d.from(3)).toString()).toBe('1.331');
  });
});

describe('the two backends agree', () => {
  it('to 1e-12 relative (to the operands, for cancellation) on + − × ÷', () => {
    const dec = fc
      .integer({ min: -1_000_000_000, max: 1_000_000_000 })
      .map((i) => (i / 1000).toString());
    fc.assert(
      fc.property(dec, dec, (a, b) => {
        const d = decimalCalculator;
        const f = float64Calculator;
        const pairs: [Decimal, number][] = [
          [d.add(d.from(a), d.from(b)), f.add(f.from(a), f.from(b))],
          [d.subtract(d.from(a), d.from(b)), f.subtract(f.from(a), f.from(b))],
          [d.multiply(d.from(a), d.from(b)), f.multiply(f.from(a), f.from(b))],
        ];
        if (Number(b) !== 0)
          pairs.push([d.divide(d.from(a), d.from(b)), f.divide(f.from(a), f.from(b))]);
        const scale = Math.max(1, Math.abs(Number(a)), Math.abs(Number(b)));
        return pairs.every(
          ([x, y]) => Math.abs(x.toNumber() - y) <= 1e-12 * Math.max(scale, Math.abs(y)),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('the decimal calculator’s comparisons', () => {
  it('agree with decimal.js cmp for every pair of signs, zeros, NaN and infinities', () => {
    const Foreign = Decimal.clone({ precision: 5 });
    const values = [
      new Decimal('-2.5'),
      new Decimal('-0'),
      new Decimal(0),
      new Decimal('1e-30'),
      new Decimal('3'),
      new Decimal(Number.NaN),
      new Decimal(Number.POSITIVE_INFINITY),
      new Decimal(Number.NEGATIVE_INFINITY),
      new Foreign('-7'),
      new Foreign('0'),
      new Foreign('7'),
    ];
    for (const a of values) {
      for (const b of values) {
        const k = a.cmp(b);
        expect(decimalCalculator.compare(a, b)).toBe(k);
        // min and max hand back the operand decimal.js's test picks (the same object).
        expect(decimalCalculator.min(a, b)).toBe(k === -1 || k === 0 ? a : b);
        expect(decimalCalculator.max(a, b)).toBe(k === 1 || k === 0 ? a : b);
      }
    }
  });
});
