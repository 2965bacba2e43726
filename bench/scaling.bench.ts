/**
 * (d) Scaling. The simulation at 1,000 / 10,000 / 100,000 draws, each in a fresh process for
 * its own time and peak memory (maxRSS above a process that only loads and warms up), checked
 * for linear growth in draws; and the projection at 3, 5 and 10 years monthly (`runProjection`
 * in Decimal, and the float64 equations per draw through a 1,000-draw `simulate`).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runProjection } from '../src/projection/runProjection.js';
import { simulate } from '../src/projection/simulate.js';
import { checkTarget, formatMs, measure, printTable } from './harness.js';
import { loadSeed, seedPlanForYears, seedSimulationInputs } from './seed.js';
import { SIM_SEED, seedOutputs, selector } from './simulate.bench.js';

interface ChildResult {
  readonly draws: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly outputs: number;
  readonly maxRssBytes: number;
  readonly heapRetainedBytes: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./scaling-child.ts', import.meta.url));

function child(draws: number, runs: number, mode = 'fresh'): ChildResult {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', CHILD, String(draws), String(runs), mode],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) throw new Error(`scaling child failed: ${r.stderr}`);
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as ChildResult;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export interface ScalingResult {
  readonly draws: readonly (ChildResult & { peakAboveBaseline: number })[];
  /** 10,000 draws in a process that first ran the exact (Decimal) projection. */
  readonly afterDecimal: ChildResult;
  readonly horizons: readonly { years: number; decimalMs: number; perDrawUs: number }[];
}

export function runScalingBench(
  sizes: readonly number[] = [1_000, 10_000, 100_000],
): ScalingResult {
  console.log('\n== (d) scaling ==');
  const baseline = child(0, 0);
  const rows = sizes.map((d) => {
    const r = child(d, d >= 100_000 ? 1 : d >= 10_000 ? 3 : 5);
    return { ...r, peakAboveBaseline: Math.max(0, r.maxRssBytes - baseline.maxRssBytes) };
  });
  const outputs = rows[0]?.outputs ?? 0;
  console.log(`\nsimulate, seed plan, ${outputs} outputs (each size in a fresh process)`);
  console.log(
    `  draws     median      per draw   peak RSS (baseline ${mb(baseline.maxRssBytes)})   draws × outputs × 16 B`,
  );
  for (const r of rows) {
    console.log(
      `  ${String(r.draws).padStart(7)}  ${formatMs(r.medianMs).padStart(9)}  ${formatMs(r.medianMs / r.draws).padStart(10)}   ${mb(r.maxRssBytes).padStart(27)}   ${mb(r.draws * outputs * 16).padStart(22)}`,
    );
  }
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last) {
    // Linear: the time per draw at the largest size within 1.5× of the smallest's (noise and
    // JIT warm-up allowance); memory at most 64 bytes per draw per output above baseline (the
    // samples, a sorted copy for the percentiles, and allocator slack).
    const perDrawGrowth = last.medianMs / last.draws / (first.medianMs / first.draws);
    checkTarget({
      benchmark: 'simulate time linear in draws',
      measured: `time per draw ×${perDrawGrowth.toFixed(2)} from ${first.draws} to ${last.draws} draws`,
      target: '≤ ×1.5',
      met: perDrawGrowth <= 1.5,
    });
    // Memory: what the largest size needs beyond the one before it, per draw and output. The
    // draws themselves take 16 B (the samples, and the sorted copy the percentiles are read from).
    const before = rows.at(-2);
    if (before) {
      const grown =
        (last.maxRssBytes - before.maxRssBytes) / ((last.draws - before.draws) * outputs);
      checkTarget({
        benchmark: 'simulate memory linear in draws',
        measured: `${grown.toFixed(1)} B per extra draw per output from ${before.draws} to ${last.draws} draws (peak RSS ${mb(before.peakAboveBaseline)} → ${mb(last.peakAboveBaseline)} above baseline)`,
        target: '≤ 64 B (draws × outputs, not full results)',
        met: grown <= 64,
      });
    }
  }

  // The float64 equations share their code with the Decimal ones: once a process has run both,
  // the engine's call sites see two calculators and two buffer kinds. Measured, not assumed.
  const fresh = rows.find((r) => r.draws === 10_000) ?? child(10_000, 3);
  const afterDecimal = child(10_000, 3, 'after-decimal');
  console.log(
    `\n10,000 draws in a fresh process: ${formatMs(fresh.medianMs)}; after the same process ran runProjection (Decimal): ${formatMs(afterDecimal.medianMs)} (×${(afterDecimal.medianMs / fresh.medianMs).toFixed(2)})`,
  );

  const seed = loadSeed();
  const inputs = seedSimulationInputs(seed);
  const horizons = [3, 5, 10].map((years) => {
    const plan = seedPlanForYears(seed, years);
    const fy = plan.horizon.fiscalYears.at(-1) ?? '';
    const outs = seedOutputs(plan).map(selector);
    const [exact, fast] = measure(
      [
        { name: `${years} years, runProjection (Decimal)`, fn: () => runProjection(plan) },
        {
          name: `${years} years, simulate 1,000 draws`,
          fn: () => simulate(plan, { draws: 1000, seed: SIM_SEED, inputs, outputs: outs }),
        },
      ],
      { warmup: 3, runs: 7 },
    );
    printTable(
      `projection, ${years} years monthly (${fy} last)`,
      [exact, fast].flatMap((s) => (s ? [s] : [])),
    );
    return {
      years,
      decimalMs: exact?.median ?? Number.NaN,
      // ms for 1,000 draws is µs per draw.
      perDrawUs: fast?.median ?? Number.NaN,
    };
  });
  const h3 = horizons[0];
  const h10 = horizons[2];
  if (h3 && h10) {
    const growth = h10.decimalMs / h3.decimalMs;
    checkTarget({
      benchmark: 'projection linear in horizon',
      measured: `runProjection 10 years ÷ 3 years = ${growth.toFixed(2)}× (months ×3.33)`,
      target: '≤ 3.33 × 1.5',
      met: growth <= (10 / 3) * 1.5,
    });
  }
  return { draws: rows, afterDecimal, horizons };
}
