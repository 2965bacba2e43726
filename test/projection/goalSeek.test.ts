import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError, CrorecastError } from '../../src/core/errors.js';
import { ProjectionError } from '../../src/projection/errors.js';
import { goalSeek } from '../../src/projection/goalSeek.js';

describe('goalSeek', () => {
  it('finds √2 with number inputs', () => {
    const r = goalSeek((x: number) => x * x, 2, { low: 0, high: 2 });
    expect(r.input).toBeCloseTo(Math.SQRT2, 11);
    expect(Math.abs(r.error)).toBeLessThan(1e-10);
    expect(r.iterations).toBeLessThan(60);
  });

  it('works with a decreasing function and Decimal inputs and outputs', () => {
    const r = goalSeek((x: Decimal) => new Decimal(100).dividedBy(x.plus(1)), '20', {
      low: new Decimal(0),
      high: new Decimal(10),
    });
    expect(r.input).toBeInstanceOf(Decimal);
    expect(r.input.toNumber()).toBeCloseTo(4, 10);
    expect(r.value.minus(20).abs().lessThan(1e-9)).toBe(true);
  });

  it('finds the CAGR that turns 100 into 200 in 5 years', () => {
    const r = goalSeek((g: number) => 100 * (1 + g) ** 5, 200, { low: 0, high: 1 });
    expect(r.input).toBeCloseTo(2 ** (1 / 5) - 1, 10);
  });

  it('returns a bracket end that hits the target exactly', () => {
    expect(goalSeek((x: number) => 3 * x, 6, { low: 2, high: 5 }).input).toBe(2);
  });

  it('throws TARGET_NOT_BRACKETED naming f(low) and f(high)', () => {
    expect(() => goalSeek((x: number) => x * x, 9, { low: 0, high: 2 })).toThrow(
      'target 9 is not between f(low) = 0 and f(high) = 4',
    );
    try {
      goalSeek((x: number) => x, 9, { low: 0, high: 2 });
    } catch (e) {
      expect(e).toBeInstanceOf(ProjectionError);
      expect((e as ProjectionError).code).toBe('TARGET_NOT_BRACKETED');
    }
  });

  it('throws NO_CONVERGENCE when the budget is too small', () => {
    expect(() =>
      goalSeek((x: number) => x ** 3, 2, { low: 0, high: 10, maxIterations: 4 }),
    ).toThrow(ProjectionError);
  });

  it('rejects an empty bracket', () => {
    expect(() => goalSeek((x: number) => x, 1, { low: 1, high: 1 })).toThrow(ArgumentError);
  });
});

describe('goalSeek (hostile options, issue 11 #11)', () => {
  const line = (x: number) => 2 * x + 1;

  it.each([
    ['maxIterations Infinity', { maxIterations: Number.POSITIVE_INFINITY }],
    ['maxIterations NaN', { maxIterations: Number.NaN }],
    ['maxIterations 1e9', { maxIterations: 1e9 }],
    ['maxIterations 2.5', { maxIterations: 2.5 }],
    ['tolerance 0', { tolerance: 0 }],
    ['tolerance NaN', { tolerance: Number.NaN }],
    ['tolerance -1', { tolerance: -1 }],
    ['tolerance Infinity', { tolerance: Number.POSITIVE_INFINITY }],
    ['an unknown option', { tolerence: 1e-9 }],
  ])('rejects %s with a typed error instead of looping', (_label, extra) => {
    expect(() => goalSeek(line, 5, { low: 0, high: 10, ...extra } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });

  it('rejects null options and a non-function', () => {
    expect(() => goalSeek(line, 5, null as never)).toThrow(CrorecastError);
    expect(() => goalSeek(5 as never, 5, { low: 0, high: 10 })).toThrow(CrorecastError);
  });

  it('a step function with no root is a typed failure, not a result with error −5', () => {
    const step = (x: number) => (x < 0.3 ? -5 : 5);
    expect(() => goalSeek(step, 0, { low: -1, high: 1 })).toThrow(
      expect.objectContaining({ code: 'NO_ROOT' }),
    );
    expect(() => goalSeek(step, 4.9, { low: -1, high: 1 })).toThrow(/jumps across the target/);
  });

  it('still finds roots of steep and continuous functions', () => {
    expect(goalSeek((x: number) => 1e15 * x, 3, { low: -1, high: 1 }).input).toBeCloseTo(3e-15, 25);
    expect(
      goalSeek(line, 5, { low: 0, high: 10, tolerance: 1e-9, maxIterations: 10_000 }).input,
    ).toBeCloseTo(2, 8);
  });
});
