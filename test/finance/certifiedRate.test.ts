import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  BINARY_ONE,
  type BinaryFloat,
  fromDecimal,
  fromNumber,
  MANTISSA_BITS,
  multiply,
  power,
  powerOfSquares,
  reciprocal,
} from '../../src/finance/_lib/binaryFloat.js';
import {
  certifiedRate,
  discountPolynomial,
  evaluate,
} from '../../src/finance/_lib/certifiedRate.js';
import { roundCertainly } from '../../src/finance/_lib/certifiedRounding.js';
import { exponentialSum } from '../../src/finance/_lib/exponentialSum.js';
import { flowEquation } from '../../src/finance/_lib/flowEquation.js';
import { solveAllRates } from '../../src/finance/_lib/solveRate.js';
import { NoSolutionError } from '../../src/finance/errors.js';
import { irrAll, xirr } from '../../src/finance/index.js';

// The certified polish (issue 15): BigInt binary floats with one-sided error bounds, Newton on
// the discount polynomial, and 1 + rate rounded to 30 digits only where that rounding is certain.
// Oracles: exact BigInt rationals for the kernel; for the rates, the NPV at 80 digits must change
// sign across the half-ulp interval around the returned 1 + rate (the true root lies inside it).

/** An exact positive rational. */
interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}
const ratioOf = (x: BinaryFloat): Ratio =>
  x.exponent >= 0
    ? { num: x.mantissa << BigInt(x.exponent), den: 1n }
    : { num: x.mantissa, den: 1n << BigInt(-x.exponent) };
const UNIT_DEN = 1n << BigInt(MANTISSA_BITS - 1);

/** exact·(1 − units·UNIT) ≤ computed ≤ exact, the bound every kernel operation promises. */
function expectBelowWithin(computed: BinaryFloat, exact: Ratio, units: bigint): void {
  const c = ratioOf(computed);
  // computed ≤ exact  ⇔  c.num·exact.den ≤ exact.num·c.den
  expect(c.num * exact.den <= exact.num * c.den).toBe(true);
  // exact·(UNIT_DEN − units) ≤ computed·UNIT_DEN
  expect(exact.num * (UNIT_DEN - units) * c.den <= c.num * UNIT_DEN * exact.den).toBe(true);
  expect(computed.mantissa >> BigInt(MANTISSA_BITS - 1)).toBe(1n);
}

const positiveDouble = fc.double({ min: 1e-300, max: 1e300, noNaN: true });

describe('binaryFloat', () => {
  it('holds doubles exactly and multiplies, inverts and powers within its one-sided bounds', () => {
    fc.assert(
      fc.property(positiveDouble, positiveDouble, fc.integer({ min: 1, max: 400 }), (x, y, n) => {
        const a = fromNumber(x);
        const b = fromNumber(y);
        expect(a.mantissa >> BigInt(MANTISSA_BITS - 53) === 0n).toBe(false);
        const ra = ratioOf(a);
        const rb = ratioOf(b);
        expectBelowWithin(multiply(a, b), { num: ra.num * rb.num, den: ra.den * rb.den }, 1n);
        expectBelowWithin(reciprocal(a), { num: ra.den, den: ra.num }, 1n);
        expectBelowWithin(
          power(a, n),
          { num: ra.num ** BigInt(n), den: ra.den ** BigInt(n) },
          BigInt(n - 1),
        );
        // From shared squarings: a power, then a larger and a smaller one of the same a.
        const squares = [a];
        for (const m of [n, n + 37, Math.max(1, n >> 1)]) {
          expectBelowWithin(
            powerOfSquares(squares, m),
            { num: ra.num ** BigInt(m), den: ra.den ** BigInt(m) },
            BigInt(m - 1),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads Decimal amounts at most 2 units below their value', () => {
    const digits = fc.stringMatching(/^[1-9][0-9]{0,39}$/);
    fc.assert(
      fc.property(digits, fc.integer({ min: -40, max: 30 }), (coefficient, exponent) => {
        const amount = new Decimal(`${coefficient}e${exponent}`);
        const exact =
          exponent >= 0
            ? { num: BigInt(coefficient) * 10n ** BigInt(exponent), den: 1n }
            : { num: BigInt(coefficient), den: 10n ** BigInt(-exponent) };
        expectBelowWithin(fromDecimal(amount), exact, 2n);
        expectBelowWithin(fromDecimal(amount.negated()), exact, 2n);
      }),
      { numRuns: 200 },
    );
  });

  it('rounds half-up to 30 digits only when certain', () => {
    // 1.5 at 1 digit: exactly a midpoint, rounds up; just below it with a bound that reaches it,
    // no answer; well below, down.
    const threeHalves = multiply(fromNumber(1.5), BINARY_ONE);
    expect(roundCertainly(threeHalves, 0, 1)).toEqual({ digits: 2n, exponent: 0 });
    const belowHalf = { mantissa: threeHalves.mantissa - 1n, exponent: threeHalves.exponent };
    expect(roundCertainly(belowHalf, 4, 1)).toBeUndefined();
    expect(roundCertainly(fromNumber(1.4), 4, 1)).toEqual({ digits: 1n, exponent: 0 });
    // 9.96 at 2 digits carries into the next decade, written as 1.0e1.
    expect(roundCertainly(fromNumber(9.96), 4, 2)).toEqual({ digits: 10n, exponent: 0 });
    expect(roundCertainly(fromNumber(0.012345), 4, 3)).toEqual({ digits: 123n, exponent: -4 });
  });
});

describe('evaluate', () => {
  it('bounds the error of the discounted sum: |P̃ − P(h)| ≤ error, P(h) exact in rationals', () => {
    const amount = fc
      .tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: 0, max: 4 }), fc.boolean())
      .map(([units, decimals, negative]) => ({ units: negative ? -units : units, decimals }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (terms, hDouble) => {
          const steps: number[] = [];
          for (const [, gap] of terms)
            steps.push(steps.length === 0 ? 0 : (steps.at(-1) ?? 0) + gap);
          const amounts = terms.map(([{ units, decimals }]) =>
            new Decimal(units).dividedBy(10 ** decimals),
          );
          const sum = exponentialSum(amounts, steps, 1);
          fc.pre(sum.amounts.length > 0);
          const h = fromNumber(hDouble);
          const at = evaluate(discountPolynomial(sum), h, false);
          // Exact P(h)·2^−unit as a rational: Σ cᵢ·h^mᵢ with cᵢ = units/10^decimals.
          const hRatio = ratioOf(h);
          const degree = BigInt(sum.steps.at(-1) ?? 0);
          let num = 0n;
          const den = 10n ** 4n * hRatio.den ** degree;
          sum.amounts.forEach((c, i) => {
            const m = BigInt(sum.steps[i] ?? 0);
            const scaled = BigInt(c.times(10_000).toFixed());
            num += scaled * hRatio.num ** m * hRatio.den ** (degree - m);
          });
          // |value·2^unit − num/den| ≤ error·2^unit
          const unitNum = at.unit >= 0 ? 1n << BigInt(at.unit) : 1n;
          const unitDen = at.unit >= 0 ? 1n : 1n << BigInt(-at.unit);
          const gap = at.value * unitNum * den - num * unitDen;
          expect((gap < 0n ? -gap : gap) <= at.error * unitNum * den).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** 80 significant digits: the oracle's precision. */
const D80 = Decimal.clone({ precision: 80 });

/** NPV at 1 + rate = g, at 80 digits: Σ cᵢ·g^(−nᵢ/d). */
function npv80(
  amounts: readonly string[],
  steps: readonly number[],
  d: number,
  g: Decimal,
): Decimal {
  const growth = new D80(g);
  return amounts.reduce(
    (total, amount, i) =>
      total.plus(new D80(amount).times(growth.pow(new D80(-(steps[i] ?? 0)).dividedBy(d)))),
    new D80(0),
  );
}

/**
 * True when the NPV changes sign (or vanishes) across 1 + rate ± half a unit of its 30th digit.
 * Below 1e-10, 1 + rate's 30 digits do not all survive `minus(1)` in 40 digits (the rate keeps
 * 40 digits after its point): the interval widens by that rounding, 1e-40.
 */
function rootWithinHalfUlp(
  amounts: readonly string[],
  steps: readonly number[],
  d: number,
  rate: Decimal,
): boolean {
  const g = new D80(rate).plus(1);
  const lost = g.lessThan('1e-10') ? new D80('1e-40') : 0;
  const half = new D80(10)
    .pow(g.e - 29)
    .dividedBy(2)
    .plus(lost);
  const below = npv80(amounts, steps, d, g.minus(half));
  const above = npv80(amounts, steps, d, g.plus(half));
  return below.isZero() || above.isZero() || below.isNegative() !== above.isNegative();
}

const amountText = fc
  .tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: 0, max: 2 }))
  .map(([units, decimals]) => new Decimal(units).dividedBy(10 ** decimals).toString());

/** Streams of 3–20 flows, an outflow first, signs changing once or several times. */
const stream = fc
  .tuple(
    fc.array(fc.tuple(amountText, fc.boolean(), fc.integer({ min: 1, max: 400 })), {
      minLength: 2,
      maxLength: 19,
    }),
    amountText,
    fc.constantFrom(1, 365),
    fc.boolean(),
  )
  .map(([rest, first, d, mostlyIn]) => {
    const amounts = [`-${first}`];
    const steps = [0];
    for (const [amount, outflow, gap] of rest) {
      // Mostly inflows after the first outflow (one root), or any signs (several or none).
      amounts.push(outflow && !mostlyIn ? `-${amount}` : amount);
      steps.push((steps.at(-1) ?? 0) + (d === 1 ? 1 : gap));
    }
    return { amounts, steps, d };
  });

describe('certifiedRate', () => {
  it('returns 1 + rate correctly rounded to 30 digits (the root within half an ulp), certified', () => {
    let certified = 0;
    let fallbacks = 0;
    fc.assert(
      fc.property(stream, ({ amounts, steps, d }) => {
        const sum = exponentialSum(
          amounts.map((a) => new Decimal(a)),
          steps,
          d,
        );
        fc.pre(sum.signChanges > 0);
        const equation = flowEquation(sum, 'test: flows');
        const traced = {
          ...equation,
          certifiedRoot: (tLo: number, tHi: number) => {
            const rate = equation.certifiedRoot?.(tLo, tHi);
            if (rate === undefined) {
              fallbacks++;
              console.log('FALLBACK', JSON.stringify({ amounts, steps, d, tLo, tHi }));
            } else certified++;
            return rate;
          },
        };
        let roots: Decimal[] = [];
        try {
          roots = solveAllRates(traced);
        } catch (error) {
          expect(error).toBeInstanceOf(NoSolutionError);
        }
        for (const rate of roots) {
          expect(new Decimal(rate).plus(1).precision()).toBeLessThanOrEqual(30);
          expect(rootWithinHalfUlp(amounts, steps, d, rate)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
    // The kernel, not the Decimal fallback, answers for these ordinary streams.
    expect(certified).toBeGreaterThan(70);
    expect(fallbacks).toBe(0);
  });

  it('gives the digits of exact rates and of the Excel XIRR example', () => {
    expect(irrAll([-100, 230, -132]).map(String)).toEqual(['0.1', '0.2']);
    expect(
      xirr([
        { date: '2008-01-01', amount: -10_000 },
        { date: '2008-03-01', amount: 2_750 },
        { date: '2008-10-30', amount: 4_250 },
        { date: '2009-02-15', amount: 3_250 },
        { date: '2009-04-01', amount: 2_750 },
      ]).toString(),
    ).toBe('0.37336253351883151030845541191');
  });

  it.each([
    [
      '10,000 periods (the most flows)',
      Array.from({ length: 10_000 }, (_, i) => (i === 0 ? '-1000' : '1.5')),
      (i: number) => i,
      1,
    ],
    [
      '3,000 daily flows',
      Array.from({ length: 3_000 }, (_, i) => (i === 0 ? '-2000000' : String(1000 + (i % 7)))),
      (i: number) => i,
      365,
    ],
    ['flows a day apart: 1 + rate ≈ 7.8e59', ['-1', '1e15', '1e29'], (i: number) => i, 365],
    ['within 3e-4 of −100%', ['-1e30', '1', '1'], (i: number) => (i === 0 ? 0 : 2999 + i), 365],
    ['1e30 per period', ['-1', '1', '1e30'], (i: number) => i, 1],
    ['flows 10,000 years apart', ['-1', '0.5', '3'], (i: number) => i * 3_650_000, 365],
  ] as const)('certifies %s, with the Decimal polish’s digits', (_, amounts, step, d) => {
    const sum = exponentialSum(
      amounts.map((a) => new Decimal(a)),
      amounts.map((_a, i) => step(i)),
      d,
    );
    const equation = flowEquation(sum, 'test: flows');
    let declined = 0;
    const certified = solveAllRates({
      ...equation,
      certifiedRoot: (tLo, tHi) => {
        const rate = equation.certifiedRoot?.(tLo, tHi);
        if (rate === undefined) declined++;
        return rate;
      },
    });
    expect(declined).toBe(0);
    expect(certified.map(String)).toEqual(
      solveAllRates({ ...equation, certifiedRoot: undefined }).map(String),
    );
  });

  it('declines (undefined, for the Decimal polish) a bracket with no root and a flat double root', () => {
    const poly = (amounts: string[], steps: number[]) =>
      discountPolynomial(
        exponentialSum(
          amounts.map((a) => new Decimal(a)),
          steps,
          1,
        ),
      );
    // [−100, 110]: root at t = ln 1.1 ≈ 0.0953; a bracket far from it.
    expect(certifiedRate(poly(['-100', '110'], [0, 1]), 0.5, 0.6, 30)).toBeUndefined();
    expect(certifiedRate(poly(['-100', '110'], [0, 1]), 0.0953, 0.0954, 30)?.toString()).toBe(
      '0.1',
    );
    // (1 − 1.1h)² = 1 − 2.2h + 1.21h²: a double root, P′ = 0 there — no certain sign change.
    expect(
      certifiedRate(poly(['1', '-2.2', '1.21'], [0, 1, 2]), 0.0953, 0.0954, 30),
    ).toBeUndefined();
  });
});
