import { ZERO } from '../core/decimal.js';
import { decimalJsRounding } from '../core/rounding.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { evaluatePli } from '../pli/evaluatePli.js';
import type { PliScheme } from '../pli/scheme.js';
import { shareParsed } from '../sharing/shareIncentive.js';
import { fiscalYearLabel, fiscalYearStart } from './_lib/fiscalYears.js';
import type { InvestmentFigures } from './investments.js';
import type { Scenario } from './scenario.js';
import { enrolmentScheme, type PliEnrolment } from './scenarioPli.js';
import type { OperationsYear, PliEnrolmentResult, PliResult, PliYear } from './types.js';

/** The scheme years an enrolment covers: from its first year, for the scheme's tenure. */
function tenureOf(scheme: PliScheme, enrolment: PliEnrolment): Set<string> {
  const first = fiscalYearStart(enrolment.enrolment.firstYear ?? scheme.tenure.firstYear) ?? 0;
  return new Set(Array.from({ length: scheme.tenure.years }, (_, i) => fiscalYearLabel(first + i)));
}

/**
 * Evaluates each PLI enrolment of the scenario on inputs derived from the plan — net sales of the
 * enrolment's segments by fiscal year (as invoice lines: units at the year's average invoice
 * value, so the scheme's invoice floors apply) and the cumulative spend on the enrolment's
 * investments — with the PLI engine; then shares each year's incentive with the partners under
 * the sharing agreement, and shifts the company's share by the disbursement lag to the year it is
 * received (years after the horizon are added to receive what the last years earned).
 *
 * @returns the PLI picture, or null when the scenario has no PLI section
 */
export function pliByYear(
  scenario: Scenario,
  operations: readonly OperationsYear[],
  investment: InvestmentFigures,
  years: readonly string[],
): PliResult | null {
  const section = scenario.pli;
  if (section === undefined) return null;
  const enrolments = section.enrolments.map((e): PliEnrolmentResult => {
    const scheme = enrolmentScheme(e);
    const tenure = tenureOf(scheme, e);
    const floor = scheme.categories[e.enrolment.category]?.invoiceFloor;
    const ids = e.segments.map((s) => (typeof s === 'string' ? s : s.segment));
    const products = new Map(
      e.segments.flatMap((s) => (typeof s === 'string' ? [] : [[s.segment, s.product] as const])),
    );
    const inputs = years.map((year, y) => {
      const op = operations[y];
      const segs = (op?.segments ?? []).filter((s) => ids.includes(s.segment));
      const cumulative = e.investments.reduce((acc, id) => {
        const c = investment.commitments.find((x) => x.id === id);
        return acc.plus((c?.byYear.slice(0, y + 1) ?? []).reduce((a, m) => a.plus(m.amount), ZERO));
      }, ZERO);
      return {
        year,
        netSales: inr(segs.reduce((a, s) => a.plus(s.revenue.amount), ZERO)),
        cumulativeInvestment: inr(cumulative),
        lines: segs
          .filter((s) => s.averagePrice !== null && s.units.greaterThan(0))
          // Invoice bands: each segment sells its units at the year's average invoice value. The
          // engine counts whole units, so units are rounded half-up here (at most half a device).
          .map((s) => ({
            invoiceValue: s.averagePrice ?? inr(ZERO),
            units: s.units.toDecimalPlaces(0, decimalJsRounding('half-up')),
            ...(products.has(s.segment) ? { product: products.get(s.segment) } : {}),
          }))
          .filter((line) => line.units.greaterThan(0)),
      };
    });
    const evaluated = evaluatePli({
      ...e.enrolment,
      scheme,
      years: inputs
        .filter((i) => tenure.has(i.year))
        // A category with an invoice floor gets the sales as lines, so the engine splits them at
        // the floor; otherwise the exact net sales.
        .map((i) =>
          floor === undefined
            ? { year: i.year, netSales: i.netSales, cumulativeInvestment: i.cumulativeInvestment }
            : { year: i.year, lines: i.lines, cumulativeInvestment: i.cumulativeInvestment },
        ),
    });
    const byYear = new Map(evaluated.years.map((r) => [r.year, r]));
    return {
      id: e.id,
      scheme: scheme.id,
      schemeName: scheme.name,
      category: e.enrolment.category,
      segments: ids,
      years: inputs.map((i) => {
        const r = byYear.get(i.year);
        return {
          year: i.year,
          schemeYear: r?.schemeYear ?? null,
          netSales: r?.netSales ?? i.netSales,
          belowFloorSales: r?.belowFloorSales ?? inr(ZERO),
          cumulativeInvestment: i.cumulativeInvestment,
          netIncrementalSales: r?.netIncrementalSales ?? inr(ZERO),
          eligible: r?.eligible ?? false,
          rate: r?.rate ?? ZERO,
          incentive: r === undefined ? inr(ZERO) : inr(r.incentive.amount),
          reasons: r?.reasons ?? [`${i.year} is outside the scheme's years for this enrolment`],
        };
      }),
      total: inr(evaluated.total.amount),
    };
  });

  const sharing = section.sharing;
  const shared = new Set(sharing?.appliesTo ?? section.enrolments.map((e) => e.id));
  const company = sharing?.company ?? 'company';
  const parties = sharing?.agreement.parties.map((p) => ({ id: p.id, name: p.name })) ?? [
    { id: company, name: scenario.meta.name },
  ];
  const lag = section.disbursementLagYears;
  const lastStart = fiscalYearStart(years[years.length - 1] ?? '') ?? 0;
  const allYears = [
    ...years,
    ...Array.from({ length: lag }, (_, i) => fiscalYearLabel(lastStart + 1 + i)),
  ];
  const earnedShares: Record<string, Money<'INR'>>[] = [];
  const pliYears: PliYear[] = allYears.map((year, y) => {
    const inHorizon = y < years.length;
    const earnedByEnrolment: Record<string, Money<'INR'>> = {};
    let sharedAmount = ZERO;
    let kept = ZERO;
    for (const e of enrolments) {
      const amount = inHorizon ? (e.years[y]?.incentive.amount ?? ZERO) : ZERO;
      earnedByEnrolment[e.id] = inr(amount);
      if (sharing !== undefined && shared.has(e.id)) sharedAmount = sharedAmount.plus(amount);
      else kept = kept.plus(amount);
    }
    const shares: Record<string, Money<'INR'>> = Object.fromEntries(
      parties.map((p) => [p.id, inr(ZERO)]),
    );
    let steps: readonly string[] = [];
    if (sharing !== undefined && sharedAmount.greaterThan(0)) {
      const split = shareParsed(inr(sharedAmount), sharing.agreement);
      for (const [party, m] of Object.entries(split.shares)) shares[party] = inr(m.amount);
      steps = split.steps.map((step) => step.description);
    }
    shares[company] = inr((shares[company]?.amount ?? ZERO).plus(kept));
    earnedShares.push(shares);
    const earned = sharedAmount.plus(kept);
    const receivedFrom = earnedShares[y - lag];
    return {
      year,
      earned: inr(earned),
      earnedByEnrolment,
      shares,
      companyIncome: shares[company] ?? inr(ZERO),
      received: receivedFrom?.[company] ?? inr(ZERO),
      sharingSteps: steps,
    };
  });
  const totalShares: Record<string, Money<'INR'>> = Object.fromEntries(
    parties.map((p) => [
      p.id,
      inr(pliYears.reduce((a, y) => a.plus(y.shares[p.id]?.amount ?? ZERO), ZERO)),
    ]),
  );
  return {
    enrolments,
    years: pliYears,
    parties,
    company,
    disbursementLagYears: lag,
    total: inr(enrolments.reduce((a, e) => a.plus(e.total.amount), ZERO)),
    totalShares,
  };
}
