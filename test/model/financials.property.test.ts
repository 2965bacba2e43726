import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { freeCashFlow } from '../../src/model/freeCashFlow.js';
import { profitAndLoss } from '../../src/model/profitAndLoss.js';
import { workingCapital } from '../../src/model/workingCapital.js';
import { atWorkingPrecision, exact, exactSum, halfUnitInLastPlace } from '../support/exact.js';

const amount = fc
  .integer({ min: -5_000_000, max: 50_000_000 })
  .map((n) => new Decimal(n).dividedBy(100));
const positive = fc.integer({ min: 0, max: 50_000_000 }).map((n) => new Decimal(n).dividedBy(100));
const year = fc.record({
  revenue: positive,
  costOfGoods: positive,
  payroll: positive,
  otherOperatingCosts: positive,
  depreciation: positive,
  pliIncome: positive,
});
const years = fc
  .array(year, { minLength: 1, maxLength: 6 })
  .map((ys) => ys.map((y, i) => ({ ...y, year: `Y${i}` })));
const rate = fc.integer({ min: 0, max: 4000 }).map((n) => new Decimal(n).dividedBy(10_000));

describe('profitAndLoss (properties)', () => {
  it('ties out: EBITDA − depreciation + PLI = PBT, PBT − tax = PAT, tax never negative', () => {
    fc.assert(
      fc.property(years, rate, (ys, taxRate) => {
        for (const p of profitAndLoss(ys, { taxRate })) {
          expect(p.ebit.amount.plus(p.pliIncome.amount).equals(p.profitBeforeTax.amount)).toBe(
            true,
          );
          expect(p.profitBeforeTax.amount.minus(p.tax.amount).equals(p.profitAfterTax.amount)).toBe(
            true,
          );
          expect(p.tax.amount.isNegative()).toBe(false);
          expect(p.lossCarriedForward.amount.isNegative()).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('carrying losses forward: rate × max(0, Σ PBT) ≤ Σ tax ≤ rate × Σ max(0, PBT)', () => {
    fc.assert(
      fc.property(years, rate, (ys, taxRate) => {
        const out = profitAndLoss(ys, { taxRate });
        const zero = new Decimal(0);
        const totalTax = out.reduce((a, p) => a.plus(p.tax.amount), zero);
        const totalPbt = out.reduce((a, p) => a.plus(p.profitBeforeTax.amount), zero);
        const profitsOnly = out.reduce(
          (a, p) => a.plus(Decimal.max(p.profitBeforeTax.amount, 0)),
          zero,
        );
        expect(totalTax.greaterThanOrEqualTo(Decimal.max(totalPbt, 0).times(taxRate))).toBe(true);
        expect(totalTax.lessThanOrEqualTo(profitsOnly.times(taxRate))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('PLI adds at least (1 − tax rate) × PLI to profit after tax over the plan', () => {
    // Not year by year: PLI can use up a loss that would otherwise have sheltered a later
    // year's profit. Over the plan, Σ taxable income grows by at most Σ PLI.
    fc.assert(
      fc.property(years, rate, (ys, taxRate) => {
        const zero = new Decimal(0);
        const total = (rows: ReturnType<typeof profitAndLoss>) =>
          rows.reduce((a, p) => a.plus(p.profitAfterTax.amount), zero);
        const pli = ys.reduce((a, y) => a.plus(y.pliIncome), zero);
        const gain = total(profitAndLoss(ys, { taxRate })).minus(
          total(profitAndLoss(ys, { taxRate, withoutPli: true })),
        );
        expect(gain.greaterThanOrEqualTo(pli.times(new Decimal(1).minus(taxRate)))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('workingCapital and freeCashFlow (properties)', () => {
  it('each change is the net less the previous one, rounded once; the changes add up to closing − opening', () => {
    // Exact oracle: each net is computed with Decimal's 40 digits, and a change is their
    // difference rounded once more to 40 digits (a later net can be far larger than an earlier
    // one, so the exact difference may need more). The changes therefore add up to
    // closing − opening up to those roundings and no further: exactly within the sum of half a
    // unit in the 40th digit of each change.
    fc.assert(
      fc.property(years, positive, (ys, opening) => {
        const days = {
          receivableDays: new Decimal(45),
          inventoryDays: new Decimal(45),
          payableDays: new Decimal(60),
        };
        const wc = workingCapital(ys, { ...days, opening });
        let previous = exact(opening);
        let roundings = exact(0);
        for (const w of wc) {
          const difference = exact(exact(w.net.amount).minus(previous));
          expect(exact(w.change.amount).equals(atWorkingPrecision(difference))).toBe(true);
          roundings = exact(roundings.plus(halfUnitInLastPlace(w.change.amount)));
          previous = exact(w.net.amount);
        }
        const changes = exactSum(wc.map((w) => w.change.amount));
        const gap = exact(changes.minus(previous.minus(exact(opening)))).abs();
        expect(gap.lessThanOrEqualTo(roundings)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('free cash flow is EBITDA − tax − capex − ΔWC + PLI received, and the terminal value stays apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, positive, positive, amount, positive, positive), {
          minLength: 1,
          maxLength: 6,
        }),
        (rows) => {
          const inputs = rows.map(([ebitda, tax, capex, dwc, pli, tv], i) => ({
            year: `Y${i}`,
            ebitda,
            tax,
            capex,
            changeInWorkingCapital: dwc,
            pliReceived: pli,
            terminalValue: tv,
          }));
          freeCashFlow(inputs, inputs.length).forEach((f, i) => {
            const x = inputs[i];
            if (x === undefined) return;
            const expected = x.ebitda
              .minus(x.tax)
              .minus(x.capex)
              .minus(x.changeInWorkingCapital)
              .plus(x.pliReceived);
            expect(f.freeCashFlow.amount.equals(expected)).toBe(true);
            expect(f.valuationFlow.amount.equals(expected.plus(x.terminalValue))).toBe(true);
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
