import { describe, expectTypeOf, it } from 'vitest';
import { decimalCalculator } from '../../src/core/calculator.js';
import type { Decimal } from '../../src/core/decimal.js';
import type { Money } from '../../src/money/money.js';
import { evaluateProjection } from '../../src/projection/evaluate.js';
import { goalSeek } from '../../src/projection/goalSeek.js';
import type { ProjectionInputJson } from '../../src/projection/inputSchema.js';
import type { ProjectionResult } from '../../src/projection/runProjection.js';
import { sensitivity } from '../../src/projection/sensitivity.js';

declare const input: ProjectionInputJson;
declare const result: ProjectionResult;

describe('projection types', () => {
  it('float64 by default, Decimal when asked', () => {
    expectTypeOf(evaluateProjection(input, ['revenue@total'])).toEqualTypeOf<
      Readonly<Record<string, number>>
    >();
    expectTypeOf(
      evaluateProjection<Decimal>(input, ['revenue@total'], { calculator: decimalCalculator }),
    ).toEqualTypeOf<Readonly<Record<string, Decimal>>>();
    expectTypeOf(sensitivity(input, { inputs: [], outputs: [] })[0]?.base).toEqualTypeOf<
      number | undefined
    >();
  });

  it('goalSeek keeps the input and value types', () => {
    expectTypeOf(
      goalSeek((x: number) => x * 2, 1, { low: 0, high: 1 }).input,
    ).toEqualTypeOf<number>();
    expectTypeOf(
      goalSeek((x: Decimal) => x, 1, { low: {} as Decimal, high: {} as Decimal }).value,
    ).toEqualTypeOf<Decimal>();
  });

  it('reports money in rupees and dollars by type', () => {
    expectTypeOf(result.total.yearly[0]?.revenue).toEqualTypeOf<Money<'INR'> | undefined>();
    expectTypeOf(result.total.yearly[0]?.revenueUsd).toEqualTypeOf<Money<'USD'> | undefined>();
    // @ts-expect-error — rows are read-only
    result.total.yearly[0].revenue = {} as Money<'INR'>;
  });
});
