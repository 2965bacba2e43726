import type { VegaLiteSpec } from '../report/charts.js';
import { importVega } from '../report/optionalPackages.js';

/** The optional charting packages (vega, vega-lite) could not be loaded. */
export class ChartDependencyError extends Error {}

/** Options for {@link loadChartRenderer} and {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Loads vega and vega-lite (default: dynamic imports; tests inject a failing loader). */
  readonly load?: () => Promise<[typeof import('vega'), typeof import('vega-lite')]>;
}

/**
 * Loads vega and vega-lite — optional peer dependencies, loaded only here — and returns a renderer
 * of Vega-Lite specs to SVG in Node, without a browser or canvas: vega-lite compiles a spec to
 * Vega, and a headless Vega view renders SVG text. The CLI loads it before it runs a scenario, so
 * a missing package fails before any report is printed.
 *
 * @param options - how to load the charting packages
 * @returns a function from a Vega-Lite spec to its SVG document
 * @throws {ChartDependencyError} when vega or vega-lite is not installed (saying what to install)
 */
export async function loadChartRenderer(
  options: RenderSvgOptions = {},
): Promise<(spec: VegaLiteSpec) => Promise<string>> {
  let vega: typeof import('vega');
  let vegaLite: typeof import('vega-lite');
  try {
    [vega, vegaLite] = await (options.load ?? importVega)();
  } catch {
    throw new ChartDependencyError(
      '--chart needs the optional packages vega and vega-lite: npm install vega vega-lite',
    );
  }
  return async (spec) => {
    const compiled = vegaLite.compile(
      spec as unknown as Parameters<typeof vegaLite.compile>[0],
    ).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  };
}

/**
 * Renders one Vega-Lite spec to SVG (loading vega and vega-lite first; see
 * {@link loadChartRenderer}).
 *
 * @param spec - the Vega-Lite spec
 * @param options - how to load the charting packages
 * @returns the SVG document
 * @throws {ChartDependencyError} when vega or vega-lite is not installed
 */
export async function renderSvg(
  spec: VegaLiteSpec,
  options: RenderSvgOptions = {},
): Promise<string> {
  return (await loadChartRenderer(options))(spec);
}
