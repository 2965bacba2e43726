import * as z from 'zod';
import { deepFreeze } from '../core/freeze.js';
import { lazySchema } from '../core/lazySchema.js';
import { parseInput } from '../core/validate.js';

/** The metrics a segment has (and the plan as a whole): a selector may name a segment for these. */
export const SEGMENT_METRIC_NAMES = deepFreeze([
  'demand',
  'units',
  'unmetUnits',
  'revenue',
  'revenueUsd',
  'exportUnits',
  'exportRevenue',
  'cogs',
  'grossProfit',
  'grossMargin',
] as const);

/**
 * The figures a sensitivity, simulation or target can ask for.
 *
 * Flows (summed over the period): `demand`, `units`, `unmetUnits`, `revenue`, `revenueUsd`,
 * `exportUnits`, `exportRevenue` (₹, part of revenue), `cogs`, `grossProfit`, `capacity` (available units), `nameplateCapacity`, `hires`, `exits`,
 * `payroll`. Stocks (at the period's end): `headcount` (closing), `requiredHeadcount`; at its
 * start: `openingHeadcount`. Means: `averageHeadcount`. Ratios of sums: `grossMargin`,
 * `utilisation` (units ÷ nameplate), `revenuePerEmployee` (revenue ÷ average headcount).
 */
export const OUTPUT_METRICS = deepFreeze([
  ...SEGMENT_METRIC_NAMES,
  'capacity',
  'nameplateCapacity',
  'utilisation',
  'headcount',
  'openingHeadcount',
  'requiredHeadcount',
  'averageHeadcount',
  'hires',
  'exits',
  'payroll',
  'revenuePerEmployee',
] as const);

/** A metric name from {@link OUTPUT_METRICS}. */
export type OutputMetric = (typeof OUTPUT_METRICS)[number];

/** A validated output selector. */
export interface OutputSelector {
  readonly metric: OutputMetric;
  readonly period: string;
  readonly segment?: string | undefined;
  readonly plant?: string | undefined;
}

/**
 * Selects one figure of a projection: a metric over a period (a fiscal year `FY2025-26`, a month
 * `2025-03`, or `total` for the whole horizon), for the whole business or one `segment` (segment
 * metrics) or `plant` (capacity metrics). The text form `revenue@FY2025-26`,
 * `revenue[mobile]@FY2025-26` or `utilisation[noida-1]@total` is accepted too.
 *
 * @example
 * ```ts
 * outputSelectorSchema.parse('utilisation[noida-1]@FY2023-24')
 * //=> { metric: 'utilisation', period: 'FY2023-24', plant: 'noida-1' }
 * ```
 */
export const outputSelectorSchema: z.ZodType<OutputSelector, OutputSelector | string> = lazySchema(
  () =>
    z.union([
      z
        .object({
          metric: z.enum(OUTPUT_METRICS),
          period: z.string().min(1),
          segment: z.string().optional(),
          plant: z.string().optional(),
        })
        .strict(),
      z.string().transform((text, ctx): OutputSelector => {
        const m = /^(\w+)(?:\[([^\]]+)\])?@(\S+)$/.exec(text.trim());
        const metric = m?.[1];
        if (
          m === null ||
          metric === undefined ||
          !(OUTPUT_METRICS as readonly string[]).includes(metric)
        ) {
          ctx.addIssue({
            code: 'custom',
            message: `expected "metric@period" or "metric[id]@period" with a metric of ${OUTPUT_METRICS.join(', ')}; got ${JSON.stringify(text)}`,
          });
          return z.NEVER;
        }
        const isPlantMetric =
          metric === 'capacity' || metric === 'nameplateCapacity' || metric === 'utilisation';
        const id = m[2];
        return {
          metric: metric as OutputMetric,
          period: m[3] ?? 'total',
          ...(id === undefined ? {} : isPlantMetric ? { plant: id } : { segment: id }),
        };
      }),
    ]),
);

/** A selector in its input form: an object or text like `revenue[mobile]@FY2025-26`. */
export type OutputSelectorInput = z.input<typeof outputSelectorSchema>;

/**
 * The stable text key of a selector: `revenue[mobile]@FY2025-26`.
 *
 * @example
 * ```ts
 * outputKey({ metric: 'revenue', period: 'FY2025-26', segment: 'mobile' }) //=> 'revenue[mobile]@FY2025-26'
 * ```
 */
export function outputKey(selector: OutputSelector): string {
  const id = selector.segment ?? selector.plant;
  return `${selector.metric}${id === undefined ? '' : `[${id}]`}@${selector.period}`;
}

/**
 * The list of outputs an analysis asks for, checked as input (issue 11): a non-empty array (the
 * structure limits bound its length); each selector is checked by {@link compileSelector}.
 *
 * @throws {ValidationError} naming `outputs`
 */
export function checkOutputList(outputs: unknown): readonly OutputSelectorInput[] {
  return parseInput(z.array(z.unknown()).min(1), outputs, 'outputs') as OutputSelectorInput[];
}
