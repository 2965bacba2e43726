import { type Decimal, HUNDRED, ZERO } from '../../core/decimal.js';
import type { ScenarioResult } from '../../model/types.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection } from '../types.js';
import { MILLION } from './format.js';

export function capacitySection(r: ScenarioResult): ReportSection {
  const ops = r.operations;
  const segments = ops[0]?.segments ?? [];
  const million = (v: Decimal) => v.dividedBy(MILLION);
  const units: FiscalYearLine[] = segments.map((s, i) => ({
    label: s.name,
    values: ops.map((o) => million(o.segments[i]?.units ?? ZERO)),
  }));
  units.push(
    { label: 'Devices made', values: ops.map((o) => million(o.units)), style: 'total' },
    { label: 'Demand', values: ops.map((o) => million(o.demand)) },
    { label: 'Unmet demand', values: ops.map((o) => million(o.unmetUnits)) },
  );
  const plants = ops[0]?.plants ?? [];
  const plantLines: FiscalYearLine[] = plants.flatMap((p, i) => [
    {
      label: `${p.name}: capacity (million/yr)`,
      values: ops.map((o) => million(o.plants[i]?.nameplate ?? ZERO)),
      decimals: 2,
    },
    {
      label: `${p.name}: utilisation (%)`,
      values: ops.map((o) => (o.plants[i]?.utilisation ?? ZERO).times(HUNDRED)),
      decimals: 1,
    },
  ]);
  plantLines.push(
    {
      label: 'Average price per device (₹)',
      values: ops.map((o) => o.averagePrice?.amount ?? null),
      decimals: 0,
    },
    {
      label: 'Revenue lost to capacity (₹ crore)',
      values: ops.map((o) =>
        o.segments
          .reduce((a, s) => a.plus(s.revenueLostToCapacity.amount), ZERO)
          .dividedBy('10000000'),
      ),
      decimals: 0,
    },
  );
  return {
    heading: 'Volume and capacity',
    tables: [
      fiscalYearTable('Devices by segment (million units)', r.years, units, {
        decimals: 2,
        total: false,
        labelHeader: 'Segment',
      }),
      fiscalYearTable('Plants and realisation', r.years, plantLines, {
        decimals: 2,
        labelHeader: '',
      }),
    ],
  };
}
