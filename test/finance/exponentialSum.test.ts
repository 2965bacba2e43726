import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigFromDecimal } from '../../src/core/bigDecimalConvert.js';
import { Decimal } from '../../src/core/decimal.js';
import { certainSignOfLogRates } from '../../src/finance/_lib/certainSignOn.js';
import {
  dominantSignOfLogRate,
  exponentialSum,
  logTerms,
  npvOfLogRate,
  npvOfPowers,
  npvOfSum,
  periodsOf,
  presentValueOfPowers,
  scaledNpvOfLogRate,
  stepGrowthOf,
  stepPowers,
} from '../../src/finance/_lib/exponentialSum.js';
import { flowEquation, flowsLabel, twoFlowRate } from '../../src/finance/_lib/flowEquation.js';
import { solveAllRates } from '../../src/finance/_lib/solveRate.js';

// The cash-flow stream behind IRR, XIRR and RATE, checked against exact values (issue 11,
// mutation testing): the rate solvers read only the sign of the float64 function and polish in
// Decimal, so a wrong scale or a wrong digit there still gives the same roots.

const amounts = (values: readonly (number | string)[]) => values.map((v) => new Decimal(v));
const sum = (values: readonly (number | string)[], steps: readonly number[], perPeriod = 1) =>
  exponentialSum(amounts(values), steps, perPeriod);
const shown = (s: ReturnType<typeof exponentialSum>) => ({
  amounts: s.amounts.map(String),
  steps: s.steps,
  stepsPerPeriod: s.stepsPerPeriod,
  signChanges: s.signChanges,
});

/** 60 significant digits: the oracle of the 40-digit sums. */
const D60 = Decimal.clone({ precision: 60 });

describe('exponentialSum', () => {
  it('nets flows at the same step, drops zeros, sorts by step and counts sign changes', () => {
    // Steps 0 (100 − 100) and 2 (0 + 20) net to 0 and 20.
    expect(shown(sum([100, -100, 50, -30, 0, 20], [0, 0, 1, 3, 2, 2]))).toEqual({
      amounts: ['50', '20', '-30'],
      steps: [1, 2, 3],
      stepsPerPeriod: 1,
      signChanges: 1,
    });
    expect(shown(sum([5, -3, 2], [10, -4, 3], 365))).toEqual({
      amounts: ['-3', '2', '5'],
      steps: [-4, 3, 10],
      stepsPerPeriod: 365,
      signChanges: 1,
    });
    expect(sum([-1, 2, -3, 4, 5], [0, 1, 2, 3, 4]).signChanges).toBe(3);
    expect(periodsOf(sum([-1, 2, 3], [0, 73, 365], 365)).map(String)).toEqual(['0', '0.2', '1']);
  });
});

describe('scaledNpvOfLogRate: Σ sᵢ·exp(Lᵢ − max L), never overflowing', () => {
  it('is the NPV divided by its largest present value', () => {
    const f = scaledNpvOfLogRate(sum(['-0.5', '0.25'], [0, 1]));
    // t = 0: (−0.5 + 0.25) / 0.5.
    expect(f(0)).toBe(-0.5);
    // t = 1: (−0.5 + 0.25/e) / 0.5 = −1 + 1/(2e).
    expect(f(1)).toBeCloseTo(-1 + 1 / (2 * Math.E), 15);
    // t = −1: the later flow is the larger: (−0.5 + 0.25e) / (0.25e) = 1 − 2/e.
    expect(f(-1)).toBeCloseTo(1 - 2 / Math.E, 15);
    expect(f(700)).toBe(-1);
  });

  it('stays finite for amounts beyond float64 (their logarithm is taken in Decimal)', () => {
    for (const [low, high] of [
      ['-1e400', '1e401'],
      ['-1e-400', '1e-399'],
    ] as const) {
      const f = scaledNpvOfLogRate(sum([low, high], [0, 1]));
      expect(f(0)).toBeCloseTo(0.9, 14);
      // t = 1: (−1 + 10/e) / (10/e) = 1 − e/10.
      expect(f(1)).toBeCloseTo(1 - Math.E / 10, 14);
    }
  });
});

describe('presentValueOfPowers: the NPV without its scale (what XNPV reads)', () => {
  it('gives npvOfPowers’ value to the digit, the terms added in the same order', () => {
    fc.assert(
      fc.property(streams, fc.integer({ min: 1, max: 400 }), (s, percent) => {
        const growth = stepGrowthOf(new Decimal(percent).dividedBy(100), 365);
        const powers = stepPowers(growth, s.steps, new Map());
        expect(presentValueOfPowers(s.amounts, powers.map(bigFromDecimal)).toString()).toBe(
          npvOfPowers(s.amounts, powers).value.toString(),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('rounds each quotient and partial sum as decimal.js does, for 40-digit figures and past them', () => {
    // A run's flows have 40 significant digits (and a stated one may have more): the kernel's
    // quotients and sums must round where decimal.js rounds, cancellations and signs included.
    const longAmount = fc
      .tuple(
        fc.bigInt({ min: 1n, max: 10n ** 45n }),
        fc.integer({ min: -30, max: 10 }),
        fc.boolean(),
      )
      .map(([c, e, negative]) => new Decimal(`${negative ? '-' : ''}${c}e${e}`));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(longAmount, fc.integer({ min: 0, max: 1_500 })), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.integer({ min: -99, max: 400 }),
        fc.boolean(),
        (terms, percent, cancel) => {
          const amounts = terms.map(([a]) => a);
          // The first amount again, negated, on the same power: sums that cancel to exactly zero.
          if (cancel) amounts.push((amounts[0] as Decimal).negated());
          const steps = terms.map(([, step]) => step);
          if (cancel) steps.push(steps[0] as number);
          const growth = stepGrowthOf(new Decimal(percent).dividedBy(100), 365);
          const powers = steps.map((step) => growth.toPower(step));
          let oracle = new Decimal(0);
          amounts.forEach((a, i) => {
            oracle = oracle.plus(a.dividedBy(powers[i] as Decimal));
          });
          const value = presentValueOfPowers(amounts, powers.map(bigFromDecimal));
          expect(value.toString()).toBe(oracle.toString());
          expect(Object.is(value.isNegative(), oracle.isNegative())).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('npvOfSum: the exact NPV and its scale Σ|present values|', () => {
  it('is exact where the powers are: −13 + 9/3 + 27/9 at 200%', () => {
    const { value, scale } = npvOfSum(sum([-13, 9, 27], [0, 1, 2]), new Decimal(2));
    expect(value.toString()).toBe('-7');
    expect(scale.toString()).toBe('19');
    // Flows before the first step and gaps of several steps: 3·2² − 1 + 8/2³.
    const early = npvOfSum(sum([3, -1, 8], [-2, 0, 3]), new Decimal(1));
    expect([early.value.toString(), early.scale.toString()]).toEqual(['12', '14']);
  });

  it('matches a 60-digit oracle with gaps and with days (Actual/365)', () => {
    const gaps = sum([-100, 10, 10, 10, 110, 5], [0, 1, 2, 3, 4, 6]);
    const oracle = [-100, 10, 10, 10, 110, 5]
      .map((c, i) => new D60(c).dividedBy(new D60('1.1').pow([0, 1, 2, 3, 4, 6][i] ?? 0)))
      .reduce((a, b) => a.plus(b));
    const { value, scale } = npvOfSum(gaps, new Decimal('0.1'));
    expect(value.toString()).toBe('2.822369650268887156581116879407483005101');
    expect(value.minus(oracle.toString()).abs().lessThan('1e-37')).toBe(true);
    expect(scale.toString()).toBe('202.8223696502688871565811168794074830051');
    // The same NPV from t = ln(1.1).
    const fromLog = npvOfLogRate(gaps)(new Decimal('1.1').ln());
    expect(fromLog.value.minus(value).abs().lessThan('1e-37')).toBe(true);
    // 365 days a year: −100 + 50/1.1 + 60/1.21.
    const yearly = npvOfSum(sum([-100, 50, 60], [0, 365, 730], 365), new Decimal('0.1'));
    const exact = new D60(-100)
      .plus(new D60(50).dividedBy('1.1'))
      .plus(new D60(60).dividedBy('1.21'));
    // The day-based growth (1.1)^(1/365) is rounded before its 365th power: ~1e-37 of the scale.
    const error = yearly.value.minus(exact.toString()).abs();
    expect(error.lessThan(yearly.scale.times('1e-36'))).toBe(true);
    expect(yearly.scale.toString()).toBe('195.0413223140495867768595041322314049395');
  });
});

describe('flowEquation and the two-flow closed form', () => {
  it('solves two flows exactly, in periods or days', () => {
    expect(twoFlowRate(sum([-100, 121], [0, 2]), 'L')?.toString()).toBe('0.1');
    expect(twoFlowRate(sum([-100, 110], [0, 365], 365), 'L')?.toString()).toBe('0.1');
    expect(twoFlowRate(sum(['-1e30', '1e-5'], [0, 1]), 'L')?.toString()).toBe(
      '-0.99999999999999999999999999999999999',
    );
  });

  it('leaves other streams to the solver', () => {
    expect(twoFlowRate(sum([-100, 10, 121], [0, 1, 2]), 'L')).toBeUndefined();
    expect(twoFlowRate(sum([-100], [0]), 'L')).toBeUndefined();
    expect(twoFlowRate(sum([100, 121], [0, 2]), 'L')).toBeUndefined();
  });

  it('refuses a rate within 1e-36 of −100%', () => {
    expect(() => twoFlowRate(sum(['-1e30', '1e-10'], [0, 1]), 'L')).toThrow(
      expect.objectContaining({
        reason: 'out-of-range',
        message:
          '[crorecast] L: the rate that makes their NPV zero, 1.000e-40 − 1, is within 1e-36 of -100% and cannot be represented',
      }),
    );
  });

  it('builds the equation of a stream that changes sign', () => {
    const three = flowEquation(sum([-1, 3, -1], [0, 1, 2]), 'x');
    expect([three.unique, three.maxLogRate, three.describe]).toEqual([false, 100_000, 'x']);
    // (−1 + 3 − 1) / 3 at t = 0, and the exact NPV.
    expect(three.ofLogRate(0)).toBeCloseTo(1 / 3, 15);
    expect(three.exact(new Decimal(0)).value.toString()).toBe('1');
    expect(flowEquation(sum([-1, 3], [0, 1]), 'x').unique).toBe(true);
    expect(() => flowEquation(sum([1, 2], [0, 1]), 'irr: cash flows [1, 2]')).toThrow(
      expect.objectContaining({ reason: 'no-sign-change' }),
    );
  });

  it('labels long streams by their first six flows', () => {
    expect(flowsLabel('irr', amounts([1, 2, 3, 4, 5, 6]))).toBe(
      'irr: cash flows [1, 2, 3, 4, 5, 6]',
    );
    expect(flowsLabel('irr', amounts([1, 2, 3, 4, 5, 6, '-7.5']))).toBe(
      'irr: cash flows [1, 2, 3, 4, 5, 6, … (7 flows)]',
    );
  });
});

describe('npvOfLogRate: the exact NPV of t = ln(1 + rate), remembering its last growth', () => {
  const days = sum(['-1000.5', '250', '375.25', '-12', '600'], [0, 31, 365, 396, 731], 365);

  it('gives the NPV at e^t − 1, from t', () => {
    const t = new Decimal('1.1').ln();
    const fromLog = npvOfLogRate(days)(t);
    const fromRate = npvOfSum(days, new Decimal('0.1'));
    // Two routes to the same growth (1.1)^(1/365), each rounded once: equal to ~1e-38 of the scale.
    expect(fromLog.value.minus(fromRate.value).abs().lessThan(fromRate.scale.times('1e-37'))).toBe(
      true,
    );
  });

  it('returns, for a t that rounds to the same growth, the very result a fresh evaluator gives', () => {
    const t = new Decimal('0.2677129680654518880065290317971180628739');
    // 7e-38 apart in t: exp(t/365) is the same 40-digit growth (as in the seed's XIRR polish).
    const near = new Decimal('0.2677129680654518880065290317971180628047');
    expect(Decimal.exp(t.dividedBy(365)).equals(Decimal.exp(near.dividedBy(365)))).toBe(true);
    const remembering = npvOfLogRate(days);
    const first = remembering(t);
    const again = remembering(near);
    const fresh = npvOfLogRate(days)(near);
    expect(again).toBe(first);
    expect([again.value.toString(), again.scale.toString()]).toEqual([
      fresh.value.toString(),
      fresh.scale.toString(),
    ]);
  });

  it('recomputes for a t with another growth, and after it, for the first t again', () => {
    const remembering = npvOfLogRate(days);
    const ts = ['0.05', '0.0500000000001', '-0.3', '0.05'].map((t) => new Decimal(t));
    const results = ts.map((t) => remembering(t));
    ts.forEach((t, i) => {
      const fresh = npvOfLogRate(days)(t);
      expect(results[i]?.value.toString()).toBe(fresh.value.toString());
      expect(results[i]?.scale.toString()).toBe(fresh.scale.toString());
    });
    expect(results[1]?.value.equals(results[0]?.value as Decimal)).toBe(false);
  });
});

/** Streams of 2–9 flows, amounts over many magnitudes, days before and after the first. */
const streams = fc
  .array(
    fc.tuple(
      fc.integer({ min: -400, max: 4_000 }),
      fc.integer({ min: 1, max: 999_999 }),
      fc.integer({ min: -6, max: 12 }),
      fc.boolean(),
    ),
    { minLength: 2, maxLength: 9 },
  )
  .map((list) =>
    exponentialSum(
      list.map(([, digits, exponent, negative]) =>
        new Decimal(digits).times(new Decimal(10).pow(exponent)).times(negative ? -1 : 1),
      ),
      list.map(([day]) => day),
      365,
    ),
  )
  .filter((s) => s.amounts.length >= 2);

describe('dominantSignOfLogRate: the float64 sum’s sign where one term outweighs the rest', () => {
  it('answers only where the sum is non-zero, with its sign', () => {
    fc.assert(
      fc.property(streams, fc.double({ min: -60, max: 60, noNaN: true }), (s, t) => {
        const sign = dominantSignOfLogRate(s)(t);
        const value = scaledNpvOfLogRate(s)(t);
        if (sign !== undefined) {
          expect(value).not.toBe(0);
          expect(Math.sign(value)).toBe(sign);
          // Far from cancelling: the dominant term is ±1 and the rest at most 1/4.
          expect(Math.abs(value)).toBeGreaterThanOrEqual(0.75 - 1e-12);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answers for most of the grid far from the roots (a stream of the seed’s shape)', () => {
    const seedLike = seedLikeStream();
    const sign = dominantSignOfLogRate(seedLike, logTerms(seedLike));
    // Rates near −100% and very high: the latest and the earliest flow dominate.
    expect([sign(-20), sign(-3), sign(3), sign(20)]).toEqual([1, 1, -1, -1]);
    // Near the root (t ≈ 0.0254) the terms cancel: no answer.
    expect(sign(0.025)).toBeUndefined();
  });

  it('leaves the roots scanned for unchanged (streams with several sign changes)', () => {
    fc.assert(
      fc.property(
        streams.filter((s) => s.signChanges > 1),
        (s) => {
          const equation = flowEquation(s, 'x');
          const plain = { ...equation, certainSign: undefined, certainSignOn: undefined };
          expect(solveAllRates(equation).map(String)).toEqual(solveAllRates(plain).map(String));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('certainSignOfLogRates: one sign for a whole interval of t', () => {
  it('answers only where the float64 sum has that sign at every point of the interval', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        streams,
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 8, noNaN: true }),
        (s, lo, width) => {
          const hi = lo + width;
          const sign = certainSignOfLogRates(s)(lo, hi);
          if (sign === undefined) return;
          answered++;
          const f = scaledNpvOfLogRate(s);
          for (let k = 0; k <= 64; k++) {
            const t = k === 64 ? hi : lo + (width * k) / 64;
            expect(Math.sign(f(t))).toBe(sign);
          }
        },
      ),
      { numRuns: 600 },
    );
    // Not an empty promise: most draws are far enough from a root to be answered.
    expect(answered).toBeGreaterThan(300);
  });

  it('settles the seed-like stream’s grid far from its root, not across it', () => {
    const seedLike = seedLikeStream();
    const on = certainSignOfLogRates(seedLike);
    // Rates near −100% and very high: the latest and the earliest flow dominate, over wide runs.
    expect([on(-82, -3), on(3, 100_000)]).toEqual([1, -1]);
    // Over the whole range no single sign, nor across the root (t ≈ 0.02537, rate 2.57%)…
    expect([on(-82, 100_000), on(0, 0.05), on(0.0253, 0.0255)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    // …but up to close to it on either side, over runs narrower there (terms cancel).
    expect([on(-3, -0.5), on(0, 0.024), on(0.027, 0.1), on(0.5, 3)]).toEqual([1, 1, -1, -1]);
    // Exponents of 2^30 and more are left to the point by point scan.
    expect(on(1, 2 ** 33)).toBeUndefined();
  });

  it('leaves the scan’s Brent searches and Decimal polish unchanged', () => {
    fc.assert(
      fc.property(
        streams.filter((s) => s.signChanges > 1),
        (s) => {
          const equation = { ...flowEquation(s, 'x'), certifiedRoot: undefined };
          const trace = (scan: typeof equation) => {
            const points: string[] = [];
            const exact = scan.exact;
            const tracing = (t: Decimal) => {
              points.push(t.toString());
              return exact(t);
            };
            solveAllRates({ ...scan, exact: tracing });
            return points;
          };
          expect(trace(equation)).toEqual(trace({ ...equation, certainSignOn: undefined }));
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** A stream of the seed's shape (six dated flows, its root near t ≈ 0.025), shared by two tests. */
function seedLikeStream() {
  return sum(
    [
      '-6426577618.27',
      '-8442545260.01',
      '7238728632.6',
      '87941001.93',
      '-194909485.75',
      '8823380205.39',
    ],
    [38, 403, 768, 1134, 1499, 1680],
    365,
  );
}
