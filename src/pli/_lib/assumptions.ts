import type { PliCategory, PliConfidence, PliScheme } from '../scheme.js';

/** The figure groups of a scheme category that are not confirmed, with their notes. */
export function assumptionsOf(
  scheme: PliScheme,
  id: string,
  category: PliCategory,
): readonly string[] {
  const out: string[] = [];
  const add = (
    what: string,
    group: { confidence: PliConfidence; note?: string | undefined } | undefined,
  ) => {
    if (group !== undefined && group.confidence !== 'confirmed') {
      out.push(`${what} (${group.confidence})${group.note === undefined ? '' : `: ${group.note}`}`);
    }
  };
  add(`${scheme.id} tenure`, scheme.tenure);
  add(`${scheme.id} first-year part`, scheme.firstYearPart);
  add(`${scheme.id} ${id} rates`, category.rates ?? scheme.rates);
  add(`${scheme.id} ${id} eligibility`, category.eligibility);
  add(`${scheme.id} ${id} investment thresholds`, category.thresholds.investment);
  add(`${scheme.id} ${id} sales thresholds`, category.thresholds.sales);
  add(`${scheme.id} ${id} invoice floor`, category.invoiceFloor);
  category.caps?.forEach((cap, i) => {
    add(`${scheme.id} ${id} caps[${i}] ${cap.kind}`, cap);
  });
  category.bonuses?.forEach((b) => {
    add(`${scheme.id} ${id} bonus ${b.id}`, b);
  });
  return out;
}
