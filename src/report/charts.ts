import type { Decimal } from '../core/decimal.js';

/**
 * A Vega-Lite specification as plain JSON data. crorecast builds specs only; rendering them (to
 * SVG with `vega` + `vega-lite`, or in a browser) is the caller's choice, so the library has no
 * charting dependency.
 */
export interface VegaLiteSpec {
  readonly $schema: string;
  readonly [key: string]: unknown;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A chart's numbers are plotted as floats; two decimals of a crore are far below one pixel. */
function plotted(value: Decimal, decimals = 2): number {
  return Number(value.toFixed(decimals));
}

/** One bar segment of {@link revenueBySegmentChart}: a fiscal year, a segment and its value. */
export interface SegmentValue {
  readonly year: string;
  readonly segment: string;
  /** The value in the chart's unit (e.g. ₹ crore). */
  readonly value: Decimal;
}

/** Options for {@link revenueBySegmentChart}. */
export interface RevenueBySegmentChartOptions {
  readonly title?: string;
  /** Axis title for the values (default `Revenue (₹ crore)`). */
  readonly valueTitle?: string;
  /** Segment order for the stack and legend (default: first appearance). */
  readonly segments?: readonly string[];
  /** A horizontal target line (e.g. the stated revenue target) with its label. */
  readonly target?: { readonly value: Decimal; readonly label: string };
  readonly width?: number;
  readonly height?: number;
}

/**
 * A Vega-Lite spec of revenue by fiscal year as bars stacked by segment, in the order given, with
 * an optional target rule. Values are plotted as floats rounded to two decimals (a chart is not a
 * ledger; the tables carry the exact figures).
 *
 * @param data - one entry per year and segment
 * @param options - titles, segment order, target line, size
 * @returns the spec (plain JSON data)
 *
 * @example
 * ```ts
 * const spec = revenueBySegmentChart([{ year: 'FY2021-22', segment: 'Phones', value: new Decimal(5200) }]);
 * spec.layer[0].mark //=> { type: 'bar', tooltip: true }
 * ```
 */
export function revenueBySegmentChart(
  data: readonly SegmentValue[],
  options: RevenueBySegmentChartOptions = {},
): VegaLiteSpec {
  const years = [...new Set(data.map((d) => d.year))];
  const segments = options.segments ?? [...new Set(data.map((d) => d.segment))];
  const valueTitle = options.valueTitle ?? 'Revenue (₹ crore)';
  const bars = {
    data: {
      values: data.map((d) => ({
        year: d.year,
        segment: d.segment,
        value: plotted(d.value),
        order: segments.indexOf(d.segment),
      })),
    },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: {
        field: 'year',
        type: 'ordinal',
        sort: years,
        title: 'Fiscal year',
        axis: { labelAngle: 0 },
      },
      y: { field: 'value', type: 'quantitative', aggregate: 'sum', title: valueTitle },
      color: {
        field: 'segment',
        type: 'nominal',
        sort: segments,
        title: 'Segment',
        scale: { scheme: 'tableau10' },
        // Segment names are long ("Smartphones (invoice < ₹15,000)"): show them whole.
        legend: { labelLimit: 400 },
      },
      order: { field: 'order', type: 'quantitative' },
    },
  };
  const layer: unknown[] = [bars];
  if (options.target !== undefined) layer.push(...targetLayers(options.target));
  return {
    $schema: SCHEMA,
    title: options.title ?? 'Revenue by segment',
    width: options.width ?? 480,
    height: options.height ?? 300,
    layer,
  };
}

function targetLayers(target: { readonly value: Decimal; readonly label: string }): unknown[] {
  const datum = { data: { values: [{ target: plotted(target.value), label: target.label }] } };
  return [
    {
      ...datum,
      mark: { type: 'rule', color: '#c0392b', strokeDash: [6, 4], strokeWidth: 2 },
      encoding: { y: { field: 'target', type: 'quantitative' } },
    },
    {
      ...datum,
      mark: { type: 'text', align: 'left', dx: 4, dy: -6, color: '#c0392b', x: 0 },
      encoding: { y: { field: 'target', type: 'quantitative' }, text: { field: 'label' } },
    },
  ];
}

/** One bar of {@link headcountChart}. */
export interface HeadcountValue {
  readonly year: string;
  /** Headcount (e.g. the closing or average headcount of the year). */
  readonly value: Decimal;
}

/** Options for {@link headcountChart}. */
export interface HeadcountChartOptions {
  readonly title?: string;
  /** Axis title (default `Employees (closing)`). */
  readonly valueTitle?: string;
  readonly target?: { readonly value: Decimal; readonly label: string };
  readonly width?: number;
  readonly height?: number;
}

/**
 * A Vega-Lite spec of headcount by fiscal year as labelled bars, with an optional target rule
 * (e.g. the stated 11,000 employees).
 *
 * @example
 * ```ts
 * headcountChart([{ year: 'FY2021-22', value: new Decimal(2400) }]).title //=> 'Headcount'
 * ```
 */
export function headcountChart(
  data: readonly HeadcountValue[],
  options: HeadcountChartOptions = {},
): VegaLiteSpec {
  const values = data.map((d) => ({ year: d.year, value: plotted(d.value, 0) }));
  const x = {
    field: 'year',
    type: 'ordinal',
    sort: data.map((d) => d.year),
    title: 'Fiscal year',
    axis: { labelAngle: 0 },
  };
  const y = {
    field: 'value',
    type: 'quantitative',
    title: options.valueTitle ?? 'Employees (closing)',
  };
  const layer: unknown[] = [
    {
      data: { values },
      mark: { type: 'bar', color: '#4c78a8', tooltip: true },
      encoding: { x, y },
    },
    {
      data: { values },
      mark: { type: 'text', dy: -6, baseline: 'bottom' },
      encoding: { x, y, text: { field: 'value', type: 'quantitative', format: ',.0f' } },
    },
  ];
  if (options.target !== undefined) layer.push(...targetLayers(options.target));
  return {
    $schema: SCHEMA,
    title: options.title ?? 'Headcount',
    width: options.width ?? 480,
    height: options.height ?? 220,
    layer,
  };
}

/**
 * Stacks several chart specs vertically into one spec (one SVG file for a plan's charts).
 *
 * @example
 * ```ts
 * const revenue = revenueBySegmentChart([{ year: 'FY2021-22', segment: 'Phones', value: toDecimal(5200) }]);
 * const heads = headcountChart([{ year: 'FY2021-22', value: toDecimal(2400) }]);
 * combineCharts('Plan', [revenue, heads]).vconcat?.length //=> 2
 * ```
 */
export function combineCharts(title: string, charts: readonly VegaLiteSpec[]): VegaLiteSpec {
  return {
    $schema: SCHEMA,
    title: { text: title, fontSize: 16 },
    vconcat: charts.map(({ $schema: _schema, ...rest }) => rest),
    resolve: { scale: { color: 'independent', y: 'independent' } },
    config: { font: 'Helvetica, Arial, sans-serif', view: { stroke: null } },
  };
}
