import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CrorecastError, ValidationError } from '../../src/core/errors.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import {
  allPaths,
  FUZZ,
  mutate,
  mutationArbitrary,
  pathExistsIn,
  seedWithoutVariants,
} from './scenarioFuzz.js';

// Issue 11: the seed's variants fuzzed — one variant per input (each variant is a whole extra
// run), its overrides mutated like the seed's own fields (deleted, retyped, extreme, nested,
// prototype keys, huge, duplicated). Every input runs, or fails typed with paths in the input.
const seedFile = JSON.parse(
  readFileSync(new URL('../../seeds/optiemus-wistron-2021.json', import.meta.url), 'utf8'),
) as { variants: Record<string, unknown>[] };
const base = seedWithoutVariants();
// 20 in CI (about 5 s idle); scripts/fuzz-scenarios.mjs sets FUZZ_RUNS (and FUZZ_SEED) to explore.
const RUNS = process.env.FUZZ_RUNS === undefined ? 20 : FUZZ.runs;
const counts = { inputs: 0, valid: 0, typedErrors: 0, slowestMs: 0 };

// Paths inside each variant's overrides (and the variant's own id), as paths of a scenario whose
// only variant is that one.
const cases = seedFile.variants.flatMap((variant) =>
  allPaths({ variants: [variant] })
    .filter((p) => p.length >= 3 && (p[2] === 'overrides' || p[2] === 'id'))
    .map((path) => ({ variant, path })),
);

describe('scenario fuzz: mutated variant overrides (issue 11)', () => {
  afterAll(() => {
    console.info(`variant fuzz (seed ${FUZZ.seed}): ${JSON.stringify(counts)}`);
  });

  it('the seed with each of its variants alone is valid (the baseline the mutations start from)', () => {
    for (const variant of seedFile.variants) {
      expect(() => parseScenario({ ...base, variants: [variant] })).not.toThrow();
    }
  });

  it('every input runs, or fails typed with paths that exist in it, within the budget', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        mutationArbitrary([[]]).map((m) => m.replacement),
        ({ variant, path }, replacement) => {
          const input = mutate({ ...base, variants: [variant] }, path, replacement.make);
          const where = `${path.join('.')} = ${replacement.label}`;
          const started = performance.now();
          let outcome: 'ok' | ValidationError;
          try {
            const scenario = parseScenario(input);
            try {
              // Read in full (figures a report reads are worked out when first read).
              JSON.stringify(runScenario(scenario));
            } catch (error) {
              // validate passed, so run must not throw (validate and run agree)
              const typed = error instanceof CrorecastError ? error.code : 'untyped';
              throw new Error(`${where}: ${typed} after validation passed: ${String(error)}`);
            }
            outcome = 'ok';
          } catch (error) {
            if (!(error instanceof ValidationError)) throw error;
            outcome = error;
          }
          const ms = performance.now() - started;
          counts.inputs++;
          counts.slowestMs = Math.max(counts.slowestMs, Math.round(ms));
          expect(ms, `${where}: ${Math.round(ms)} ms`).toBeLessThan(FUZZ.budgetMs);
          if (outcome === 'ok') {
            counts.valid++;
            return;
          }
          counts.typedErrors++;
          for (const issue of outcome.issues) {
            expect(pathExistsIn(input, issue.path), `${where}: issue path "${issue.path}"`).toBe(
              true,
            );
          }
        },
      ),
      { seed: FUZZ.seed, numRuns: RUNS, endOnFailure: true },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 600_000);
});
