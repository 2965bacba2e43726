import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/core/decimal.js';
import {
  add,
  allocate,
  compare,
  crore,
  inr,
  type Money,
  max,
  min,
  money,
  ratio,
  subtract,
  sum,
  usd,
} from '../../src/money/index.js';

describe('Money types', () => {
  it('keeps the currency literal through arithmetic', () => {
    expectTypeOf(inr(1)).toEqualTypeOf<Money<'INR'>>();
    expectTypeOf(crore(1)).toEqualTypeOf<Money<'INR'>>();
    expectTypeOf(money(1, 'JPY')).toEqualTypeOf<Money<'JPY'>>();
    expectTypeOf(add(usd(1), usd(2))).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(allocate(inr(1), [1, 2])).toEqualTypeOf<Money<'INR'>[]>();
    expectTypeOf(ratio(inr(1), inr(2))).toEqualTypeOf<Decimal>();
  });

  it('refuses to mix currencies at compile time', () => {
    // @ts-expect-error Money<'USD'> is not Money<'INR'>
    add(inr(1), usd(1));
    // @ts-expect-error Money<'INR'> is not Money<'USD'>
    add(usd(1), inr(1));
    // @ts-expect-error currencies must match
    subtract(inr(1), usd(1));
    // @ts-expect-error currencies must match
    compare(inr(1), usd(1));
    // @ts-expect-error currencies must match
    min(inr(1), usd(1));
    // @ts-expect-error currencies must match
    max(inr(1), inr(2), usd(1));
    // @ts-expect-error currencies must match
    ratio(inr(1), usd(1));
    // @ts-expect-error the list must be in the given currency
    sum([inr(1)], 'USD');
    // @ts-expect-error unknown currency code
    money(1, 'XYZ');
  });
});
