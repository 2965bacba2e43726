/**
 * The library as it ships: a fresh esbuild bundle of the root entry, `crorecast/node` and the
 * projection entry its workers load (tsup, ESM, shared chunks, no declarations) in
 * `out/bench-dist/`, so that the money, scenario and parallel benchmarks time the code users
 * run. Under tsx every function closure is wrapped for its name (esbuild `keepNames`), which
 * costs crorecast — and not the prebuilt dinero.js and decimal.js — up to 40% in
 * `formatMoney`; the bundle has no such wrapping.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Lib = typeof import('../src/index.js') & typeof import('../src/node/index.js');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'out/bench-dist';

let built: Lib | undefined;

export async function loadBuiltLibrary(): Promise<Lib> {
  if (built) return built;
  const tsup = createRequire(import.meta.url).resolve('tsup/dist/cli-default.js');
  const r = spawnSync(
    process.execPath,
    [
      tsup,
      '--entry.index=src/index.ts',
      '--entry.node=src/node/index.ts',
      '--entry.projection=src/projection/index.ts',
      '--splitting',
      '--format',
      'esm',
      '--out-dir',
      OUT,
      '--target',
      'node20',
      '--no-config',
      '--silent',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`bench: building the library failed: ${r.stderr}`);
  const root = await import(pathToFileURL(`${ROOT}${OUT}/index.js`).href);
  const node = await import(pathToFileURL(`${ROOT}${OUT}/node.js`).href);
  built = { ...root, ...node } as Lib;
  return built;
}
