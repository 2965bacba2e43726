#!/usr/bin/env node
// Runs the property and fuzz tests with random fast-check seeds, to find what the fixed CI seed
// does not (issue 11). Each failing seed is printed with the command that replays it.
//
//   npm run explore                 # 5 random seeds
//   npm run explore -- 20           # 20 seeds
//   npm run explore -- 20 test/fuzz # 20 seeds, fuzz tests only
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [countArg, ...pathArgs] = process.argv.slice(2);
const count = countArg === undefined ? 5 : Number(countArg);
if (!Number.isSafeInteger(count) || count < 1) {
  console.error(`explore: the number of seeds must be a positive integer, got ${countArg}`);
  process.exit(2);
}

function propertyFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...propertyFiles(path));
    else if (name.endsWith('.test.ts') && readFileSync(path, 'utf8').includes('fc.assert')) {
      found.push(path);
    }
  }
  return found;
}

const files = pathArgs.length > 0 ? pathArgs : propertyFiles('test');
const failing = [];
for (let i = 0; i < count; i++) {
  const seed = randomInt(0, 2 ** 31 - 1);
  process.stdout.write(`seed ${seed} (${i + 1}/${count}) … `);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--typecheck.enabled=false', '--reporter=dot', ...files],
    { env: { ...process.env, FC_SEED: String(seed) }, encoding: 'utf8' },
  );
  if (run.status === 0) {
    console.log('passed');
  } else {
    failing.push(seed);
    const failed = `${run.stdout}${run.stderr}`
      .split('\n')
      .filter((line) => line.includes('FAIL'))
      .slice(0, 5);
    console.log('FAILED');
    for (const line of failed) console.log(`  ${line.trim()}`);
  }
}
console.log(
  failing.length === 0
    ? `all ${count} seeds passed (${files.length} files)`
    : `failing seeds: ${failing.join(', ')}\nreplay one with: FC_SEED=<seed> npx vitest run ${files.join(' ')}`,
);
process.exit(failing.length === 0 ? 0 : 1);
