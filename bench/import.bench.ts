/**
 * Import cost and whole-process CLI time of the built package (`npm run build` first):
 * `npm run bench:import [-- --runs 20]`. Each command runs as a fresh process, interleaved with
 * bare node so machine load hits all of them alike; prints the median wall time and the median
 * CPU time (user + system, reported by the process itself through `bench/cpu-time.cjs`), and the
 * difference to bare node. On a shared machine CPU time is the steadier figure: load stretches
 * wall time several-fold. Not part of `npm test`: timings depend on the machine and its load.
 *
 * Targets (issue 14): importing crorecast adds ≤ 100 ms to bare node; `crorecast run` of the
 * seed takes ≤ 0.5 s as a whole process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg === -1 ? 20 : Number(process.argv[runsArg + 1]);

if (!existsSync(`${ROOT}dist/index.cjs`) || !existsSync(`${ROOT}dist/bin.cjs`)) {
  console.error('bench:import: build first (npm run build)');
  process.exit(1);
}

const candidates: ReadonlyArray<{ readonly name: string; readonly args: readonly string[] }> = [
  { name: 'bare node', args: ['-e', '0'] },
  { name: "require('./dist/index.cjs')", args: ['-e', "require('./dist/index.cjs')"] },
  {
    name: "import('./dist/index.js')",
    args: ['--input-type=module', '-e', "await import('./dist/index.js')"],
  },
  {
    name: "import('./dist/money.js') (a layer entry)",
    args: ['--input-type=module', '-e', "await import('./dist/money.js')"],
  },
  {
    // The package's bin (dist/bin.cjs), its code cache warm: the first run above wrote it.
    name: 'crorecast run <seed> (whole process)',
    args: ['dist/bin.cjs', 'run', 'seeds/optiemus-wistron-2021.json'],
  },
  {
    name: '  the same, node dist/cli.js (no cache)',
    args: ['dist/cli.js', 'run', 'seeds/optiemus-wistron-2021.json'],
  },
];

interface Sample {
  readonly wall: number;
  readonly cpu: number;
}

function timeOnce(args: readonly string[]): Sample {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', `${ROOT}bench/cpu-time.cjs`, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const stderr = r.stderr.toString();
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${stderr}`);
  const cpu = Number(/cpu-ms ([\d.]+)/.exec(stderr)?.[1]);
  return { wall, cpu };
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

console.log(
  `import cost — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ` +
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ${RUNS} runs each`,
);
for (const c of candidates) timeOnce(c.args); // warm the file cache
const samples: Sample[][] = candidates.map(() => []);
for (let i = 0; i < RUNS; i += 1) {
  for (const [j, c] of candidates.entries()) samples[j]?.push(timeOnce(c.args));
}
const median = (values: readonly number[]): number =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const wall = samples.map((s) => median(s.map((x) => x.wall)));
const cpu = samples.map((s) => median(s.map((x) => x.cpu)));
const over = (values: readonly number[], j: number): string =>
  j === 0 ? '' : ` (+${((values[j] ?? 0) - (values[0] ?? 0)).toFixed(0)})`;
console.log(`  ${'median ms'.padEnd(40)} ${'wall'.padStart(12)} ${'cpu'.padStart(12)}`);
for (const [j, c] of candidates.entries()) {
  const w = `${(wall[j] ?? 0).toFixed(0)}${over(wall, j)}`;
  const u = `${(cpu[j] ?? 0).toFixed(0)}${over(cpu, j)}`;
  console.log(`  ${c.name.padEnd(40)} ${w.padStart(12)} ${u.padStart(12)}`);
}
const importCpu = Math.max(cpu[1] ?? 0, cpu[2] ?? 0, cpu[3] ?? 0) - (cpu[0] ?? 0);
const importWall = Math.max(wall[1] ?? 0, wall[2] ?? 0, wall[3] ?? 0) - (wall[0] ?? 0);
const cliCpu = cpu[4] ?? 0;
const cliWall = wall[4] ?? 0;
const verdict = (met: boolean) => (met ? 'MET   ' : 'MISSED');
console.log(
  `  ${verdict(importCpu <= 100)}  import adds ≤ 100 ms to bare node: +${importCpu.toFixed(0)} ms CPU, +${importWall.toFixed(0)} ms wall`,
);
console.log(
  `  ${verdict(cliCpu <= 500)}  crorecast run of the seed ≤ 0.5 s: ${(cliCpu / 1000).toFixed(2)} s CPU, ${(cliWall / 1000).toFixed(2)} s wall`,
);
console.log(
  `load average now ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
