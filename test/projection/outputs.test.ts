import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../src/core/calculator.js';
import type { Decimal } from '../../src/core/decimal.js';
import { evaluateProjection } from '../../src/projection/evaluate.js';
import type { ProjectionInputJson } from '../../src/projection/inputSchema.js';
import { outputKey, outputSelectorSchema } from '../../src/projection/outputSelector.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { flat, inr } from './helpers.js';

const input: ProjectionInputJson = {
  horizon: { start: '2022-04', months: 3 },
  fx: { USD: '80' },
  plants: [
    { id: 'p1', unitsPerMonth: '100' },
    { id: 'p2', unitsPerMonth: '50', start: '2022-05' },
  ],
  segments: [
    {
      id: 'a',
      plant: 'p1',
      volume: flat('150'),
      price: { perUnit: inr('10') },
      unitsPerWorkerPerMonth: '10',
    },
    {
      id: 'b',
      plant: 'p2',
      volume: flat('40'),
      price: { perUnit: inr('20') },
      unitsPerWorkerPerMonth: '4',
    },
  ],
  headcount: {
    opening: '12',
    yearlyAttrition: '0.12',
    payroll: { direct: inr('100'), indirect: inr('200') },
  },
};

describe('output selectors', () => {
  it('read plant, headcount and ratio metrics over months, years and the horizon', () => {
    const r = evaluateProjection<Decimal>(
      input,
      [
        'capacity[p2]@total',
        'nameplateCapacity@2022-04',
        'utilisation[p1]@FY2022-23',
        'unmetUnits[p1]@total',
        'units[p2]@2022-04',
        'demand[p2]@total',
        'openingHeadcount@2022-05',
        'averageHeadcount@2022-04',
        'exits@2022-04',
        'revenueUsd[a]@2022-04',
        'grossMargin[b]@total',
      ],
      { calculator: decimalCalculator },
    );
    expect(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.toFixed()]))).toEqual({
      'capacity[p2]@total': '100', // on line from May
      'nameplateCapacity@2022-04': '100',
      'utilisation[p1]@FY2022-23': '1',
      'unmetUnits[p1]@total': '150',
      'units[p2]@2022-04': '0',
      'demand[p2]@total': '120',
      // April needs 100 / 10 = 10 direct; 12 on the books lose 1% (0.12) and nobody is laid off.
      'openingHeadcount@2022-05': '11.88',
      'averageHeadcount@2022-04': '11.94',
      'exits@2022-04': '0.12',
      'revenueUsd[a]@2022-04': '12.5',
      'grossMargin[b]@total': '1',
    });
  });

  it('parse text and objects to one key', () => {
    expect(outputKey(outputSelectorSchema.parse('utilisation[p1]@total'))).toBe(
      'utilisation[p1]@total',
    );
    expect(
      outputSelectorSchema.parse({ metric: 'units', period: '2022-04', segment: 'a' }),
    ).toEqual({
      metric: 'units',
      period: '2022-04',
      segment: 'a',
    });
    expect(outputSelectorSchema.safeParse('profit@FY2022-23').success).toBe(false);
    expect(() => evaluateProjection(input, ['payroll[a]@total'])).toThrow(
      'payroll is not broken down by segment',
    );
    expect(() => evaluateProjection(input, ['units[zz]@total'])).toThrow('unknown segment "zz"');
    expect(() =>
      evaluateProjection(input, [{ metric: 'capacity', period: 'total', plant: 'x' }]),
    ).toThrow('unknown plant "x"');
    expect(() => evaluateProjection(input, ['revenue@FY2030-31'])).toThrow('not in the horizon');
  });

  it('match the reported rows', () => {
    const result = runProjection(input);
    const fy = evaluateProjection<Decimal>(
      input,
      ['revenue@FY2022-23', 'headcount@FY2022-23', 'payroll@FY2022-23'],
      {
        calculator: decimalCalculator,
      },
    );
    expect(fy['revenue@FY2022-23']?.eq(result.total.yearly[0]?.revenue.amount ?? 0)).toBe(true);
    expect(fy['headcount@FY2022-23']?.eq(result.headcount?.yearly[0]?.closing ?? 0)).toBe(true);
    expect(fy['payroll@FY2022-23']?.eq(result.headcount?.yearly[0]?.payroll.amount ?? 0)).toBe(
      true,
    );
    expect(result.plants[1]?.monthly[0]?.utilisation.toFixed()).toBe('0');
  });
});
