import type { Calculator } from '../core/calculator.js';
import { describe } from '../core/errors.js';
import { checkInput } from '../core/validate.js';
import type { CompiledProjection } from './compiledProjection.js';
import { ProjectionError } from './errors.js';
import {
  type OutputMetric,
  type OutputSelector,
  type OutputSelectorInput,
  outputKey,
  outputSelectorSchema,
  SEGMENT_METRIC_NAMES,
} from './outputSelector.js';
import type { Workspace, WorkspaceBuffer } from './workspace.js';

// A selector compiled against a plan: its period, segment and plant checked once, then read
// from any filled workspace (Decimal or float64) by an extractor.

/** Reads one selected figure from a filled workspace. */
export type Extractor = <N>(ws: Workspace<N>) => N;

const SEGMENT_METRICS: ReadonlySet<OutputMetric> = new Set(SEGMENT_METRIC_NAMES);
const PLANT_METRICS: ReadonlySet<OutputMetric> = new Set([
  'capacity',
  'nameplateCapacity',
  'utilisation',
  'units',
  'unmetUnits',
  'demand',
]);
const HEADCOUNT_METRICS: ReadonlySet<OutputMetric> = new Set([
  'headcount',
  'openingHeadcount',
  'requiredHeadcount',
  'averageHeadcount',
  'hires',
  'exits',
  'payroll',
  'revenuePerEmployee',
]);

function sum<N>(
  c: Calculator<N>,
  buf: WorkspaceBuffer<N>,
  from: number,
  to: number,
  stride: number,
  item: number,
): N {
  let acc = c.zero;
  for (let m = from; m < to; m++) acc = c.add(acc, buf[m * stride + item] as N);
  return acc;
}

function ratio<N>(c: Calculator<N>, a: N, b: N): N {
  return c.isZero(b) ? c.zero : c.divide(a, b);
}

/**
 * Compiles a selector against a plan into an extractor, checking that its metric, period,
 * segment and plant exist.
 *
 * @throws {ProjectionError} `UNKNOWN_OUTPUT` naming what is unknown
 */
export function compileSelector(
  plan: CompiledProjection,
  input: OutputSelectorInput,
): { key: string; selector: OutputSelector; extract: Extractor } {
  const parsed = checkInput(outputSelectorSchema, input);
  if (!parsed.success) {
    throw new ProjectionError(
      'UNKNOWN_OUTPUT',
      `invalid output ${describe(input)}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  }
  return compileParsedSelector(plan, parsed.data);
}

/**
 * {@link compileSelector} for a selector already validated (by `outputSelectorSchema`, or built
 * by a layer above from its own parsed data): no second parse.
 *
 * @throws {ProjectionError} `UNKNOWN_OUTPUT` when the period, segment or plant is not in the plan
 *
 * @example
 * ```ts
 * const plan = compileProjection({
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'flat', value: '1000' },
 *     price: { perUnit: '₹12,000' } }],
 * });
 * compileParsedSelector(plan, { metric: 'revenue', period: 'FY2023-24' }).key //=> 'revenue@FY2023-24'
 * ```
 */
export function compileParsedSelector(
  plan: CompiledProjection,
  sel: OutputSelector,
): { key: string; selector: OutputSelector; extract: Extractor } {
  const key = outputKey(sel);
  const fail = (why: string): never => {
    throw new ProjectionError('UNKNOWN_OUTPUT', `output "${key}": ${why}`);
  };
  const h = plan.horizon;
  let from = 0;
  let to = h.months.length;
  if (sel.period !== 'total') {
    const monthIndex = h.months.indexOf(sel.period);
    const year = h.fiscalYears.indexOf(sel.period);
    if (monthIndex >= 0) {
      from = monthIndex;
      to = monthIndex + 1;
    } else if (year >= 0) {
      from = h.yearOfMonth.indexOf(year);
      to = h.yearOfMonth.lastIndexOf(year) + 1;
    } else {
      fail(
        `period "${sel.period}" is not in the horizon (${h.fiscalYears.join(', ')}, its months, or "total")`,
      );
    }
  }
  const metric = sel.metric;
  if (sel.segment !== undefined && sel.plant !== undefined)
    fail('give a segment or a plant, not both');
  const S = plan.segments.length;
  const P = plan.plants.length;
  let segment = -1;
  let plant = -1;
  // `units[x]`, `demand[x]` and `unmetUnits[x]` in text form name a segment or a plant.
  const segmentId = sel.segment;
  if (
    segmentId !== undefined &&
    PLANT_METRICS.has(metric) &&
    !plan.segments.some((s) => s.id === segmentId)
  ) {
    plant = plan.plants.findIndex((q) => q.id === segmentId);
  }
  if (segmentId !== undefined && plant < 0) {
    if (!SEGMENT_METRICS.has(metric)) fail(`${metric} is not broken down by segment`);
    segment = plan.segments.findIndex((s) => s.id === segmentId);
    if (segment < 0)
      fail(
        `unknown segment "${segmentId}" (segments: ${plan.segments.map((s) => s.id).join(', ')})`,
      );
  }
  if (sel.plant !== undefined) {
    if (!PLANT_METRICS.has(metric)) fail(`${metric} is not broken down by plant`);
    plant = plan.plants.findIndex((q) => q.id === sel.plant);
    if (plant < 0)
      fail(`unknown plant "${sel.plant}" (plants: ${plan.plants.map((q) => q.id).join(', ')})`);
  }
  if (HEADCOUNT_METRICS.has(metric) && plan.headcount === undefined)
    fail('the input has no headcount drivers');
  if (metric === 'revenueUsd' && plan.usd < 0) fail('the input has no USD rate (fx.USD)');
  const months = to - from;

  const segOrTotal = <N>(
    ws: Workspace<N>,
    bySegment: WorkspaceBuffer<N>,
    total: WorkspaceBuffer<N>,
  ): N =>
    segment >= 0
      ? sum(ws.calc, bySegment, from, to, S, segment)
      : sum(ws.calc, total, from, to, 1, 0);
  const plantOrAll = <N>(ws: Workspace<N>, buf: WorkspaceBuffer<N>): N => {
    if (plant >= 0) return sum(ws.calc, buf, from, to, P, plant);
    let acc = ws.calc.zero;
    for (let q = 0; q < P; q++) acc = ws.calc.add(acc, sum(ws.calc, buf, from, to, P, q));
    return acc;
  };
  const meanAverage = <N>(ws: Workspace<N>): N =>
    ws.calc.divide(sum(ws.calc, ws.average, from, to, 1, 0), ws.calc.from(months));

  const extract = (<N>(ws: Workspace<N>): N => {
    const c = ws.calc;
    switch (metric) {
      case 'demand':
        return plant >= 0
          ? plantOrAll(ws, ws.plantDemand)
          : segOrTotal(ws, ws.demand, ws.totalDemand);
      case 'units':
        return plant >= 0 ? plantOrAll(ws, ws.produced) : segOrTotal(ws, ws.units, ws.totalUnits);
      case 'unmetUnits':
        return plant >= 0
          ? c.subtract(plantOrAll(ws, ws.plantDemand), plantOrAll(ws, ws.produced))
          : segOrTotal(ws, ws.unmet, ws.totalUnmet);
      case 'revenue':
        return segOrTotal(ws, ws.revenue, ws.totalRevenue);
      case 'revenueUsd':
        return segOrTotal(ws, ws.revenueUsd, ws.totalRevenueUsd);
      case 'exportUnits':
        return segOrTotal(ws, ws.exportUnits, ws.totalExportUnits);
      case 'exportRevenue':
        return segOrTotal(ws, ws.exportRevenue, ws.totalExportRevenue);
      case 'cogs':
        return segOrTotal(ws, ws.cogs, ws.totalCogs);
      case 'grossProfit':
        return c.subtract(
          segOrTotal(ws, ws.revenue, ws.totalRevenue),
          segOrTotal(ws, ws.cogs, ws.totalCogs),
        );
      case 'grossMargin': {
        const revenue = segOrTotal(ws, ws.revenue, ws.totalRevenue);
        return ratio(c, c.subtract(revenue, segOrTotal(ws, ws.cogs, ws.totalCogs)), revenue);
      }
      case 'capacity':
        return plantOrAll(ws, ws.capacity);
      case 'nameplateCapacity':
        return plantOrAll(ws, ws.nameplate);
      case 'utilisation':
        return ratio(c, plantOrAll(ws, ws.produced), plantOrAll(ws, ws.nameplate));
      case 'headcount':
        return ws.closing[to - 1] as N;
      case 'openingHeadcount':
        return ws.opening[from] as N;
      case 'requiredHeadcount':
        return ws.required[to - 1] as N;
      case 'averageHeadcount':
        return meanAverage(ws);
      case 'hires':
        return sum(c, ws.hires, from, to, 1, 0);
      case 'exits':
        return sum(c, ws.exits, from, to, 1, 0);
      case 'payroll':
        return sum(c, ws.payroll, from, to, 1, 0);
      case 'revenuePerEmployee':
        return ratio(c, sum(c, ws.totalRevenue, from, to, 1, 0), meanAverage(ws));
    }
  }) as Extractor;
  return { key, selector: sel, extract };
}
