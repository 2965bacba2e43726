import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vitest/config';

/**
 * Bundles of the sources for the code the unit tests run outside vitest: the worker threads of
 * `crorecast/node` (`simulateParallel`, `simulateScenarioParallel`, `startExactFigures`), the
 * CLI as a process, and a fresh process's import of crorecast (test/core/importCost.test.ts). Built from src/ by esbuild when the run starts (as tsup builds dist/), so
 * those tests still test the sources; a worker that loaded the TypeScript source under tsx spent
 * ~1.2 s of CPU registering tsx and compiling ~150 modules, a worker loading a bundle ~0.2 s
 * (issue 14 item 9). test/node/workerUnderTsx.test.ts keeps one worker on the tsx path.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** One directory below the root, as dist/ is: the CLI reads `../package.json` for its version. */
export const SOURCE_BUNDLES = `${ROOT}.test-bundles/`;

/**
 * Vitest's global setup: writes .test-bundles/{index,node,projection,model,cli}.js and
 * {cli,bin}.cjs from src/.
 */
export default async function buildSourceBundles(): Promise<void> {
  mkdirSync(SOURCE_BUNDLES, { recursive: true });
  await build({
    entryPoints: {
      index: `${ROOT}src/index.ts`,
      node: `${ROOT}src/node/index.ts`,
      projection: `${ROOT}src/projection/index.ts`,
      model: `${ROOT}src/model/index.ts`,
      cli: `${ROOT}src/cli.ts`,
    },
    outdir: SOURCE_BUNDLES,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // decimal.js, zod, date-fns and the optional peers from node_modules, as under tsx.
    packages: 'external',
    logLevel: 'warning',
  });
  // The `crorecast` command (bin.cjs) and the CLI's CommonJS build it loads, as tsup builds them:
  // `import.meta.url` is the file's own URL.
  await build({
    entryPoints: { cli: `${ROOT}src/cli.ts`, bin: `${ROOT}src/bin.ts` },
    outdir: SOURCE_BUNDLES,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
}

/**
 * Where `workerModuleUrl` (src/node/workerThreads.ts) looks for the worker's module: beside
 * its own file. Under vitest that file is the TypeScript source, so this plugin gives it the
 * URL of a file in .test-bundles/ instead, as the built `dist/node.js` has `dist/` — and its
 * workers load `projection.js` or `model.js` from there. Throws if the source no longer reads
 * `import.meta.url` exactly once, rather than silently leaving the workers on tsx.
 */
export function workersFromSourceBundles(): Plugin {
  const beside = pathToFileURL(`${SOURCE_BUNDLES}node.js`).href;
  return {
    name: 'crorecast:workers-from-source-bundles',
    transform(code, id) {
      if (!id.endsWith('/src/node/workerThreads.ts')) return undefined;
      const uses = code.split('import.meta.url').length - 1;
      if (uses !== 1) {
        throw new Error(`${id}: expected one import.meta.url for workerModuleUrl, found ${uses}`);
      }
      return { code: code.replace('import.meta.url', JSON.stringify(beside)), map: null };
    },
  };
}
