import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ValidationError } from '../../src/core/errors.js';
import { crore, inr } from '../../src/money/constructors.js';
import { type AssetDepreciation, depreciate } from '../../src/schedule/depreciate.js';
import type { AssetInput } from '../../src/schedule/depreciationPolicy.js';
import { deepFreeze } from './helpers.js';

const table = (d: AssetDepreciation) =>
  d.rows.map((r) => [r.period, r.charge.amount.toFixed(2), r.netBlock.amount.toFixed(2)]);

/** Checks the identities every depreciation result must satisfy. */
function expectReconciles(d: AssetDepreciation) {
  let accumulated = new Decimal(0);
  let previousNet: Decimal | undefined;
  for (const r of d.rows) {
    accumulated = accumulated.plus(r.charge.amount);
    expect(r.accumulated.amount.equals(accumulated)).toBe(true);
    expect(r.netBlock.amount.equals(r.grossBlock.amount.minus(r.accumulated.amount))).toBe(true);
    if (previousNet !== undefined) expect(r.opening.amount.equals(previousNet)).toBe(true);
    expect(r.charge.amount.isNegative()).toBe(false);
    if (!r.grossBlock.amount.isZero()) {
      expect(r.netBlock.amount.greaterThanOrEqualTo(d.residualValue.amount)).toBe(true);
    }
    previousNet = r.netBlock.amount;
  }
}

describe('depreciate', () => {
  it('written-down value at 15% with the half-rate rule (used 179 days in the first year)', () => {
    const d = depreciate(
      {
        cost: { amount: '1000000', currency: 'INR' },
        putToUse: '2022-10-04',
        method: 'written-down-value',
        rate: '15%',
        firstYear: 'half-rate',
      },
      { through: 'FY2024-25' },
    );
    expect(table(d)).toEqual([
      ['FY2022-23', '75000.00', '925000.00'],
      ['FY2023-24', '138750.00', '786250.00'],
      ['FY2024-25', '117937.50', '668312.50'],
    ]);
    expect(d.years[0]?.daysInUse).toBe(179);
    expect(d.years[0]?.factor.toFixed()).toBe('0.5');
  });

  it('half-rate: 180 days of use is a full year', () => {
    const d = depreciate(
      {
        cost: inr(1000000),
        putToUse: '2022-10-03',
        method: 'written-down-value',
        rate: '0.15',
        firstYear: 'half-rate',
      },
      { through: 'FY2022-23' },
    );
    expect(d.years[0]?.daysInUse).toBe(180);
    expect(d.rows[0]?.charge.amount.toFixed(2)).toBe('150000.00');
  });

  it('straight-line over 10 years with a 5% residual, put to use on the first day of the year', () => {
    const d = depreciate({
      cost: crore(100),
      putToUse: '2021-04-01',
      method: 'straight-line',
      usefulLife: 10,
      residualShare: '5%',
    });
    expect(d.rows).toHaveLength(10);
    expect(d.rows.every((r) => r.charge.amount.equals(crore('9.5').amount))).toBe(true);
    expect(d.rows.at(-1)?.period).toBe('FY2030-31');
    expect(d.rows.at(-1)?.netBlock.amount.equals(crore(5).amount)).toBe(true);
    expect(d.endOfLife).toBe('2031-03-31');
    expectReconciles(d);
  });

  it('straight-line, time-proportionate: the first year is 182/365 and the eleventh takes the rest', () => {
    const d = depreciate({
      cost: inr(365000),
      putToUse: '2021-10-01',
      method: 'straight-line',
      usefulLife: 10,
    });
    expect(d.rows[0]?.charge.amount.toFixed(2)).toBe('18200.00');
    expect(d.rows[1]?.charge.amount.toFixed(2)).toBe('36500.00');
    expect(d.rows).toHaveLength(11);
    expect(d.rows.at(-1)?.charge.amount.toFixed(2)).toBe('18300.00');
    expect(d.rows.at(-1)?.netBlock.amount.isZero()).toBe(true);
  });

  it('a straight-line rate is read as 1 / life', () => {
    const byRate = depreciate({
      cost: inr(1000),
      putToUse: '2021-04-01',
      method: 'straight-line',
      rate: '20%',
    });
    expect(table(byRate).map((r) => r[1])).toEqual([
      '200.00',
      '200.00',
      '200.00',
      '200.00',
      '200.00',
    ]);
    expect(byRate.usefulLife?.toFixed()).toBe('5');
  });

  it('written-down value from a useful life: rate 1 − (residual / cost)^(1 / life), ending at the residual', () => {
    const d = depreciate({
      cost: inr(100000),
      putToUse: '2021-04-01',
      method: 'written-down-value',
      usefulLife: 5,
      residualShare: '5%',
    });
    expect(d.rate?.toFixed(6)).toBe('0.450720');
    expect(d.rows).toHaveLength(5);
    expect(d.rows.at(-1)?.netBlock.amount.toFixed(2)).toBe('5000.00');
    expectReconciles(d);
  });

  it('quarters and months split each year by days in use and add up to the year', () => {
    const asset: AssetInput = {
      cost: inr(365000),
      putToUse: '2021-10-01',
      method: 'straight-line',
      usefulLife: 2,
    };
    const years = depreciate(asset);
    const quarters = depreciate(asset, { granularity: 'quarter' });
    const months = depreciate(asset, { granularity: 'month' });
    // 182 days in use in FY2021-22: 92 in Q3, 90 in Q4.
    expect(quarters.rows.slice(0, 2).map((r) => [r.period, r.charge.amount.toFixed(2)])).toEqual([
      ['FY2021-22 Q3', '46000.00'],
      ['FY2021-22 Q4', '45000.00'],
    ]);
    expect(months.rows[0]?.period).toBe('2021-10');
    const sum = (rows: AssetDepreciation['rows']) =>
      rows.reduce((s, r) => s.plus(r.charge.amount), new Decimal(0));
    expect(sum(quarters.rows).equals(sum(years.rows))).toBe(true);
    expect(sum(months.rows).equals(inr(365000).amount)).toBe(true);
    expect(sum(months.rows.slice(0, 6)).equals(years.rows[0]?.charge.amount ?? 0)).toBe(true);
    // The life ends on 2023-09-30: the last year's charge falls in April–September only.
    expect(months.rows.at(-1)?.period).toBe('2024-03');
    expect(months.rows.slice(-6).every((r) => r.charge.amount.isZero())).toBe(true);
    expect(months.rows.at(-7)?.charge.amount.isZero()).toBe(false);
  });

  it('through extends with zero charges at the residual, or cuts the run short', () => {
    const asset: AssetInput = {
      cost: inr(1000),
      putToUse: '2021-04-01',
      method: 'straight-line',
      usefulLife: 2,
      residualValue: inr(100),
    };
    expect(table(depreciate(asset, { through: 'FY2024-25' }))).toEqual([
      ['FY2021-22', '450.00', '550.00'],
      ['FY2022-23', '450.00', '100.00'],
      ['FY2023-24', '0.00', '100.00'],
      ['FY2024-25', '0.00', '100.00'],
    ]);
    expect(table(depreciate(asset, { through: 'FY2021-22' }))).toEqual([
      ['FY2021-22', '450.00', '550.00'],
    ]);
  });

  it('uses fiscal years starting in another month on request', () => {
    const d = depreciate(
      { cost: crore(10), putToUse: '2021-07-01', method: 'straight-line', usefulLife: 2 },
      { startMonth: 7 },
    );
    expect(table(d)).toEqual([
      ['FY2021-22 (Jul)', '50000000.00', '50000000.00'],
      ['FY2022-23 (Jul)', '50000000.00', '0.00'],
    ]);
  });

  it('does not mutate its input', () => {
    const asset = deepFreeze({
      cost: { amount: '1000000', currency: 'INR' as const },
      putToUse: '2022-10-04',
      method: 'written-down-value' as const,
      rate: '15%',
    });
    const before = JSON.stringify(asset);
    depreciate(asset, deepFreeze({ through: 'FY2030-31' }));
    expect(JSON.stringify(asset)).toBe(before);
  });

  const base: AssetInput = {
    cost: inr(1000),
    putToUse: '2021-04-01',
    method: 'straight-line',
    usefulLife: 5,
  };
  const bad: [string, AssetInput, string][] = [
    ['zero cost', { ...base, cost: inr(0) }, 'cost: must be greater than zero'],
    [
      'residual above cost',
      { ...base, residualValue: inr(2000) },
      'residualValue: residual value 2000 is more than the cost 1000',
    ],
    [
      'residual value and share',
      { ...base, residualValue: inr(10), residualShare: '1%' },
      'residualValue: give residualValue or residualShare, not both',
    ],
    [
      'straight-line without a life',
      { cost: inr(1), putToUse: '2021-04-01', method: 'straight-line' },
      'usefulLife: straight-line needs a useful life',
    ],
    [
      'straight-line with life and rate',
      { ...base, rate: '10%' },
      'rate: straight-line takes usefulLife or rate',
    ],
    [
      'WDV from a life without a residual',
      { ...base, method: 'written-down-value' },
      'residualShare: written-down value from a useful life needs a residual value above zero',
    ],
    [
      'WDV without rate or life',
      { cost: inr(1), putToUse: '2021-04-01', method: 'written-down-value' },
      'rate: written-down value needs a rate',
    ],
    [
      'WDV that never ends',
      { cost: inr(1), putToUse: '2021-04-01', method: 'written-down-value', rate: '10%' },
      'through: required',
    ],
    [
      'zero rate',
      {
        cost: inr(1),
        putToUse: '2021-04-01',
        method: 'written-down-value',
        rate: 0,
        residualShare: '5%',
      },
      'rate: must be greater than zero',
    ],
    ['a bad date', { ...base, putToUse: '2021-02-30' }, 'putToUse'],
    ['a bad method', { ...base, method: 'double-declining' as 'straight-line' }, 'method'],
    [
      'a residual in another currency',
      { ...base, residualValue: { amount: '1', currency: 'USD' } },
      "residualValue: currency USD differs from the cost's INR",
    ],
    [
      'a sub-paisa cost',
      { ...base, cost: inr('10.005') },
      'cost: 10.005 INR has more than 2 decimal places',
    ],
    ['a negative life', { ...base, usefulLife: -1 }, 'usefulLife: must be greater than zero'],
  ];
  it.each(bad)('rejects %s', (_, asset, fragment) => {
    expect(() => depreciate(asset)).toThrow(ValidationError);
    expect(() => depreciate(asset)).toThrow(fragment);
  });

  it('rejects a through before the put-to-use date', () => {
    expect(() => depreciate(base, { through: 'FY2020-21' })).toThrow(
      'through: FY2020-21 ends before the put-to-use date 2021-04-01',
    );
  });

  it('reconciles exactly and never goes below the residual, for any asset and policy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000_000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 1460 }),
        fc.constantFrom('straight-line' as const, 'written-down-value' as const),
        fc.constantFrom('time-proportionate' as const, 'half-rate' as const, 'full' as const),
        fc.constantFrom('fy' as const, 'quarter' as const),
        (paise, residualPct, lifeQuarters, offset, method, firstYear, granularity) => {
          const putToUse = new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10);
          const cost = inr(new Decimal(paise).dividedBy(100));
          const life = lifeQuarters / 4;
          const policy =
            method === 'straight-line'
              ? { usefulLife: life }
              : residualPct === 0 || paise < 1_000_000
                ? { rate: '0.3' }
                : { usefulLife: life };
          const d = depreciate(
            { cost, putToUse, method, firstYear, residualShare: `${residualPct}%`, ...policy },
            { granularity, through: 'FY2035-36' },
          );
          expectReconciles(d);
          const last = d.rows.at(-1);
          const total = d.rows.reduce((s, r) => s.plus(r.charge.amount), new Decimal(0));
          if (policy.usefulLife !== undefined && life <= 10) {
            expect(last?.netBlock.amount.equals(d.residualValue.amount)).toBe(true);
            expect(total.equals(cost.amount.minus(d.residualValue.amount))).toBe(true);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
