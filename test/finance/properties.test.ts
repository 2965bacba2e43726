import { addDays, format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { irr, irrAll, npv, xirr, xnpv } from '../../src/finance/index.js';
import { expectClose } from './helpers.js';

// Amounts as integers of paise-like size; rates as strings with 4 decimals.
const amount = fc.integer({ min: 1, max: 10_000_000 });
const rateText = fc
  .integer({ min: -9_000, max: 30_000 })
  .map((bp) => new Decimal(bp).dividedBy(10_000));

/** A conventional project: one outflow, then non-negative inflows (at least one positive). */
const conventional = fc
  .tuple(amount, fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 15 }))
  .filter(([, inflows]) => inflows.some((x) => x > 0))
  .map(([outflow, inflows]) => [-outflow, ...inflows]);

/**
 * Dated conventional flows: an outflow on 2020-04-01, then inflows 30 to 3,000 days later whose
 * total is 0.2 to 5 times the outflow (so that the XIRR is a rate a 40-digit Decimal can hold:
 * ₹1 back a day after ₹2 out is a rate of 0.5^365 − 1, which rounds to −100%).
 */
const datedConventional = fc
  .tuple(
    amount,
    fc.array(fc.tuple(fc.integer({ min: 30, max: 3_000 }), fc.integer({ min: 1, max: 1_000 })), {
      minLength: 1,
      maxLength: 12,
    }),
    fc.integer({ min: 20, max: 500 }),
  )
  .map(([outflow, inflows, percent]) => {
    const start = new Date(2020, 3, 1);
    const weights = inflows.reduce((total, [, weight]) => total + weight, 0);
    return [
      { date: '2020-04-01', amount: -outflow },
      ...inflows.map(([days, weight]) => ({
        date: format(addDays(start, days), 'yyyy-MM-dd'),
        amount: Math.max(1, Math.round((outflow * percent * weight) / (100 * weights))),
      })),
    ];
  });

/** Σ |amountᵢ| / (1 + r)^tᵢ: the scale against which a residual NPV is judged. */
function absoluteXnpv(rate: Decimal, flows: readonly { date: string; amount: number }[]): Decimal {
  const first = flows[0]?.date ?? '2020-01-01';
  return flows.reduce(
    (total, flow) =>
      total.plus(
        xnpv(rate, [
          { date: first, amount: 0 },
          { date: flow.date, amount: Math.abs(flow.amount) },
        ]),
      ),
    new Decimal(0),
  );
}

describe('properties', () => {
  it('xnpv at the xirr is zero (to 1e-20 of the flows’ present values)', () => {
    fc.assert(
      fc.property(datedConventional, (flows) => {
        const root = xirr(flows);
        const residual = xnpv(root, flows).abs();
        expect(residual.lessThanOrEqualTo(absoluteXnpv(root, flows).times('1e-20'))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('npv falls as the rate rises for conventional flows (outflow first)', () => {
    fc.assert(
      fc.property(conventional, rateText, rateText, (flows, a, b) => {
        fc.pre(!a.equals(b));
        const [low, high] = a.lessThan(b) ? [a, b] : [b, a];
        const atLow = npv(low, flows, { firstFlowAt: 0 });
        const atHigh = npv(high, flows, { firstFlowAt: 0 });
        expect(atLow.greaterThan(atHigh)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('npv is positive below the irr and negative above it (both conventions)', () => {
    fc.assert(
      fc.property(conventional, rateText, (flows, r) => {
        const root = irr(flows);
        fc.pre(!r.equals(root));
        for (const firstFlowAt of [0, 1] as const) {
          const value = npv(r, flows, { firstFlowAt });
          expect(value.isPositive()).toBe(r.lessThan(root));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('irr recovers the rate the flows were built from', () => {
    fc.assert(
      fc.property(
        rateText,
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (r, inflows) => {
          // Price the investment at exactly r: outflow = −Σ inflowₖ / (1 + r)^k.
          const outflow = npv(r, inflows).negated();
          const recovered = irr([outflow, ...inflows]);
          expectClose(recovered.plus(1), r.plus(1), 1e-25);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('every root irrAll reports zeroes the npv, and irr returns one of them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000, max: 1_000 }), { minLength: 3, maxLength: 8 }),
        (flows) => {
          fc.pre(flows.some((x) => x > 0) && flows.some((x) => x < 0));
          const roots = irrAll(flows);
          for (const root of roots) {
            const scale = flows.reduce(
              (total, f, k) => total.plus(new Decimal(Math.abs(f)).dividedBy(root.plus(1).pow(k))),
              new Decimal(0),
            );
            const residual = npv(root, flows, { firstFlowAt: 0 }).abs();
            expect(residual.lessThanOrEqualTo(scale.times('1e-20'))).toBe(true);
          }
          if (roots.length > 0) {
            const chosen = irr(flows).toString();
            expect(roots.map(String)).toContain(chosen);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
