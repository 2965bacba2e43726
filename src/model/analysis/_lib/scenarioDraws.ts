import { inputStream } from '../../../projection/_lib/prng.js';
import { createSampler, type Distribution } from '../../../projection/distribution.js';
import { AnalysisError } from '../analysisError.js';
import type { ScenarioModel } from '../scenarioModel.js';

/** A simulated input as the draw loop needs it. */
export interface DrawnInput {
  readonly path: string;
  readonly distribution: Distribution;
  readonly apply: 'value' | 'factor';
  /** Why the input is uncertain, as the scenario or the options say. */
  readonly rationale?: string;
}

/** The raw draws of a range: entry k of each array is draw `from + k`. */
export interface RawScenarioDraws {
  /** One array per output, in the model's output order. */
  readonly outputs: Float64Array[];
  /** One array per input: the value the input took (after a factor is applied). */
  readonly inputs: Float64Array[];
}

/** Checks that a model has the inputs and outputs it was asked for, in order. */
export function checkModel(
  model: ScenarioModel,
  inputs: readonly string[],
  outputs: readonly string[],
): void {
  if (model.inputs.length !== inputs.length || model.base.length !== inputs.length) {
    throw new AnalysisError(
      'MODEL_MISMATCH',
      `the ${model.backend} model has ${model.inputs.length} inputs (${model.base.length} base values) but was built for ${inputs.length}`,
    );
  }
  if (model.outputs.length !== outputs.length) {
    throw new AnalysisError(
      'MODEL_MISMATCH',
      `the ${model.backend} model has ${model.outputs.length} outputs but was built for ${outputs.length}`,
    );
  }
}

/**
 * Runs draws `from` to `to` (exclusive) of a seeded simulation over a model. Input `i` draws
 * from its own stream (`inputStream(seed, i)`), and the draws before `from` are generated and
 * discarded, so any split of a simulation into ranges reproduces it bit for bit. A NaN output is
 * kept (an undefined figure, counted later); ±Infinity stops the run naming the draw.
 */
export function drawScenarioRange(
  model: ScenarioModel,
  inputs: readonly DrawnInput[],
  seed: number,
  from: number,
  to: number,
  onProgress?: (done: number) => void,
): RawScenarioDraws {
  const samplers = inputs.map((input, i) =>
    createSampler(input.distribution, inputStream(seed, i)),
  );
  for (const draw of samplers) for (let d = 0; d < from; d++) draw();
  const n = to - from;
  const O = model.outputs.length;
  const outputs = model.outputs.map(() => new Float64Array(n));
  const drawn = inputs.map(() => new Float64Array(n));
  const base = model.base;
  const values = Float64Array.from(base);
  const out = new Float64Array(O);
  const factor = inputs.map((input) => input.apply === 'factor');
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < samplers.length; i++) {
      const x = (samplers[i] as () => number)();
      const v = factor[i] ? (base[i] as number) * x : x;
      values[i] = v;
      (drawn[i] as Float64Array)[k] = v;
    }
    out.fill(Number.NaN);
    model.evaluate(values, out);
    for (let o = 0; o < O; o++) {
      const v = out[o] as number;
      if (v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY) {
        const what = inputs.map((input, i) => `${input.path} = ${values[i]}`).join(', ');
        throw new AnalysisError(
          'NON_FINITE_RESULT',
          `draw ${from + k + 1}: output ${model.outputs[o]} is ${v} (${what})`,
        );
      }
      (outputs[o] as Float64Array)[k] = v;
    }
    if (onProgress !== undefined && (k + 1) % 1000 === 0) onProgress(k + 1);
  }
  return { outputs, inputs: drawn };
}
