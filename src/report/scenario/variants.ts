import { ZERO } from '../../core/decimal.js';
import type { ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import type { ReportSection, ReportTable } from '../types.js';
import { cr, irrText, num, sumMoney } from './format.js';

export function variantsSection(r: ScenarioResult): ReportSection {
  const runs = [
    { key: 'base', name: 'Plan', result: r },
    ...r.variants.map((v, i) => ({ key: `v${i}`, name: v.name, result: v.result })),
  ];
  const last = r.years[r.years.length - 1] ?? '';
  const pick = (label: string, f: (x: ScenarioResult) => string) => ({
    cells: Object.fromEntries([['label', label], ...runs.map((run) => [run.key, f(run.result)])]),
  });
  const lastOf = <T>(list: readonly T[]): T | undefined => list[list.length - 1];
  const table: ReportTable = {
    title: 'The plan and its variants',
    columns: [
      { key: 'label', header: '' },
      ...runs.map((run) => ({ key: run.key, header: run.name, align: 'right' as const })),
    ],
    rows: [
      pick(`Revenue ${last}`, (x) => cr(lastOf(x.operations)?.revenue ?? inr(ZERO))),
      pick(`Headcount, end of ${last}`, (x) => {
        const hc = lastOf(x.operations)?.headcount;
        return hc == null ? '—' : num(hc.closing);
      }),
      pick('PLI earned, all years', (x) => (x.pli === null ? '—' : cr(x.pli.total))),
      pick(`EBITDA ${last}`, (x) => cr(lastOf(x.profitAndLoss.withPli)?.ebitda ?? inr(ZERO))),
      pick(`Profit after tax ${last}`, (x) =>
        cr(lastOf(x.profitAndLoss.withPli)?.profitAfterTax ?? inr(ZERO)),
      ),
      pick('Free cash flow, all years', (x) =>
        cr(sumMoney(x.cashFlow.withPli.map((c) => c.freeCashFlow))),
      ),
      pick('NPV with PLI', (x) => cr(x.valuation.withPli.npv)),
      pick('NPV without PLI', (x) => cr(x.valuation.withoutPli.npv)),
      pick('IRR with PLI', (x) => irrText(x.valuation.withPli)),
      pick('IRR without PLI', (x) => irrText(x.valuation.withoutPli)),
    ],
    notes: r.variants.map((v) => `${v.name}: ${v.description ?? v.id}`),
  };
  return { heading: 'Variants', tables: [table] };
}
