import * as z from 'zod';
import type { Calculator } from '../../core/calculator.js';
import { lazySchema } from '../../core/lazySchema.js';

// The option objects of the projection analyses, checked as input (issue 11): an odd calculator,
// output list or tranche table is a validation issue naming it, never a TypeError from inside.

const METHODS = ['from', 'add', 'subtract', 'multiply', 'divide', 'negate', 'compare'] as const;

/** A `Calculator` (crorecast's `decimalCalculator`, `float64Calculator`, or one of that shape). */
export const calculatorSchema = lazySchema(() =>
  z.custom<Calculator<unknown>>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      METHODS.every((m) => typeof (value as Record<string, unknown>)[m] === 'function'),
    { message: 'expected a Calculator (decimalCalculator or float64Calculator)' },
  ),
);

/** Options every analysis shares: the calculator, the tranche months, the outputs. */
export const analysisOptionsShape = lazySchema(() => ({
  calculator: calculatorSchema.optional(),
  tranches: z.record(z.string(), z.string()).optional(),
  outputs: z.array(z.unknown()).min(1),
}));
