// allocate's float64 path (issue 15: allocate at least as fast as dinero.js) against an exact
// oracle written here in bigint paise from the documented rules: parts are ⌊units × w ÷ Σw⌋, the
// leftover units go one each by the rule, ties to the earlier part, a negative amount splits as
// its negation. Amounts range over the safe-integer edge so both paths are exercised.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { safeMinorUnits } from '../../src/money/_lib/splitUnits.js';
import { type AllocationRemainder, allocate, inr, usd } from '../../src/money/index.js';

const RULES: readonly AllocationRemainder[] = ['largest-remainder', 'largest-ratio', 'first'];

function oracle(paise: bigint, weights: readonly bigint[], rule: AllocationRemainder): bigint[] {
  const sign = paise < 0n ? -1n : 1n;
  const units = paise * sign;
  const total = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (units * w) / total);
  const leftovers = weights.map((w) => (units * w) % total);
  let remaining = units - parts.reduce((a, b) => a + b, 0n);
  const order = weights.map((_, i) => i).filter((i) => (weights[i] ?? 0n) > 0n);
  const key = rule === 'largest-ratio' ? weights : leftovers;
  if (rule !== 'first') {
    order.sort((a, b) => {
      const ka = key[a] ?? 0n;
      const kb = key[b] ?? 0n;
      return ka === kb ? a - b : ka > kb ? -1 : 1;
    });
  }
  for (const i of order) {
    if (remaining === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    remaining -= 1n;
  }
  return parts.map((p) => p * sign);
}

const paiseText = (p: bigint) => {
  const negative = p < 0n;
  const digits = (negative ? -p : p).toString().padStart(3, '0');
  return new Decimal(`${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`).toFixed();
};

describe('allocate: whole-unit split', () => {
  it('matches the bigint oracle on both sides of the safe-integer edge (property)', () => {
    const paise = fc.oneof(
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }),
      fc.constantFrom(0n, 1n, -1n, 2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n)),
    );
    const weights = fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(0)), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(paise, weights, fc.constantFrom(...RULES), (p, ws, remainder) => {
        fc.pre(ws.some((w) => w > 0));
        const parts = allocate(inr(paiseText(p)), ws, { remainder });
        const expected = oracle(p, ws.map(BigInt), remainder).map(paiseText);
        expect(parts.map((x) => x.amount.toFixed())).toEqual(expected);
        for (const x of parts) expect(Object.isFrozen(x)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('splits the benchmark’s amount and a cent-denominated one', () => {
    expect(allocate(inr('24567890.55'), [1, 1, 1]).map((x) => x.amount.toFixed())).toEqual([
      '8189296.85',
      '8189296.85',
      '8189296.85',
    ]);
    expect(allocate(usd('-0.05'), [1, 1]).map((x) => x.amount.toFixed())).toEqual([
      '-0.03',
      '-0.02',
    ]);
  });

  it('reads whole paise exactly or declines', () => {
    expect(safeMinorUnits(new Decimal('24567890.55'), 2)).toBe(2456789055);
    expect(safeMinorUnits(new Decimal('-13500000000'), 2)).toBe(-1350000000000);
    expect(safeMinorUnits(new Decimal(0), 2)).toBe(0);
    expect(safeMinorUnits(new Decimal('1e20'), 2)).toBeUndefined();
    expect(safeMinorUnits(new Decimal('90071992547409.92'), 2)).toBeUndefined();
  });

  it('splits by fractional, text and Decimal ratios as the oracle does on their common scale (property)', () => {
    // Ratios as agreements give them: shares (0.4), percentages, tiny or huge, and zeros; scaled
    // to whole numbers they take the float64 path when those and their sum are safe integers.
    const ratio = fc.oneof(
      fc.integer({ min: 0, max: 100 }).map((n) => new Decimal(n)),
      fc
        .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: -8, max: 20 }))
        .map(([c, e]) => new Decimal(`${c}e${-e}`)),
      fc.constantFrom(new Decimal('0.4'), new Decimal('0.6'), new Decimal('1e-30')),
    );
    const paise = fc.oneof(
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }),
    );
    fc.assert(
      fc.property(
        paise,
        fc.array(ratio, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...RULES),
        fc.boolean(),
        (p, ratios, remainder, asText) => {
          fc.pre(ratios.some((r) => !r.isZero()));
          const scale = Math.max(...ratios.map((r) => r.decimalPlaces()));
          const weights = ratios.map((r) => BigInt(r.times(new Decimal(10).pow(scale)).toFixed(0)));
          const given = asText ? ratios.map((r) => r.toFixed()) : ratios;
          const parts = allocate(inr(paiseText(p)), given, { remainder });
          expect(parts.map((x) => x.amount.toFixed())).toEqual(
            oracle(p, weights, remainder).map(paiseText),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('splits 40 : 60 and 50 : 50 as an agreement says, to the paisa', () => {
    const parts = (ratios: string[]) =>
      allocate(
        inr('1000.01'),
        ratios.map((x) => new Decimal(x)),
      ).map((p) => p.amount.toFixed());
    expect(parts(['0.4', '0.6'])).toEqual(['400', '600.01']);
    expect(parts(['50', '50'])).toEqual(['500.01', '500']);
  });
});
