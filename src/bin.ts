#!/usr/bin/env node
/**
 * The `crorecast` command (the package's `bin`, built as `dist/bin.cjs`): the CLI (`src/cli.ts`)
 * loaded from its CommonJS build with a V8 code cache (`src/cli/codeCache.ts`), so a run does not
 * compile again the code the last run compiled. It imports nothing of the library itself: the
 * library's chunks must be loaded through the cache. CommonJS itself, as starting Node's ES
 * module loader for the entry cost ~26 million instructions (0.7 % of a seed run).
 *
 * `NODE_DISABLE_COMPILE_CACHE=1` runs it without the cache.
 */
import { createRequire } from 'node:module';
import { codeCacheDir, loadWithCodeCache } from './cli/codeCache.js';

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
// A cache per command, as each holds the code its command ran (anything else shares one).
const command = argv[0] ?? '';
const { value: cli, save } = loadWithCodeCache(
  () => require('./cli.cjs') as typeof import('./cli.js'),
  codeCacheDir(),
  ['run', 'validate', 'simulate'].includes(command) ? command : 'other',
);
// After the run, so the cache holds every function it compiled; on `exit`, so also after a
// `process.exit` somewhere in the run.
process.once('exit', save);
void cli.runAsProcess(argv);
