/**
 * (c) A 10,000-draw `simulate` of the seed plan against the hand-written float64 reference of
 * the same equations (`reference.ts`) drawing the same numbers from the same seeded streams.
 * Target: `simulate` within 10× the reference.
 */
import { createRandom } from '../src/projection/_lib/prng.js';
import { summarise } from '../src/projection/_lib/stats.js';
import type { CompiledProjection } from '../src/projection/compiledProjection.js';
import { createSampler, distributionSchema } from '../src/projection/distribution.js';
import { resolveInputSlot } from '../src/projection/evaluate.js';
import { type SimulationInput, simulate } from '../src/projection/simulate.js';
import { checkTarget, measure, printTable, type Stats } from './harness.js';
import { createReference, type ReferenceOutput } from './reference.js';
import { loadSeed, type Seed, seedSimulationInputs } from './seed.js';

export const SIM_SEED = 20210824;

/** The outputs summarised: the last fiscal year's revenue, gross profit, headcount and payroll. */
export function seedOutputs(plan: CompiledProjection): ReferenceOutput[] {
  const year = plan.horizon.fiscalYears.at(-1) ?? '';
  return (['revenue', 'grossProfit', 'headcount', 'payroll'] as const).map((metric) => ({
    metric,
    year,
  }));
}

export const selector = (o: ReferenceOutput) => `${o.metric}@${o.year}`;

/** The reference simulation: the same draws as `simulate`, the hand-written equations. */
export function referenceSimulate(
  plan: CompiledProjection,
  inputs: readonly SimulationInput[],
  outputs: readonly ReferenceOutput[],
  draws: number,
  seed: number,
): { samples: Float64Array[]; summaries: ReturnType<typeof summarise>[] } {
  const ref = createReference(plan, outputs);
  const base = Float64Array.from(plan.slots.values, (d) => d.toNumber());
  const p = Float64Array.from(base);
  const bindings = inputs.map((spec, i) => ({
    slot: resolveInputSlot(plan, spec.path).slot,
    factor: spec.apply === 'factor',
    draw: createSampler(
      distributionSchema.parse(spec.distribution),
      createRandom((seed ^ Math.imul(i + 1, 0x9e3779b9)) >>> 0),
    ),
  }));
  const samples = outputs.map(() => new Float64Array(draws));
  const out = new Float64Array(outputs.length);
  for (let d = 0; d < draws; d++) {
    for (const b of bindings) {
      const x = b.draw();
      p[b.slot] = b.factor ? (base[b.slot] as number) * x : x;
    }
    ref.run(p, out);
    for (let o = 0; o < outputs.length; o++) (samples[o] as Float64Array)[d] = out[o] as number;
  }
  return { samples, summaries: samples.map((s) => summarise(s)) };
}

/** The reference must compute what `simulate` computes, draw by draw, before it is a floor. */
export function verifyReference(seed: Seed, draws = 500): number {
  const inputs = seedSimulationInputs(seed);
  const outputs = seedOutputs(seed.plan);
  const sim = simulate(seed.plan, {
    draws,
    seed: SIM_SEED,
    inputs,
    outputs: outputs.map(selector),
    keepDraws: true,
  });
  const ref = referenceSimulate(seed.plan, inputs, outputs, draws, SIM_SEED);
  let worst = 0;
  sim.outputs.forEach((o, k) => {
    const a = o.draws ?? new Float64Array(0);
    const b = ref.samples[k] ?? new Float64Array(0);
    for (let d = 0; d < draws; d++) {
      const x = a[d] ?? Number.NaN;
      const y = b[d] ?? Number.NaN;
      const rel = Math.abs(x - y) / Math.max(1, Math.abs(y));
      if (!(rel <= 1e-9)) {
        throw new Error(`reference disagrees with simulate: ${o.output} draw ${d}: ${x} vs ${y}`);
      }
      worst = Math.max(worst, rel);
    }
  });
  return worst;
}

export function runSimulateBench(runs = 7, draws = 10_000): Stats[] {
  console.log(`\n== (c) ${draws.toLocaleString('en-IN')}-draw simulate vs float64 reference ==`);
  const seed = loadSeed();
  const worst = verifyReference(seed);
  console.log(
    `  reference agrees with simulate draw by draw (worst relative difference ${worst.toExponential(1)})`,
  );
  const inputs = seedSimulationInputs(seed);
  const outputs = seedOutputs(seed.plan);
  const stats = measure(
    [
      {
        name: 'simulate (float64 core)',
        fn: () =>
          simulate(seed.plan, { draws, seed: SIM_SEED, inputs, outputs: outputs.map(selector) }),
      },
      {
        name: 'hand-written float64 reference',
        fn: () => referenceSimulate(seed.plan, inputs, outputs, draws, SIM_SEED),
      },
    ],
    { warmup: 2, runs },
  );
  printTable(
    `seed plan, ${seed.plan.horizon.months.length} months × ${seed.plan.segments.length} segments, ${inputs.length} inputs, ${outputs.length} outputs`,
    stats,
    'hand-written float64 reference',
  );
  const [core, ref] = stats as [Stats, Stats];
  const ratio = core.median / ref.median;
  checkTarget({
    benchmark: `simulate ${draws} draws`,
    measured: `${core.median.toFixed(0)} ms median, ${ratio.toFixed(2)}× the reference (${ref.median.toFixed(0)} ms)`,
    target: '≤ 10× the reference',
    met: ratio <= 10,
  });
  return stats;
}
