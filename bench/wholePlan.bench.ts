/**
 * (f) The whole plan on float64 (`compileScenarioModel`, issue #15): one evaluation of the seed
 * against the hand-written float64 reference of the same plan (`wholePlanReference.ts`, checked
 * against it first), 10,000 evaluations with random inputs (projection, PLI, P&L, cash flow and
 * NPV/IRR every time), and the float64 path timed again after an exact `runScenario` in the same
 * process. Targets: ≤ 3× the reference, ≤ 2 s for 10,000, and as fast after an exact run as
 * before (run this benchmark first, in a fresh process: `npm run bench -- wholeplan`).
 */
import { compileScenarioModel } from '../src/model/analysis/compileScenarioModel.js';
import { runScenario } from '../src/model/runScenario.js';
import { createRandom } from '../src/projection/_lib/prng.js';
import { checkTarget, consume, formatMs, measure, printTable, type Stats } from './harness.js';
import { loadSeed } from './seed.js';
import { createWholePlanReference } from './wholePlanReference.js';

const INPUTS = [
  'segments[smartphones-value].price.perUnit',
  'segments[laptops].price.perUnit',
  'segments[smartphones-value].volume.anchors[2].value',
  'segments[hearables-wearables].volume.anchors[1].value',
  'fx.USD.rate',
  'investments[mobile-lines].total',
  'pli.disbursementLagYears',
];
const OUTPUTS = ['npv.withPli', 'npv.withoutPli', 'irr', 'pliTotal'];

export function runWholePlanBench(runs = 15, draws = 10_000): Stats[] {
  console.log(
    '\n== (f) the whole plan on float64: compileScenarioModel vs a hand-written reference ==',
  );
  const seed = loadSeed();
  const model = compileScenarioModel(seed.scenario, { inputs: INPUTS, outputs: OUTPUTS });
  const ref = createWholePlanReference(seed.scenario);
  // The projection inputs' slots in the reference's plan and baseline (canonical paths).
  const slots = [
    'segments[0].price.perUnit.amount',
    'segments[4].price.perUnit.amount',
    'segments[0].volume.anchors[2].value',
    'segments[5].volume.anchors[1].value',
    'fx.USD.rate',
  ].map((path) => ref.slotsOf(path));
  const values = Float64Array.from(model.base);
  const out = new Float64Array(OUTPUTS.length);
  const refOut = new Float64Array(OUTPUTS.length);
  const random = createRandom(20_211_201);
  /** Draws every input around its base: ±20 % prices, ±30 % volumes, ₹65–90, ±50 % capex, lag 0–3. */
  const draw = () => {
    const spread = [0.2, 0.2, 0.3, 0.3];
    for (let i = 0; i < 4; i++)
      values[i] = (model.base[i] as number) * (1 + (spread[i] as number) * (2 * random.next() - 1));
    values[0] = Math.round((values[0] as number) * 100) / 100;
    values[1] = Math.round((values[1] as number) * 100) / 100;
    values[4] = 65 + 25 * random.next();
    values[5] = Math.round((model.base[5] as number) * (0.5 + random.next()) * 100) / 100;
    values[6] = Math.floor(4 * random.next());
  };
  const runReference = () => {
    slots.forEach(({ plan, baseline }, i) => {
      ref.p[plan] = values[i] as number;
      if (baseline >= 0) ref.pBase[baseline] = values[i] as number;
    });
    ref.run(0.25168, values[6] as number, values[5] as number, refOut);
  };
  // Check the reference against the model before timing it.
  let worst = 0;
  for (let d = 0; d < 300; d++) {
    if (d > 0) draw();
    model.evaluate(values, out);
    runReference();
    for (let o = 0; o < OUTPUTS.length; o++) {
      const a = out[o] as number;
      const b = refOut[o] as number;
      const rel = Math.abs(a - b) / Math.max(1, Math.abs(a));
      if (!(rel <= 1e-9))
        throw new Error(`reference disagrees: ${OUTPUTS[o]} draw ${d}: ${a} vs ${b}`);
      worst = Math.max(worst, rel);
    }
  }
  console.log(
    `  reference agrees with the model on 300 draws (worst relative difference ${worst.toExponential(1)})`,
  );
  values.set(model.base);
  // Each call alternates the rupee between two rates, so that both rerun their projections (the
  // model skips a projection whose parameters did not change since its last call).
  let flip = 0;
  const rupee = () => {
    flip ^= 1;
    values[4] = flip === 1 ? 74.5 : 74.6;
  };
  const one = () => {
    rupee();
    model.evaluate(values, out);
    return out[0];
  };
  const oneRef = () => {
    rupee();
    runReference();
    return refOut[0];
  };
  const fresh = measure(
    [
      { name: 'compileScenarioModel evaluate', fn: one },
      { name: 'hand-written reference', fn: oneRef },
    ],
    { warmup: 200, runs, batch: 50 },
  );
  printTable(
    'one evaluation of the seed (plan + baseline), fresh process',
    fresh,
    'hand-written reference',
  );
  const [core, reference] = fresh as [Stats, Stats];
  checkTarget({
    benchmark: 'whole plan, one float64 evaluation vs hand-written reference',
    measured: `${formatMs(core.median)} vs ${formatMs(reference.median)} (${(core.median / reference.median).toFixed(2)}×)`,
    target: '≤ 3×',
    met: core.median <= 3 * reference.median,
  });
  const many = () => {
    for (let d = 0; d < draws; d++) {
      draw();
      model.evaluate(values, out);
      consume(out[0]);
    }
  };
  const batch = measure([{ name: `${draws} evaluations, random inputs`, fn: many }], {
    warmup: 1,
    runs: Math.max(3, Math.floor(runs / 3)),
  });
  printTable('10,000 evaluations (projection, PLI, P&L, cash flow, NPV and IRR each)', batch);
  // The process's own CPU time for one batch: what machine load inflates far less than wall time.
  const cpu = process.cpuUsage();
  many();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const wall = batch[0]?.median ?? Number.NaN;
  console.log(`  CPU time of one batch: ${formatMs(cpuMs)} (wall-clock median ${formatMs(wall)})`);
  checkTarget({
    benchmark: `whole plan, ${draws.toLocaleString('en-IN')} float64 evaluations`,
    measured: `${formatMs(wall)} wall-clock median, ${formatMs(cpuMs)} CPU`,
    target: '≤ 2 s',
    met: wall <= 2000,
    note: 'on a loaded machine the CPU time is the fairer reading',
  });
  // The exact path in the same process, then the float64 path again.
  for (let i = 0; i < 3; i++) consume(runScenario({ ...seed.scenario, variants: [] }));
  values.set(model.base);
  const after = measure([{ name: 'evaluate after an exact runScenario', fn: one }], {
    warmup: 200,
    runs,
    batch: 50,
  });
  printTable('one evaluation, after an exact run in the same process', [core, ...after], core.name);
  const ratio = (after[0]?.median ?? Number.NaN) / core.median;
  checkTarget({
    benchmark: 'whole plan on float64 after an exact run (vs fresh)',
    measured: `${formatMs(after[0]?.median ?? Number.NaN)} vs ${formatMs(core.median)} fresh (${ratio.toFixed(2)}×)`,
    target: '≤ 1.2× (as fast)',
    met: ratio <= 1.2,
  });
  return [...fresh, ...batch, ...after];
}
