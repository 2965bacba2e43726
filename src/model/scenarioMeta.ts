import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { idSchema } from '../projection/inputSchema.js';

const ISO_FORM = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date as `yyyy-MM-dd` that exists (`2025-02-30` does not): checked here, so
 * `validate` rejects what a run could not date.
 */
export const isoDateSchema = lazySchema(() =>
  z
    .string()
    .regex(ISO_FORM, 'expected a calendar date as yyyy-MM-dd (e.g. "2021-08-24")')
    // Only for the yyyy-MM-dd form: a text of another form has its message above.
    .refine((s) => !ISO_FORM.test(s) || isValid(parseISO(s)), {
      message: 'no such calendar date',
    }),
);

/** A source a scenario's facts come from: a news item, a notification, a filing. */
export const scenarioSourceSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      title: z.string().min(1),
      publisher: z.string().min(1),
      /** Publication date, `yyyy-MM-dd`. */
      date: isoDateSchema.optional(),
      url: z.string().url().optional(),
      note: z.string().optional(),
    })
    .strict(),
);

/**
 * A figure taken from a source: what it says (`value`, in the source's terms, in your own words),
 * which source (`source`, a source id) and which fields of the scenario it supports (`appliesTo`,
 * field paths such as `investments` or `segments[2].price`).
 */
export const scenarioFactSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      value: z.string().min(1),
      statement: z.string().min(1),
      source: idSchema,
      appliesTo: z.array(z.string().min(1)).min(1),
    })
    .strict(),
);

/** A number the modeller assumed, with a one-line rationale and the fields it sets. */
export const scenarioAssumptionSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      value: z.string().min(1),
      rationale: z.string().min(1),
      appliesTo: z.array(z.string().min(1)).min(1),
    })
    .strict(),
);

/**
 * A scenario's provenance: its name, the date it is modelled as of, its sources, and a registry
 * of facts (from sources) and assumptions (with rationales), each naming the fields it supports,
 * so every figure in the file can be traced.
 */
export const scenarioMetaSchema = lazySchema(() =>
  z
    .object({
      id: idSchema,
      name: z.string().min(1),
      description: z.string().optional(),
      /** The date the plan is modelled as of, `yyyy-MM-dd`. */
      asOf: isoDateSchema,
      /** The reporting currency; crorecast's plans report in INR. */
      currency: z.literal('INR').default('INR'),
      sources: z.array(scenarioSourceSchema).default([]),
      facts: z.array(scenarioFactSchema).default([]),
      assumptions: z.array(scenarioAssumptionSchema).default([]),
    })
    .strict(),
);

/** A scenario's meta block, parsed. */
export type ScenarioMeta = z.output<typeof scenarioMetaSchema>;
