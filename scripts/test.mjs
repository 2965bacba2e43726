// `npm test`: every check of the project, in three stages, the independent steps of a stage two at
// a time (the machine's two cores; vitest uses both on its own). Each step's output is kept and
// printed when it ends — its summary when it passes (the full output of a long build is cut to
// its last lines), all of it when it fails — with its wall time and the load average at its
// start and end. Exits 1 if any step fails; a failing stage stops the later ones.
// `node scripts/test.mjs lint doctest` runs only the steps whose names start with those words.
//
//   1. lint, typecheck (tsc over src and test), build (tsup: the package and its declarations)
//   2. unit tests with coverage, and the calendar tests again in Los Angeles (one vitest run)
//   3. publint + attw, the consumer type/runtime matrix, the doctests, the API reference
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SLOTS = Math.max(2, availableParallelism());

/** A step: an npm script (or a command) and how many lines of its output a pass prints. */
const step = (name, args, options = {}) => ({
  name,
  args,
  lines: options.lines ?? 12,
  env: options.env,
});
const ALL_STAGES = [
  [
    step('lint', ['npm', 'run', '--silent', 'lint'], { lines: 2 }),
    step('typecheck', ['npm', 'run', '--silent', 'typecheck']),
    step('build', ['npm', 'run', '--silent', 'build'], { lines: 1 }),
  ],
  [
    step('unit + coverage, time tests in Los Angeles', ['npm', 'run', '--silent', 'test:unit'], {
      lines: 20,
    }),
  ],
  [
    step('types in 5 module modes, browser bundle, ESM = CJS', [
      'npm',
      'run',
      '--silent',
      'test:types',
    ]),
    step('publint + attw', ['npm', 'run', '--silent', 'check:package'], { lines: 3 }),
    step('doctest', ['npm', 'run', '--silent', 'test:docs']),
    step('API reference (typedoc)', ['npm', 'run', '--silent', 'docs'], { lines: 3 }),
  ],
];

const only = process.argv.slice(2);
const STAGES = ALL_STAGES.map((stage) =>
  stage.filter((s) => only.length === 0 || only.some((w) => s.name.startsWith(w))),
).filter((stage) => stage.length > 0);

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function withoutForceColor(env) {
  const { FORCE_COLOR: _drop, ...rest } = env;
  return rest;
}

function run({ name, args, lines, env }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const loadBefore = load();
    const child = spawn(args[0], args.slice(1), {
      cwd: ROOT,
      // NO_COLOR: plain text (the output is printed later, not to a terminal); FORCE_COLOR, even
      // '0', turns colours on in vitest's and tsup's colour libraries.
      env: { ...withoutForceColor(process.env), ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
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
        `\n${ok ? '✓' : '✗'} ${name} — ${seconds(ms)} (load ${loadBefore} → ${load()})${ok ? '' : `, exit ${code}`}`,
      );
      for (const l of shown) console.log(`  ${l}`);
      resolve({ name, ok, ms });
    });
  });
}

/** Runs a stage's steps, at most SLOTS at a time, in order of listing. */
async function runStage(steps) {
  const results = [];
  const queue = [...steps];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      results.push(await run(next));
    }
  };
  await Promise.all(Array.from({ length: Math.min(SLOTS, steps.length) }, worker));
  return results;
}

const started = Date.now();
console.log(`npm test: ${STAGES.flat().length} steps in ${STAGES.length} stages, load ${load()}`);
const all = [];
for (const stage of STAGES) {
  const results = await runStage(stage);
  all.push(...results);
  if (results.some((r) => !r.ok)) break;
}
const failed = all.filter((r) => !r.ok);
const skipped = STAGES.flat().length - all.length;
console.log(
  `\nnpm test: ${failed.length === 0 && skipped === 0 ? 'passed' : 'FAILED'} in ${seconds(Date.now() - started)} (load now ${load()}): ` +
    all.map((r) => `${r.name} ${seconds(r.ms)}`).join(', ') +
    (failed.length > 0 ? `; failed: ${failed.map((r) => r.name).join(', ')}` : '') +
    (skipped > 0 ? `; ${skipped} not run` : ''),
);
process.exit(failed.length === 0 && skipped === 0 ? 0 : 1);
