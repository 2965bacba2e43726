import { type Decimal, ONE, ZERO } from '../core/decimal.js';
import { decimalJsRounding } from '../core/rounding.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import type { PliSalesLine } from '../pli/enrolment.js';
import { evaluateParsedPli } from '../pli/evaluatePli.js';
import type { PliScheme } from '../pli/scheme.js';
import { fiscalYearLabel, fiscalYearStart } from './_lib/fiscalYears.js';
import type { PliOutturnInputs } from './actuals.js';
import type { InvestmentFigures } from './investments.js';
import { enrolmentRules, enrolmentScheme } from './pliEnrolmentRules.js';
import { firstYearPartSales, type ProjectionSales } from './pliPartYear.js';
import { sharePliByYear } from './pliSharing.js';
import type { Scenario } from './scenario.js';
import type { PliEnrolment } from './scenarioPli.js';
import type {
  OperationsYear,
  PliBaseYearCheck,
  PliEnrolmentResult,
  PliResult,
  SegmentYear,
} from './types.js';

/** The scheme years an enrolment covers: from its first year, for the scheme's tenure. */
function tenureOf(scheme: PliScheme, enrolment: PliEnrolment): Set<string> {
  const first = fiscalYearStart(enrolment.enrolment.firstYear ?? scheme.tenure.firstYear) ?? 0;
  return new Set(Array.from({ length: scheme.tenure.years }, (_, i) => fiscalYearLabel(first + i)));
}

/**
 * The growth the plan implies from the base year's sales to its first year's: flagged when the
 * yearly rate exceeds the section's limit (a base year too small for the plan's opening volumes
 * inflates every year's incremental sales, and with them the incentive).
 */
function baseYearCheck(
  baseYear: string,
  baseYearSales: Money<'INR'>,
  year: string,
  sales: Money<'INR'>,
  limit: Decimal,
): PliBaseYearCheck {
  const gap = (fiscalYearStart(year) ?? 0) - (fiscalYearStart(baseYear) ?? 0);
  const base = baseYearSales.amount;
  if (!base.greaterThan(0) || gap <= 0) {
    return {
      baseYear,
      baseYearSales,
      year,
      sales,
      multiple: null,
      yearlyGrowth: null,
      limit,
      plausible: true,
      note: base.greaterThan(0)
        ? `${year} is not after the base year ${baseYear}`
        : `no base-year sales: every sale of ${year} is incremental`,
    };
  }
  const multiple = sales.amount.dividedBy(base);
  const yearlyGrowth = multiple.greaterThan(0) ? multiple.pow(ONE.dividedBy(gap)).minus(1) : null;
  const plausible = yearlyGrowth === null || yearlyGrowth.lessThanOrEqualTo(limit);
  const pct = (d: Decimal) => `${d.times(100).toFixed(0)}%`;
  return {
    baseYear,
    baseYearSales,
    year,
    sales,
    multiple,
    yearlyGrowth,
    limit,
    plausible,
    note: `the plan's ${year} sales are ${multiple.toFixed(1)}× the ${baseYear} base year${yearlyGrowth === null ? '' : ` (${pct(yearlyGrowth)} a year over ${gap} year${gap === 1 ? '' : 's'})`}${plausible ? '' : `: above the ${pct(limit)} a year taken as plausible — check the base year against the plan's opening volumes`}`,
  };
}

/**
 * The enrolment's sales as invoice lines: each segment sells its units at the year's average
 * invoice value; a segment with invoice bands gives one line per band, judged against the floor
 * by the band's edges (its sales split over the bands pro rata to units). The engine counts
 * whole units, so units are rounded half-up here (at most half a device a line).
 */
function linesOf(
  segs: readonly SegmentYear[],
  products: ReadonlyMap<string, string>,
): PliSalesLine[] {
  return segs
    .filter((s) => s.averagePrice !== null && s.units.greaterThan(0))
    .flatMap((s) =>
      (s.invoiceBands ?? [{ from: null, to: null, units: s.units }]).map((band) => ({
        invoiceValue: s.averagePrice ?? inr(ZERO),
        units: band.units.toDecimalPlaces(0, decimalJsRounding('half-up')),
        ...(products.has(s.segment) ? { product: products.get(s.segment) } : {}),
        ...(band.from === null
          ? {}
          : { band: { from: band.from, ...(band.to === null ? {} : { to: band.to }) } }),
      })),
    )
    .filter((line) => line.units.greaterThan(0));
}

/**
 * Evaluates each PLI enrolment of the scenario on inputs derived from the plan — net sales of the
 * enrolment's segments by fiscal year (as invoice lines: units at the year's average invoice
 * value, so the scheme's invoice floors apply) and the cumulative spend on the enrolment's
 * investments — with the PLI engine; then shares each year's incentive with the partners under
 * the sharing agreement, and shifts the company's share by the disbursement lag to the year it is
 * received (years after the horizon are added to receive what the last years earned). With the
 * projection, a first scheme year that counts from a month (LSEM: 1 August) is
 * claimed on the sales of those months; without them, on the year's share.
 *
 * @returns the PLI picture, or null when the scenario has no PLI section
 */
export function pliByYear(
  scenario: Scenario,
  operations: readonly OperationsYear[],
  investment: InvestmentFigures,
  years: readonly string[],
  outturn?: PliOutturnInputs,
  projection?: ProjectionSales,
): PliResult | null {
  const section = scenario.pli;
  if (section === undefined) return null;
  const enrolments = section.enrolments.map((e): PliEnrolmentResult => {
    const rules = enrolmentRules(e, section);
    const scheme = rules.scheme;
    const tenure = tenureOf(scheme, e);
    const floor = scheme.categories[e.enrolment.category]?.invoiceFloor;
    const ids = e.segments.map((s) => (typeof s === 'string' ? s : s.segment));
    const products = new Map(
      e.segments.flatMap((s) => (typeof s === 'string' ? [] : [[s.segment, s.product] as const])),
    );
    const scale = outturn?.salesScale.get(e.id);
    // A first scheme year counted from a month is claimed on the plan's sales of those months.
    const firstYear = [...tenure][0] ?? '';
    const firstIndex = years.indexOf(firstYear);
    const part =
      projection === undefined
        ? undefined
        : firstYearPartSales(
            scheme,
            firstYear,
            projection,
            ids,
            scale !== undefined && firstIndex > scale.after ? scale.ratio : null,
          );
    const inputs = years.map((year, y) => {
      const op = operations[y];
      // A re-forecast year takes the plan's sales of the enrolment × the actuals' ratio.
      const ratio =
        scale === undefined
          ? null
          : (scale.byYear.get(y) ?? (y > scale.after ? scale.ratio : null));
      const segs = (op?.segments ?? [])
        .filter((s) => ids.includes(s.segment))
        .map((s) =>
          ratio === null
            ? s
            : {
                ...s,
                revenue: inr(s.revenue.amount.times(ratio)),
                units: s.units.times(ratio),
                ...(s.invoiceBands === undefined
                  ? {}
                  : {
                      invoiceBands: s.invoiceBands.map((b) => ({
                        ...b,
                        units: b.units.times(ratio),
                      })),
                    }),
              },
        );
      // The enrolment's investments spent by the year's end: the plan's capex, and what was
      // invested before the horizon (the opening position) from the first year.
      const cumulative = e.investments.reduce((acc, id) => {
        const c = investment.commitments.find((x) => x.id === id);
        const before = investment.opening.find((x) => x.id === id)?.amount.amount ?? ZERO;
        return acc
          .plus(before)
          .plus((c?.byYear.slice(0, y + 1) ?? []).reduce((a, m) => a.plus(m.amount), ZERO));
      }, ZERO);
      return {
        year,
        netSales: inr(segs.reduce((a, s) => a.plus(s.revenue.amount), ZERO)),
        cumulativeInvestment: inr(cumulative),
        lines: linesOf(segs, products),
        // The part claimed: the months' sales; each segment's (banded) lines at the year's
        // invoice values, its units those of the months claimed.
        ...(part === undefined || year !== firstYear
          ? {}
          : {
              part: {
                from: part.from,
                netSales: part.netSales,
                lines: linesOf(
                  segs.map((s) => {
                    const share = s.units.isZero()
                      ? ZERO
                      : (part.units.get(s.segment) ?? ZERO).dividedBy(s.units);
                    return {
                      ...s,
                      units: s.units.times(share),
                      ...(s.invoiceBands === undefined
                        ? {}
                        : {
                            invoiceBands: s.invoiceBands.map((b) => ({
                              ...b,
                              units: b.units.times(share),
                            })),
                          }),
                    };
                  }),
                  products,
                ),
              },
            }),
      };
    });
    const own = e.enrolment.version !== undefined || e.enrolment.rulesAsOf !== undefined;
    const missed = e.assumeMissed;
    const assumed =
      missed === undefined
        ? []
        : (missed.years === 'all'
            ? [...tenure].filter((y) => years.includes(y))
            : missed.years
          ).map((year) => ({ year, reason: missed.reason }));
    const reported = (outturn?.missed.get(e.id) ?? []).filter((m) => tenure.has(m.year));
    const thresholdsMissed = [
      ...reported,
      ...assumed.filter((a) => !reported.some((r) => r.year === a.year)),
    ];
    // Composed through the PLI layer's parsed core: the enrolment was parsed with the scenario,
    // and the sales and investment below are the plan's own figures (whole units, rupees).
    const evaluated = evaluateParsedPli({
      ...e.enrolment,
      scheme: enrolmentScheme(e),
      ...(own || section.rulesAsOf === undefined ? {} : { rulesAsOf: section.rulesAsOf }),
      ...(thresholdsMissed.length === 0 ? {} : { thresholdsMissed }),
      years: inputs
        .filter((i) => tenure.has(i.year))
        // A category with an invoice floor gets the sales as lines, so the engine splits them at
        // the floor; otherwise the exact net sales.
        .map((i) =>
          floor === undefined
            ? {
                year: i.year,
                netSales: i.netSales,
                cumulativeInvestment: i.cumulativeInvestment,
                ...(i.part === undefined
                  ? {}
                  : { part: { from: i.part.from, netSales: i.part.netSales } }),
              }
            : {
                year: i.year,
                lines: i.lines,
                cumulativeInvestment: i.cumulativeInvestment,
                ...(i.part === undefined
                  ? {}
                  : { part: { from: i.part.from, lines: i.part.lines } }),
              },
        ),
    });
    const byYear = new Map(evaluated.years.map((r) => [r.year, r]));
    const enrolmentYears = inputs.map((i) => {
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
        investmentThreshold: r?.thresholds.investment.required ?? null,
        salesThreshold: r?.thresholds.sales.required ?? null,
        headroom: r?.headroom ?? null,
        countedShare: r?.countedShare ?? ONE,
        schemeCeiling: r?.schemeCeiling ?? null,
        incentive:
          outturn?.earned.get(`${e.id} ${i.year}`) ??
          (r === undefined ? inr(ZERO) : inr(r.incentive.amount)),
        reasons: r?.reasons ?? [`${i.year} is outside the scheme's years for this enrolment`],
      };
    });
    return {
      id: e.id,
      scheme: scheme.id,
      schemeName: scheme.name,
      category: e.enrolment.category,
      segments: ids,
      rules: evaluated.rules,
      assumptions: evaluated.assumptions,
      assumedMissed: missed?.reason ?? null,
      baseYear: baseYearCheck(
        evaluated.baseYear,
        evaluated.baseYearSales,
        inputs[0]?.year ?? evaluated.firstYear,
        inputs[0]?.netSales ?? inr(ZERO),
        section.baseYearGrowthLimit,
      ),
      companyEligibility:
        evaluated.companyEligibility === undefined
          ? null
          : {
              eligible: evaluated.companyEligibility.eligible,
              reasons: evaluated.companyEligibility.reasons,
            },
      years: enrolmentYears,
      total: inr(enrolmentYears.reduce((a, y) => a.plus(y.incentive.amount), ZERO)),
    };
  });

  const shared = sharePliByYear(scenario, section, enrolments, operations, years);
  return {
    enrolments,
    ...shared,
    disbursementLagYears: section.disbursementLagYears,
    total: inr(enrolments.reduce((a, e) => a.plus(e.total.amount), ZERO)),
  };
}
