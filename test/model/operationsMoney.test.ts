// The operations hand on the projection's yearly Money as it is (issue 15: no re-validation
// inside the library): the same frozen values, not copies rebuilt through `inr`.
import { describe, expect, it } from 'vitest';
import { fiscalYearRange, horizonYears } from '../../src/model/_lib/fiscalYears.js';
import { projectionInputOf } from '../../src/model/_lib/projectionInput.js';
import { investmentsByYear } from '../../src/model/investments.js';
import { operationsByYear, segmentYearsOf } from '../../src/model/operations.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { compileParsedProjection } from '../../src/projection/compile.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { seedJson, withExports } from './_seed.js';

describe('operationsByYear', () => {
  it('hands on the projection rows’ Money: totals and segments, revenue, COGS, exports, lost', () => {
    const scenario = parseScenario(withExports(seedJson()));
    const years = fiscalYearRange(scenario.horizon.start, horizonYears(scenario.horizon) ?? 0);
    const investment = investmentsByYear(scenario, years);
    const projection = runProjection(
      compileParsedProjection(projectionInputOf(scenario), { tranches: investment.completion }),
    );
    const operations = operationsByYear(scenario, projection);
    operations.forEach((op, y) => {
      const total = projection.total.yearly[y];
      expect(op.revenue).toBe(total?.revenue);
      expect(op.costOfGoods).toBe(total?.cogs);
      expect(op.exportRevenue).toBe(total?.exportRevenue);
      op.segments.forEach((s, i) => {
        const row = projection.segments[i]?.yearly[y];
        expect(s.revenue).toBe(row?.revenue);
        expect(s.costOfGoods).toBe(row?.cogs);
        expect(s.exportRevenue).toBe(row?.exportRevenue);
        expect(s.revenueLostToCapacity).toBe(row?.lostRevenue);
        expect(Object.isFrozen(s.revenue)).toBe(true);
      });
    });
    expect(operations.some((op) => !op.exportRevenue.amount.isZero())).toBe(true);
  });

  it('builds segments, bridge and plants when first read, in their place among the keys', () => {
    const scenario = parseScenario(seedJson());
    const years = fiscalYearRange(scenario.horizon.start, horizonYears(scenario.horizon) ?? 0);
    const investment = investmentsByYear(scenario, years);
    const projection = runProjection(
      compileParsedProjection(projectionInputOf(scenario), { tranches: investment.completion }),
    );
    // The projection with its segments' and plants' reads counted.
    let reads = 0;
    const counted = {
      ...projection,
      get segments() {
        reads++;
        return projection.segments;
      },
      get plants() {
        reads++;
        return projection.plants;
      },
    };
    const operations = operationsByYear(scenario, counted);
    // The totals and the workforce, as an opening-run-rate baseline reads them: no segment read.
    for (const op of operations) void [op.revenue, op.costOfGoods, op.headcount?.payroll];
    expect(reads).toBe(0);
    const op = operations[1];
    expect(Object.keys(op ?? {})).toEqual([
      'year',
      'revenue',
      'revenueUsd',
      'costOfGoods',
      'demand',
      'units',
      'unmetUnits',
      'averagePrice',
      'exportUnits',
      'exportRevenue',
      'segments',
      'bridge',
      'plants',
      'headcount',
    ]);
    // Read, they are the year's rows of the projection, built once.
    expect(op?.segments.map((s) => s.units)).toEqual(
      projection.segments.map((s) => s.yearly[1]?.units),
    );
    expect(op?.segments).toBe(op?.segments);
    expect(op?.bridge.map((b) => b.change.amount)).toEqual(
      projection.segments.map((s) => {
        const b = s.bridge[0];
        return b?.revenue.amount.minus(b.previous.amount);
      }),
    );
    expect(op?.plants.map((p) => p.capacity)).toEqual(
      projection.plants.map((p) => p.yearly[1]?.capacity),
    );
    expect(reads).toBeGreaterThan(0);
  });

  it('builds only the segments asked for (`segmentYearsOf`), the same objects as the whole list', () => {
    const scenario = parseScenario(seedJson());
    const years = fiscalYearRange(scenario.horizon.start, horizonYears(scenario.horizon) ?? 0);
    const investment = investmentsByYear(scenario, years);
    const projection = runProjection(
      compileParsedProjection(projectionInputOf(scenario), { tranches: investment.completion }),
    );
    // Each segment's yearly rows counted as first read (they are summed from its months then).
    const built = new Set<string>();
    const counted = {
      ...projection,
      segments: projection.segments.map((s) => ({
        ...s,
        get yearly() {
          built.add(s.id);
          return s.yearly;
        },
      })),
    };
    const operations = operationsByYear(scenario, counted);
    const op = operations[2];
    if (op === undefined) throw new Error('no third year');
    // In the ids' set, in the year's order (not the order asked), and nothing else built.
    const picked = segmentYearsOf(op, ['laptops', 'smartphones-value']);
    expect(picked.map((s) => s.segment)).toEqual(['smartphones-value', 'laptops']);
    expect([...built].sort()).toEqual(['laptops', 'smartphones-value']);
    expect(picked[1]?.units).toBe(
      projection.segments.find((s) => s.id === 'laptops')?.yearly[2]?.units,
    );
    // The whole list, read after, holds the very objects already built; read again, the same.
    const all = op.segments;
    expect(all.filter((s) => s.segment === 'laptops' || s.segment === 'smartphones-value')).toEqual(
      picked,
    );
    expect(all.find((s) => s.segment === 'laptops')).toBe(picked[1]);
    expect(segmentYearsOf(op, ['laptops'])[0]).toBe(picked[1]);
    expect(built.size).toBe(projection.segments.length);
    // A row of another making (no run behind it) reads as its segments filtered.
    const plain = { ...op, segments: all.slice(0, 3) };
    expect(segmentYearsOf(plain, ['feature-phones', 'laptops']).map((s) => s.segment)).toEqual(
      all
        .slice(0, 3)
        .filter((s) => s.segment === 'feature-phones')
        .map((s) => s.segment),
    );
  });
});
