import type { ScenarioResult } from '../../model/types.js';
import { cr, num, pct } from './format.js';

/**
 * The opening position in words: investment before the horizon (counted towards thresholds and
 * cumulative investment), the net block it left and how it depreciates, the opening headcount and
 * the sales before the horizon with the first year's growth over them.
 */
export function openingParagraphs(r: ScenarioResult): string[] {
  const o = r.opening;
  if (o === null) return [];
  const parts: string[] = [];
  if (o.investments.length > 0) {
    parts.push(
      `${cr(o.investmentTotal)} invested before ${r.years[0]} (${o.investments.map((i) => `${i.name} ${cr(i.amount)} in ${i.year}`).join('; ')}): not the plan's capex, but in its cumulative investment from the first year, and towards the PLI investment thresholds of the enrolments that name it.`,
    );
  }
  if (o.netBlock !== null) {
    parts.push(
      `Opening net block ${cr(o.netBlock.book, 1)}, written off straight-line over ${num(o.netBlock.remainingLife, 1)} years (${cr(o.netBlock.yearlyDepreciation, 1)} a year, in the depreciation above); tax written-down value ${cr(o.netBlock.taxWrittenDownValue, 1)}, depreciated at its blocks' rates.`,
    );
  }
  if (o.headcount !== null) parts.push(`Opening headcount ${num(o.headcount)}.`);
  if (o.sales.length > 0) {
    const growth =
      o.growth === null
        ? ''
        : o.growth.rate === null
          ? ` ${o.growth.to} revenue ${cr(o.growth.revenue)} follows a year of no sales.`
          : ` ${o.growth.to} revenue ${cr(o.growth.revenue)} is ${pct(o.growth.rate)} over ${o.growth.from}.`;
    parts.push(
      `Sales before the horizon: ${o.sales.map((s) => `${s.year} ${cr(s.amount)}${s.note === null ? '' : ` (${s.note})`}`).join('; ')}.${growth}`,
    );
  }
  return parts.length === 0 ? [] : [`**Opening position.** ${parts.join(' ')}`];
}
