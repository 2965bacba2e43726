import { describe, expect, it } from 'vitest';
import {
  readInputValue,
  resolveInputPath,
  withInputValue,
} from '../../../src/model/analysis/inputPaths.js';
import { parseScenario } from '../../../src/model/parseScenario.js';
import { seedJson } from '../_seed.js';
import { failure } from './_failure.js';

describe('resolveInputPath', () => {
  const seed = seedJson();

  it('resolves array elements by id and by index to the same leaf', () => {
    const byId = resolveInputPath(seed, 'segments[smartphones-value].price.perUnit');
    const byIndex = resolveInputPath(seed, 'segments[0].price.perUnit');
    expect(byId.canonical).toBe('segments[0].price.perUnit');
    expect(byIndex.canonical).toBe('segments[0].price.perUnit');
    expect(byId).toMatchObject({
      kind: 'money',
      value: 9000,
      keys: ['segments', 0, 'price', 'perUnit'],
    });
    expect(resolveInputPath(seed, 'segments[0].price.perUnit.amount')).toMatchObject({
      kind: 'decimal-text',
      value: 9000,
    });
  });

  it('reads decimal text, JSON numbers and money text (in rupees)', () => {
    expect(resolveInputPath(seed, 'fx.USD.rate')).toMatchObject({
      kind: 'decimal-text',
      value: 74.5,
    });
    expect(resolveInputPath(seed, 'pli.disbursementLagYears')).toMatchObject({
      kind: 'number',
      value: 1,
    });
    expect(resolveInputPath(seed, 'investments[mobile-lines].total')).toMatchObject({
      kind: 'money-text',
      value: 2.5e9,
    });
  });

  it('reads the same values from the parsed scenario', () => {
    const parsed = parseScenario(seed);
    for (const path of [
      'fx.USD.rate',
      'investments[mobile-lines].total',
      'segments[laptops].price.perUnit',
      'pli.disbursementLagYears',
    ]) {
      expect(readInputValue(parsed, path), path).toBe(readInputValue(seed, path));
    }
  });

  it('names the path when it does not exist or is not one number', () => {
    expect(failure(() => resolveInputPath(seed, 'segments[no-such].price.perUnit'))).toBe(
      'UNKNOWN_INPUT segments[no-such].price.perUnit',
    );
    expect(failure(() => resolveInputPath(seed, 'fx.EUR.rate'))).toBe('UNKNOWN_INPUT fx.EUR.rate');
    expect(failure(() => resolveInputPath(seed, 'segments[0].plant'))).toBe(
      'NOT_A_NUMERIC_INPUT segments[0].plant',
    );
    expect(failure(() => resolveInputPath(seed, 'segments[0].price'))).toBe(
      'NOT_A_NUMERIC_INPUT segments[0].price',
    );
    expect(failure(() => resolveInputPath(seed, 'segments'))).toBe('NOT_A_NUMERIC_INPUT segments');
    expect(failure(() => resolveInputPath(seed, 'a..b'))).toBe('INVALID_PATH a..b');
    expect(failure(() => resolveInputPath(seed, '__proto__.x'))).toBe('INVALID_PATH __proto__.x');
  });
});

describe('withInputValue', () => {
  it('sets one leaf in a copy, written as the leaf was, and leaves the input unchanged', () => {
    const seed = seedJson();
    const before = JSON.stringify(seed);
    const next = withInputValue(seed, 'investments[mobile-lines].total', 3e9);
    expect(JSON.stringify(seed)).toBe(before);
    const investments = next.investments as { total: unknown }[];
    expect(investments[0]?.total).toEqual({ amount: '3000000000', currency: 'INR' });
    expect(investments[1]).toBe((seed.investments as unknown[])[1]);
    expect(readInputValue(withInputValue(seed, 'fx.USD.rate', 76.735), 'fx.USD.rate')).toBe(76.735);
    expect(withInputValue(seed, 'pli.disbursementLagYears', 2).pli).toMatchObject({
      disbursementLagYears: 2,
    });
    const price = withInputValue(seed, 'segments[laptops].price.perUnit', 1e-7);
    expect((price.segments as { price: { perUnit: unknown } }[])[4]?.price.perUnit).toEqual({
      amount: '0.0000001',
      currency: 'INR',
    });
    expect(parseScenario(next).investments[0]?.total?.amount.toFixed()).toBe('3000000000');
  });

  it('refuses NaN and Infinity, naming the path', () => {
    expect(failure(() => withInputValue(seedJson(), 'fx.USD.rate', Number.NaN))).toBe(
      'INVALID_VALUE fx.USD.rate',
    );
    expect(failure(() => withInputValue(seedJson(), 'fx.USD.rate', Number.POSITIVE_INFINITY))).toBe(
      'INVALID_VALUE fx.USD.rate',
    );
  });
});
