import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo, EXIT, main } from '../../src/cli.js';
import { CrorecastError, ValidationError } from '../../src/core/errors.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import {
  allPaths,
  FUZZ,
  FUZZ_SEEDS,
  mutate,
  mutationArbitrary,
  pathExistsIn,
  seedWithoutVariants,
} from './scenarioFuzz.js';

const seed = seedWithoutVariants();
// Mutations of the metadata prose are cheap and many; weight the model's fields instead.
const pathsOf = (root: unknown) => allPaths(root).filter((p) => p[0] !== 'meta' || p.length <= 3);

type Outcome =
  | { kind: 'ok' }
  | { kind: 'invalid'; error: ValidationError }
  | { kind: 'failed'; error: unknown };

function parseAndRun(input: unknown): Outcome {
  let scenario: ReturnType<typeof parseScenario>;
  try {
    scenario = parseScenario(input);
  } catch (error) {
    return error instanceof ValidationError
      ? { kind: 'invalid', error }
      : { kind: 'failed', error };
  }
  try {
    // Read in full: figures a report reads are worked out when first read, and must neither
    // throw nor hang then either.
    JSON.stringify(runScenario(scenario));
    return { kind: 'ok' };
  } catch (error) {
    // validate passed: run must not throw (validate and run agree).
    return { kind: 'failed', error };
  }
}

describe.each(
  FUZZ_SEEDS.map((file, i) => ({
    file,
    // The second seed gets a third of the runs (and its own seed): it adds the features the
    // first does not use, not another sweep of the same fields.
    runs: i === 0 ? FUZZ.runs : Math.max(1, Math.round(FUZZ.runs / 3)),
    fuzzSeed: FUZZ.seed + i,
  })),
)('scenario fuzz: mutations of $file (issue 11)', ({ file, runs, fuzzSeed }) => {
  const base = seedWithoutVariants(file);
  const paths = pathsOf(base);
  const counts = { inputs: 0, valid: 0, typedErrors: 0, slowestMs: 0 };
  afterAll(() => {
    console.info(`scenario fuzz of ${file} (seed ${fuzzSeed}): ${JSON.stringify(counts)}`);
  });

  it('every input runs, or fails typed with paths that exist in it, within the budget', () => {
    // The unmutated seed runs: a fuzz over a base that fails proves nothing.
    expect(parseAndRun(base).kind).toBe('ok');
    fc.assert(
      fc.property(mutationArbitrary(paths), ({ path, replacement }) => {
        const input = mutate(base, path, replacement.make);
        const started = performance.now();
        const outcome = parseAndRun(input);
        const ms = performance.now() - started;
        counts.inputs++;
        counts.slowestMs = Math.max(counts.slowestMs, Math.round(ms));
        const where = `${file}: ${path.join('.')} = ${replacement.label}`;
        expect(ms, `${where}: ${Math.round(ms)} ms`).toBeLessThan(FUZZ.budgetMs);
        if (outcome.kind === 'failed') {
          const e = outcome.error;
          throw new Error(
            `${where}: ${e instanceof CrorecastError ? `${e.code} after validation passed` : 'untyped'}: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
        if (outcome.kind === 'ok') {
          counts.valid++;
          return;
        }
        counts.typedErrors++;
        for (const issue of outcome.error.issues) {
          expect(pathExistsIn(input, issue.path), `${where}: issue path "${issue.path}"`).toBe(
            true,
          );
        }
      }),
      { seed: fuzzSeed, numRuns: runs, endOnFailure: true },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 600_000);
});

describe('scenario fuzz: helpers', () => {
  it('pathExistsIn: the field, or the parent of a missing field', () => {
    const input = { segments: [{ price: {} }] };
    expect(pathExistsIn(input, 'segments[0].price')).toBe(true);
    expect(pathExistsIn(input, 'segments[0].price.perUnit')).toBe(true);
    expect(pathExistsIn(input, 'segments[0].cost.perUnit')).toBe(false);
    expect(pathExistsIn(input, 'segments[1]')).toBe(true);
    expect(pathExistsIn(input, 'segments[2].price')).toBe(false);
    expect(pathExistsIn(input, '')).toBe(true);
  });
});

describe('scenario fuzz: the CLI end to end', () => {
  function io(files: Record<string, string>) {
    const err: string[] = [];
    const cli: CliIo = {
      readFile: async (path) => {
        const text = files[path];
        if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return text;
      },
      writeFile: async () => {},
      writeBytes: async () => {},
      stdout: () => {},
      stderr: (text) => err.push(text),
      loadChartRenderer: async () => async () => '',
    };
    return { cli, stderr: () => err.join('') };
  }

  it.each([
    ['depreciation', 'usefulLife'],
    ['pli', 'enrolments'],
    ['finance', 'taxRate'],
  ])('validate and run a seed with %s.%s = "1e100000": exit 2, no stack trace', async (a, b) => {
    const input = mutate(seed, [a, b], () => '1e100000');
    const env = io({ 'x.json': JSON.stringify(input) });
    expect(await main(['validate', 'x.json'], env.cli)).toBe(EXIT.usage);
    expect(await main(['run', 'x.json'], env.cli)).toBe(EXIT.usage);
    expect(env.stderr()).toContain(`${a}.${b}`);
    expect(env.stderr()).not.toMatch(/\n\s+at /);
  });

  it('validate the seed without variants: exit 0', async () => {
    const env = io({ 's.json': JSON.stringify(seed) });
    expect(await main(['validate', 's.json'], env.cli)).toBe(EXIT.ok);
  });

  it('a file of JSON nested 100,000 deep: exit 2, no stack trace', async () => {
    const env = io({ 'd.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}` });
    expect(await main(['validate', 'd.json'], env.cli)).toBe(EXIT.usage);
    expect(env.stderr()).not.toMatch(/\n\s+at /);
  });
});
