// The monthly rows of a projection are built when first read (issue 15, the exact path): to a
// user the result must look exactly as if they had been built up front — the same JSON, keys,
// spread copy and deep equality, frozen, the same array on every read — and nothing done to
// `result.workspace` afterwards may change them.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { isDecimal } from '../../src/core/decimalLike.js';
import { kernelWorkspace } from '../../src/projection/_lib/bigWorkspace.js';
import { compileParsedProjection, compileProjection } from '../../src/projection/compile.js';
import { runModelProjection, runProjection } from '../../src/projection/runProjection.js';
import { eightSegmentPlan, flatPlan } from './fixtures.js';

/** A deep copy with every array and object a plain data property (what eager rows were). */
const plain = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(plain)
    : value instanceof Decimal || value === null || typeof value !== 'object'
      ? value
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));

describe('lazily built monthly rows', () => {
  it('read like plain frozen arrays: JSON, keys, spread, deep equality, identity', () => {
    const result = runProjection(eightSegmentPlan());
    const { plan: _plan, workspace: _ws, ...rest } = result;
    const copy = plain(rest);
    expect(JSON.stringify(rest)).toBe(JSON.stringify(copy));
    expect(rest).toEqual(copy);
    const segment = result.segments[0];
    expect(Object.keys(segment ?? {})).toEqual([
      'id',
      'name',
      'plant',
      'monthly',
      'yearly',
      'bridge',
    ]);
    expect({ ...segment }.monthly).toBe(segment?.monthly);
    expect(segment?.monthly).toHaveLength(60);
    expect(Object.isFrozen(segment?.monthly)).toBe(true);
    expect(Object.isFrozen(segment?.monthly[0])).toBe(true);
    expect(Object.keys(result.total)).toEqual(['monthly', 'yearly']);
    expect(Object.keys(result.plants[0] ?? {})).toEqual(['id', 'monthly', 'yearly']);
    expect(Object.keys(result.headcount ?? {})).toEqual(['monthly', 'yearly']);
    expect(result.headcount?.monthly).toBe(result.headcount?.monthly);
    expect(result.total.monthly).toBe(result.total.monthly);
    expect(() => {
      (segment as { monthly: unknown }).monthly = [];
    }).toThrow(TypeError);
  });

  it('do not change when the exposed workspace is written to before they are read', () => {
    const untouched = runProjection(eightSegmentPlan());
    const result = runProjection(eightSegmentPlan());
    const ws = result.workspace as unknown as Record<string, unknown[]>;
    for (const key of [
      'units',
      'revenue',
      'totalRevenue',
      'produced',
      'closing',
      'payroll',
      'componentCogs',
      'revenueUsd',
      'unitCost',
      'hires',
      'exits',
      'payrollDirect',
      'payrollIndirect',
      'payrollTeams',
    ]) {
      (ws[key] as unknown[]).fill(new Decimal(-1));
    }
    expect(JSON.stringify(result.segments)).toBe(JSON.stringify(untouched.segments));
    expect(JSON.stringify(result.total)).toBe(JSON.stringify(untouched.total));
    expect(JSON.stringify(result.plants)).toBe(JSON.stringify(untouched.plants));
    expect(JSON.stringify(result.headcount)).toBe(JSON.stringify(untouched.headcount));
  });
});

describe('a segment’s years and bridge and a plant’s years, built when first read', () => {
  it('are one frozen array on every read', () => {
    const segment = runProjection(eightSegmentPlan()).segments[0];
    expect(segment?.yearly).toBe(segment?.yearly);
    expect({ ...segment }.bridge).toBe(segment?.bridge);
    expect(Object.isFrozen(segment?.yearly)).toBe(true);
    expect(Object.isFrozen(segment?.bridge)).toBe(true);
    const plant = runProjection(eightSegmentPlan()).plants[0];
    expect({ ...plant }.yearly).toBe(plant?.yearly);
    expect(Object.isFrozen(plant?.yearly)).toBe(true);
  });

  it('do not change when a run on another clone’s Decimals has its workspace written to first', () => {
    // One value of another clone: the run computes on decimal.js and its buffers are the result's.
    const Clone = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
    const compiled = compileProjection(eightSegmentPlan());
    const input = {
      ...compiled.input,
      plants: compiled.input.plants.map((p, i) =>
        i === 0 ? { ...p, unitsPerMonth: new Clone(p.unitsPerMonth.toString()) } : p,
      ),
    };
    const untouched = runProjection(compileParsedProjection(input));
    const result = runProjection(compileParsedProjection(input));
    expect(Object.getOwnPropertyDescriptor(result.workspace, 'units')?.get).toBeUndefined();
    // Every buffer of Decimals overwritten.
    for (const buffer of Object.values(result.workspace)) {
      if (Array.isArray(buffer) && isDecimal(buffer[0])) buffer.fill(new Decimal(-1));
    }
    expect(result.workspace.nameplate[0]?.toString()).toBe('-1');
    expect(JSON.stringify(result.segments)).toBe(JSON.stringify(untouched.segments));
    expect(JSON.stringify(result.plants)).toBe(JSON.stringify(untouched.plants));
    // The totals' years and the headcount are built when first read too (session 13).
    expect(JSON.stringify(result.total)).toBe(JSON.stringify(untouched.total));
    expect(result.headcount).toBeDefined();
    expect(JSON.stringify(result.headcount)).toBe(JSON.stringify(untouched.headcount));
  });
});

describe('a segment’s yearly figures the model never reads, computed when first read', () => {
  it('read like plain frozen properties: keys in place, JSON, one object on every read', () => {
    const result = runProjection(eightSegmentPlan());
    const row = result.segments[0]?.yearly[1];
    expect(Object.keys(row ?? {})).toEqual([
      'period',
      'demand',
      'units',
      'unmetUnits',
      'revenue',
      'lostRevenue',
      'cogs',
      'grossProfit',
      'grossMargin',
      'revenueUsd',
      'exportUnits',
      'exportRevenue',
      'averagePrice',
      'averageUnitCost',
      'costs',
    ]);
    expect(row?.revenueUsd?.currency).toBe('USD');
    expect(row?.revenueUsd).toBe(row?.revenueUsd);
    expect(row?.averageUnitCost).toBe(row?.averageUnitCost);
    expect(Object.keys(row?.costs ?? {}).length).toBeGreaterThan(1);
    expect(row?.costs).toBe(row?.costs);
    expect({ ...row }.costs).toBe(row?.costs);
    expect(Object.isFrozen(row)).toBe(true);
    expect(Object.isFrozen(row?.costs)).toBe(true);
    expect(JSON.stringify(row)).toBe(JSON.stringify(plain(row)));
    expect(() => {
      (row as { costs: unknown }).costs = {};
    }).toThrow(TypeError);
  });

  it('are the months of the year added up (USD revenue, each component’s cost), unit cost = COGS ÷ units', () => {
    const result = runProjection(eightSegmentPlan());
    for (const segment of result.segments) {
      segment.yearly.forEach((row, y) => {
        const months = segment.monthly.slice(y * 12, y * 12 + 12);
        const usd = months.reduce((a, m) => a.plus(m.revenueUsd?.amount ?? 0), new Decimal(0));
        expect([segment.id, row.period, row.revenueUsd?.amount.toString()]).toEqual([
          segment.id,
          row.period,
          usd.toString(),
        ]);
        const unitCost = row.units.isZero() ? new Decimal(0) : row.cogs.amount.dividedBy(row.units);
        expect(row.averageUnitCost.amount.toString()).toBe(unitCost.toString());
        for (const [name, cost] of Object.entries(row.costs)) {
          const sum = months.reduce((a, m) => a.plus(m.costs[name]?.amount ?? 0), new Decimal(0));
          expect([segment.id, row.period, name, cost.amount.toString()]).toEqual([
            segment.id,
            row.period,
            name,
            sum.toString(),
          ]);
        }
      });
    }
  });
});

describe('a lean run (the model’s): cost of goods by component computed only when read', () => {
  it('leaves the workspace’s breakdown at zero (not computed) and gives the very rows a full run gives', () => {
    for (const plan of [eightSegmentPlan(), flatPlan()]) {
      const full = runProjection(plan);
      const lean = runModelProjection(plan);
      expect(Array.from(lean.workspace.componentCogs).every((v) => v?.isZero())).toBe(true);
      expect(Array.from(full.workspace.componentCogs).some((v) => !v?.isZero())).toBe(true);
      // Everything else in the workspace is the full run's, digit for digit.
      const { componentCogs: _a, ...leanBuffers } = lean.workspace;
      const { componentCogs: _b, ...fullBuffers } = full.workspace;
      expect(JSON.stringify(leanBuffers)).toBe(JSON.stringify(fullBuffers));
      // Yearly rows first (their costs fill the breakdown), then the months.
      expect(JSON.stringify(lean.segments.map((s) => s.yearly))).toBe(
        JSON.stringify(full.segments.map((s) => s.yearly)),
      );
      expect(JSON.stringify(lean.segments)).toBe(JSON.stringify(full.segments));
    }
  });

  it('fills a private copy: writing to the workspace first changes nothing', () => {
    const full = runProjection(eightSegmentPlan());
    const lean = runModelProjection(eightSegmentPlan());
    const ws = lean.workspace as unknown as Record<string, unknown[]>;
    for (const key of ['units', 'componentCost', 'componentCogs']) {
      (ws[key] as unknown[]).fill(new Decimal(-1));
    }
    // The months first this time.
    expect(JSON.stringify(lean.segments.map((s) => s.monthly))).toBe(
      JSON.stringify(full.segments.map((s) => s.monthly)),
    );
    expect(JSON.stringify(lean.segments)).toBe(JSON.stringify(full.segments));
  });
});

describe('a lean run’s revenue in USD, computed only when first read', () => {
  // Each way in first: the totals' years, a segment's years, the months, the workspace.
  const firstReads: [string, (r: ReturnType<typeof runProjection>) => unknown][] = [
    ['totals by year', (r) => r.total.yearly.map((y) => y.revenueUsd)],
    ['a segment by year', (r) => r.segments[1]?.yearly.map((y) => y.revenueUsd)],
    ['totals by month', (r) => r.total.monthly.map((m) => m.revenueUsd)],
    ['a segment by month', (r) => r.segments[0]?.monthly.map((m) => m.revenueUsd)],
    ['the workspace', (r) => [r.workspace.totalRevenueUsd, r.workspace.revenueUsd]],
  ];

  it('leaves the dollars undivided until read, then gives a full run’s digits whatever is read first', () => {
    const full = runProjection(eightSegmentPlan());
    const digits = (r: ReturnType<typeof runProjection>) =>
      JSON.stringify([r.total, r.segments, r.workspace.revenueUsd, r.workspace.totalRevenueUsd]);
    const want = digits(full);
    expect(full.total.yearly.every((y) => y.revenueUsd !== undefined)).toBe(true);
    for (const [way, read] of firstReads) {
      const lean = runModelProjection(eightSegmentPlan());
      const kernel = kernelWorkspace(lean.workspace);
      // The run's own buffers: no month divided yet (the totals' still the zeros they start as).
      const divided = () => Array.from(kernel?.totalRevenueUsd ?? []).filter((v) => v.c !== 0n);
      expect([way, kernel === undefined, divided().length]).toEqual([way, false, 0]);
      read(lean);
      expect([way, divided().length]).toEqual([way, 60]);
      expect([way, digits(lean)]).toEqual([way, want]);
    }
  });
});

describe('a year’s hires and payroll by kind, summed when first read', () => {
  it('read like plain properties, in place, and are the months added up', () => {
    for (const plan of [eightSegmentPlan(), flatPlan()]) {
      const r = runProjection(plan);
      const hc = r.headcount;
      if (hc === undefined) throw new Error('the fixtures have headcount');
      expect(Object.keys(hc.yearly[0] ?? {})).toEqual(Object.keys(hc.monthly[0] ?? {}));
      expect(JSON.stringify(hc.yearly)).toBe(JSON.stringify(plain(hc.yearly)));
      const keys = ['replacementHires', 'growthHires'] as const;
      const money = ['payrollDirect', 'payrollIndirect', 'payrollTeams'] as const;
      hc.yearly.forEach((row, y) => {
        const months = hc.monthly.slice(y * 12, y * 12 + 12);
        const sum = (f: (m: (typeof months)[number]) => Decimal) =>
          months.reduce((a, m) => a.plus(f(m)), new Decimal(0)).toString();
        for (const key of keys) {
          expect([row.period, key, row[key].toString()]).toEqual([
            row.period,
            key,
            sum((m) => m[key]),
          ]);
          expect(row[key]).toBe(row[key]);
        }
        for (const key of money) {
          expect([row.period, key, row[key].amount.toString()]).toEqual([
            row.period,
            key,
            sum((m) => m[key].amount),
          ]);
        }
      });
      expect(hc.yearly.some((row) => !row.growthHires.isZero())).toBe(true);
    }
  });
});

describe('what console.log shows of rows computed when read', () => {
  it('prints their values, not [Getter], and adds no key that JSON, spread or keys see', () => {
    const r = runProjection(eightSegmentPlan());
    const shown = inspect(r, { depth: 6 });
    expect(shown).not.toContain('[Getter]');
    // The lazy values themselves are printed: a segment's yearly costs, its months, the totals'.
    expect(inspect(r.segments[0]?.yearly[0])).toMatch(/averageUnitCost: \{\s+amount: /);
    expect(inspect(r.total, { depth: 1 })).toMatch(/^\{\n {2}monthly: \[/);
    expect(inspect(r.headcount, { depth: 1 })).toMatch(/monthly: \[/);
    const row = r.segments[0]?.yearly[0] as object;
    expect(Object.keys({ ...row })).toEqual(Object.keys(row));
    expect(Object.getOwnPropertySymbols({ ...row })).toEqual([]);
    expect(JSON.parse(JSON.stringify(r.segments[0]))).toEqual(
      JSON.parse(JSON.stringify({ ...r.segments[0] })),
    );
  });
});
