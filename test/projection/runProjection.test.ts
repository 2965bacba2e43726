import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { Decimal, ZERO } from '../../src/core/decimal.js';
import { parseInput } from '../../src/core/validate.js';
import {
  checkParsedTargets,
  checkTargets,
  targetSchema,
} from '../../src/projection/checkTargets.js';
import type { ProjectionInputJson } from '../../src/projection/inputSchema.js';
import { compileParsedSelector, compileSelector } from '../../src/projection/outputs.js';
import { type HeadcountRow, runProjection } from '../../src/projection/runProjection.js';
import { atWorkingPrecision, exact, halfUnitInLastPlace } from '../support/exact.js';
import { eightSegmentPlan } from './fixtures.js';
import { compound, flat, inr } from './helpers.js';

const sum = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0));
/**
 * Equal up to Decimal's working precision (40 significant digits). Used only where a sum of
 * products is compared with the product of a sum (COGS by component against COGS): every other
 * identity below is checked exactly, in the order and with the roundings the equations use.
 */
const close = (a: Decimal | undefined, b: Decimal) =>
  a?.minus(b).abs().lessThanOrEqualTo(b.abs().times('1e-35').plus('1e-30'));

describe('runProjection', () => {
  const result = runProjection(eightSegmentPlan());

  it('reports months and fiscal years of the horizon', () => {
    expect(result.months).toHaveLength(60);
    expect(result.months[0]).toBe('2022-04');
    expect(result.fiscalYears).toEqual([
      'FY2022-23',
      'FY2023-24',
      'FY2024-25',
      'FY2025-26',
      'FY2026-27',
    ]);
    expect(result.segments.map((s) => s.id)).toEqual([
      'mobile',
      'tablets',
      'laptops',
      'hearables',
      'telecom',
      'iot',
      'smart-meters',
      'auto-ev',
    ]);
  });

  it('fiscal-year totals equal the sum of their months, for every flow', () => {
    for (const [y, fy] of result.fiscalYears.entries()) {
      const months = result.total.monthly.filter(
        (_, m) => result.plan.horizon.yearOfMonth[m] === y,
      );
      const row = result.total.yearly[y];
      expect(row?.period).toBe(fy);
      expect(row?.revenue.amount.eq(sum(months.map((r) => r.revenue.amount)))).toBe(true);
      expect(row?.cogs.amount.eq(sum(months.map((r) => r.cogs.amount)))).toBe(true);
      expect(row?.units.eq(sum(months.map((r) => r.units)))).toBe(true);
      expect(row?.unmetUnits.eq(sum(months.map((r) => r.unmetUnits)))).toBe(true);
      expect(row?.lostRevenue.amount.eq(sum(months.map((r) => r.lostRevenue.amount)))).toBe(true);
      // …and the segments add up to the total, month by month in segment order (as the equations
      // add them, so the same 40-digit roundings): exactly.
      for (const [m, month] of result.months.entries()) {
        if (result.plan.horizon.yearOfMonth[m] !== y) continue;
        const segments = result.segments.map((s) => s.monthly[m]?.revenue.amount ?? ZERO);
        expect(result.total.monthly[m]?.period).toBe(month);
        expect(result.total.monthly[m]?.revenue.amount.eq(sum(segments))).toBe(true);
      }
      const hc = result.headcount?.yearly[y];
      const hcMonths =
        result.headcount?.monthly.filter((_, m) => result.plan.horizon.yearOfMonth[m] === y) ?? [];
      expect(hc?.payroll.amount.eq(sum(hcMonths.map((r) => r.payroll.amount)))).toBe(true);
      expect(hc?.hires.eq(sum(hcMonths.map((r) => r.hires)))).toBe(true);
    }
  });

  it('headcount: opening + hires − exits = closing, monthly and yearly; replacement + growth = hires', () => {
    const monthly = result.headcount?.monthly ?? [];
    for (const r of monthly) {
      expect(closesExactly(r)).toBe(true);
      // replacement = min(hires, exits); growth = hires − replacement, rounded once.
      expect(r.replacementHires.eq(Decimal.min(r.hires, r.exits))).toBe(true);
      expect(r.growthHires.eq(r.hires.minus(r.replacementHires))).toBe(true);
    }
    // A year opens with its first month, closes with its last and sums its months' flows.
    for (const [y, r] of (result.headcount?.yearly ?? []).entries()) {
      const months = monthly.filter((_, m) => result.plan.horizon.yearOfMonth[m] === y);
      expect(r.opening.eq(months[0]?.opening ?? ZERO)).toBe(true);
      expect(r.closing.eq(months[months.length - 1]?.closing ?? ZERO)).toBe(true);
      for (const flow of ['hires', 'exits', 'replacementHires', 'growthHires'] as const) {
        expect(r[flow].eq(sum(months.map((x) => x[flow])))).toBe(true);
      }
    }
  });

  it('the revenue bridge explains each year exactly: previous + volume + price = revenue', () => {
    for (const s of result.segments) {
      for (const b of s.bridge) {
        // price = (revenue − previous) − volume, each step rounded once to 40 digits: exactly
        // that, so previous + volume + price is within those two roundings of revenue.
        const change = b.revenue.amount.minus(b.previous.amount);
        expect(b.priceEffect.amount.eq(change.minus(b.volumeEffect.amount))).toBe(true);
        const gap = exact(b.previous.amount)
          .plus(exact(b.volumeEffect.amount))
          .plus(exact(b.priceEffect.amount))
          .minus(exact(b.revenue.amount));
        const bound = halfUnitInLastPlace(change).plus(halfUnitInLastPlace(b.priceEffect.amount));
        expect(exact(gap).abs().lessThanOrEqualTo(bound)).toBe(true);
      }
    }
  });

  it('units never exceed a plant’s capacity; segment COGS components add to COGS', () => {
    for (const p of result.plants)
      for (const r of p.monthly) expect(r.units.lessThanOrEqualTo(r.capacity)).toBe(true);
    const mobile = result.segments[0];
    for (const r of mobile?.monthly ?? []) {
      expect(close(sum(Object.values(r.costs).map((c) => c.amount)), r.cogs.amount)).toBe(true);
    }
  });

  it('does not mutate its input and gives the same result twice', () => {
    const input = eightSegmentPlan();
    const copy = structuredClone(input);
    const again = runProjection(input);
    expect(input).toEqual(copy);
    expect(again.total.yearly.map((r) => r.revenue.amount.toFixed())).toEqual(
      result.total.yearly.map((r) => r.revenue.amount.toFixed()),
    );
  });
});

describe('runProjection: a plant short of capacity', () => {
  it('never reports more units than its capacity, though its shares are rounded to 40 digits', () => {
    // Found by the exact property below: pro-rata shares of 0.9 units summed to
    // 0.9000000000000000000000000000000000000001 in 2023-08.
    const r = runProjection({
      horizon: { start: 'FY2022-23', months: 18 },
      capacityAllocation: 'pro-rata',
      plants: [
        {
          id: 'p',
          unitsPerMonth: '1',
          start: '2022-04',
          utilisation: { initial: '0.3', target: '0.9', months: 0 },
        },
      ],
      segments: [
        { id: 'a', plant: 'p', volume: flat('1'), price: { perUnit: inr('1') } },
        { id: 'b', plant: 'p', volume: compound('9', '-0.01'), price: { perUnit: inr('1') } },
      ],
    });
    const august = r.plants[0]?.monthly[16];
    expect(august?.period).toBe('2023-08');
    expect(august?.capacity.toString()).toBe('0.9');
    expect(august?.units.toString()).toBe('0.9');
    for (const row of r.plants[0]?.monthly ?? []) {
      expect(row.units.lessThanOrEqualTo(row.capacity)).toBe(true);
      expect(row.unmetUnits.eq(row.demand.minus(row.units))).toBe(true);
    }
  });
});

describe('property: capacity and identities hold for any small plan', () => {
  const amount = (min: number, max: number) => fc.integer({ min, max }).map(String);
  const plan = fc.record({
    capacity: amount(1, 5000),
    ramp: fc.integer({ min: 0, max: 6 }),
    allocation: fc.constantFrom('priority' as const, 'pro-rata' as const),
    maxHires: amount(0, 40),
    attrition: fc.integer({ min: 0, max: 50 }).map((p) => String(p / 100)),
    segments: fc.array(
      fc.record({
        start: amount(0, 4000),
        rate: fc.integer({ min: -20, max: 80 }).map((p) => String(p / 100)),
        price: amount(1, 900),
        productivity: amount(1, 300),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  });
  it('units ≤ capacity, unmet ≥ 0, headcount identity, FY = Σ months', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const input: ProjectionInputJson = {
          horizon: { start: 'FY2022-23', months: 18 },
          capacityAllocation: p.allocation,
          plants: [
            {
              id: 'p',
              unitsPerMonth: p.capacity,
              start: '2022-04',
              utilisation: { initial: '0.3', target: '0.9', months: p.ramp },
            },
          ],
          segments: p.segments.map((s, i) => ({
            id: `s${i}`,
            plant: 'p',
            volume: s.rate === '0' ? flat(s.start) : compound(s.start, s.rate),
            price: { perUnit: inr(s.price) },
            unitsPerWorkerPerMonth: s.productivity,
          })),
          headcount: {
            opening: '5',
            maxHiresPerMonth: p.maxHires,
            yearlyAttrition: p.attrition,
            payroll: { direct: inr('100'), indirect: inr('200') },
          },
        };
        const r = runProjection(input);
        for (const row of r.plants[0]?.monthly ?? []) {
          if (!row.units.lessThanOrEqualTo(row.capacity)) return false;
        }
        for (const s of r.segments)
          for (const row of s.monthly)
            if (row.unmetUnits.isNegative() || row.units.isNegative()) return false;
        for (const row of r.headcount?.monthly ?? []) {
          if (!closesExactly(row)) return false;
          if (row.hiringLimitBoundMonths === 1 && !row.hires.eq(p.maxHires)) return false;
        }
        const fy1 = r.total.yearly[0];
        return fy1?.revenue.amount.eq(
          sum(r.total.monthly.slice(0, 12).map((x) => x.revenue.amount)),
        );
      }),
      { numRuns: 25 },
    );
  });
});

describe('checkTargets', () => {
  const result = runProjection(eightSegmentPlan());

  it('reports reached, shortfall and the binding constraint', () => {
    const fy27 = result.total.yearly[4];
    // Serving half the unserved demand would reach this one: capacity binds.
    const reachable =
      fy27?.revenue.amount.plus(fy27.lostRevenue.amount.dividedBy(2)).toFixed() ?? '0';
    const checks = checkTargets(result, [
      {
        name: 'within capacity',
        output: 'revenue@FY2026-27',
        value: { amount: reachable, currency: 'INR' },
      },
      {
        name: 'revenue ₹38,000 crore',
        output: 'revenue@FY2026-27',
        value: { amount: '380000000000', currency: 'INR' },
      },
      { output: 'revenue@FY2022-23', value: '1000' },
      { name: '11,000 staff', output: 'headcount@FY2022-23', value: '11000' },
      { output: 'revenue[telecom]@FY2022-23', value: '1e12' },
      { output: 'payroll@FY2022-23', value: '1', comparison: 'at-most' },
    ]);
    expect(checks.map((c) => [c.name, c.reached, c.binding])).toEqual([
      ['within capacity', false, 'capacity'],
      ['revenue ₹38,000 crore', false, 'demand'],
      ['revenue@FY2022-23', true, 'none'],
      ['11,000 staff', false, 'hiring-limit'],
      ['revenue[telecom]@FY2022-23', false, 'demand'],
      ['payroll@FY2022-23', false, 'demand'],
    ]);
    const [capacity, demand, reached, staff] = checks;
    expect(demand?.shortfall.eq(new Decimal('380000000000').minus(demand.actual))).toBe(true);
    expect(capacity?.reason).toMatch(
      /units of demand unserved in FY2026-27, worth ₹[\d,.]+ crore of revenue/,
    );
    // The year's unserved units and the revenue they would have brought, as the rows sum them.
    const lostCrore = fy27?.lostRevenue.amount.dividedBy('1e7').toFixed(2);
    expect(lostCrore).not.toBe('0.00');
    expect(capacity?.reason).toContain(
      `capacity left ${fy27?.unmetUnits.toFixed(0)} units of demand unserved in FY2026-27, worth ₹${Number(lostCrore).toLocaleString('en-IN', { minimumFractionDigits: 2 })} crore`,
    );
    expect(demand?.reason).toContain('would not close the gap');
    expect(staff?.reason).toContain('the hiring limit bound in 7 month(s) of FY2022-23');
    expect(reached?.shortfall.isZero()).toBe(true);
  });

  it('rejects a money target in the wrong currency or on a non-money metric', () => {
    expect(() =>
      checkTargets(result, [
        { output: 'revenue@FY2022-23', value: { amount: '1', currency: 'USD' } },
      ]),
    ).toThrow('value.currency: revenue is in INR, not USD');
    expect(() =>
      checkTargets(result, [
        { output: 'units@FY2022-23', value: { amount: '1', currency: 'INR' } },
      ]),
    ).toThrow('units is not money');
  });

  it('checkParsedTargets: the same checks from targets parsed once (no second parse)', () => {
    const targets = [
      { output: 'revenue@FY2026-27', value: { amount: '380000000000', currency: 'INR' } },
      { name: 'staff', output: 'headcount@FY2022-23', value: '11000' },
      { output: 'revenue[telecom]@FY2022-23', value: '1e12' },
      { output: { metric: 'units', period: 'total', plant: 'noida-2' }, value: '1' },
      { output: 'payroll@FY2022-23', value: '1', comparison: 'at-most' },
    ] as const;
    const parsed = parseInput(z.array(targetSchema), targets, 'targets');
    expect(JSON.stringify(checkParsedTargets(result, parsed))).toBe(
      JSON.stringify(checkTargets(result, targets)),
    );
    // The selector, too: compiled from its parsed form, the same key and figure.
    const text = compileSelector(result.plan, 'revenue[telecom]@FY2022-23');
    const object = compileParsedSelector(result.plan, {
      metric: 'revenue',
      period: 'FY2022-23',
      segment: 'telecom',
    });
    expect(object.key).toBe(text.key);
    expect(object.extract(result.workspace).toString()).toBe(
      text.extract(result.workspace).toString(),
    );
    expect(() =>
      compileParsedSelector(result.plan, { metric: 'revenue', period: 'FY2040-41' }),
    ).toThrow('is not in the horizon');
  });
});

/**
 * The headcount identity, exactly: closing = (opening − exits) + hires, each step rounded once to
 * Decimal's 40 digits as the equations compute it (retained heads first), so the closing is
 * within those two roundings of opening + hires − exits and no further.
 */
function closesExactly(row: HeadcountRow): boolean {
  const retained = atWorkingPrecision(exact(row.opening).minus(exact(row.exits)));
  const closing = atWorkingPrecision(exact(retained.plus(exact(row.hires))));
  const unrounded = exact(exact(row.opening).plus(exact(row.hires))).minus(exact(row.exits));
  const bound = halfUnitInLastPlace(retained).plus(halfUnitInLastPlace(closing));
  return (
    exact(row.closing).equals(closing) &&
    exact(exact(row.closing).minus(unrounded)).abs().lessThanOrEqualTo(bound)
  );
}
