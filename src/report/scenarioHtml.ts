import type { ScenarioResult } from '../model/types.js';
import type { ScenarioRisk } from './scenario/riskSection.js';
import { scenarioReport } from './scenarioReport.js';
import { documentToHtml } from './toHtml.js';

/** Options for {@link scenarioHtml}. */
export interface ScenarioHtmlOptions {
  /**
   * The plan's chart as SVG markup, rendered beforehand (`renderSvg(scenarioChart(result))` in
   * the CLI — rendering needs the optional vega packages, so the page takes it ready-made and
   * stays pure and synchronous). Without it the page has no chart.
   */
  readonly chartSvg?: string;
  /** Add the key figures in US$ million (as `scenarioReport`'s `usd`). */
  readonly usd?: boolean;
  /** Decimal places for ₹ crore figures (default 0). */
  readonly decimals?: number;
  /** A whole-plan risk analysis: the page gains the Risk section (as `scenarioReport`'s `risk`). */
  readonly risk?: ScenarioRisk;
  /** The risk chart as SVG markup (`renderSvg(riskChart(risk, name))`): the NPV histogram and tornado. */
  readonly riskChartSvg?: string;
}

/**
 * The plan's report as one self-contained HTML page (no network: inline CSS, the chart inline as
 * SVG, no script): the answers first, the chart, then every table of `scenarioReport` — revenue,
 * capacity, headcount, investment, PLI with its reasons and sharing, P&L, cash flow, valuation,
 * variants, targets — and every source and assumption. Built from the report document, so a
 * section the report gains appears here too. Prints on A4 with a page per section; tables scroll
 * sideways on a phone.
 *
 * @param result - the result of `runScenario`
 * @param options - the chart's SVG, US-dollar figures, decimals
 * @returns the HTML document
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const result = runScenario(parseScenario(seedJson));
 * const html = scenarioHtml(result); // or { chartSvg: await renderSvg(scenarioChart(result)) } from 'crorecast/node'
 * html.startsWith('<!doctype html>') //=> true
 * ```
 */
export function scenarioHtml(result: ScenarioResult, options: ScenarioHtmlOptions = {}): string {
  const doc = scenarioReport(result, {
    ...(options.decimals === undefined ? {} : { decimals: options.decimals }),
    ...(options.usd === undefined ? {} : { usd: options.usd }),
    ...(options.risk === undefined ? {} : { risk: options.risk }),
  });
  const figures = [
    ...(options.chartSvg === undefined
      ? []
      : [
          {
            caption: `Revenue by segment (₹ crore) and headcount by fiscal year, against the stated targets`,
            svg: options.chartSvg,
          },
        ]),
    ...(options.riskChartSvg === undefined
      ? []
      : [
          {
            caption:
              'Risk: NPV with PLI over the draws, and what moves it (each input from its P10 to its P90)',
            svg: options.riskChartSvg,
          },
        ]),
  ];
  return documentToHtml(doc, {
    lang: 'en-IN',
    ...(figures.length === 0 ? {} : { figures }),
    footer: `${result.meta.name} — as of ${result.meta.asOf}. Figures in ₹ crore unless stated; computed exactly and rounded only for display.`,
  });
}
