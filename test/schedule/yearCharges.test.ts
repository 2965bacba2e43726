import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { type AssetParams, yearCharges } from '../../src/schedule/_lib/yearCharges.js';

// Indian fiscal years FY2021-22 … FY2060-61 as plain windows: the engine is calendar-agnostic.
const years = Array.from({ length: 40 }, (_, i) => ({
  key: `FY${2021 + i}`,
  start: `${2021 + i}-04-01`,
  end: `${2022 + i}-03-31`,
}));

const base: AssetParams = {
  cost: new Decimal(100),
  residual: new Decimal(5),
  putToUse: '2021-10-04',
  method: 'straight-line',
  life: new Decimal(3),
  endOfLife: '2024-10-03',
  firstYear: 'time-proportionate',
  minorUnit: 2,
  rounding: 'half-up',
};

const table = (rows: ReturnType<typeof yearCharges>) =>
  rows.map((r) => [r.key, r.daysInUse, r.charge.toFixed(2), r.closing.toFixed(2)]);

describe('yearCharges', () => {
  it('straight-line, time-proportionate: 179 of 365 days in the first year, remainder in the fourth', () => {
    expect(table(yearCharges(base, years))).toEqual([
      ['FY2021', 179, '15.53', '84.47'],
      ['FY2022', 365, '31.67', '52.80'],
      ['FY2023', 366, '31.66', '21.14'],
      ['FY2024', 365, '16.14', '5.00'],
    ]);
  });

  it('straight-line, half-rate: used 179 days (< 180) so the first year is half', () => {
    expect(table(yearCharges({ ...base, firstYear: 'half-rate' }, years))).toEqual([
      ['FY2021', 179, '15.83', '84.17'],
      ['FY2022', 365, '31.67', '52.50'],
      ['FY2023', 366, '31.67', '20.83'],
      ['FY2024', 365, '15.83', '5.00'],
    ]);
  });

  it('half-rate: used exactly 180 days takes the full rate', () => {
    const rows = yearCharges({ ...base, putToUse: '2021-10-03', firstYear: 'half-rate' }, years);
    expect(rows[0]?.daysInUse).toBe(180);
    expect(rows[0]?.charge.toFixed(2)).toBe('31.67');
  });

  it('straight-line over three whole years leaves no rounding dust for a fourth', () => {
    const rows = yearCharges(
      { ...base, residual: new Decimal(0), putToUse: '2021-04-01', endOfLife: undefined },
      years,
    );
    expect(table(rows)).toEqual([
      ['FY2021', 365, '33.33', '66.67'],
      ['FY2022', 365, '33.34', '33.33'],
      ['FY2023', 366, '33.33', '0.00'],
    ]);
  });

  it('written-down value at 40%, half-rate first year, forced to the residual when the life ends', () => {
    const rows = yearCharges(
      { ...base, method: 'written-down-value', rate: new Decimal('0.4'), firstYear: 'half-rate' },
      years,
    );
    expect(table(rows)).toEqual([
      ['FY2021', 179, '20.00', '80.00'],
      ['FY2022', 365, '32.00', '48.00'],
      ['FY2023', 366, '19.20', '28.80'],
      ['FY2024', 365, '23.80', '5.00'],
    ]);
  });

  it('written-down value without a life runs on until the residual is reached', () => {
    const rows = yearCharges(
      {
        ...base,
        method: 'written-down-value',
        rate: new Decimal('0.15'),
        life: undefined,
        endOfLife: undefined,
        firstYear: 'full',
      },
      years,
    );
    expect(rows[0]?.charge.toFixed(2)).toBe('15.00');
    expect(rows[1]?.charge.toFixed(2)).toBe('12.75');
    expect(rows.at(-1)?.closing.toFixed(2)).toBe('5.00');
  });

  it('never takes the net block below the residual, and charges tie to cost − residual', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 364 }),
        fc.constantFrom('straight-line', 'written-down-value'),
        fc.constantFrom('time-proportionate', 'half-rate', 'full'),
        (paise, residualPct, life, offset, method, firstYear) => {
          const cost = new Decimal(paise).dividedBy(100);
          const residual = cost.times(residualPct).dividedBy(100).toDecimalPlaces(2);
          const putToUse = new Date(Date.UTC(2021, 3, 1 + offset)).toISOString().slice(0, 10);
          const rows = yearCharges(
            {
              ...base,
              cost,
              residual,
              putToUse,
              method,
              life: new Decimal(life),
              rate: new Decimal('0.25'),
              endOfLife: `${2021 + life + 1}-03-31`,
              firstYear,
            },
            years,
          );
          let total = new Decimal(0);
          for (const r of rows) {
            expect(r.closing.greaterThanOrEqualTo(residual)).toBe(true);
            expect(r.charge.isNegative()).toBe(false);
            expect(r.charge.decimalPlaces()).toBeLessThanOrEqual(2);
            total = total.plus(r.charge);
            expect(r.accumulated.equals(total)).toBe(true);
            expect(r.closing.equals(cost.minus(total))).toBe(true);
          }
          expect(total.equals(cost.minus(residual))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
