import { describe, expect, it } from 'vitest';
import { type BrentResult, brent } from '../../src/finance/_lib/brent.js';

// Brent's method falls back to bisection whenever an interpolation step is refused, so a broken
// interpolation, step acceptance or bracket update still converges to the same root: tests that
// read only IRRs cannot tell (issue 11, mutation testing). These tests pin the solver's own
// contract — the points it evaluates, how many, and the bracket it keeps — on functions whose
// roots are known. The points are those of Brent's algorithm (Brent 1973, as Numerical Recipes'
// `zbrent`) with the tolerance 2·ε·|b| + 1e-300.

interface Run extends BrentResult {
  /** Every x at which f was evaluated, in order (the two ends first, unless given). */
  readonly points: number[];
}

function run(
  f: (x: number) => number,
  a: number,
  b: number,
  options: { fa?: number; fb?: number; maxIterations?: number } = {},
): Run {
  const points: number[] = [];
  const counted = (x: number) => {
    points.push(x);
    if (points.length > 5_000) throw new Error('brent evaluated f more than 5,000 times');
    return f(x);
  };
  const result = brent(counted, a, b, options.fa, options.fb, options.maxIterations);
  return { ...result, points };
}

/** The contract every result keeps: the bracket holds the root and f changes sign across it. */
function expectBracket(f: (x: number) => number, result: BrentResult): void {
  expect(result.lo).toBeLessThanOrEqual(result.root);
  expect(result.root).toBeLessThanOrEqual(result.hi);
  const fLo = f(result.lo);
  const fHi = f(result.hi);
  expect(fLo === 0 || fHi === 0 || fLo > 0 !== fHi > 0).toBe(true);
}

const cubic = (x: number) => x ** 3 - 2 * x - 5;
/** The polynomial with these coefficients, highest power first. */
const horner = (coefficients: readonly number[], x: number) =>
  coefficients.reduce((sum, c) => sum * x + c, 0);

describe("brent: Brent's method on known functions", () => {
  it("finds Wallis's cubic x³ − 2x − 5 in 6 steps (bisection alone needs about 52)", () => {
    const result = run(cubic, 2, 3);
    expect(result.points).toEqual([
      2, 3, 2.0588235294117645, 2.0956589322913497, 2.094528891117347, 2.0945514674640098,
      2.094551481542327, 2.094551481542326,
    ]);
    expect(result).toMatchObject({
      root: 2.094551481542327,
      lo: 2.094551481542326,
      hi: 2.094551481542327,
    });
    expectBracket(cubic, result);
    // The ends may come in either order.
    const reversed = run(cubic, 3, 2);
    expect(reversed.points.slice(2)).toEqual(result.points.slice(2));
    expect(reversed.root).toBe(result.root);
  });

  it('takes one secant step to the root of a line, and keeps the far end as the bracket', () => {
    // The secant through (−1, −1) and (2, 2) lands on 0 exactly: f(0) = 0 stops the search, and
    // the bracket is [0, 2] — the last end with the other sign, not the one the step came from.
    expect(run((x) => x, -1, 2)).toEqual({ root: 0, lo: 0, hi: 2, points: [-1, 2, 0] });
    const line = run((x) => 2 * x - 1, 0, 3);
    expect(line.points).toEqual([0, 3, 0.5000000000000001, 0.4999999999999999]);
    expect(line).toMatchObject({ root: 0.4999999999999999, lo: 0.4999999999999999 });
    expect(line.hi).toBe(0.5000000000000001);
  });

  it('uses inverse quadratic interpolation once three points are known', () => {
    const square = (x: number) => x * x - 2;
    const belowSqrt2 = Math.SQRT2 - 2 ** -52; // one float64 step below √2
    const result = run(square, 0, 2);
    expect(result.points).toEqual([
      0,
      2,
      1,
      1.3333333333333333,
      1.419047619047619,
      1.414071510957324,
      1.4142133199955025,
      1.4142135623731364,
      belowSqrt2,
      1.4142135623730956,
    ]);
    expect(result).toMatchObject({ root: belowSqrt2, hi: 1.4142135623730956 });
    expect(result.lo).toBeLessThan(Math.SQRT2);
    expect(result.hi).toBeGreaterThan(Math.SQRT2);
    expectBracket(square, result);
  });

  it('falls back to bisection where interpolation would step too far (a hyperbola)', () => {
    const hyperbola = (x: number) => 1 / (x + 0.1) - 2;
    const result = run(hyperbola, 0, 5);
    // 4.08 is the secant step; 2.04, 1.02 and 0.51 are bisections.
    expect(result.points).toEqual([
      0, 5, 4.08, 2.04, 1.02, 0.51, 0.2908800000000001, 0.4240064, 0.3988473855180801,
      0.40005534024859757, 0.400000127571944, 0.3999999999999674, 0.4,
    ]);
    expect(result).toMatchObject({ root: 0.4, lo: 0.4, hi: 0.400000127571944 });
  });

  it('converges on a kink where the slope changes tenfold', () => {
    const kink = (x: number) => (x < 0.3 ? x - 0.3 : 10 * (x - 0.3));
    const result = run(kink, -1, 1);
    expect(result.points).toEqual([
      -1, 1, -0.6867469879518072, 0.17808933728578458, 0.2866763994821055, 0.29979512760489613,
      0.29999964972352683, 0.2999999999907737, 0.3,
    ]);
    expect(result).toMatchObject({ root: 0.3, lo: 0.3, hi: 1 });
  });

  it('bisects a sign function down to the absolute tolerance 1e-300 near zero', () => {
    const sign = (x: number) => (x > 0 ? 1 : -1);
    const result = run(sign, -1e-290, 2e-290);
    // |f| is the same at every point, so no interpolation is tried: 34 halvings of 3e-290.
    expect(result.points).toHaveLength(36);
    expect(result.points.slice(0, 6)).toEqual([
      -1e-290, 2e-290, 4.999999999999999e-291, -2.500000000000001e-291, 1.249999999999999e-291,
      -6.250000000000009e-292,
    ]);
    expect(result).toEqual({
      root: -5.8207755849952035e-301,
      lo: -5.8207755849952035e-301,
      hi: 1.1641522689045018e-300,
      points: result.points,
    });
    expect(result.hi - result.lo).toBeLessThanOrEqual(2 * 1e-300);
  });

  it('stops when the bracket is within 2·ε·|b|, the relative tolerance, without evaluating', () => {
    // The ends 1 and 1 + 4ε are exactly 2 tolerances apart: converged before any step.
    const step = (x: number) => (x > 1 + 2 * Number.EPSILON ? 1 : -0.5);
    expect(run(step, 1 + 4 * Number.EPSILON, 1)).toEqual({
      root: 1,
      lo: 1,
      hi: 1 + 4 * Number.EPSILON,
      points: [1 + 4 * Number.EPSILON, 1],
    });
  });

  it('returns an end that is a root at once', () => {
    expect(run(cubic, 2, 3, { fa: 0, fb: 1 })).toEqual({ root: 2, lo: 2, hi: 2, points: [] });
    expect(run(cubic, 2, 3, { fa: -1, fb: 0 })).toEqual({ root: 3, lo: 3, hi: 3, points: [] });
  });

  it('evaluates f at most maxIterations times after the ends, keeping a valid bracket', () => {
    const capped = run(cubic, 2, 3, { maxIterations: 3 });
    expect(capped.points).toEqual([
      2, 3, 2.0588235294117645, 2.0956589322913497, 2.094528891117347,
    ]);
    // The last step landed below the root, like the bracket's lower end before it: the bracket
    // is closed with the point before (2.0957, above the root) — not [2.0588, 2.0945], which
    // it was before this test.
    expect(capped).toMatchObject({
      root: 2.094528891117347,
      lo: 2.094528891117347,
      hi: 2.0956589322913497,
    });
    expectBracket(cubic, capped);
    // The same with f negated: the bracket is closed whichever sign the ends have.
    const negated = (x: number) => -cubic(x);
    const cappedNegated = run(negated, 2, 3, { maxIterations: 3 });
    expect(cappedNegated).toMatchObject({ lo: 2.094528891117347, hi: 2.0956589322913497 });
    expectBracket(negated, cappedNegated);
    // Stopped after one secant step, which landed on the side of the end it replaced (f > 0):
    // the bracket is the other end, −3.75, to the step.
    const sextic = (x: number) => horner([0.5, 4, 3.75, -4.5, -7.25, 5.5, -9.5], x);
    const once = run(sextic, -3.75, 1.5, { maxIterations: 1 });
    expect(once).toEqual({
      root: 1.3441482229553836,
      lo: -3.75,
      hi: 1.3441482229553836,
      points: [-3.75, 1.5, 1.3441482229553836],
    });
    expectBracket(sextic, once);
    const cubic2 = (x: number) => horner([9.5, 8.75, 8, -1.25], x);
    const four = run(cubic2, -2, 5.75, { maxIterations: 4 });
    expect(four).toEqual({
      root: -0.9477778814669071,
      lo: -0.9477778814669071,
      hi: 2.245544757451796,
      points: [
        -2, 5.75, -1.794645808086372, -1.258910485096407, 2.245544757451796, -0.9477778814669071,
      ],
    });
    expectBracket(cubic2, four);
    // x⁹ has a root of multiplicity 9: interpolation crawls, and the default cap of 300
    // evaluations ends the search with a bracket that still holds 0.
    const ninth = (x: number) => x ** 9;
    const flat = run(ninth, -1, 1.5);
    expect(flat.points).toHaveLength(302);
    expect(flat).toMatchObject({
      root: -2.3654141307335488e-33,
      lo: -2.3654141307335488e-33,
      hi: 6.976761026937571e-33,
    });
    expectBracket(ninth, flat);
  });
});
