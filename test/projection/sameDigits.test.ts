// The exact path's short cuts (issue 15) move no digit: where a sum would repeat the very
// additions of another — units that are the demand, output that is the demand, capacity that is
// the nameplate — it is taken from that other sum instead of made again. The digests below were
// taken at main 1e72bd9, before the short cuts, from the JSON of every reported row (monthly and
// yearly) and every workspace buffer: a change that moves any digit of these plans fails here.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../src/core/decimal.js';
import { sumByFiscalYear, sumByFiscalYearLike } from '../../src/projection/_lib/rollup.js';
import { compileProjection } from '../../src/projection/compile.js';
import { headcountResult } from '../../src/projection/headcountRows.js';
import type { ProjectionInputJson } from '../../src/projection/inputSchema.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { eightSegmentPlan, flatPlan } from './fixtures.js';

function digest(plan: ProjectionInputJson): string {
  const { plan: _plan, workspace, ...reported } = runProjection(plan);
  const buffers: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(workspace)) {
    if (Array.isArray(value) && key !== 'counts' && key !== 'curveTimes') buffers[key] = value;
  }
  const json = JSON.stringify({ rest: reported, ws: buffers });
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

describe('the exact projection keeps its digits', () => {
  it('capacity binding by priority, pro rata, and never binding: the same JSON as before', () => {
    const base = eightSegmentPlan();
    expect(digest(base)).toBe('5efbf88df7811e94');
    expect(digest({ ...base, capacityAllocation: 'pro-rata' })).toBe('0fb7423a3bc494f3');
    const ample = base.plants.map((p) => ({ ...p, unitsPerMonth: '90000000' }));
    expect(digest({ ...base, plants: ample })).toBe('2c8a96135f43ebad');
  });

  it('exports with their own USD price and a share that steps, FX pass-through, a USD price', () => {
    const base = eightSegmentPlan();
    const segments = base.segments.map((s, i) =>
      i === 0
        ? {
            ...s,
            price: { ...s.price, fxPassThrough: '0.8' },
            exports: {
              share: [{ share: '0.3' }, { from: '2023-07', share: '0.45' }],
              price: {
                perUnit: { amount: '160', currency: 'USD' as const },
                yearlyChange: '-0.01',
              },
            },
          }
        : i === 2
          ? {
              ...s,
              price: { perUnit: { amount: '520', currency: 'USD' as const }, yearlyChange: '0.01' },
            }
          : s,
    );
    expect(digest({ ...base, segments })).toBe('1f5340ee518f3a51');
  });

  it('flat demand (months that repeat the month before), by priority and pro rata', () => {
    const plan = flatPlan();
    expect(digest(plan)).toBe('42224f109c024224');
    expect(digest({ ...plan, capacityAllocation: 'pro-rata' })).toBe('42c2906c321de46d');
    // Overstaffed: hires only replace leavers.
    const headcount = plan.headcount && { ...plan.headcount, opening: '20000' };
    expect(digest({ ...plan, ...(headcount && { headcount }) })).toBe('fb7c208cfffbcf09');
  });

  it('units equal to demand share its sums; a short plant adds its own units', () => {
    const r = runProjection(eightSegmentPlan());
    const ws = r.workspace;
    const h = r.plan.horizon;
    const S = r.plan.segments.length;
    for (let s = 0; s < S; s++) {
      const plain = sumByFiscalYear(h, ws.units, S, s);
      expect(r.segments[s]?.yearly.map((row) => row.units.toJSON())).toEqual(
        plain.map((d) => d.toJSON()),
      );
    }
    // The fixture's capacity binds in some months: those months' units are not the demand.
    expect(Array.from(ws.unmet).some((d) => !d.isZero())).toBe(true);
  });
});

describe('headcountResult', () => {
  it('with the totals’ yearly revenue gives the rows it gives by summing the months itself', () => {
    for (const plan of [eightSegmentPlan(), flatPlan()]) {
      const r = runProjection(plan);
      const own = headcountResult(r.plan, r.workspace);
      const shared = headcountResult(
        r.plan,
        r.workspace,
        r.workspace,
        sumByFiscalYear(r.plan.horizon, r.workspace.totalRevenue),
      );
      expect(JSON.stringify(shared)).toBe(JSON.stringify(own));
      expect(JSON.stringify(r.headcount)).toBe(JSON.stringify(own));
    }
  });

  it('counts no growth hire in a month whose hires only replaced leavers', () => {
    // More heads on the books than the plan needs: hires only replace (or none are made).
    const plan = flatPlan();
    const headcount = plan.headcount && { ...plan.headcount, opening: '20000' };
    const r = runProjection({ ...plan, ...(headcount && { headcount }) });
    const rows = r.headcount?.monthly ?? [];
    const replacing = rows.filter((row) => row.hires.lessThan(row.exits));
    expect(replacing.length).toBeGreaterThan(0);
    for (const row of replacing) {
      expect(row.replacementHires).toBe(row.hires);
      expect(row.growthHires.toJSON()).toBe(row.hires.minus(row.hires).toJSON());
    }
  });
});

describe('sumByFiscalYearLike', () => {
  const horizon = compileProjection({
    horizon: { start: '2022-10', months: 20 },
    plants: [{ id: 'p', unitsPerMonth: '1' }],
    segments: [
      { id: 's', plant: 'p', volume: { kind: 'flat', value: '1' }, price: { perUnit: '₹1' } },
    ],
  }).horizon;
  // 40 significant digits: the order of the additions decides the last digit.
  const values = Array.from({ length: 40 }, (_, i) =>
    new Decimal(1).dividedBy(3 + i).times(10 ** (i % 7)),
  );

  it('takes the twin’s total for a year whose months hold the very same values', () => {
    const twinTotals = sumByFiscalYear(horizon, values, 2, 1);
    const own = values.slice();
    const totals = sumByFiscalYearLike(horizon, own, 2, 1, values, twinTotals);
    expect(totals).toHaveLength(horizon.fiscalYears.length);
    for (let y = 0; y < totals.length; y++) expect(totals[y]).toBe(twinTotals[y]);
  });

  it('adds up, in month order, every year where one month differs', () => {
    const twinTotals = sumByFiscalYear(horizon, values, 2, 1);
    const own = values.slice();
    // Month 7 (index 7 × 2 + 1) falls in the second fiscal year (FY2023-24 starts in month 6).
    own[15] = new Decimal(String(values[15]));
    const totals = sumByFiscalYearLike(horizon, own, 2, 1, values, twinTotals);
    const plain = sumByFiscalYear(horizon, own, 2, 1);
    expect(totals.map((t) => t.toJSON())).toEqual(plain.map((t) => t.toJSON()));
    expect(totals[0]).toBe(twinTotals[0]);
    expect(totals[1]).not.toBe(twinTotals[1]);
    expect(totals[2]).toBe(twinTotals[2]);
    const changed = values.slice();
    changed[15] = ZERO;
    const withZero = sumByFiscalYearLike(horizon, changed, 2, 1, values, twinTotals);
    expect(withZero[1]?.toJSON()).toBe(sumByFiscalYear(horizon, changed, 2, 1)[1]?.toJSON());
    expect(withZero[1]?.eq(twinTotals[1] ?? ZERO)).toBe(false);
  });
});
