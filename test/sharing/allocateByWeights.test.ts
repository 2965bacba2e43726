// A split by Decimal weights hands allocate whole numbers on the weights' common scale (its
// integer path): the parts allocate gives the weights as text, for any weights and amount.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { allocate, inr } from '../../src/money/index.js';
import { allocateByWeights } from '../../src/sharing/_lib/shares.js';
import { paiseText } from '../money/arbitraries.js';

// Weights as agreements give them: shares (0.4), percentages (60), tiny or huge, and zeros.
const weight = fc.oneof(
  fc.integer({ min: 0, max: 100 }).map((n) => new Decimal(n)),
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: -8, max: 20 }))
    .map(([c, e]) => new Decimal(`${c}e${-e}`)),
  fc.constant(new Decimal('0.4')),
  fc.constant(new Decimal('1e-30')),
);

describe('allocateByWeights', () => {
  it('gives the parts allocate gives the weights as text (property)', () => {
    fc.assert(
      fc.property(
        paiseText.map((t) => t.replace('-', '')),
        fc.array(fc.option(weight, { nil: null }), { minLength: 1, maxLength: 5 }),
        (amount, weights) => {
          const text = weights.map((w) => w?.toFixed() ?? '0');
          fc.pre(text.some((t) => !new Decimal(t).isZero()));
          const fast = allocateByWeights(inr(amount), weights).map((p) => p.amount.toFixed());
          const general = allocate(inr(amount), text).map((p) => p.amount.toFixed());
          expect(fast).toEqual(general);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('splits 40 : 60 and 50 : 50 as the agreement says, to the paisa', () => {
    const parts = (w: string[]) =>
      allocateByWeights(
        inr('1000.01'),
        w.map((x) => new Decimal(x)),
      ).map((p) => p.amount.toFixed());
    expect(parts(['0.4', '0.6'])).toEqual(['400', '600.01']);
    expect(parts(['50', '50'])).toEqual(['500.01', '500']);
  });
});
