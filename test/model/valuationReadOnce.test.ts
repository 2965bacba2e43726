import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { discountFactors } from '../../src/finance/_lib/paybackOf.js';
import { discountedPayback, payback, prepareXnpv, xirr, xnpv } from '../../src/finance/index.js';
import { valueDatedFlows, valueDatedFlowsSharing } from '../../src/model/valuation.js';
import { inr } from '../../src/money/constructors.js';

// A valuation reads its flows once and computes its XNPVs, XIRR and paybacks from that one read
// (model/valuation.ts). The oracle is the finance layer's public functions, each reading the
// flows itself, as the valuation once called them: every figure must have their very digits.

/** A 40-digit figure as a run computes them (or an exact zero), in rupees. */
const amount = fc.oneof(
  { weight: 1, arbitrary: fc.constant(new Decimal(0)) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.bigInt({ min: 1n, max: 10n ** 40n - 1n }),
        fc.integer({ min: -30, max: -25 }),
        fc.boolean(),
      )
      .map(([c, e, negative]) => new Decimal(`${negative ? '-' : ''}${c}e${e}`)),
  },
);

const valuations = fc.record({
  flows: fc.array(amount, { minLength: 1, maxLength: 8 }),
  terminal: amount,
  midYear: fc.boolean(),
  // Days after 2021-04-01: before, at and inside the first year.
  valuationDay: fc.integer({ min: -200, max: 300 }),
  rateBp: fc.integer({ min: -500, max: 4_000 }),
});

function iso(date: Date): string {
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}

describe('valueDatedFlows: one read of the flows for every figure', () => {
  it('gives the digits of xnpv, xirr, payback and discountedPayback on the same flows', () => {
    fc.assert(
      fc.property(valuations, (v) => {
        const rate = new Decimal(v.rateBp).dividedBy(10_000);
        const rows = v.flows.map((f, i) => ({
          year: `FY${2021 + i}-${String(22 + i).slice(-2)}`,
          // The year's end, or 1 October under the mid-year convention.
          date: v.midYear ? `${2021 + i}-10-01` : `${2022 + i}-03-31`,
          flow: inr(f),
        }));
        // At the last row's date under end-of-year: XIRR merges the two flows of one day.
        const terminalDate = `${2021 + v.flows.length}-03-31`;
        const valuationDate = iso(new Date(2021, 3, 1 + v.valuationDay));
        const flows = { rows, terminal: { date: terminalDate, value: inr(v.terminal) } };
        const convention = v.midYear ? 'mid-year' : 'end-of-year';
        const prepared = prepareXnpv(rate);
        const shared = valueDatedFlowsSharing(
          flows,
          rate,
          valuationDate,
          convention,
          { prepared },
          { xirr: (_sum, solve) => solve(), discountFactors: discountFactors(prepared.rate) },
        );
        const start = { date: valuationDate, amount: inr(0) };
        const dated = rows.map((r) => ({ date: r.date, amount: r.flow }));
        const tv = { date: terminalDate, amount: inr(v.terminal) };
        expect(shared.npvWithoutTerminal.amount.toString()).toBe(
          xnpv(rate, [start, ...dated]).amount.toString(),
        );
        expect(shared.terminalValuePresent.amount.toString()).toBe(
          xnpv(rate, [start, tv]).amount.toString(),
        );
        let irr: string | null;
        try {
          irr = xirr([start, ...dated, tv]).toString();
        } catch {
          irr = null;
        }
        expect(shared.irr.value?.toString() ?? null).toBe(irr);
        const fromStart = [inr(0), ...rows.map((r) => r.flow)];
        expect(JSON.stringify(shared.payback)).toBe(JSON.stringify(payback(fromStart)));
        expect(JSON.stringify(shared.discountedPayback)).toBe(
          JSON.stringify(discountedPayback(fromStart, rate)),
        );
        // Without anything shared, or with a prepared rate made elsewhere (its powers then
        // formed for the one valuation): the same valuation.
        expect(JSON.stringify(valueDatedFlows(flows, rate, valuationDate, convention))).toBe(
          JSON.stringify(shared),
        );
        const foreign = { rate, xnpv: prepared.xnpv };
        expect(
          JSON.stringify(
            valueDatedFlows(flows, rate, valuationDate, convention, { prepared: foreign }),
          ),
        ).toBe(JSON.stringify(shared));
        // The XIRR solved when first read (an outturn's): the same valuation, key for key, and
        // nothing solved before the read.
        let solves = 0;
        const lazy = valueDatedFlowsSharing(
          flows,
          rate,
          valuationDate,
          convention,
          { prepared },
          {
            xirr: (_sum, solve) => {
              solves++;
              return solve();
            },
            irrWhenRead: true,
          },
        );
        expect(solves).toBe(0);
        expect(Object.keys(lazy)).toEqual(Object.keys(shared));
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(shared));
      }),
      { numRuns: 60 },
    );
  });
});
