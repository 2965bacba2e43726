// The BigDecimal kernel (issue 15) must give decimalCalculator's results digit for digit — the
// same words, exponent and sign, a −0 where decimal.js gives one — for every operation the
// projection uses: far-apart exponents, exact half-way ties, carries that add a digit, results of
// exactly 40 and 41 digits, negative operands, quotients decided past the 41st digit. The oracle
// is decimal.js on the same private Decimal; the seed is fixed (test/setup).
import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigCalculator as big } from '../../src/core/bigCalculator.js';
import type { BigDecimal } from '../../src/core/bigDecimal.js';
import { bigFromDecimal, bigToDecimal } from '../../src/core/bigDecimalConvert.js';
import { decimalCalculator as dec } from '../../src/core/calculator.js';
import { Decimal } from '../../src/core/decimal.js';

/** Exact products and sums for building operands (no rounding within 200 digits). */
const Wide = DecimalJs.clone({ precision: 200 });

/** A decimal of 1–50 significant digits (some all zeros or all nines), either sign. */
const decimalIn = (minE: number, maxE: number) =>
  fc
    .tuple(
      fc.boolean(),
      fc.oneof(
        fc.stringMatching(/^\d{1,9}$/),
        fc.stringMatching(/^\d{10,50}$/),
        fc.constantFrom('1', '5', '10', '25', '50', '0', '0.5'),
        fc.integer({ min: 1, max: 50 }).map((n) => '9'.repeat(n)),
        // Exactly 40 and 41 digits ending in 5: the tie of the 41st digit.
        fc.stringMatching(/^[1-9]\d{38}5$/),
        fc.stringMatching(/^[1-9]\d{39}$/),
        // A tie at the 41st digit decided by a last digit far below it (an unrounded input).
        fc.stringMatching(/^[1-9]\d{39}50{1,6}1$/),
      ),
      fc.integer({ min: minE, max: maxE }),
    )
    .map(([negative, digits, e]) => new Decimal(`${negative ? '-' : ''}${digits}e${e}`));
const near = decimalIn(-20, 20);
const far = decimalIn(-120, 120);
const decimal = fc.oneof(near, near, far);

/** What JSON and a digest see of a Decimal: words, exponent, sign (−0 apart from 0). */
const parts = (d: Decimal) => ({
  s: d.s,
  e: d.e,
  d: [...(d.d as number[])],
  text: d.valueOf(),
  own: d.constructor === Decimal,
});
const out = (v: BigDecimal) => parts(big.toDecimal(v));

type Binary = 'add' | 'subtract' | 'multiply' | 'divide' | 'min' | 'max';
const binaries: Binary[] = ['add', 'subtract', 'multiply', 'divide', 'min', 'max'];

function agrees(a: Decimal, b: Decimal): void {
  const x = bigFromDecimal(a);
  const y = bigFromDecimal(b);
  for (const op of binaries) {
    if (op === 'divide' && b.isZero()) {
      expect(() => big.divide(x, y)).toThrow('division by zero');
      continue;
    }
    const r = big[op](x, y);
    expect(out(r), `${a} ${op} ${b}`).toEqual(parts(dec[op](a, b)));
    // The kernel's own invariant (later operations size their shifts by it): n is the digit
    // count of c, at most 40 for a rounded result — a carry to 10^40 is kept as 10^39.
    expect(r.n, `${a} ${op} ${b} digits`).toBe(String(r.c).length);
    if (op !== 'min' && op !== 'max') expect(r.n).toBeLessThanOrEqual(40);
  }
  expect(big.compare(x, y), `${a} cmp ${b}`).toBe(dec.compare(a, b));
  for (const [name, f, g] of [
    ['negate', big.negate, dec.negate],
    ['floor', big.floor, dec.floor],
    ['ceil', big.ceil, dec.ceil],
  ] as const) {
    expect(out(f(x)), `${name} ${a}`).toEqual(parts(g(a)));
  }
  expect(big.isZero(x)).toBe(dec.isZero(a));
}

/** The signs of zero and one against each other and a few values. */
const specials = ['0', '-0', '1', '-1', '0.5', '-0.5', '2.5', '-1.5', '1e-40', '9'.repeat(40)];

describe('bigCalculator', () => {
  it('converts a Decimal and back to the same digits, the very object it came from', () => {
    fc.assert(
      fc.property(decimal, (a) => {
        const x = bigFromDecimal(a);
        expect(parts(bigToDecimal(x))).toEqual(parts(a));
        // 0, −0 and 1 read as the kernel's shared constants, with the shared Decimals.
        if (!a.isZero() && !a.eq(1)) expect(bigToDecimal(x)).toBe(a);
        // A result made in the kernel converts afresh (no memo) to the same digits.
        expect(out(big.add(x, big.zero))).toEqual(parts(dec.add(a, dec.zero)));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with decimalCalculator on zeros, ones, halves and 40 nines', () => {
    for (const a of specials) for (const b of specials) agrees(new Decimal(a), new Decimal(b));
  });

  it('agrees with decimalCalculator on every operation (property)', () => {
    fc.assert(fc.property(decimal, decimal, agrees), { numRuns: 3000 });
  });

  it('agrees where a sum carries into a new digit or cancels to a few', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: -60, max: 60 }), (a, shift) => {
        // a ± one unit of some digit of a: 99…9 + 1 carries, a − a's digits cancels.
        const unit = new Decimal(`1e${a.e - (a.sd() - 1) + (shift % 5)}`);
        agrees(a, unit);
        agrees(a, a.negated().plus(unit.times(shift)));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees where one addend lies just past the other’s rounding digit', () => {
    // b's leading digit 38–48 places below a's: where the kernel may stand in a tiny addend.
    fc.assert(
      fc.property(
        near,
        fc.integer({ min: 38, max: 52 }),
        fc.boolean(),
        fc.stringMatching(/^[1-9]\d{0,45}$/),
        (a, gap, negative, digits) => {
          if (a.isZero()) return;
          const e = a.e - gap - (digits.length - 1);
          agrees(a, new Decimal(`${negative ? '-' : ''}${digits}e${e}`));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees on quotients whose 41st digit is a 5, a 4 or beyond with a remainder past it', () => {
    const quotientDigits = fc.stringMatching(/^[1-9]\d{39}[45]$/);
    fc.assert(
      fc.property(near, quotientDigits, fc.constantFrom(-1, 0, 1), (b, q, nudge) => {
        if (b.isZero()) return;
        // a = q × b exactly, nudged by a tiny amount: the exact quotient is the tie q (41 digits,
        // last 5), or just above or below it.
        const exact = new Wide(q).times(b.toString());
        const a = new Decimal(exact.plus(exact.abs().times(`${nudge}e-60`)).toString());
        agrees(a, b);
      }),
      { numRuns: 1000 },
    );
  });
});
