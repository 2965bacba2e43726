// A month that reads the very inputs of the month before takes its results (issue 15): only
// when every input allocation, cost of goods and the totals read is the same value object.
import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../src/core/calculator.js';
import type { Decimal } from '../../src/core/decimal.js';
import { copyLastMonth, repeatsLastMonth } from '../../src/projection/_lib/monthLikeLast.js';
import { compileProjection } from '../../src/projection/compile.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { createWorkspace } from '../../src/projection/workspace.js';
import { eightSegmentPlan, flatPlan } from './fixtures.js';

describe('repeatsLastMonth', () => {
  it('holds within a fiscal year of flat demand, not across a year (prices change)', () => {
    const r = runProjection(flatPlan());
    const yearOf = r.plan.horizon.yearOfMonth;
    const repeats = r.months.map((_, m) => repeatsLastMonth(r.plan, r.workspace, m));
    expect(repeats[0]).toBe(false);
    // Every first month of a fiscal year differs from March (a new year's prices and rates).
    repeats.forEach((same, m) => {
      if (m > 0 && yearOf[m] !== yearOf[m - 1]) expect(same).toBe(false);
    });
    expect(repeats.filter(Boolean).length).toBeGreaterThan(20);
  });

  it('fails for growing demand and for one changed input object', () => {
    const r = runProjection(eightSegmentPlan());
    expect(r.months.some((_, m) => repeatsLastMonth(r.plan, r.workspace, m))).toBe(false);
    const flat = runProjection(flatPlan());
    const m = flat.months.findIndex((_, k) => repeatsLastMonth(flat.plan, flat.workspace, k));
    const ws = flat.workspace;
    const S = flat.plan.segments.length;
    for (const name of ['demand', 'price', 'unitCost', 'exportShare', 'exportPrice'] as const) {
      const kept = ws[name][m * S + 3] as Decimal;
      ws[name][m * S + 3] = kept.plus(0);
      expect(repeatsLastMonth(flat.plan, ws, m)).toBe(false);
      ws[name][m * S + 3] = kept;
    }
    const C = flat.plan.costs.length;
    const cost = ws.componentCost[m * C + 1] as Decimal;
    ws.componentCost[m * C + 1] = cost.plus(0);
    expect(repeatsLastMonth(flat.plan, ws, m)).toBe(false);
    ws.componentCost[m * C + 1] = cost;
    const P = flat.plan.plants.length;
    const capacity = ws.capacity[m * P + 1] as Decimal;
    ws.capacity[m * P + 1] = capacity.plus(0);
    expect(repeatsLastMonth(flat.plan, ws, m)).toBe(false);
    ws.capacity[m * P + 1] = capacity;
    const K = flat.plan.currencies.length;
    const rate = ws.fx[m * K + flat.plan.usd] as Decimal;
    ws.fx[m * K + flat.plan.usd] = rate.plus(0);
    expect(repeatsLastMonth(flat.plan, ws, m)).toBe(false);
    ws.fx[m * K + flat.plan.usd] = rate;
    expect(repeatsLastMonth(flat.plan, ws, m)).toBe(true);
  });
});

describe('copyLastMonth', () => {
  it('writes every buffer allocation, cost of goods and the totals write, from the month before', () => {
    const plan = compileProjection(flatPlan());
    const ws = createWorkspace(plan, decimalCalculator);
    const S = plan.segments.length;
    const P = plan.plants.length;
    const C = plan.costs.length;
    const mark = (buffer: { [i: number]: Decimal }, stride: number) => {
      for (let k = 0; k < stride; k++) buffer[stride + k] = decimalCalculator.from(k + 1);
    };
    const bySegment = ['units', 'unmet', 'revenue', 'cogs', 'revenueUsd'] as const;
    const more = ['exportUnits', 'exportRevenue'] as const;
    for (const name of [...bySegment, ...more]) mark(ws[name], S);
    mark(ws.produced, P);
    mark(ws.plantDemand, P);
    mark(ws.componentCogs, C);
    mark(ws.totalRevenue, 1);
    mark(ws.totalExportRevenue, 1);
    copyLastMonth(plan, ws, 2);
    for (const name of [...bySegment, ...more]) {
      expect(Array.from(ws[name]).slice(2 * S, 3 * S)).toEqual(
        Array.from(ws[name]).slice(S, 2 * S),
      );
    }
    expect(ws.produced[2 * P + 1]).toBe(ws.produced[P + 1]);
    expect(ws.plantDemand[2 * P]).toBe(ws.plantDemand[P]);
    expect(ws.componentCogs[2 * C + C - 1]).toBe(ws.componentCogs[C + C - 1]);
    expect(ws.totalRevenue[2]?.toJSON()).toBe('1');
    expect(ws.totalExportRevenue[2]?.toJSON()).toBe('1');
  });
});
