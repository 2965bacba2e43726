import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  BINARY_ONE,
  type BinaryFloat,
  bitLength,
  fromDecimal,
  fromNumber,
  MANTISSA_BITS,
  multiply,
  normalize,
  powerOfSquares,
} from '../../src/finance/_lib/binaryFloat.js';
import {
  type DiscountPolynomial,
  discountPolynomial,
  type Evaluation,
  evaluate,
} from '../../src/finance/_lib/certifiedRate.js';
import { exponentialSum } from '../../src/finance/_lib/exponentialSum.js';

// The XIRR kernel's allocation cuts (issue 15): `fromDecimal` reads two words per BigInt step and
// divides by a table's power of ten; `evaluate` shifts each term's product once and sums the
// signs apart. Oracle: the former kernels, kept here as they were — the very same integers.

function formerFromDecimal(amount: Decimal): BinaryFloat {
  const words = amount.d;
  let coefficient = 0n;
  for (const word of words) coefficient = coefficient * 10_000_000n + BigInt(word);
  const tenExponent = 7 * (Math.floor(amount.e / 7) - words.length + 1);
  if (tenExponent >= 0) return normalize(coefficient * 10n ** BigInt(tenExponent), 0);
  const shift =
    MANTISSA_BITS + 1 - bitLength(coefficient) + Math.ceil(-tenExponent * Math.log2(10));
  return normalize((coefficient << BigInt(shift)) / 10n ** BigInt(-tenExponent), -shift);
}

function formerEvaluate(poly: DiscountPolynomial, h: BinaryFloat, withSlope: boolean): Evaluation {
  const { magnitudes, negative, offsets, bigOffsets } = poly;
  const n = offsets.length;
  const gapPowers = new Map<number, BinaryFloat>();
  const squares = [h];
  const mantissas: bigint[] = new Array(n);
  const exponents: number[] = new Array(n);
  let hPower = BINARY_ONE;
  let previous = 0;
  let top = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const offset = offsets[i] ?? 0;
    if (offset !== previous) {
      const gap = offset - previous;
      let gapPower = gapPowers.get(gap);
      if (gapPower === undefined) {
        gapPower = powerOfSquares(squares, gap);
        gapPowers.set(gap, gapPower);
      }
      hPower = multiply(hPower, gapPower);
      previous = offset;
    }
    const term = multiply(magnitudes[i] as BinaryFloat, hPower);
    mantissas[i] = term.mantissa;
    exponents[i] = term.exponent;
    if (term.exponent > top) top = term.exponent;
  }
  let value = 0n;
  let slope = 0n;
  let scale = 0n;
  for (let i = 0; i < n; i++) {
    const shift = top - (exponents[i] ?? 0);
    if (shift >= MANTISSA_BITS) continue;
    const aligned = (mantissas[i] ?? 0n) >> BigInt(shift);
    const signed = negative[i] ? -aligned : aligned;
    value += signed;
    scale += aligned;
    if (withSlope) slope += signed * (bigOffsets[i] ?? 0n);
  }
  const count = BigInt(n);
  const error = (((scale + count) * poly.unitsBelow) >> (BigInt(MANTISSA_BITS) - 2n)) + count + 1n;
  return { value, slope, error, unit: top };
}

/** A non-zero Decimal of up to 40 digits at any scale the kernel meets (and far beyond). */
const amount = fc
  .tuple(
    fc.bigInt({ min: 1n, max: 10n ** 40n - 1n }),
    fc.integer({ min: -120, max: 120 }),
    fc.boolean(),
  )
  .map(([c, e, negative]) => new Decimal(`${negative ? '-' : ''}${c}e${e}`));

describe('fromDecimal', () => {
  it('gives the former reading, bit for bit, at every scale and word count', () => {
    fc.assert(
      fc.property(amount, (x) => {
        expect(fromDecimal(x)).toEqual(formerFromDecimal(x));
      }),
      { numRuns: 2_000 },
    );
    for (const x of ['1', '-1', '9999999', '10000000', '1e-40', '123456789e200', '5e-300']) {
      expect(fromDecimal(new Decimal(x))).toEqual(formerFromDecimal(new Decimal(x)));
    }
  });
});

function formerFromNumber(value: number): BinaryFloat {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const fraction = bits & ((1n << 52n) - 1n);
  return biased === 0
    ? normalize(fraction, -1074)
    : normalize(fraction | (1n << 52n), biased - 1075);
}

describe('fromNumber', () => {
  it('gives the former reading of every double, one call after another', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5e-324, max: Number.MAX_VALUE, noNaN: true }),
        fc.double({ min: 5e-324, max: Number.MAX_VALUE, noNaN: true }),
        (x, y) => {
          const a = fromNumber(x);
          const b = fromNumber(y);
          expect(a).toEqual(formerFromNumber(x));
          expect(b).toEqual(formerFromNumber(y));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('evaluate', () => {
  it('gives the former integers: value, slope, error and unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, fc.integer({ min: 0, max: 400 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.boolean(),
        (terms, hDouble, withSlope) => {
          const steps: number[] = [];
          for (const [, gap] of terms) steps.push((steps.at(-1) ?? 0) + gap);
          const sum = exponentialSum(
            terms.map(([a]) => a),
            steps,
            365,
          );
          fc.pre(sum.amounts.length > 0);
          const poly = discountPolynomial(sum);
          const h = fromNumber(hDouble);
          expect(evaluate(poly, h, withSlope)).toEqual(formerEvaluate(poly, h, withSlope));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
