// `npm test`: every check of the project, as soon as what it needs is there, two steps at a time
// (the machine's two cores; vitest uses both on its own). On 2 cores the sum of the steps' CPU
// sets the floor, so no core should wait for a stage to end: the unit tests and TypeDoc read the
// sources and start at once, the checks of the package start when the build is done. Each step's
// output is kept and printed when it ends — its summary when it passes (the full output of a long
// step is cut to its last lines), all of it when it fails — with its wall time, its CPU time and
// the load average at its start and end. Exits 1 if any step fails; after a failure no step starts.
// `node scripts/test.mjs lint doctest` runs only the steps whose names start with those words
// (and not the steps they would wait for: build first for the package's checks).
//
//   - lint (Biome)
//   - typecheck + build: one TypeScript program checks src, test, examples, bench and configs
//     and writes src's declarations, then tsup bundles the package (scripts/build.mjs)
//   - unit tests with coverage, and the calendar tests again in Los Angeles (one vitest run)
//   - TypeDoc's API reference (from the sources)
//   - after the build: the consumer type/runtime matrix with publint + attw on its tarball, the
//     doctests
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { delimiter, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SLOTS = Math.max(2, availableParallelism());

/**
 * A step: an npm script (or a command), how many lines of its output a pass prints, the steps
 * (by name) that must have passed before it starts, and whether it runs in the background: at a
 * lower CPU priority (`nice -n 5`, inherited by its processes and threads), so that the build
 * and the checks that wait for it — the longest chain — take a core first and the unit tests
 * and TypeDoc, which nothing waits for, take what is left instead of sharing it evenly.
 */
const step = (name, args, options = {}) => ({
  name,
  args: options.background && process.platform !== 'win32' ? ['nice', '-n', '5', ...args] : args,
  lines: options.lines ?? 12,
  env: options.env,
  after: options.after ?? [],
});
/**
 * A package.json script, run as `npm run` runs it — by the shell, with node_modules/.bin first on
 * the PATH (see `run`) — without starting npm for it (~0.3–0.7 s of CPU a step). With npm where
 * there is no `sh`.
 */
const SCRIPTS = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).scripts;
const script = (name) =>
  process.platform === 'win32' ? ['npm', 'run', '--silent', name] : ['sh', '-c', SCRIPTS[name]];
const BUILD = 'typecheck + build';
// In order of starting: the longest chain (build, then the package's checks) and the longest
// step (the unit tests) first.
const ALL_STEPS = [
  step(BUILD, [process.execPath, 'scripts/build.mjs', '--typecheck'], { lines: 1 }),
  step('unit + coverage, time tests in Los Angeles', script('test:unit'), {
    lines: 20,
    background: true,
  }),
  step('lint', script('lint'), { lines: 2 }),
  // publint and attw run in this step, on its tarball (scripts/consumer-types.mjs).
  step(
    'package: publint + attw, types in 5 module modes, browser bundle, ESM = CJS',
    script('test:types'),
    { lines: 14, after: [BUILD] },
  ),
  step('doctest', script('test:docs'), { after: [BUILD] }),
  step('API reference (typedoc)', script('docs'), {
    lines: 3,
    background: true,
  }),
];

const only = process.argv.slice(2);
const STEPS = ALL_STEPS.filter((s) => only.length === 0 || only.some((w) => s.name.startsWith(w)));

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The step's command under the shell, which writes the CPU time of everything the step ran (its
 * processes and theirs, user and system: the POSIX `times` builtin, in dash as in bash) to fd 3
 * when it ends — on 2 cores the sum of CPU, not a step's wall time, says what a change saves.
 * As is on Windows.
 */
function withCpuTimes(args) {
  if (process.platform === 'win32') return args;
  return ['sh', '-c', '"$@"; status=$?; times >&3; exit $status', 'step', ...args];
}

/** The children's user + system seconds from the shell's `times` (its second line), or undefined. */
function cpuSeconds(times) {
  const line = times.trim().split('\n')[1];
  const parts = line?.match(/(\d+)m([\d.]+)s/g);
  if (parts?.length !== 2) return undefined;
  return parts
    .map((p) => /(\d+)m([\d.]+)s/.exec(p))
    .reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

const cpuText = (times) => {
  const cpu = cpuSeconds(times);
  return cpu === undefined ? '' : `, ${cpu.toFixed(1)} s CPU`;
};

function withoutForceColor(env) {
  const { FORCE_COLOR: _drop, ...rest } = env;
  return rest;
}

function run({ name, args, lines, env }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const loadBefore = load();
    const [command, ...rest] = withCpuTimes(args);
    const child = spawn(command, rest, {
      cwd: ROOT,
      // NO_COLOR: plain text (the output is printed later, not to a terminal); FORCE_COLOR, even
      // '0', turns colours on in vitest's and tsup's colour libraries.
      env: {
        ...withoutForceColor(process.env),
        ...env,
        NO_COLOR: '1',
        PATH: `${ROOT}node_modules${sep}.bin${delimiter}${process.env.PATH ?? ''}`,
      },
      // fd 3: the step's CPU time (`times`), apart from its output.
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let times = '';
    child.stdio[3]?.on('data', (d) => {
      times += d;
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) => {
      const ms = Date.now() - started;
      const ok = code === 0;
      const text = output.trimEnd().split('\n');
      const shown = ok ? text.filter((l) => l.trim() !== '').slice(-lines) : text;
      console.log(
        `\n${ok ? '✓' : '✗'} ${name} — ${seconds(ms)}${cpuText(times)} (load ${loadBefore} → ${load()})${ok ? '' : `, exit ${code}`}`,
      );
      for (const l of shown) console.log(`  ${l}`);
      resolve({ name, ok, ms, cpu: cpuSeconds(times) });
    });
  });
}

/**
 * Runs the steps, at most SLOTS at a time, each as soon as a slot is free and the steps it waits
 * for (among those run) have passed, in order of listing; after a failure none starts.
 */
async function runAll(steps) {
  const results = new Map();
  const waiting = [...steps];
  const running = new Set();
  const names = new Set(steps.map((s) => s.name));
  const ready = (s) => s.after.every((n) => !names.has(n) || results.get(n)?.ok === true);
  const failed = () => [...results.values()].some((r) => !r.ok);
  await new Promise((done) => {
    const fill = () => {
      while (!failed() && running.size < SLOTS) {
        const next = waiting.find(ready);
        if (next === undefined) break;
        waiting.splice(waiting.indexOf(next), 1);
        const job = run(next).then((r) => {
          results.set(r.name, r);
          running.delete(job);
          fill();
        });
        running.add(job);
      }
      if (running.size === 0) done();
    };
    fill();
  });
  return [...results.values()];
}

const started = Date.now();
console.log(`npm test: ${STEPS.length} steps, ${SLOTS} at a time, load ${load()}`);
const all = await runAll(STEPS);
const failed = all.filter((r) => !r.ok);
const skipped = STEPS.length - all.length;
console.log(
  `\nnpm test: ${failed.length === 0 && skipped === 0 ? 'passed' : 'FAILED'} in ${seconds(Date.now() - started)} (load now ${load()}): ` +
    all.map((r) => `${r.name} ${seconds(r.ms)}`).join(', ') +
    `; CPU ${all.reduce((sum, r) => sum + (r.cpu ?? 0), 0).toFixed(0)} s in all` +
    (failed.length > 0 ? `; failed: ${failed.map((r) => r.name).join(', ')}` : '') +
    (skipped > 0 ? `; ${skipped} not run` : ''),
);
process.exit(failed.length === 0 && skipped === 0 ? 0 : 1);
