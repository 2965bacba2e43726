import { ONE, ZERO } from '../core/decimal.js';
import { computedInr as inr } from '../money/money.js';
import { evaluateParsedPli } from '../pli/evaluatePli.js';
import type { PliScheme } from '../pli/scheme.js';
import { whenRead } from '../projection/_lib/lazyRows.js';
import { fiscalYearLabel, fiscalYearStart } from './_lib/fiscalYears.js';
import { type SharedRuns, sharedRuns } from './_lib/sharedRuns.js';
import type { InvestmentFigures } from './investments.js';
import { sharedBaseYearCheck } from './pliBaseYearCheck.js';
import { enrolmentRules, enrolmentScheme } from './pliEnrolmentRules.js';
import { enrolmentInputs } from './pliEnrolmentSales.js';
import type { PliOutturnInputs } from './pliOutturnInputs.js';
import { firstYearPartSales, type ProjectionSales } from './pliPartYear.js';
import { sharePliByYear } from './pliSharing.js';
import type { Scenario } from './scenario.js';
import type { PliEnrolment } from './scenarioPli.js';
import type { OperationsYear, PliEnrolmentResult, PliResult } from './types.js';

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
 * received (years after the horizon are added to receive what the last years earned). With the
 * projection, a first scheme year that counts from a month (LSEM: 1 August) is
 * claimed on the sales of those months; without them, on the year's share.
 *
 * @param shared - the run's shared results: an enrolment's rules and base-year check are worked
 *   out once for the plan, its baseline and its outturn
 * @returns the PLI picture, or null when the scenario has no PLI section
 */
export function pliByYear(
  scenario: Scenario,
  operations: readonly OperationsYear[],
  investment: InvestmentFigures,
  years: readonly string[],
  outturn?: PliOutturnInputs,
  projection?: ProjectionSales,
  shared: SharedRuns = sharedRuns(),
): PliResult | null {
  const section = scenario.pli;
  if (section === undefined) return null;
  const enrolments = section.enrolments.map((e): PliEnrolmentResult => {
    // The plan, its baseline and its outturn evaluate the same enrolments under the same rules.
    const { rules, evaluatedScheme, tenure } = shared.once(
      'pli-enrolment-rules',
      [e, section.rulesAsOf],
      () => {
        const evaluatedScheme = enrolmentScheme(e);
        const r = enrolmentRules(e, section, evaluatedScheme);
        return { rules: r, evaluatedScheme, tenure: tenureOf(r.scheme, e) };
      },
    );
    const scheme = rules.scheme;
    const floor = scheme.categories[e.enrolment.category]?.invoiceFloor;
    const ids = e.segments.map((s) => (typeof s === 'string' ? s : s.segment));
    const products = new Map(
      e.segments.flatMap((s) => (typeof s === 'string' ? [] : [[s.segment, s.product] as const])),
    );
    const scale = outturn?.salesScale.get(e.id);
    // A first scheme year counted from a month is claimed on the plan's sales of those months.
    const firstYear = [...tenure][0] ?? '';
    const firstIndex = years.indexOf(firstYear);
    const ratio = scale !== undefined && firstIndex > scale.after ? scale.ratio : null;
    // Unscaled, the part is the plan's (its outturn claims the same months' sales).
    const part =
      projection === undefined
        ? undefined
        : ratio === null
          ? shared.once('pli-first-year-part', [projection, e, scheme, firstYear], () =>
              firstYearPartSales(scheme, firstYear, projection, ids, null),
            )
          : firstYearPartSales(scheme, firstYear, projection, ids, ratio);
    const link = { investments: e.investments, ids, products, firstYear, part };
    // The plan's inputs; a re-forecast (the outturn) takes them as they are for the years its
    // ratios leave alone.
    const planned = shared.once(
      'pli-enrolment-inputs',
      [years, operations, investment, e, part, firstYear],
      () => enrolmentInputs(years, operations, investment, { ...link, scale: undefined }),
    );
    const inputs =
      scale === undefined
        ? planned
        : enrolmentInputs(years, operations, investment, { ...link, scale, unscaled: planned });
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
    // and the sales and investment below are the plan's own figures (whole units, rupees). Its
    // rules are those worked out above: the enrolment's own version or date, else the section's.
    const evaluated = evaluateParsedPli(
      {
        ...e.enrolment,
        scheme: evaluatedScheme,
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
      },
      rules,
    );
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
    const result: PliEnrolmentResult = {
      id: e.id,
      scheme: scheme.id,
      schemeName: scheme.name,
      category: e.enrolment.category,
      segments: ids,
      rules: evaluated.rules,
      assumptions: evaluated.assumptions,
      assumedMissed: missed?.reason ?? null,
      // Its place among the keys; computed when read (below).
      baseYear: undefined as unknown as PliEnrolmentResult['baseYear'],
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
    // The growth from the base year is a 40-digit power: checked when a reader asks (a report
    // does; a baseline's PLI, run for its cash, never is), once for the plan and its outturn.
    whenRead(
      result,
      'baseYear',
      sharedBaseYearCheck(
        shared,
        evaluated.baseYear,
        evaluated.baseYearSales,
        inputs[0]?.year ?? evaluated.firstYear,
        inputs[0]?.netSales ?? inr(ZERO),
        section.baseYearGrowthLimit,
      ),
    );
    return result;
  });

  const sharing = sharePliByYear(scenario, section, enrolments, operations, years);
  return {
    enrolments,
    ...sharing,
    disbursementLagYears: section.disbursementLagYears,
    total: inr(enrolments.reduce((a, e) => a.plus(e.total.amount), ZERO)),
  };
}
