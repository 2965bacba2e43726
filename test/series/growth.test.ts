import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigCalculator } from '../../src/core/bigCalculator.js';
import { float64Calculator } from '../../src/core/calculator.js';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError, ValidationError } from '../../src/core/errors.js';
import {
  type GrowthCurve,
  type GrowthCurveInput,
  growthCurve,
  growthCurveSchema,
  growthSeries,
  growthValues,
} from '../../src/series/index.js';
import { fiscalYears, parsePeriod, periodsBetween } from '../../src/time/index.js';

const s = (xs: readonly Decimal[]) => xs.map((x) => x.toString());
const dec = (input: GrowthCurveInput, n: number, monthsPerPeriod: 1 | 3 | 12 = 12) =>
  growthValues(growthCurve(input), n, { monthsPerPeriod });

describe('growthValues', () => {
  it('flat', () => {
    expect(s(dec({ kind: 'flat', value: '2.5' }, 3))).toEqual(['2.5', '2.5', '2.5']);
  });

  it('linear: slope per year, spread over months', () => {
    expect(s(dec({ kind: 'linear', start: 10, slope: 2 }, 3))).toEqual(['10', '12', '14']);
    const monthly = dec({ kind: 'linear', start: 10, slope: 12 }, 13, 1);
    expect(monthly[1]?.toString()).toBe('11');
    expect(monthly[12]?.toString()).toBe('22');
  });

  it('compound: value at period 0 is start; yearly rate compounds per period', () => {
    expect(s(dec({ kind: 'compound', start: 100, rate: '0.1' }, 4))).toEqual([
      '100',
      '110',
      '121',
      '133.1',
    ]);
    const monthly = dec({ kind: 'compound', start: 100, rate: '0.1' }, 25, 1);
    expect(monthly[0]?.toString()).toBe('100');
    expect(monthly[12]?.toDecimalPlaces(30).toString()).toBe('110');
    expect(monthly[24]?.toDecimalPlaces(30).toString()).toBe('121');
    // one month is (1.1)^(1/12)
    expect(monthly[1]?.div(100).toPower(12).toDecimalPlaces(30).toString()).toBe('1.1');
    const quarterly = dec({ kind: 'compound', start: 100, rate: '0.21' }, 5, 3);
    expect(quarterly[2]?.toDecimalPlaces(30).toString()).toBe('110');
  });

  it('sCurve: halfway at the midpoint, approaches end, rises monotonically', () => {
    const v = dec({ kind: 'sCurve', start: 0, end: 1000, midpoint: 3, steepness: 1.5 }, 10);
    expect(v[3]?.toString()).toBe('500');
    expect(v[9]?.greaterThan(999)).toBe(true);
    expect(v[0]?.lessThan(11)).toBe(true);
    expect(v.every((x, i) => i === 0 || x.greaterThan(v[i - 1] as Decimal))).toBe(true);
    // symmetry: v(mid - d) + v(mid + d) = start + end
    expect(
      v[1]
        ?.plus(v[5] as Decimal)
        .toDecimalPlaces(30)
        .toString(),
    ).toBe('1000');
  });

  it('steps: initial until the first step, each step from its time inclusive', () => {
    const v = dec(
      {
        kind: 'steps',
        initial: 1,
        steps: [
          { at: 1, value: 5 },
          { at: '2.5', value: 7 },
        ],
      },
      5,
    );
    expect(s(v)).toEqual(['1', '5', '5', '7', '7']);
    const monthly = dec({ kind: 'steps', initial: 0, steps: [{ at: '0.25', value: 3 }] }, 5, 1);
    expect(s(monthly)).toEqual(['0', '0', '0', '3', '3']);
  });

  it('interpolate linear: holds outside the anchors, straight lines between', () => {
    const v = dec(
      {
        kind: 'interpolate',
        method: 'linear',
        anchors: [
          { at: 1, value: 10 },
          { at: 3, value: 20 },
          { at: 4, value: 0 },
        ],
      },
      6,
    );
    expect(s(v)).toEqual(['10', '10', '15', '20', '0', '0']);
  });

  it('interpolate compound: constant growth between anchors', () => {
    const v = dec(
      {
        kind: 'interpolate',
        method: 'compound',
        anchors: [
          { at: 0, value: 100 },
          { at: 2, value: 121 },
        ],
      },
      4,
    );
    expect(v.map((x) => x.toDecimalPlaces(30).toString())).toEqual(['100', '110', '121', '121']);
  });

  it('evaluates over periods, which decide the granularity', () => {
    const curve = growthCurve({ kind: 'linear', start: 0, slope: 12 });
    const months = periodsBetween(parsePeriod('2021-04'), parsePeriod('2021-06'));
    expect(s(growthValues(curve, months))).toEqual(['0', '1', '2']);
    const quarters = periodsBetween(parsePeriod('FY2021-22 Q1'), parsePeriod('FY2021-22 Q3'));
    expect(s(growthValues(curve, quarters))).toEqual(['0', '3', '6']);
  });

  it('writes into a given array and runs on float64', () => {
    const into: number[] = [9, 9, 9, 9, 9];
    const out = growthValues(growthCurve({ kind: 'compound', start: 100, rate: '0.1' }), 3, {
      calculator: float64Calculator,
      into,
    });
    expect(out).toBe(into);
    expect(out.length).toBe(3);
    expect(out[2]).toBeCloseTo(121, 12);
  });

  it('keeps the periods’ times in `times` for later curves: the same digits, one division each', () => {
    const curves = [
      {
        kind: 'interpolate',
        method: 'linear',
        anchors: [
          { at: 0, value: 10 },
          { at: '1.5', value: 700 },
        ],
      },
      {
        kind: 'interpolate',
        method: 'compound',
        anchors: [
          { at: '0.25', value: 3 },
          { at: 2, value: 50 },
        ],
      },
      { kind: 'sCurve', start: 5, end: 900, midpoint: '1.2', steepness: 3 },
      { kind: 'linear', start: 7, slope: '-2.5' },
      { kind: 'steps', initial: 1, steps: [{ at: '0.5', value: 4 }] },
    ] as const;
    const times: Decimal[] = [];
    for (const input of curves) {
      for (const n of [30, 14, 36]) {
        const curve = growthCurve(input);
        const plain = growthValues(curve, n, { monthsPerPeriod: 1 });
        const kept = growthValues(curve, n, { monthsPerPeriod: 1, times });
        expect(kept.map(String)).toEqual(plain.map(String));
      }
    }
    // Filled as far as any call needed, each time i/12.
    expect(times.length).toBe(36);
    expect(times[18]?.toString()).toBe('1.5');
    expect(times.every((t, i) => t.eq(new Decimal(i).dividedBy(12)))).toBe(true);
    // A value already kept is read, not recomputed (here deliberately wrong, to prove it).
    const planted = [new Decimal(0), new Decimal(100)];
    const linear = growthCurve({ kind: 'linear', start: 0, slope: 1 });
    expect(growthValues(linear, 2, { monthsPerPeriod: 1, times: planted }).map(String)).toEqual([
      '0',
      '100',
    ]);
  });

  it('shares interpolated curves’ fractions in `fractions` by anchor times: the same digits', () => {
    // Anchors at twelfths (as the projection's months from launch): equal times in different
    // curves share a span's fractions; a span with the same start and another end does not.
    const at = (months: number) => new Decimal(months).dividedBy(12).toString();
    const curves = [
      [0, 11, 23, 59],
      [0, 11, 23, 59],
      [0, 23, 59],
      [0, 11, 35],
      [5, 23, 59],
    ].flatMap((months, c) =>
      (['linear', 'compound'] as const).map((method) =>
        growthCurve({
          kind: 'interpolate',
          method,
          anchors: months.map((m, k) => ({
            at: at(m),
            value: String(1000 * (c + 1) + 37 * k ** 2),
          })),
        }),
      ),
    );
    for (const calculator of [undefined, bigCalculator, float64Calculator]) {
      const times: unknown[] = [];
      const fractions = new Map<string, unknown[]>();
      for (const curve of curves) {
        const options = { monthsPerPeriod: 1 as const, calculator };
        const plain = growthValues<unknown>(curve, 60, options);
        const kept = growthValues<unknown>(curve, 60, { ...options, times, fractions });
        expect(kept.map(String), `${calculator?.kind}`).toEqual(plain.map(String));
      }
      // One entry per distinct span (and months per period): [0,11] [11,23] [23,59] [0,23]
      // [11,35] [5,23].
      expect(fractions.size).toBe(6);
    }
    // A kept fraction is read, not recomputed (here deliberately zero, to prove it): month 5 of
    // the first curve's first span then reads as the span's start.
    const fractions = new Map<string, unknown[]>();
    const first = curves[0] as GrowthCurve;
    growthValues(first, 60, { monthsPerPeriod: 1, fractions });
    const [span] = fractions.values();
    (span as unknown[])[5] = new Decimal(0);
    const again = growthValues(first, 60, { monthsPerPeriod: 1, fractions });
    expect(again[5]?.toString()).toBe('1000');
    expect(again[6]?.toString()).not.toBe('1000');
  });

  it('rejects gaps and bad counts', () => {
    const curve = growthCurve({ kind: 'flat', value: 1 });
    const gap = [parsePeriod('2021-04'), parsePeriod('2021-06')];
    expect(() => growthValues(curve, gap)).toThrow(ArgumentError);
    expect(() => growthValues(curve, gap)).toThrow('expected 2021-05');
    expect(() => growthValues(curve, -1)).toThrow(
      'INVALID_PERIODS'.length > 0 ? ArgumentError : Error,
    );
    expect(() => growthValues(curve, 1.5)).toThrow('1.5');
  });

  it('does not mutate the curve', () => {
    const curve = growthCurve({ kind: 'steps', initial: 1, steps: [{ at: 1, value: 2 }] });
    const before = JSON.stringify(curve);
    growthValues(curve, 5, { calculator: float64Calculator });
    expect(JSON.stringify(curve)).toBe(before);
  });

  it('decimal and float64 agree to 1e-9 relative for every curve (property)', () => {
    // Subnormal doubles (5e-324) are outside the accepted range (README "Limits"): read as 0.
    const inRange = (x: number) => (Math.abs(x) < 1e-40 ? 0 : x);
    const num = fc
      .double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true })
      .map(inRange);
    const pos = fc.double({ min: 0.01, max: 1000, noNaN: true, noDefaultInfinity: true });
    const years = fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true }).map(inRange);
    const points = fc
      .uniqueArray(years, { minLength: 1, maxLength: 5, selector: (x) => x })
      .map((xs) => [...xs].sort((a, b) => a - b));
    const curveArb: fc.Arbitrary<GrowthCurveInput> = fc.oneof(
      num.map((value) => ({ kind: 'flat' as const, value })),
      fc.tuple(num, num).map(([start, slope]) => ({ kind: 'linear' as const, start, slope })),
      fc
        .tuple(num, fc.double({ min: -0.9, max: 2, noNaN: true }).map(inRange))
        .map(([start, rate]) => ({ kind: 'compound' as const, start, rate })),
      fc
        .tuple(num, num, years, fc.double({ min: 0.1, max: 5, noNaN: true }))
        .map(([start, end, midpoint, steepness]) => ({
          kind: 'sCurve' as const,
          start,
          end,
          midpoint,
          steepness,
        })),
      fc
        .tuple(num, points, fc.array(num, { minLength: 5, maxLength: 5 }))
        .map(([initial, ats, vs]) => ({
          kind: 'steps' as const,
          initial,
          steps: ats.map((at, i) => ({ at, value: vs[i] ?? 0 })),
        })),
      fc
        .tuple(
          fc.constantFrom('linear' as const, 'compound' as const),
          points,
          fc.array(pos, { minLength: 5, maxLength: 5 }),
        )
        .map(([method, ats, vs]) => ({
          kind: 'interpolate' as const,
          method,
          anchors: ats.map((at, i) => ({ at, value: vs[i] ?? 1 })),
        })),
    );
    fc.assert(
      fc.property(
        curveArb,
        fc.constantFrom(1 as const, 3 as const, 12 as const),
        (input, monthsPerPeriod) => {
          const curve = growthCurve(input);
          const n = 24;
          const exact = growthValues(curve, n, { monthsPerPeriod });
          const fast = growthValues(curve, n, { monthsPerPeriod, calculator: float64Calculator });
          return exact.every((x, i) => {
            const y = fast[i] as number;
            const scale = Math.max(Math.abs(x.toNumber()), 1e-300);
            // Relative agreement, or absolute near zero (where a relative error is meaningless).
            return Math.abs(x.toNumber() - y) / scale <= 1e-9 || Math.abs(x.toNumber() - y) <= 1e-9;
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('growthSeries', () => {
  it('gives an exact Decimal series over the periods', () => {
    const out = growthSeries(
      growthCurve({ kind: 'linear', start: 10, slope: 2 }),
      fiscalYears('FY2021-22', 3),
    );
    expect(out.toRows().map((r) => [r.period, r.value.toString()])).toEqual([
      ['FY2021-22', '10'],
      ['FY2022-23', '12'],
      ['FY2023-24', '14'],
    ]);
    expect(out.sum().toString()).toBe('36');
  });
});

describe('growthCurveSchema', () => {
  it('parses decimal strings and numbers to Decimals', () => {
    const c = growthCurveSchema.parse({ kind: 'compound', start: '100', rate: 0.12 });
    expect(c.kind === 'compound' && c.rate instanceof Decimal).toBe(true);
  });

  it.each([
    [{ kind: 'compound', start: 1, rate: -1 }, 'rate', 'greater than -1'],
    [{ kind: 'compound', start: 1, rate: '12%' }, 'rate', 'expected a decimal'],
    [
      { kind: 'sCurve', start: 0, end: 1, midpoint: 1, steepness: 0 },
      'steepness',
      'greater than zero',
    ],
    [
      {
        kind: 'steps',
        initial: 0,
        steps: [
          { at: 2, value: 1 },
          { at: 1, value: 2 },
        ],
      },
      'steps',
      'strictly increasing',
    ],
    [{ kind: 'steps', initial: 0, steps: [{ at: -1, value: 1 }] }, 'steps[0].at', 'negative'],
    [{ kind: 'interpolate', method: 'linear', anchors: [] }, 'anchors', 'at least one anchor'],
    [
      {
        kind: 'interpolate',
        method: 'compound',
        anchors: [
          { at: 0, value: 1 },
          { at: 1, value: 0 },
        ],
      },
      'anchors[1].value',
      'greater than zero',
    ],
    [{ kind: 'interpolate', method: 'cubic', anchors: [{ at: 0, value: 1 }] }, 'method', ''],
    [{ kind: 'exponential', start: 1 }, 'kind', ''],
    [{ kind: 'flat', value: 1, extra: true }, '', 'extra'],
    [{ kind: 'linear', start: 1 }, 'slope', ''],
  ])('rejects %j at %s', (input, path, fragment) => {
    expect(() => growthCurve(input)).toThrow(ValidationError);
    try {
      growthCurve(input);
    } catch (e) {
      const issues = (e as ValidationError).issues;
      expect(issues.some((i) => i.path === path && i.message.includes(fragment))).toBe(true);
    }
  });
});
