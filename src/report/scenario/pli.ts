import { HUNDRED, ZERO } from '../../core/decimal.js';
import type { ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection, ReportTable } from '../types.js';

export function pliSection(r: ScenarioResult, d: number): ReportSection {
  const pli = r.pli;
  if (pli === null) return { heading: 'PLI' };
  const tables: ReportTable[] = pli.enrolments.map((e) => {
    const reasons = e.years.flatMap((y) => y.reasons.map((reason) => `${y.year}: ${reason}`));
    return fiscalYearTable(
      `${e.schemeName} — ${e.category} (${e.segments.join(', ')}) (₹ crore)`,
      r.years,
      [
        {
          label: 'Scheme year',
          values: e.years.map((y) => (y.schemeYear === null ? null : ZERO.plus(y.schemeYear))),
          decimals: 0,
        },
        { label: 'Net sales of eligible goods', values: e.years.map((y) => y.netSales) },
        ...(e.years.some((y) => y.belowFloorSales.amount.greaterThan(0))
          ? [
              {
                label: 'of which below the invoice floor',
                values: e.years.map((y) => y.belowFloorSales),
              },
            ]
          : []),
        { label: 'Net incremental sales', values: e.years.map((y) => y.netIncrementalSales) },
        { label: 'Cumulative investment', values: e.years.map((y) => y.cumulativeInvestment) },
        {
          label: 'Rate (%)',
          values: e.years.map((y) => y.rate.times(HUNDRED)),
          decimals: 1,
          noTotal: true,
        },
        { label: 'Incentive earned', values: e.years.map((y) => y.incentive), style: 'total' },
      ],
      { decimals: d, total: false, labelHeader: '', notes: reasons },
    );
  });
  const allYears = pli.years.map((y) => y.year);
  const lines: FiscalYearLine[] = [
    { label: 'Earned', values: pli.years.map((y) => y.earned) },
    ...pli.parties.map((p) => ({
      label: `Share: ${p.name}`,
      values: pli.years.map((y) => y.shares[p.id] ?? inr(ZERO)),
    })),
    {
      label: 'Received by the company',
      values: pli.years.map((y) => y.received),
      style: 'total' as const,
    },
  ];
  const steps = pli.years.flatMap((y) =>
    y.sharingSteps.length === 0 ? [] : [`${y.year}: ${y.sharingSteps.join('; ')}`],
  );
  tables.push(
    fiscalYearTable('PLI earned, shared and received (₹ crore)', allYears, lines, {
      decimals: d,
      total: true,
      labelHeader: '',
      notes: steps,
    }),
  );
  return { heading: 'PLI incentives and sharing', tables };
}
