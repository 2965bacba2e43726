import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError, InvalidAmountError } from '../../src/core/errors.js';
import {
  type AllocationRemainder,
  allocate,
  crore,
  inr,
  money,
  round,
  sum,
  usd,
} from '../../src/money/index.js';
import { decimalText } from './arbitraries.js';

const amounts = (parts: readonly { amount: Decimal }[]) => parts.map((p) => p.amount.toFixed());
const RULES: readonly AllocationRemainder[] = ['largest-remainder', 'largest-ratio', 'first'];

describe('allocate', () => {
  it('splits evenly with the remainder to the earliest parts on ties', () => {
    expect(amounts(allocate(inr(100), [1, 1, 1]))).toEqual(['33.34', '33.33', '33.33']);
    expect(amounts(allocate(inr('0.05'), [1, 1, 1]))).toEqual(['0.02', '0.02', '0.01']);
  });

  it('splits by partner shares', () => {
    expect(amounts(allocate(crore(1350), ['0.74', '0.26']))).toEqual(['9990000000', '3510000000']);
    expect(amounts(allocate(crore(1350), [74, 26]))).toEqual(['9990000000', '3510000000']);
  });

  it('documents each remainder rule', () => {
    // 10 paise by 1:2:3:4 → exact 1, 2, 3, 4 (no remainder); 7 paise by 3:3:1 → 3, 3, 1.
    // 1 paisa by 1:2 → exact shares 1/3, 2/3: remainder 1 unit.
    expect(amounts(allocate(inr('0.01'), [1, 2]))).toEqual(['0', '0.01']);
    expect(amounts(allocate(inr('0.01'), [1, 2], { remainder: 'largest-ratio' }))).toEqual([
      '0',
      '0.01',
    ]);
    expect(amounts(allocate(inr('0.01'), [1, 2], { remainder: 'first' }))).toEqual(['0.01', '0']);
    // 10 paise by 0.35:0.35:0.3 → 3.5, 3.5, 3: largest remainder ties → first; largest ratio likewise.
    expect(amounts(allocate(inr('0.10'), ['0.35', '0.35', '0.3']))).toEqual([
      '0.04',
      '0.03',
      '0.03',
    ]);
    // 1 paisa by 0.6:0.4 → 0.6 vs 0.4 → the first gets it; by 4:6 the second under both rules.
    expect(amounts(allocate(inr('0.01'), [4, 6]))).toEqual(['0', '0.01']);
    // where the rules differ: 5 paise by 1:1:4 → 0.833, 0.833, 3.333 → floor 0,0,3, remainder 2.
    expect(amounts(allocate(inr('0.05'), [1, 1, 4]))).toEqual(['0.01', '0.01', '0.03']);
    expect(amounts(allocate(inr('0.05'), [1, 1, 4], { remainder: 'largest-ratio' }))).toEqual([
      '0.01',
      '0',
      '0.04',
    ]);
    expect(amounts(allocate(inr('0.05'), [1, 1, 4], { remainder: 'first' }))).toEqual([
      '0.01',
      '0.01',
      '0.03',
    ]);
  });

  it('gives zero-ratio parts exactly zero', () => {
    for (const remainder of RULES) {
      expect(amounts(allocate(inr('0.05'), [0, 1, 0, 1, 1], { remainder }))).toContain('0');
      expect(allocate(inr('0.05'), [0, 1, 0, 1, 1], { remainder })[0]?.amount.isZero()).toBe(true);
      expect(allocate(inr('0.05'), [0, 1, 0, 1, 1], { remainder })[2]?.amount.isZero()).toBe(true);
    }
  });

  it('rounds the total first (half-up unless a mode is given)', () => {
    expect(amounts(allocate(inr('0.015'), [1]))).toEqual(['0.02']);
    expect(amounts(allocate(inr('0.015'), [1], { mode: 'half-even' }))).toEqual(['0.02']);
    expect(amounts(allocate(inr('0.025'), [1], { mode: 'half-even' }))).toEqual(['0.02']);
    expect(amounts(allocate(inr('0.029'), [1, 1], { mode: 'down' }))).toEqual(['0.01', '0.01']);
  });

  it('handles negative amounts symmetrically', () => {
    expect(amounts(allocate(inr(-100), [1, 1, 1]))).toEqual(['-33.34', '-33.33', '-33.33']);
  });

  it('uses whole yen for JPY', () => {
    expect(amounts(allocate(money(100, 'JPY'), [1, 1, 1]))).toEqual(['34', '33', '33']);
  });

  it('is exact for amounts far beyond 2^53 minor units', () => {
    const parts = allocate(inr(`1${'0'.repeat(30)}`), [1, 1, 1]);
    expect(amounts(parts)).toEqual([
      `${'3'.repeat(30)}.34`,
      `${'3'.repeat(30)}.33`,
      `${'3'.repeat(30)}.33`,
    ]);
  });

  it('does not mutate its input', () => {
    const ratios = [new Decimal(1), 2, '3'];
    const m = inr(10);
    allocate(m, ratios);
    expect(ratios.map(String)).toEqual(['1', '2', '3']);
    expect(m.amount.toFixed()).toBe('10');
  });

  it.each([
    [[], ArgumentError, 'at least one ratio'],
    [[0, 0], ArgumentError, 'at least one ratio above zero'],
    [[1, -1], ArgumentError, 'ratios[1] -1 must not be negative'],
    [[1, 'x'], InvalidAmountError, 'ratios[1] "x" is not a finite decimal number'],
    [[1, Number.NaN], InvalidAmountError, 'ratios[1] NaN'],
  ])('rejects ratios %j', (ratios, errorClass, message) => {
    expect(() => allocate(inr(1), ratios as never)).toThrow(errorClass);
    expect(() => allocate(inr(1), ratios as never)).toThrow(message);
  });

  it('rejects an unknown remainder rule', () => {
    expect(() => allocate(inr(1), [1], { remainder: 'last' as never })).toThrow(
      'remainder rule "last" is not one of largest-remainder, largest-ratio, first',
    );
  });

  // The oracle is exact: bigint paise and ratios scaled by 10^6, so |part·W − total·w| < W says
  // "within one paisa of the exact share" with no rounding of its own. (A 40-digit Decimal oracle
  // failed at fast-check seed 488265193: the part was 0.0099999982 from the true share, and the
  // rounded oracle computed ≥ 0.01 — issue 11 #16.)
  const conservesTotal = (seed?: number) => {
    const ratio = fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      fc.integer({ min: 0, max: 10 ** 6 }).map((n) => `0.${String(n).padStart(6, '0')}`),
    );
    fc.assert(
      fc.property(
        decimalText,
        fc.array(ratio, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...RULES),
        (amount, ratios, remainder) => {
          fc.pre(ratios.some((r) => !new Decimal(r).isZero()));
          const m = inr(amount);
          const parts = allocate(m, ratios, { remainder });
          expect(parts).toHaveLength(ratios.length);
          expect(sum(parts, 'INR').amount.equals(round(m).amount)).toBe(true);
          const total = paise(round(m).amount);
          const weights = ratios.map((r) => BigInt(new Decimal(r).times(1e6).toFixed(0)));
          const weightSum = weights.reduce((a, w) => a + w, 0n);
          parts.forEach((p, i) => {
            expect(p.amount.decimalPlaces()).toBeLessThanOrEqual(2);
            const w = weights[i] ?? 0n;
            const gap = paise(p.amount) * weightSum - total * w;
            expect(gap < weightSum && -gap < weightSum).toBe(true);
            if (w === 0n) expect(p.amount.isZero()).toBe(true);
          });
        },
      ),
      seed === undefined ? { numRuns: 300 } : { numRuns: 300, seed },
    );
  };

  it('conserves the rounded total to the paisa for any amount and ratios (property)', () => {
    conservesTotal();
  });

  it('conserves the rounded total at fast-check seed 488265193 (issue 11 #16)', () => {
    conservesTotal(488_265_193);
  });

  it('keeps a 30-digit share within a paisa of the exact rational share', () => {
    // The shape of the seed-488265193 failure at the top of the accepted range.
    const m = inr(`${'9'.repeat(28)}.97`);
    const ratios = ['0.000001', '0.999999', 1000];
    const parts = allocate(m, ratios);
    const total = paise(m.amount);
    const weights = [1n, 999_999n, 1_000_000_000n];
    const weightSum = weights.reduce((a, w) => a + w, 0n);
    parts.forEach((p, i) => {
      const gap = paise(p.amount) * weightSum - total * (weights[i] ?? 0n);
      expect(gap < weightSum && -gap < weightSum).toBe(true);
    });
  });

  it('conserves USD totals too (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        fc.integer({ min: 1, max: 20 }),
        (cents, n) => {
          const m = usd(cents / 100);
          const parts = allocate(
            m,
            Array.from({ length: n }, () => 1),
          );
          expect(sum(parts, 'USD').amount.equals(round(m).amount)).toBe(true);
          const sizes = parts.map((p) => p.amount.abs());
          const spread = sizes
            .reduce((a, b) => (a.greaterThan(b) ? a : b))
            .minus(sizes.reduce((a, b) => (a.lessThan(b) ? a : b)));
          expect(spread.lessThanOrEqualTo('0.01')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** An amount with at most two decimals as bigint paise, exactly. */
function paise(amount: Decimal): bigint {
  return BigInt(amount.times(100).toFixed(0));
}
