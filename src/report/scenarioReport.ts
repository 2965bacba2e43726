import type { ScenarioResult } from '../model/types.js';
import { actualsSection } from './scenario/actuals.js';
import { answersSection } from './scenario/answers.js';
import { capacitySection } from './scenario/capacity.js';
import { cashSection } from './scenario/cashFlow.js';
import { headcountSection } from './scenario/headcount.js';
import { investmentSection } from './scenario/investment.js';
import { ownersSection } from './scenario/owners.js';
import { pliSection } from './scenario/pli.js';
import { profitSection } from './scenario/profit.js';
import { revenueSection } from './scenario/revenue.js';
import { riskSection, type ScenarioRisk } from './scenario/riskSection.js';
import { sourcesSection } from './scenario/sources.js';
import { stateIncentivesSection } from './scenario/stateIncentives.js';
import { targetsSection } from './scenario/targets.js';
import { valuationSection } from './scenario/valuation.js';
import { variantsSection } from './scenario/variants.js';
import type { ReportDocument, ReportSection } from './types.js';

// One file a section under ./scenario/: each builds its section from the result alone, so a
// section can be read, changed and tested on its own; this file only orders them.

/** Options for {@link scenarioReport}. */
export interface ScenarioReportOptions {
  /** Decimal places for ₹ crore figures (default 0). */
  readonly decimals?: number;
  /**
   * Add the key figures in US$ million (revenue, EBITDA, profit after tax, free cash flow), each
   * year converted at the average rate its revenue was earned at (needs `fx.USD`; default false).
   */
  readonly usd?: boolean;
  /**
   * A whole-plan risk analysis (`simulateScenario`, optionally a tornado from
   * `sensitivityScenario`) run by the caller: the report then has a Risk section.
   */
  readonly risk?: ScenarioRisk;
}

/**
 * Turns a scenario result into the report a board reads: first the answers to the plan's
 * questions in prose (is the revenue target reachable within capacity, at what average price, in
 * which year; headcount against the stated figure; PLI per enrolment, when received and how it is
 * shared; EBITDA, profit, free cash flow and NPV/IRR with and without PLI), then the tables by
 * fiscal year in ₹ crore: revenue by segment (and in US$), volumes and capacity, headcount,
 * investment, PLI, the P&L, working capital and free cash flow, valuation, targets, and sources.
 * Pure: render it with `renderDocument` in any format.
 *
 * @param result - the result of `runScenario`
 * @param options - decimals for ₹ crore figures
 * @returns the report document
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const markdown = renderDocument(scenarioReport(runScenario(parseScenario(seedJson))), 'markdown');
 * markdown.split('\n')[0] //=> '# Optiemus Electronics and Wistron alliance: the August 2021 plan'
 * ```
 */
export function scenarioReport(
  result: ScenarioResult,
  options: ScenarioReportOptions = {},
): ReportDocument {
  const d = options.decimals ?? 0;
  const years = result.years;
  const first = years[0] ?? '';
  const last = years[years.length - 1] ?? '';
  const sections: ReportSection[] = [
    answersSection(result),
    revenueSection(result, d),
    capacitySection(result),
    ...(result.operations.some((o) => o.headcount !== null) ? [headcountSection(result, d)] : []),
    investmentSection(result, d),
    ...(result.pli === null ? [] : [pliSection(result, d)]),
    ...[stateIncentivesSection(result, d)].flatMap((x) => (x === null ? [] : [x])),
    ...(result.actuals === null ? [] : [actualsSection(result, d)]),
    profitSection(result, d, options.usd === true),
    cashSection(result, d),
    valuationSection(result),
    ...(options.risk === undefined ? [] : [riskSection(options.risk)]),
    ...(result.owners === null ? [] : [ownersSection(result, d)]),
    ...(result.variants.length === 0 ? [] : [variantsSection(result)]),
    ...(result.targets.length === 0 ? [] : [targetsSection(result)]),
    sourcesSection(result),
  ];
  return {
    title: result.meta.name,
    subtitle: `As of ${result.meta.asOf} · ${first} to ${last} · ₹ crore unless stated · ${result.meta.factCount} sourced facts, ${result.meta.assumptionCount} stated assumptions`,
    sections,
  };
}
