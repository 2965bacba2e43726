// Runs every examples/*.ts script in order with tsx; fails on the first that exits non-zero.
// A smoke test for CI: examples are documentation, so they must keep working.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../examples/', import.meta.url).pathname;
const scripts = readdirSync(dir)
  .filter((f) => /^\d\d-.*\.ts$/.test(f))
  .sort();
if (scripts.length === 0) {
  console.error('no example scripts found');
  process.exit(1);
}
for (const file of scripts) {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CRORECAST_SMOKE: '1' },
  });
  const ms = Date.now() - started;
  if (run.status !== 0) {
    console.error(`example ${file} failed (exit ${run.status})`);
    process.exit(1);
  }
  console.log(`example ${file} ok (${ms} ms)`);
}
console.log(`${scripts.length} examples ran`);
