import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { type FinanceChainInputs, financeChain } from '../../src/model/financeChain.js';

// A run whose PLI is out of reach (a baseline's) shares its cash flow without PLI: the horizon's
// rows of the one with PLI (model/financeChain.ts). Oracle: the same chain with every PLI receipt
// a −0 — not an exact +0, so the chain computes the case without PLI on its own, as it always did.

const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }))
  .map(([rupees, paise]) => new Decimal(`${rupees}.${String(paise).padStart(2, '0')}`));
const positive = amount.map((d) => d.abs());
const label = (i: number) => `FY${2021 + i}-${22 + i}`;

const chains = fc.record({
  years: fc.array(
    fc.record({
      revenue: positive,
      costOfGoods: positive,
      payroll: positive,
      otherOperatingCosts: positive,
      depreciation: positive,
      capex: positive,
      state: fc.option(positive, { nil: undefined }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  latePliYears: fc.integer({ min: 0, max: 2 }),
  lateStateYears: fc.integer({ min: 0, max: 1 }),
  terminal: fc.boolean(),
});

describe('financeChain without any PLI', () => {
  it('gives the cash flow without PLI the chain computes on its own, its rows shared (property)', () => {
    fc.assert(
      fc.property(chains, (c) => {
        const horizon = c.years.length;
        const zeros = (z: () => Decimal) =>
          Array.from({ length: horizon + c.latePliYears }, (_, i) => ({
            year: label(i),
            amount: z(),
          }));
        const inputs = (z: () => Decimal): FinanceChainInputs => ({
          operating: c.years.map((y, i) => ({
            year: label(i),
            revenue: y.revenue,
            costOfGoods: y.costOfGoods,
            payroll: y.payroll,
            otherOperatingCosts: y.otherOperatingCosts,
            depreciation: y.depreciation,
            pliIncome: new Decimal(0),
            pliPaidToPartners: new Decimal(0),
          })),
          capex: c.years.map((y) => y.capex),
          pliReceived: zeros(z),
          stateIncentivesReceived: Array.from({ length: horizon + c.lateStateYears }, (_, i) => ({
            year: label(i),
            amount: c.years[i]?.state ?? new Decimal(7),
          })),
          workingCapital: {
            receivableDays: new Decimal(30),
            inventoryDays: new Decimal(20),
            payableDays: new Decimal(45),
            opening: new Decimal(0),
          },
          closingNetAssets: new Decimal(1000),
          taxRate: new Decimal('0.25168'),
          terminal: c.terminal
            ? {
                method: 'perpetuity-growth',
                growth: new Decimal('0.03'),
                discountRate: new Decimal('0.12'),
                taxRate: new Decimal('0.25168'),
              }
            : { method: 'none' },
        });
        const shared = financeChain(inputs(() => new Decimal(0)));
        const alone = financeChain(inputs(() => new Decimal(-0)));
        expect(JSON.stringify(shared)).toBe(JSON.stringify(alone));
        if (c.lateStateYears === 0) {
          shared.fcf.withoutPli.forEach((row, i) => {
            expect(row).toBe(shared.fcf.withPli[i]);
          });
        }
      }),
      { numRuns: 100 },
    );
  });
});
