import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../src/core/calculator.js';
import type { Decimal } from '../../src/core/decimal.js';
import { evaluateProjection } from '../../src/projection/evaluate.js';
import type { ProjectionInputJson } from '../../src/projection/inputSchema.js';
import { flat, inr, usd } from './helpers.js';

const exact = (input: ProjectionInputJson, outputs: string[], tranches?: Record<string, string>) =>
  evaluateProjection<Decimal>(input, outputs, {
    calculator: decimalCalculator,
    ...(tranches ? { tranches } : {}),
  });
const str = (r: Readonly<Record<string, Decimal>>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.toFixed()]));

function onePlant(overrides: Partial<ProjectionInputJson> = {}): ProjectionInputJson {
  return {
    horizon: { start: 'FY2022-23', years: 1 },
    fx: { USD: '80' },
    plants: [{ id: 'p', unitsPerMonth: '1000' }],
    segments: [
      {
        id: 'a',
        plant: 'p',
        volume: flat('800'),
        price: { perUnit: inr('100') },
        costs: { local: { perUnit: inr('30') }, imported: { perUnit: usd('0.5') } },
      },
    ],
    ...overrides,
  };
}

describe('runEquations (via evaluateProjection)', () => {
  it('a hand-checked year: units × price, INR and USD costs, margin, utilisation', () => {
    // 800 units a month for 12 months at ₹100; unit cost ₹30 + $0.5 × 80 = ₹70.
    expect(
      str(
        exact(onePlant(), [
          'units@FY2022-23',
          'revenue@FY2022-23',
          'cogs@FY2022-23',
          'grossProfit@FY2022-23',
          'grossMargin@FY2022-23',
          'utilisation@FY2022-23',
          'revenueUsd@2022-04',
          'unmetUnits@FY2022-23',
        ]),
      ),
    ).toEqual({
      'units@FY2022-23': '9600',
      'revenue@FY2022-23': '960000',
      'cogs@FY2022-23': '672000',
      'grossProfit@FY2022-23': '288000',
      'grossMargin@FY2022-23': '0.3',
      'utilisation@FY2022-23': '0.8',
      'revenueUsd@2022-04': '1000',
      'unmetUnits@FY2022-23': '0',
    });
  });

  it('caps demand by priority and reports what is unmet', () => {
    const input = onePlant({
      segments: [
        {
          id: 'a',
          plant: 'p',
          priority: 1,
          volume: flat('700'),
          price: { perUnit: inr('10') },
        },
        {
          id: 'b',
          plant: 'p',
          priority: 0,
          volume: flat('600'),
          price: { perUnit: inr('20') },
        },
      ],
    });
    expect(
      str(
        exact(input, [
          'units[a]@2022-04',
          'units[b]@2022-04',
          'unmetUnits[a]@2022-04',
          'unmetUnits@2022-04',
          'revenue@2022-04',
        ]),
      ),
    ).toEqual({
      'units[a]@2022-04': '400',
      'units[b]@2022-04': '600',
      'unmetUnits[a]@2022-04': '300',
      'unmetUnits@2022-04': '300',
      'revenue@2022-04': '16000',
    });
  });

  it('caps pro rata, units summing exactly to capacity', () => {
    const input = onePlant({
      capacityAllocation: 'pro-rata',
      segments: [
        {
          id: 'a',
          plant: 'p',
          volume: flat('700'),
          price: { perUnit: inr('10') },
        },
        {
          id: 'b',
          plant: 'p',
          volume: flat('600'),
          price: { perUnit: inr('20') },
        },
      ],
    });
    const r = exact(input, ['units[a]@2022-04', 'units[b]@2022-04', 'units@2022-04']);
    // 700 × 1000 / 1300 = 538.46…; b takes the remainder.
    expect(r['units[a]@2022-04']?.toFixed(6)).toBe('538.461538');
    expect(r['units[b]@2022-04']?.toFixed(6)).toBe('461.538462');
    expect(r['units@2022-04']?.toFixed()).toBe('1000');
  });

  it('changes prices and costs at each fiscal year start', () => {
    const input = onePlant({
      horizon: { start: 'FY2022-23', years: 2 },
      segments: [
        {
          id: 'a',
          plant: 'p',
          volume: flat('10'),
          price: { perUnit: inr('100'), yearlyChange: '-0.1' },
          costs: { c: { perUnit: inr('50'), yearlyChange: '0.04' } },
        },
      ],
    });
    expect(
      str(
        exact(input, ['revenue@2023-03', 'revenue@2023-04', 'cogs@2023-04', 'revenue@FY2023-24']),
      ),
    ).toEqual({
      'revenue@2023-03': '1000',
      'revenue@2023-04': '900',
      'cogs@2023-04': '520',
      'revenue@FY2023-24': '10800',
    });
  });

  it('ramps utilisation linearly and brings expansions on line, also from a tranche', () => {
    const input = onePlant({
      plants: [
        {
          id: 'p',
          unitsPerMonth: '1000',
          start: '2022-04',
          utilisation: { initial: '0.5', target: '1', months: 4 },
          expansions: [
            {
              id: 'x',
              unitsPerMonth: '500',
              online: '2022-07',
              utilisation: { initial: '1', target: '1', months: 0 },
            },
            { id: 'y', unitsPerMonth: '100', online: { tranche: 't2', leadMonths: 2 } },
          ],
        },
      ],
    });
    const months = ['2022-04', '2022-05', '2022-06', '2022-07', '2022-08', '2022-09'];
    const r = exact(input, [...months.map((m) => `capacity@${m}`), 'nameplateCapacity@2022-09'], {
      t2: '2022-07-15',
    });
    expect(months.map((m) => r[`capacity@${m}`]?.toFixed())).toEqual([
      '500',
      '625',
      '750',
      '1375',
      '1500',
      '1550',
    ]);
    expect(r['nameplateCapacity@2022-09']?.toFixed()).toBe('1600');
  });

  it('follows an FX step path and a yearly FX change', () => {
    const steps = onePlant({ fx: { USD: [{ rate: '80' }, { from: '2022-10', rate: '90' }] } });
    expect(str(exact(steps, ['cogs@2022-09', 'cogs@2022-10']))).toEqual({
      'cogs@2022-09': '56000', // 800 × (30 + 0.5 × 80)
      'cogs@2022-10': '60000', // 800 × (30 + 0.5 × 90)
    });
    const drift = onePlant({
      horizon: { start: 'FY2022-23', years: 2 },
      fx: { USD: { rate: '80', yearlyChange: '0.05' } },
    });
    expect(exact(drift, ['cogs@2023-04'])['cogs@2023-04']?.toFixed()).toBe('57600'); // 800 × (30 + 0.5 × 84)
  });

  it('starts demand at launch', () => {
    const input = onePlant({
      segments: [
        {
          id: 'a',
          plant: 'p',
          launch: '2022-06',
          volume: flat('5'),
          price: { perUnit: inr('1') },
        },
      ],
    });
    expect(str(exact(input, ['demand@2022-05', 'demand@2022-06', 'units@FY2022-23']))).toEqual({
      'demand@2022-05': '0',
      'demand@2022-06': '5',
      'units@FY2022-23': '50',
    });
  });

  it('stops demand after the end month (a model transition), float64 too', () => {
    const input = onePlant({
      segments: [
        {
          id: 'a',
          plant: 'p',
          launch: '2022-06',
          end: '2022-11',
          volume: flat('5'),
          price: { perUnit: inr('1') },
        },
      ],
    });
    // June to November: 6 months × 5 units.
    expect(str(exact(input, ['demand@2022-11', 'demand@2022-12', 'units@FY2022-23']))).toEqual({
      'demand@2022-11': '5',
      'demand@2022-12': '0',
      'units@FY2022-23': '30',
    });
    const fast = evaluateProjection<number>(input, ['units@FY2022-23']);
    expect(fast['units@FY2022-23']).toBe(30);
  });

  it('sells the export share at its own price and FX: exportUnits and exportRevenue, float64 too', () => {
    // 800 units a month, 25% abroad at $2 × ₹80 = ₹160, 75% at ₹100: ₹115 on average.
    const input = onePlant({
      segments: [
        {
          id: 'a',
          plant: 'p',
          volume: flat('800'),
          price: { perUnit: inr('100') },
          exports: { share: '0.25', price: { perUnit: usd('2') } },
        },
      ],
    });
    const outputs = ['exportUnits@FY2022-23', 'exportRevenue[a]@FY2022-23', 'revenue@2022-04'];
    expect(str(exact(input, outputs))).toEqual({
      'exportUnits@FY2022-23': '2400', // 9,600 × 0.25
      'exportRevenue[a]@FY2022-23': '384000', // 2,400 × ₹160
      'revenue@2022-04': '92000', // 800 × ₹115
    });
    expect(evaluateProjection<number>(input, outputs)['exportRevenue[a]@FY2022-23']).toBe(384000);
  });

  it('follows month anchors (linear between, flat outside) and series curves from launch', () => {
    const input = onePlant({
      segments: [
        {
          id: 'a',
          plant: 'p',
          volume: {
            kind: 'anchors',
            anchors: [
              { period: '2022-05', value: '100' },
              { period: '2022-08', value: '400' },
            ],
          },
          price: { perUnit: inr('1') },
        },
        {
          id: 'b',
          plant: 'p',
          launch: '2022-06',
          volume: { kind: 'linear', start: '10', slope: '120' },
          price: { perUnit: inr('1') },
        },
      ],
    });
    const months = ['2022-04', '2022-05', '2022-06', '2022-07', '2022-08', '2022-09'];
    const r = exact(
      input,
      months.flatMap((m) => [`demand[a]@${m}`, `demand[b]@${m}`]),
    );
    expect(months.map((m) => r[`demand[a]@${m}`]?.toDecimalPlaces(20).toFixed())).toEqual([
      '100',
      '100',
      '200',
      '300',
      '400',
      '400',
    ]);
    // Linear from launch: 10 + 120 × (months since June) / 12.
    expect(months.map((m) => r[`demand[b]@${m}`]?.toDecimalPlaces(20).toFixed())).toEqual([
      '0',
      '0',
      '10',
      '20',
      '30',
      '40',
    ]);
  });

  it('a hand-checked headcount: attrition, replacement, the hiring limit, payroll', () => {
    const input = onePlant({
      segments: [
        {
          id: 'a',
          plant: 'p',
          volume: flat('1000'),
          price: { perUnit: inr('100') },
          unitsPerWorkerPerMonth: '50',
        },
      ],
      headcount: {
        opening: '30',
        indirectRatio: '0.5',
        teams: [{ id: 'hub', heads: '5', from: '2022-06' }],
        maxHiresPerMonth: '2',
        yearlyAttrition: '0.12',
        payroll: { direct: inr('10000'), indirect: inr('20000') },
      },
    });
    const r = str(
      exact(input, [
        'requiredHeadcount@2022-04',
        'exits@2022-04',
        'hires@2022-04',
        'headcount@2022-04',
        'payroll@2022-04',
        'requiredHeadcount@2022-06',
        'hires@2022-06',
        'headcount@2022-06',
        'revenuePerEmployee@2022-04',
      ]),
    );
    // Direct 1000 / 50 = 20, indirect 10, team of 5 from June. Exits 1% of opening a month.
    expect(r).toEqual({
      'requiredHeadcount@2022-04': '30',
      'exits@2022-04': '0.3',
      'hires@2022-04': '0.3',
      'headcount@2022-04': '30',
      'payroll@2022-04': '400000', // 20 × 10,000 + 10 × 20,000
      'requiredHeadcount@2022-06': '35',
      'hires@2022-06': '2', // needed 5.3, limited to 2
      'headcount@2022-06': '31.7',
      'revenuePerEmployee@2022-04': '3333.333333333333333333333333333333333333',
    });
  });

  it('staffs every shift with the minimum crew while a plant runs', () => {
    const input = onePlant({
      plants: [{ id: 'p', unitsPerMonth: '1000', shifts: 3, minimumDirectPerShift: '10' }],
      segments: [
        {
          id: 'a',
          plant: 'p',
          volume: flat('100'),
          price: { perUnit: inr('1') },
          unitsPerWorkerPerMonth: '50',
        },
      ],
      headcount: { payroll: { direct: inr('1'), indirect: inr('1') } },
    });
    // Volume needs 2 workers, but three shifts of 10 are the floor.
    expect(
      exact(input, ['requiredHeadcount@2022-04'])['requiredHeadcount@2022-04']?.toFixed(),
    ).toBe('30');
  });
});
