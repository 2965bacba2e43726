import { ZERO } from '../core/decimal.js';
import { isDecimal } from '../core/decimalLike.js';
import type { ScenarioResult } from '../model/types.js';
import { formatMoney } from '../money/formatMoney.js';
import {
  combineCharts,
  headcountChart,
  revenueBySegmentChart,
  type VegaLiteSpec,
} from './charts.js';
import { formatNumber } from './formatNumber.js';

const CRORE = '10000000';

/**
 * The plan's chart as one Vega-Lite spec: revenue by fiscal year stacked by segment (₹ crore)
 * with the stated revenue target as a rule, above closing headcount by fiscal year with the
 * stated headcount. Render it with vega + vega-lite (the CLI's `--chart` writes it as SVG).
 *
 * @param result - the result of `runScenario`
 * @returns the combined spec
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const result = runScenario(parseScenario(seedJson));
 * scenarioChart(result).vconcat?.length //=> 2 (1 without headcount)
 * ```
 */
export function scenarioChart(result: ScenarioResult): VegaLiteSpec {
  const segments = result.operations[0]?.segments.map((s) => s.name) ?? [];
  const revenueTarget = result.targets.find((t) => t.metric === 'revenue');
  const revenue = revenueBySegmentChart(
    result.operations.flatMap((o) =>
      o.segments.map((s) => ({
        year: o.year,
        segment: s.name,
        value: s.revenue.amount.dividedBy(CRORE),
      })),
    ),
    {
      segments,
      title: 'Revenue by segment (₹ crore)',
      ...(revenueTarget === undefined || isDecimal(revenueTarget.target)
        ? {}
        : {
            target: {
              value: revenueTarget.target.amount.dividedBy(CRORE),
              label: `Stated target ${formatMoney(revenueTarget.target, { unit: 'crore', decimals: 0 })}`,
            },
          }),
    },
  );
  const charts = [revenue];
  if (result.operations.every((o) => o.headcount !== null)) {
    const headcountTarget = result.targets.find((t) => t.metric === 'headcount');
    charts.push(
      headcountChart(
        result.operations.map((o) => ({ year: o.year, value: o.headcount?.closing ?? ZERO })),
        {
          title: 'Headcount at year end',
          ...(headcountTarget === undefined || !isDecimal(headcountTarget.target)
            ? {}
            : {
                target: {
                  value: headcountTarget.target,
                  label: `Stated ${formatNumber(headcountTarget.target, { decimals: 0 })}`,
                },
              }),
        },
      ),
    );
  }
  return combineCharts(result.meta.name, charts);
}
