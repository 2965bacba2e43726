import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  MIN_LOG_RATE,
  type RateEquation,
  solveAllRates,
  solveRate,
} from '../../src/finance/_lib/solveRate.js';
import { NoSolutionError } from '../../src/finance/errors.js';

// The rate solver's own contract (issue 11, mutation testing): where it looks (the bracket
// widened around the guess, the scan grid), how it polishes a float64 bracket in Decimal, and
// the typed failures. IRR tests read only roots, which Brent's bisection fallback and the
// polish reach even when a step of the search is broken.

interface Traced {
  readonly equation: RateEquation;
  /** Every t at which the float64 function was evaluated, in order. */
  readonly points: number[];
  /** Every t at which the Decimal function was evaluated, in order. */
  readonly exact: string[];
}

function traced(
  f: (t: number) => number,
  exact: (t: Decimal) => Decimal,
  options: { unique?: boolean; maxLogRate?: number; scale?: Decimal } = {},
): Traced {
  const points: number[] = [];
  const exactPoints: string[] = [];
  const equation: RateEquation = {
    ofLogRate: (t) => {
      points.push(t);
      if (points.length > 10_000) throw new Error('more than 10,000 evaluations');
      return f(t);
    },
    exact: (t) => {
      exactPoints.push(t.toString());
      if (exactPoints.length > 100) throw new Error('more than 100 Decimal evaluations');
      return { value: exact(t), scale: options.scale ?? new Decimal(1) };
    },
    unique: options.unique ?? true,
    ...(options.maxLogRate === undefined ? {} : { maxLogRate: options.maxLogRate }),
    describe: 'test: flows',
  };
  return { equation, points, exact: exactPoints };
}

/** F(t) = sign·(t − root): one root, at the rate e^root − 1. */
function line(root: number, sign = 1, options: { maxLogRate?: number } = {}): Traced {
  const exactRoot = new Decimal(String(root));
  return traced(
    (t) => sign * (t - root),
    (t) => t.minus(exactRoot).times(sign),
    options,
  );
}

/** The error a call throws (a test fails if it does not throw). */
function thrown(call: () => unknown): NoSolutionError {
  try {
    call();
  } catch (error) {
    if (error instanceof NoSolutionError) return error;
    throw error;
  }
  throw new Error('expected a NoSolutionError');
}

const GUESS = new Decimal('0.1');
/** ln(1 + 0.1), where the search around the default guess starts. */
const T0 = Math.log1p(0.1);

describe('solveRate: the bracket around the guess', () => {
  it('widens ±0.1 around ln(1 + guess), doubling, until the function changes sign', () => {
    const up = line(Math.log(1.5));
    expect(solveRate(up.equation, GUESS).toString()).toBe('0.5000000000000000270329803268');
    const widened = [T0 - 0.1, T0 + 0.1, T0 - 0.2, T0 + 0.2, T0 - 0.4, T0 + 0.4];
    // Then one secant step of Brent's method lands on the root of the line.
    expect(up.points).toEqual([...widened, Math.log(1.5)]);
    expect(up.exact).toEqual(['-0.30468982019567514', '0.4054651081081644']);
    // A falling function is bracketed the same way.
    const down = line(Math.log(1.5), -1);
    expect(solveRate(down.equation, GUESS).toString()).toBe('0.5000000000000000270329803268');
    expect(down.points).toEqual(up.points);
  });

  it('finds a root below the guess', () => {
    const below = line(-3);
    expect(solveRate(below.equation, new Decimal(2)).toString()).toBe(
      '-0.9502129316321360570206575843499',
    );
    const t0 = Math.log1p(2);
    expect(below.points.slice(0, 4)).toEqual([t0 - 0.1, t0 + 0.1, t0 - 0.2, t0 + 0.2]);
    expect(below.points).toHaveLength(15);
    expect(below.points.slice(-3)).toEqual([-5.301387711331891, 7.4986122886681095, -3]);
  });

  it('starts inside the searched range when the guess is outside it', () => {
    // A guess of 10^10 starts at the largest t searched (5 here), not at ln(10^10 + 1) ≈ 23.
    const high = line(4.9, 1, { maxLogRate: 5 });
    expect(solveRate(high.equation, new Decimal('1e10')).toString()).toBe(
      '133.289779684935484840058627774',
    );
    expect(high.points).toEqual([4.9, 5]);
    // A guess within 1e-38 of −100% starts at the smallest t searched, −82.
    const low = line(-81.9);
    const nearMinusOne = new Decimal('-0.99999999999999999999999999999999999999');
    expect(solveRate(low.equation, nearMinusOne).toString()).toBe(
      '-0.9999999999999999999999999999999999973005',
    );
    expect(low.points).toEqual([MIN_LOG_RATE, -81.9]);
    expect(MIN_LOG_RATE).toBe(-82);
  });

  it('stops widening when an end of the bracket is a root', () => {
    for (const [root, sign] of [
      [T0 - 0.1, 1],
      [T0 - 0.1, -1],
    ] as const) {
      const atLow = line(root, sign);
      expect(solveRate(atLow.equation, GUESS).toString()).toBe('-0.00467884016044446956307251293');
      expect(atLow.points).toEqual([T0 - 0.1, T0 + 0.1]);
      expect(atLow.exact).toEqual(['-0.00468982019567514']);
    }
    for (const [root, sign] of [
      [T0 + 0.1, 1],
      [T0 + 0.1, -1],
    ] as const) {
      const atHigh = line(root, sign);
      expect(solveRate(atHigh.equation, GUESS).toString()).toBe('0.21568800988321238723944653986');
      expect(atHigh.points).toEqual([T0 - 0.1, T0 + 0.1]);
    }
  });

  it('throws out-of-range once the bracket spans the whole range without a sign change', () => {
    const never = traced(
      () => 1,
      () => new Decimal(1),
    );
    const error = thrown(() => solveRate(never.equation, GUESS));
    expect(error.reason).toBe('out-of-range');
    expect(error.message).toBe(
      '[crorecast] test: flows: the rate that makes their NPV zero lies outside the representable range (within 1e-36 of -100%, or above e^700)',
    );
    // 14 widenings (the lower end stays at −82 once it gets there), then the upper end at 700.
    expect(never.points).toHaveLength(28);
    expect(never.points.slice(18)).toEqual([
      -51.10468982019568, 51.295310179804325, -82, 102.49531017980433, -82, 204.89531017980434, -82,
      409.6953101798043, -82, 700,
    ]);
    expect(never.exact).toEqual([]);
    const capped = traced(
      () => 1,
      () => new Decimal(1),
      { maxLogRate: 3 },
    );
    expect(thrown(() => solveRate(capped.equation, GUESS)).message).toContain('or above e^3)');
    expect(capped.points).toHaveLength(22);
    expect(capped.points.slice(10)).toEqual([
      -3.1046898201956754, 3, -6.304689820195676, 3, -12.704689820195675, 3, -25.504689820195676, 3,
      -51.10468982019568, 3, -82, 3,
    ]);
  });
});

describe('solveRate: the Decimal polish', () => {
  it('throws no-root-found when the polished root leaves a residual above the tolerance', () => {
    // The float64 function has a root at 0.3, the Decimal one never comes near zero.
    const inconsistent = traced(
      (t) => t - 0.3,
      () => new Decimal(1),
    );
    const error = thrown(() => solveRate(inconsistent.equation, GUESS));
    expect(error.reason).toBe('no-root-found');
    expect(error.message).toBe(
      '[crorecast] test: flows: the rate -0.262647949360797 leaves a residual 1, above the tolerance',
    );
  });

  it('refines by secant steps until they stop moving (√½ in 3 steps)', () => {
    const root = traced(
      (t) => t * t - 0.5,
      (t) => t.times(t).minus('0.5'),
    );
    expect(solveRate(root.equation, GUESS).toString()).toBe('1.02811498164747245110812611275');
    expect(root.exact).toEqual([
      '0.7071067811865472',
      '0.7071067811865476',
      '0.7071067811865475244008443621048316978941',
      '0.7071067811865475244008443621048490392849',
      '0.7071067811865475244008443621048490392848',
    ]);
    expect(root.points).toHaveLength(17);
  });

  it('takes at most 8 secant steps (a triple root converges slowly)', () => {
    const triple = traced(
      (t) => (t - 0.2) ** 3,
      (t) => t.minus('0.2').pow(3),
    );
    expect(solveRate(triple.equation, GUESS).toString()).toBe('0.22140275816016983041526998144');
    expect(triple.exact).toHaveLength(10);
    expect(triple.exact.slice(0, 3)).toEqual([
      '0.19999999999999998',
      '0.20000000000000007',
      '0.1999999999999999820512820512820512820513',
    ]);
  });

  it('keeps the best end when the secant slope is zero or the step leaves the bracket', () => {
    // The float64 root is 0.25 on the bracket [−0.105, 0.25]; the Decimal function is flat.
    const flat = traced(
      (t) => t - 0.25,
      () => new Decimal('1e-12'),
    );
    expect(solveRate(flat.equation, GUESS).toString()).toBe('-0.099396171614219964508692674869');
    expect(flat.exact).toEqual(['-0.10468982019567515', '0.25']);
    // The secant through (−0.105, −1) and (0.25, −0.9) would step to t ≈ 3.8, far outside.
    const leaving = traced(
      (t) => t - 0.25,
      (t) => new Decimal(t.lessThan('0.25') ? -1 : '-0.9'),
      { scale: new Decimal('1e12') },
    );
    expect(solveRate(leaving.equation, GUESS).toString()).toBe('0.28402541668774148407342056806');
    expect(leaving.exact).toEqual(['-0.10468982019567515', '0.25']);
  });
});

describe('solveAllRates: the scan', () => {
  const nowhere = (maxLogRate?: number) =>
    traced(
      () => 1,
      () => new Decimal(1),
      maxLogRate === undefined ? { unique: false } : { unique: false, maxLogRate },
    );

  it('scans a grid dense where practical rates live, coarser beyond', () => {
    const scan = nowhere();
    expect(solveAllRates(scan.equation)).toEqual([]);
    const grid = scan.points;
    expect(grid).toHaveLength(3554);
    expect(grid.slice(0, 6)).toEqual([-82, -70, -60, -50, -46, -45.75]);
    expect(grid.slice(-6)).toEqual([112.5, 168.75, 253.125, 379.6875, 569.53125, 700]);
    for (let i = 1; i < grid.length; i++) {
      const [t, previous] = [grid[i] ?? 0, grid[i - 1] ?? 0];
      expect(t).toBeGreaterThan(previous);
      // The spacing of each band, at most: 0.25, 0.02, 0.002, 0.02, 0.25, then ×1.5.
      const step = t - previous;
      const band =
        previous < -46
          ? undefined
          : previous < -10
            ? 0.25
            : previous < -2.5
              ? 0.02
              : previous < 2.5 - 1e-9
                ? 0.002
                : previous < 10 - 1e-9
                  ? 0.02
                  : previous < 46
                    ? 0.25
                    : undefined;
      // (Where a band's float64 sum stops just short of the next band's start, two points lie
      // 1e-13 apart.)
      if (band !== undefined) expect(step).toBeLessThan(band + 1e-9);
    }
    const count = (lo: number, hi: number) => grid.filter((t) => t >= lo && t < hi).length;
    // 375, 2500 and 375 steps, each band's float64 sum ending a hair below the next start.
    expect([count(-46, -10), count(-10, -2.5), count(-2.5, 2.5), count(2.5, 10)]).toEqual([
      144, 376, 2501, 376,
    ]);
    expect(count(10, 46.001)).toBe(145);
  });

  it('ends the grid at the equation’s largest t', () => {
    const to100 = nowhere(100);
    solveAllRates(to100.equation);
    expect(to100.points.slice(-5)).toEqual([45.75, 46, 50, 75, 100]);
    // 75 = 50 × 1.5 is a grid point: it is not repeated as the end.
    const to75 = nowhere(75);
    solveAllRates(to75.equation);
    expect(to75.points.slice(-4)).toEqual([45.75, 46, 50, 75]);
  });

  it('finds roots that fall on grid points, the first one included', () => {
    const at50 = traced(
      (t) => t + 50,
      (t) => t.plus(50),
      { unique: false },
    );
    expect(solveAllRates(at50.equation).map(String)).toEqual([
      '-0.9999999999999999999998071250152036082217',
    ]);
    expect(at50.exact).toEqual(['-50']);
    const at82 = traced(
      (t) => t + 82,
      (t) => t.plus(82),
      { unique: false },
    );
    expect(solveAllRates(at82.equation).map(String)).toEqual([
      '-0.9999999999999999999999999999999999975574',
    ]);
    expect(at82.exact).toEqual(['-82']);
  });

  it('finds every root, and solveRate returns the one nearest the guess (ties: the lower)', () => {
    const twoRoots = () =>
      traced(
        (t) => (t - 0.1) * (t - 0.3),
        (t) => t.minus('0.1').times(t.minus('0.3')),
        { unique: false },
      );
    const low = '0.10517091807564762481170782649'; // e^0.1 − 1
    const high = '0.34985880757600310398374431333'; // e^0.3 − 1
    expect(solveAllRates(twoRoots().equation).map(String)).toEqual([low, high]);
    expect(solveRate(twoRoots().equation, new Decimal(Math.expm1(0.15))).toString()).toBe(low);
    expect(solveRate(twoRoots().equation, new Decimal(Math.expm1(0.25))).toString()).toBe(high);
    expect(solveRate(twoRoots().equation, new Decimal(Math.expm1(0.2))).toString()).toBe(low);
  });

  it('evaluates only where the sign is not certain, and both ends of a sign change', () => {
    const f = (t: number) => (t - 0.1) * (t - 0.3);
    const certain = (t: number) => (t < 0 || t > 0.5 ? 1 : undefined);
    const plain = traced(f, (t) => t.minus('0.1').times(t.minus('0.3')), { unique: false });
    const withSigns = traced(f, (t) => t.minus('0.1').times(t.minus('0.3')), { unique: false });
    const scan = { ...withSigns.equation, certainSign: certain };
    expect(solveAllRates(scan).map(String)).toEqual(solveAllRates(plain.equation).map(String));
    expect(withSigns.exact).toEqual(plain.exact);
    // Only [0, 0.5] and the Brent searches from the same brackets are evaluated: 3,304 points
    // fewer (the grid outside [0, 0.5]).
    const outside = (points: number[]) => points.filter((t) => t < 0 || t > 0.5);
    expect(outside(withSigns.points)).toEqual([]);
    expect(outside(plain.points)).toHaveLength(3304);
    expect(withSigns.points).toEqual(plain.points.filter((t) => t >= 0 && t <= 0.5));
    // A certain sign that changes between two grid points: both ends are evaluated for Brent.
    const step = traced(
      (t) => t - 0.25,
      (t) => t.minus('0.25'),
      { unique: false },
    );
    const stepSigns = { ...step.equation, certainSign: (t: number) => (t < 0.25 ? -1 : 1) };
    expect(solveAllRates(stepSigns).map(String)).toEqual([
      '0.28402541668774148407342056806', // e^0.25 − 1
    ]);
    // The first two evaluations: the grid points on either side of 0.25, 0.002 apart.
    const [below = 0, above = 0] = step.points;
    expect(below).toBeLessThan(0.25);
    expect(above).toBeGreaterThan(0.25);
    expect(above - below).toBeCloseTo(0.002, 12);
  });

  it('settles runs of points a certainSignOn answers for, and evaluates both ends of a change', () => {
    const f = (t: number) => t - 0.25;
    const exact = (t: Decimal) => t.minus('0.25');
    const plain = traced(f, exact, { unique: false });
    const settling = traced(f, exact, { unique: false });
    const tested: [number, number][] = [];
    const scan = {
      ...settling.equation,
      certainSignOn: (lo: number, hi: number) => {
        tested.push([lo, hi]);
        return hi < 0.25 ? -1 : lo > 0.25 ? 1 : undefined;
      },
    };
    const e025 = '0.28402541668774148407342056806'; // e^0.25 − 1
    expect(solveAllRates(scan).map(String)).toEqual([e025]);
    expect(solveAllRates(plain.equation).map(String)).toEqual([e025]);
    // The same Brent search and polish from the same bracket: every point evaluated is one the
    // plain scan evaluates, in the same order, and all of Brent's are.
    expect(settling.exact).toEqual(plain.exact);
    let j = 0;
    for (const t of settling.points) {
      while (j < plain.points.length && plain.points[j] !== t) j++;
      expect(j, `${t} in order`).toBeLessThan(plain.points.length);
      j++;
    }
    // …but only the runs of fewer than 8 points next to 0.25 that no test settles are probed
    // (and both ends of the change evaluated): the rest of the 3,554 points are settled by
    // halving (at most two tests a level, 12 levels).
    const probed = settling.points.length - (plain.points.length - 3554);
    expect(probed).toBeGreaterThan(2);
    expect(probed).toBeLessThanOrEqual(2 * 7 + 2);
    expect(tested.length).toBeLessThanOrEqual(2 * 12 + 1);
    expect(tested[0]).toEqual([MIN_LOG_RATE, 700]);
  });

  it('evaluates the end of a settled run where the sign changes right after it', () => {
    // The first halving splits the 3,554 points after the 1,777th (t = 0.004…); a root at 0.005
    // lies between two settled runs. Runs touching [−0.5, −0.49] are left to the probes, so a
    // value evaluated there must not stand in for the settled run's end.
    const f = (t: number) => t - 0.005;
    const exact = (t: Decimal) => t.minus('0.005');
    const plain = traced(f, exact, { unique: false });
    const settling = traced(f, exact, { unique: false });
    const scan = {
      ...settling.equation,
      certainSignOn: (lo: number, hi: number) =>
        hi >= -0.5 && lo <= -0.49 ? undefined : hi < 0.005 ? -1 : lo > 0.005 ? 1 : undefined,
    } as const;
    expect(solveAllRates(scan).map(String)).toEqual(solveAllRates(plain.equation).map(String));
    expect(settling.exact).toEqual(plain.exact);
    const evaluated = (points: number[], lo: number, hi: number) =>
      points.filter((t) => t > lo && t < hi);
    // Brent's first point between the two ends, as in the plain scan.
    expect(evaluated(settling.points, 0.004, 0.006)).toEqual(evaluated(plain.points, 0.004, 0.006));
    expect(evaluated(settling.points, -0.51, -0.48).length).toBeGreaterThan(4);
  });

  it('throws no-root-found when several sign changes give no root', () => {
    const none = traced(
      (t) => t * t + 1,
      (t) => t.times(t).plus(1),
      { unique: false },
    );
    const error = thrown(() => solveRate(none.equation, GUESS));
    expect(error.reason).toBe('no-root-found');
    expect(error.message).toBe(
      '[crorecast] test: flows change sign more than once, but their NPV does not cross zero at any rate above -100%',
    );
  });
});
