import type { ScenarioResult } from '../../model/types.js';
import type { Valuation } from '../../model/valuation.js';
import type { ReportSection, ReportTable } from '../types.js';
import { cr, irrText, num, pct } from './format.js';

export function valuationSection(r: ScenarioResult): ReportSection {
  const v = r.valuation;
  const row = (label: string, w: string, wo: string) => ({
    cells: { label, with: w, without: wo },
  });
  const pay = (x: Valuation, discounted: boolean) => {
    const p = discounted ? x.discountedPayback : x.payback;
    return p.paysBack ? `${num(p.period, 2)} years` : 'not within the plan';
  };
  const table: ReportTable = {
    title: `Value of the plan at ${pct(v.withPli.discountRate)}, valued at the start of ${r.years[0]} (terminal value: ${v.terminalMethod})`,
    columns: [
      { key: 'label', header: '' },
      { key: 'with', header: 'With PLI', align: 'right' },
      { key: 'without', header: 'Without PLI', align: 'right' },
    ],
    rows: [
      row('NPV (₹ crore)', cr(v.withPli.npv), cr(v.withoutPli.npv)),
      row('IRR', irrText(v.withPli), irrText(v.withoutPli)),
      row('Payback on free cash flow', pay(v.withPli, false), pay(v.withoutPli, false)),
      row('Discounted payback', pay(v.withPli, true), pay(v.withoutPli, true)),
    ],
    notes: [
      'NPV and IRR discount the free cash flows above plus the terminal value, each at the end of its fiscal year (Excel NPV convention); PLI paid after the horizon counts in the year it arrives.',
      `Payback counts years from the start of ${r.years[0]} on free cash flow alone (no terminal value).`,
    ],
  };
  return { heading: 'Valuation', tables: [table] };
}
