// The optional peer packages, loaded by dynamic import — here alone. The build makes this file
// an entry of its own (tsup.config.ts), so the chunks that use it hold no `import()`: the
// `crorecast` command loads its CommonJS chunks from a V8 code cache, and a script with a
// dynamic import cannot come from one (src/cli/codeCache.ts).

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
export function importFflate(): Promise<typeof import('fflate')> {
  return import('fflate');
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
export function importVega(): Promise<[typeof import('vega'), typeof import('vega-lite')]> {
  return Promise.all([import('vega'), import('vega-lite')]);
}
