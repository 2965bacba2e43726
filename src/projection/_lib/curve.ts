// PLACEHOLDER until src/series lands: compound growth only.
import { z } from 'zod';
import type { Calculator } from '../../core/calculator.js';
import { decimalSchema } from '../../core/schemas.js';

export const growthCurveSchema = z.object({ kind: z.literal('compound'), rate: decimalSchema });

export function volumeCurve<N>(
  curve: unknown,
  start: N,
  count: number,
  calc: Calculator<N>,
): readonly N[] {
  const rate = calc.from((curve as { rate: N & (number | string) }).rate as never);
  const out: N[] = [];
  const g = calc.add(calc.one, rate);
  const twelve = calc.from(12);
  for (let k = 0; k < count; k++)
    out.push(calc.multiply(start, calc.power(g, calc.divide(calc.from(k), twelve))));
  return out;
}
