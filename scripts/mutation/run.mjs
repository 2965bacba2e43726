#!/usr/bin/env node
// `npm run mutation -- [area...]`: Stryker mutation testing, one area at a time (never in
// parallel: each run already uses up to two cores), at low CPU priority. Areas default to all.
// Reports: reports/mutation/<area>.html and .json (git-ignored).
import { spawnSync } from 'node:child_process';

const AREAS = ['money', 'finance', 'pli', 'sharing'];
const requested = process.argv.slice(2);
const unknown = requested.filter((area) => !AREAS.includes(area));
if (unknown.length > 0) {
  console.error(`unknown area(s): ${unknown.join(', ')}; choose from ${AREAS.join(', ')}`);
  process.exit(2);
}

let failed = false;
for (const area of requested.length > 0 ? requested : AREAS) {
  const started = Date.now();
  console.log(`\n== mutation: ${area}`);
  const run = spawnSync(
    'nice',
    ['-n', '10', 'node_modules/.bin/stryker', 'run', 'stryker.config.mjs'],
    { stdio: 'inherit', env: { ...process.env, MUTATION_AREA: area } },
  );
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`== mutation: ${area} finished in ${minutes} min (exit ${run.status})`);
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
