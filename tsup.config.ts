import { readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { defineConfig } from 'tsup';
import { asciiOnlyFiles } from './scripts/asciiOnly.js';

/**
 * The package's code is one library file per module format — `dist/index.js` and `index.cjs`,
 * holding everything the root exports, with zod and date-fns bundled in and tree-shaken — plus
 * the Node-only entry and the CLI, which share it through a few chunks (`splitting`), so a class
 * is one class whichever entry it is reached from (`instanceof` holds across entries).
 *
 * The layer entries (`crorecast/money`, `crorecast/finance`, …; as date-fns offers
 * `date-fns/addMonths`) are facades over that file: each re-exports its layer's names from
 * `./index.js` (or `./index.cjs`). Built as entries of their own, they split the library into
 * ~45 chunks, and loading that many files cost the root import ~70 ms (issue 14); a facade costs
 * a layer's importer no more than the root, and bundlers tree-shake through it. Their type
 * declarations are bundled from the layers' own `index.ts` (`dts.entry`), as before — from the
 * `.d.ts` files tsc writes for them first (`npm run build` is scripts/build.mjs).
 */
const LAYERS = [
  'core',
  'money',
  'time',
  'series',
  'finance',
  'schedule',
  'pli',
  'sharing',
  'projection',
  'model',
  'report',
] as const;

const layerEntries = Object.fromEntries(LAYERS.map((layer) => [layer, `src/${layer}/index.ts`]));
const library: Record<string, string> = {
  index: 'src/index.ts',
  node: 'src/node/index.ts',
  ...layerEntries,
};

/** Each entry's declaration file as tsc writes it (tsconfig.types.json: src → out/types). */
function declarationsOf(entries: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entries).map(([name, file]) => [
      name,
      file.replace(/^src\/(.*)\.ts$/, 'out/types/$1.d.ts'),
    ]),
  );
}

/** The value names each layer's index exports (types are erased), from esbuild's metafile. */
async function layerExports(): Promise<Map<string, readonly string[]>> {
  const result = await build({
    entryPoints: { ...layerEntries, index: 'src/index.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    packages: 'external',
    outdir: 'out/layer-exports',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const names = new Map<string, readonly string[]>();
  for (const output of Object.values(result.metafile.outputs)) {
    const entry = /^src\/(\w+)\/index\.ts$/.exec(output.entryPoint ?? '')?.[1];
    if (entry !== undefined) names.set(entry, [...output.exports].sort());
    if (output.entryPoint === 'src/index.ts') names.set('.', output.exports);
  }
  return names;
}

/** Writes `dist/<layer>.js` and `dist/<layer>.cjs`: the layer's names, from the library file. */
async function writeLayerFacades(): Promise<void> {
  const exports = await layerExports();
  const root = new Set(exports.get('.'));
  for (const layer of LAYERS) {
    const names = exports.get(layer) ?? [];
    const missing = names.filter((name) => !root.has(name));
    // `export *` drops a name two layers both export; the facade would then lose it silently.
    if (names.length === 0 || missing.length > 0) {
      throw new Error(
        `tsup: layer ${layer} exports names the root does not: ${missing.join(', ')}`,
      );
    }
    const header = `// crorecast/${layer}: the ${layer} layer's exports, from the one library file.\n`;
    await writeFile(
      `dist/${layer}.js`,
      `${header}export { ${names.join(', ')} } from './index.js';\n`,
    );
    // The `Object.defineProperty(exports, …)` form is the one Node's CommonJS named-export
    // detection reads, so `import { inr } from 'crorecast/money'` works from ESM too.
    const cjs = names.map(
      (name) =>
        `Object.defineProperty(exports, '${name}', { enumerable: true, get: function () { return lib.${name}; } });`,
    );
    await writeFile(
      `dist/${layer}.cjs`,
      `'use strict';\n${header}var lib = require('./index.cjs');\n${cjs.join('\n')}\n`,
    );
  }
}

/**
 * zod and date-fns are bundled into the library file (MIT licensed): their licence texts travel
 * with the code that carries them, in `dist/THIRD-PARTY-NOTICES.md`.
 */
async function writeThirdPartyNotices(): Promise<void> {
  const sections = [];
  for (const [name, file] of [
    ['zod', 'node_modules/zod/LICENSE'],
    ['date-fns', 'node_modules/date-fns/LICENSE.md'],
  ] as const) {
    const pkg = JSON.parse(await readFile(`node_modules/${name}/package.json`, 'utf8')) as {
      version: string;
    };
    sections.push(`## ${name} ${pkg.version}\n\n${(await readFile(file, 'utf8')).trim()}\n`);
  }
  await writeFile(
    'dist/THIRD-PARTY-NOTICES.md',
    `# Third-party code bundled in crorecast's dist files\n\n${sections.join('\n')}`,
  );
}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/node/index.ts',
    cli: 'src/cli.ts',
    bin: 'src/bin.ts',
    // Its own file, so the chunks hold no dynamic import (src/report/optionalPackages.ts).
    optionalPackages: 'src/report/optionalPackages.ts',
  },
  format: ['esm', 'cjs'],
  // The declarations tsc wrote to out/types (scripts/build.mjs runs it first), bundled per entry.
  dts: { entry: declarationsOf(library) },
  // zod and date-fns are bundled, tree-shaken: their packages are ~110 files, which Node resolves,
  // reads and compiles one by one (zod's classic entry alone loads every locale). `import * as z
  // from 'zod'` lets esbuild see which schema builders are used. The declarations still import
  // 'zod' (a dependency), so users' types are zod's own; zod's `instanceof` checks go by traits,
  // not by module identity, so they hold between this copy and a user's zod.
  noExternal: ['zod', /^date-fns/],
  // No source maps in the package: with their embedded sources they were 4.3 MB of its 6.8 MB,
  // and the code is not minified, so stack traces already point at readable lines.
  sourcemap: false,
  clean: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  // Non-ASCII characters in the code (₹, − in strings and regexes) escaped, and `asciiOnlyFiles`
  // escapes those left in the comments esbuild keeps: an all-ASCII file is decoded and compiled
  // as a one-byte string, where a single `—` made V8 read the whole 780 KB library as two-byte
  // text (importing it took ~5 ms longer; issue 14).
  esbuildOptions(options) {
    options.charset = 'ascii';
  },
  onSuccess: async () => {
    await asciiOnlyFiles('dist');
    await writeLayerFacades();
    await writeThirdPartyNotices();
  },
});
