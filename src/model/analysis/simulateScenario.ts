import { type DrawSummary, summarise } from '../../projection/_lib/stats.js';
import type { Distribution } from '../../projection/distribution.js';
import { prepareSource, type ScenarioAnalysisSource } from './analysisSource.js';
import { rangeOf, type ScenarioSimulationDraws } from './simulateScenarioRange.js';
import type { SimulateScenarioOptions } from './simulationOptions.js';
import { type SimulatedScenarioOutput, summariseScenarioOutput } from './summariseRisk.js';

/** What a simulation says about one input: the values it took. */
export interface SimulatedScenarioInput {
  readonly path: string;
  readonly distribution: Distribution;
  readonly apply: 'value' | 'factor';
  /** Why the input is uncertain (from the scenario's `uncertainty`, or the options). */
  readonly rationale?: string;
  /** Summary of the values the input took (after a factor is applied to its base). */
  readonly summary: DrawSummary;
}

/** What {@link simulateScenario} returns. */
export interface ScenarioSimulation {
  readonly draws: number;
  readonly seed: number;
  readonly backend: 'exact' | 'float64';
  readonly inputs: readonly SimulatedScenarioInput[];
  readonly outputs: readonly SimulatedScenarioOutput[];
}

/**
 * Joins the raw draws of consecutive ranges (in order, covering 0…draws) into a simulation's
 * summaries — the one place serial and parallel runs summarise, so both give the same bytes.
 *
 * @internal
 */
export function summariseScenarioDraws(
  parts: readonly ScenarioSimulationDraws[],
  bins: number,
  keepDraws: boolean,
): ScenarioSimulation {
  const first = parts[0] as ScenarioSimulationDraws;
  const join = (pick: (p: ScenarioSimulationDraws) => readonly Float64Array[], k: number) => {
    const all = new Float64Array(first.draws);
    let at = 0;
    for (const part of parts) {
      const chunk = pick(part)[k] as Float64Array;
      all.set(chunk, at);
      at += chunk.length;
    }
    return all;
  };
  return Object.freeze({
    draws: first.draws,
    seed: first.seed,
    backend: first.backend,
    inputs: Object.freeze(
      first.inputs.map((input, i) =>
        Object.freeze({
          ...input,
          summary: Object.freeze(summarise(join((p) => p.inputDraws, i))),
        }),
      ),
    ),
    outputs: Object.freeze(
      first.outputs.map((output, o) => {
        const draws = join((p) => p.outputDraws, o);
        const summary = summariseScenarioOutput(output, draws, bins);
        return keepDraws ? Object.freeze({ ...summary, draws }) : summary;
      }),
    ),
  });
}

/**
 * Seeded Monte Carlo over the whole plan: each draw sets the uncertain inputs (by their paths in
 * the scenario file, each from its own stream derived from the seed and the input's position, so
 * adding an input leaves the others' draws unchanged), evaluates the plan — projection,
 * investments, PLI and sharing, P&L and tax, working capital, cash flow, valuation — on the
 * float64 backend (or the exact one) and keeps the chosen outputs.
 *
 * Per output: P5…P95 (Excel PERCENTILE.INC), mean, sd, min and max of the draws in which it is
 * defined, the count of draws in which it is not (an IRR without a sign change is NaN — counted,
 * never hidden or zeroed), the probability below zero (P(NPV < 0) for `npv.*`), a histogram, and
 * for `pliPaid[…]@FY` the share of draws in which that year's thresholds are met. Inputs,
 * outputs, draws and seed default to the scenario's `uncertainty` section. The same seed gives
 * the same result on every machine; `simulateScenarioParallel` (`crorecast/node`) gives the same
 * bytes on any number of threads.
 *
 * @param source - the scenario, or a factory of scenario models
 * @param options - draws, seed, inputs with distributions, outputs, backend, bins
 * @returns the summaries of the inputs and outputs
 * @throws {ValidationError} for invalid options (with their paths); {AnalysisError}
 *   `MISSING_OPTION`, `TOO_MANY_DRAWS`, `DUPLICATE_INPUT`, `NON_FINITE_RESULT`, `MODEL_MISMATCH`
 *
 * @example
 * ```ts
 * const plan = (backend, { inputs, outputs }) => ({ backend, inputs, outputs, base: Float64Array.from(inputs, () => 10),
 *   evaluate: (x, out) => { out[0] = 100 * (x[0] ?? 10) - 900; } }); // NPV = 100 × price − 900
 * const options = { draws: 1000, seed: 1, outputs: ['npv.withPli'],
 *   inputs: [{ path: 'price', distribution: { kind: 'uniform', low: 9, high: 10 } }] };
 * simulateScenario(plan, options).outputs[0].probabilityBelowZero //=> 0
 * simulateScenario(plan, options).outputs[0].summary.max < 100 //=> true
 * ```
 */
export function simulateScenario(
  source: ScenarioAnalysisSource,
  options: SimulateScenarioOptions = {},
): ScenarioSimulation {
  const { part, resolved } = rangeOf(prepareSource(source), options);
  return summariseScenarioDraws([part], resolved.bins, resolved.keepDraws);
}
