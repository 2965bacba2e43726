import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { checkTargets } from '../../src/projection/checkTargets.js';
import type { ProjectionInputJson } from '../../src/projection/inputSchema.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { eightSegmentPlan } from './fixtures.js';
import { compound, flat, inr } from './helpers.js';

const sum = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0));
/**
 * Equal to Decimal's working precision: 40 significant digits, so sums taken in another order
 * (segments then months, or months then segments) may differ in the 40th digit.
 */
const close = (a: Decimal | undefined, b: Decimal) =>
  a?.minus(b).abs().lessThanOrEqualTo(b.abs().times('1e-35').plus('1e-30'));
/** a ≤ b up to the working precision. */
const atMost = (a: Decimal, b: Decimal) => a.lessThanOrEqualTo(b) || close(a, b);

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
      // …and the segments add up to the total.
      expect(
        close(
          row?.revenue.amount,
          sum(result.segments.map((s) => s.yearly[y]?.revenue.amount ?? new Decimal(0))),
        ),
      ).toBe(true);
      const hc = result.headcount?.yearly[y];
      const hcMonths =
        result.headcount?.monthly.filter((_, m) => result.plan.horizon.yearOfMonth[m] === y) ?? [];
      expect(hc?.payroll.amount.eq(sum(hcMonths.map((r) => r.payroll.amount)))).toBe(true);
      expect(hc?.hires.eq(sum(hcMonths.map((r) => r.hires)))).toBe(true);
    }
  });

  it('headcount: opening + hires − exits = closing, monthly and yearly; replacement + growth = hires', () => {
    for (const r of [...(result.headcount?.monthly ?? []), ...(result.headcount?.yearly ?? [])]) {
      expect(close(r.opening.plus(r.hires).minus(r.exits), r.closing)).toBe(true);
      expect(close(r.replacementHires.plus(r.growthHires), r.hires)).toBe(true);
    }
  });

  it('the revenue bridge explains each year exactly: previous + volume + price = revenue', () => {
    for (const s of result.segments) {
      for (const b of s.bridge) {
        expect(
          close(
            b.previous.amount.plus(b.volumeEffect.amount).plus(b.priceEffect.amount),
            b.revenue.amount,
          ),
        ).toBe(true);
      }
    }
  });

  it('units never exceed a plant’s capacity; segment COGS components add to COGS', () => {
    for (const p of result.plants)
      for (const r of p.monthly) expect(atMost(r.units, r.capacity)).toBe(true);
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
          if (!atMost(row.units, row.capacity)) return false;
        }
        for (const s of r.segments)
          for (const row of s.monthly)
            if (!atMost(new Decimal(0), row.unmetUnits) || row.units.isNegative()) return false;
        for (const row of r.headcount?.monthly ?? []) {
          if (!close(row.opening.plus(row.hires).minus(row.exits), row.closing)) return false;
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
});
