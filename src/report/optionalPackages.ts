// The optional peer packages, loaded by dynamic import — here alone. The build makes this file
// an entry of its own (tsup.config.ts), so the chunks that use it hold no `import()`: the
// `crorecast` command loads its CommonJS chunks from a V8 code cache, and a script with a
// dynamic import cannot come from one (src/cli/codeCache.ts). Each import sits in a `try`: a
// bundler such as esbuild treats an `import()` it cannot resolve as optional only there, so a
// user's browser bundle of crorecast builds without these packages installed (the consumer
// matrix checks it) — the error is thrown on as it was.

/**
 * Loads fflate, the optional zip writer of the workbook export.
 *
 * @returns the fflate module
 * @throws whatever the import throws when fflate is not installed
 *
 * @example
 * ```ts
 * typeof (await importFflate()).zipSync //=> 'function'
 * ```
 */
export async function importFflate(): Promise<typeof import('fflate')> {
  try {
    return await import('fflate');
  } catch (error) {
    // biome-ignore lint/complexity/noUselessCatch: the `try` makes a bundler treat the import as optional (above)
    throw error;
  }
}

/**
 * Loads vega and vega-lite, the optional charting packages.
 *
 * @returns the vega and vega-lite modules
 * @throws whatever the imports throw when either is not installed
 *
 * @example
 * ```ts
 * const [vega, vegaLite] = await importVega();
 * [typeof vega.View, typeof vegaLite.compile] //=> ['function', 'function']
 * ```
 */
export async function importVega(): Promise<[typeof import('vega'), typeof import('vega-lite')]> {
  try {
    // One after the other: esbuild lets an import fail to resolve only where it is awaited
    // directly in the `try` (not inside Promise.all).
    const vega = await import('vega');
    const vegaLite = await import('vega-lite');
    return [vega, vegaLite];
  } catch (error) {
    // biome-ignore lint/complexity/noUselessCatch: the `try` makes a bundler treat the import as optional (above)
    throw error;
  }
}
