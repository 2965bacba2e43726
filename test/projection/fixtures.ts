import type { ProjectionInputJson } from '../../src/projection/inputSchema.js';
import { compound, inr, usd } from './helpers.js';

/**
 * A realistic 5-year monthly plan with 8 segments on two plants plus an expansion, USD-priced
 * imported components on an FX path, capacity that binds, and headcount with a hiring limit.
 */
export function eightSegmentPlan(): ProjectionInputJson {
  const seg = (
    id: string,
    plant: string,
    start: string,
    rate: string,
    price: string,
    priceChange: string,
    bom: string,
    conversion: string,
    productivity: string,
    extra: Record<string, unknown> = {},
  ) => ({
    id,
    plant,
    volume: compound(start, rate),
    price: { perUnit: inr(price), yearlyChange: priceChange },
    costs: {
      importedComponents: { perUnit: usd(bom), yearlyChange: '-0.02' },
      conversion: { perUnit: inr(conversion), yearlyChange: '0.03' },
    },
    unitsPerWorkerPerMonth: productivity,
    ...extra,
  });
  return {
    horizon: { start: 'FY2022-23', years: 5 },
    capacityAllocation: 'priority',
    fx: { USD: { rate: '76.5', yearlyChange: '0.025' } },
    plants: [
      {
        id: 'noida-1',
        unitsPerMonth: '1200000',
        shifts: 2,
        minimumDirectPerShift: '400',
        expansions: [
          {
            id: 'noida-1-phase-2',
            unitsPerMonth: '600000',
            online: '2024-04',
            utilisation: { initial: '0.4', target: '0.9', months: 9 },
          },
        ],
      },
      {
        id: 'noida-2',
        unitsPerMonth: '800000',
        start: '2021-10',
        utilisation: { initial: '0.5', target: '0.92', months: 18 },
        shifts: 3,
        minimumDirectPerShift: '250',
      },
    ],
    segments: [
      seg('mobile', 'noida-1', '600000', '0.22', '11500', '-0.03', '118', '380', '220', {
        priority: 0,
      }),
      seg('tablets', 'noida-1', '60000', '0.35', '16500', '-0.02', '150', '520', '140', {
        priority: 2,
      }),
      seg('laptops', 'noida-1', '30000', '0.45', '42000', '-0.015', '380', '1400', '60', {
        priority: 1,
        launch: '2022-10',
      }),
      seg('hearables', 'noida-2', '250000', '0.30', '1800', '-0.05', '14.5', '65', '900'),
      seg('telecom', 'noida-2', '40000', '0.18', '9500', '0', '88', '600', '120'),
      seg('iot', 'noida-2', '120000', '0.40', '1400', '-0.04', '11', '70', '700'),
      seg('smart-meters', 'noida-2', '50000', '0.25', '3200', '0', '24', '210', '300'),
      seg('auto-ev', 'noida-1', '8000', '0.60', '28000', '0.01', '210', '2600', '40', {
        launch: '2023-04',
      }),
    ],
    headcount: {
      opening: '3500',
      indirectRatio: '0.18',
      teams: [{ id: 'design-hub', heads: '250', from: '2022-10', costPerHead: inr('150000') }],
      maxHiresPerMonth: '450',
      yearlyAttrition: '0.22',
      payroll: { direct: inr('19000'), indirect: inr('52000'), yearlyIncrease: '0.07' },
    },
  };
}

/** The fixture with every segment's demand flat: months repeat within a year. */
export function flatPlan(): ProjectionInputJson {
  const base = eightSegmentPlan();
  const segments = base.segments.map((s, i) => ({
    ...s,
    volume: { kind: 'flat' as const, value: String(150000 + 98765.4321 * i) },
  }));
  return { ...base, segments };
}
