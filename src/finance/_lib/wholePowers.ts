import { Decimal } from '../../core/decimal.js';

// decimal.js raises a value to a whole power by squaring (its `intPow`, behind `toPower`): the
// squares x, x², x⁴, … each exact and then cut to K words, and the product of the squares the
// exponent's bits select, each exact and cut the same way (a last zero word after a cut made
// one), then rounded once to the precision. The squares depend on the base alone: powers of one
// base to several exponents (the gaps between an XIRR's flows, 365, 366, 181 days…) may share
// them — the same products of the same values in the same order, so the same digits, with each
// squaring done once instead of once per exponent.

/** decimal.js's cut for `intPow` at crorecast's precision: ⌈40 / 7 + 4⌉ = 10 base-10^7 words. */
const WORDS = Math.ceil(Decimal.precision / 7 + 4);

/**
 * Products without rounding: every operand here has at most `WORDS` words (70 digits), so a
 * product has at most 140 digits, which this precision holds exactly — as decimal.js's products
 * inside `intPow` are exact.
 */
const Exact = Decimal.clone({ precision: 2 * 7 * WORDS + 7 });

interface Words {
  d: number[];
}

/** Cuts a value's words to `WORDS` (decimal.js's `truncate`); true when it cut any. */
function cut(x: Decimal): boolean {
  const d = (x as unknown as Words).d;
  if (d.length <= WORDS) return false;
  d.length = WORDS;
  return true;
}

/**
 * `base.toPower(n)` for whole n, digit for digit, for many n: the base's squares are made once
 * and kept by the returned function. Exponents below 2, and a base that is zero, not finite,
 * or 1 — which `toPower` answers without squaring — are handed to `toPower` itself.
 *
 * @param base - a value of crorecast's Decimal
 * @returns n ↦ base^n, as `base.toPower(n)` gives it
 * @internal
 *
 * @example
 * ```ts
 * const power = wholePowers(new Decimal('1.0001'));
 * power(365).equals(new Decimal('1.0001').toPower(365)) //=> true
 * ```
 */
export function wholePowers(base: Decimal): (n: number) => Decimal {
  const digits = (base as unknown as { d: number[] | null }).d;
  if (digits === null || digits[0] === 0 || base.equals(1)) return (n) => base.toPower(n);
  const squares: Decimal[] = [new Exact(base)];
  const square = (i: number): Decimal => {
    while (squares.length <= i) {
      const last = squares[squares.length - 1] as Decimal;
      const next = last.times(last);
      cut(next);
      squares.push(next);
    }
    return squares[i] as Decimal;
  };
  return (n) => {
    if (!Number.isSafeInteger(n) || n < 2) return base.toPower(n);
    let r: Decimal = new Exact(1);
    let cutAny = false;
    for (let i = 0, k = n; k > 0; i++, k = Math.floor(k / 2)) {
      if (k % 2 === 1) {
        r = r.times(square(i));
        if (cut(r)) cutAny = true;
      }
    }
    // As `intPow` ends: a cut value ending in a zero word gets its last word raised, so that
    // the rounding below sees that digits were dropped.
    const d = (r as unknown as Words).d;
    if (cutAny && d[d.length - 1] === 0) d[d.length - 1] = 1;
    return new Decimal(r).toSignificantDigits(Decimal.precision, Decimal.rounding);
  };
}
