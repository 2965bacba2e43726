#!/usr/bin/env node
// Runs the scenario fuzz suite (test/fuzz) longer than CI does, with random fast-check seeds:
//   npm run fuzz                 # 5 rounds of 200 inputs, each with a fresh random seed
//   npm run fuzz -- 10 500       # 10 rounds of 500 inputs
//   FUZZ_SEED=123 npm run fuzz   # replay one seed (e.g. one a failure printed)
// Each round prints its seed and counts; a failure prints the seed and the shrunk input, and the
// script exits 1. CI runs the same suite with the fixed seed in test/fuzz/scenarioFuzz.ts.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const rounds = Number(process.argv[2] ?? 5);
const runs = Number(process.argv[3] ?? 200);
let failed = false;
for (let round = 1; round <= rounds; round++) {
  const seed = process.env.FUZZ_SEED ?? String(randomInt(0, 2 ** 31 - 1));
  console.log(`round ${round}/${rounds}: FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`);
  const result = spawnSync('npx', ['vitest', 'run', 'test/fuzz'], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: String(runs) },
  });
  if (result.status !== 0) {
    console.error(`round ${round} failed: replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}`);
    failed = true;
    break;
  }
  if (process.env.FUZZ_SEED !== undefined) break;
}
process.exitCode = failed ? 1 : 0;
