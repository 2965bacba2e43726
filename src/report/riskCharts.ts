import { Decimal } from '../core/decimal.js';
import type { ScenarioTornado } from '../model/analysis/sensitivityScenario.js';
import type { SimulatedScenarioOutput } from '../model/analysis/summariseRisk.js';
import { combineCharts, type VegaLiteSpec } from './charts.js';
import { formatNumber } from './formatNumber.js';
import type { ScenarioRisk } from './scenario/riskSection.js';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Statistics are plotted to two decimals (a crore to the lakh; far below a pixel). */
const plotted = (x: number) => Number(x.toFixed(2));

/**
 * A Vega-Lite spec of a simulated output's histogram: one bar per bin (its edges on x, its
 * draws on y), bars below zero in red, and a rule at zero.
 *
 * @param output - a simulated output with a histogram (e.g. `npv.withPli`)
 * @param options - the title and the axis title of the values
 * @returns the spec (plain JSON data)
 *
 * @example
 * ```ts
 * histogramChart(summariseScenarioOutput('npv.withPli', Float64Array.of(-1, 1))).layer[0].mark
 * //=> { type: 'bar', tooltip: true }
 * ```
 */
export function histogramChart(
  output: SimulatedScenarioOutput,
  options: { readonly title?: string; readonly valueTitle?: string } = {},
): VegaLiteSpec {
  const h = output.histogram;
  const values =
    h === null
      ? []
      : h.counts.map((count, k) => {
          const from = h.edges[k] as number;
          const to = h.edges[k + 1] as number;
          return { from: plotted(from), to: plotted(to), draws: count, below: to <= 0 };
        });
  return {
    $schema: SCHEMA,
    title: options.title ?? `${output.output} over the draws`,
    width: 480,
    height: 220,
    layer: [
      {
        data: { values },
        mark: { type: 'bar', tooltip: true },
        encoding: {
          x: {
            field: 'from',
            type: 'quantitative',
            bin: { binned: true },
            title: options.valueTitle ?? output.output,
          },
          x2: { field: 'to' },
          y: { field: 'draws', type: 'quantitative', title: 'Draws' },
          color: {
            field: 'below',
            type: 'nominal',
            scale: { domain: [true, false], range: ['#c0392b', '#4c78a8'] },
            legend: null,
          },
        },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: '#333', strokeDash: [4, 3] },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
    ],
  };
}

/**
 * A Vega-Lite spec of a tornado: one horizontal bar per input from the output at its low to the
 * output at its high, largest swing on top, and a rule at the plan's own (exact) value.
 *
 * @param tornado - a tornado from `sensitivityScenario`
 * @param options - the title and the axis title of the output
 * @returns the spec (plain JSON data)
 *
 * @example
 * ```ts
 * const plan = (backend, { inputs, outputs }) => ({ backend, inputs, outputs, base: Float64Array.from(inputs, () => 10),
 *   evaluate: (x, out) => { out[0] = 100 * (x[0] ?? 10) - 900; } }); // NPV = 100 × price − 900
 * const [npv] = sensitivityScenario(plan, { inputs: [{ path: 'price', change: 0.1 }], outputs: ['npv.withPli'] });
 * tornadoChart(npv).layer[1].data.values //=> [{ base: 100 }]
 * ```
 */
export function tornadoChart(
  tornado: ScenarioTornado,
  options: { readonly title?: string; readonly valueTitle?: string } = {},
): VegaLiteSpec {
  const bars = tornado.bars.filter((b) => Number.isFinite(b.swing));
  const values = bars.map((b) => ({
    input: b.path,
    atLow: plotted(b.outputAtLow),
    atHigh: plotted(b.outputAtHigh),
    from: plotted(Math.min(b.outputAtLow, b.outputAtHigh)),
    to: plotted(Math.max(b.outputAtLow, b.outputAtHigh)),
  }));
  return {
    $schema: SCHEMA,
    title: options.title ?? `What moves ${tornado.output}`,
    width: 480,
    height: Math.max(60, 22 * values.length),
    layer: [
      {
        data: { values },
        mark: { type: 'bar', tooltip: true, color: '#4c78a8' },
        encoding: {
          y: {
            field: 'input',
            type: 'nominal',
            sort: values.map((v) => v.input),
            title: null,
            axis: { labelLimit: 320 },
          },
          x: { field: 'from', type: 'quantitative', title: options.valueTitle ?? tornado.output },
          x2: { field: 'to' },
        },
      },
      {
        data: { values: [{ base: plotted(tornado.base) }] },
        mark: { type: 'rule', color: '#c0392b', strokeWidth: 2 },
        encoding: { x: { field: 'base', type: 'quantitative' } },
      },
    ],
  };
}

/**
 * The Risk section's charts as one Vega-Lite spec: the NPV-with-PLI histogram over the draws,
 * above the tornado on NPV when the risk analysis has one. Render it with vega + vega-lite (the
 * CLI's `simulate --chart` writes it as SVG).
 *
 * @param risk - the simulation and tornado the report shows
 * @param title - the chart's title (the plan's name)
 * @returns the combined spec
 *
 * @example
 * ```ts
 * const plan = (backend, { inputs, outputs }) => ({ backend, inputs, outputs, base: Float64Array.from(inputs, () => 10),
 *   evaluate: (x, out) => { out[0] = 100 * (x[0] ?? 10) - 900; } }); // NPV = 100 × price − 900
 * const options = { draws: 1000, seed: 1, outputs: ['npv.withPli'],
 *   inputs: [{ path: 'price', distribution: { kind: 'uniform', low: 9, high: 10 } }] };
 * riskChart({ simulation: simulateScenario(plan, options) }, 'Plan').vconcat.length //=> 1
 * ```
 */
export function riskChart(risk: ScenarioRisk, title: string): VegaLiteSpec {
  const npv = risk.simulation.outputs.find((o) => o.output === 'npv.withPli');
  const charts: VegaLiteSpec[] = [];
  if (npv !== undefined && npv.histogram !== null) {
    charts.push(
      histogramChart(npv, {
        title: `NPV with PLI over ${formatNumber(new Decimal(risk.simulation.draws), { decimals: 0 })} draws (₹ crore)`,
        valueTitle: 'NPV with PLI (₹ crore)',
      }),
    );
  }
  if (risk.tornado !== undefined) {
    charts.push(
      tornadoChart(risk.tornado, {
        title: 'What moves NPV with PLI (each input P10 to P90)',
        valueTitle: 'NPV with PLI (₹ crore)',
      }),
    );
  }
  return combineCharts(title, charts);
}
