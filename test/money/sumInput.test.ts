import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/core/errors.js';
import { inr, sum } from '../../src/money/index.js';

describe('sum input', () => {
  it('refuses something that is not a list, with a typed error', () => {
    const call = () => sum(inr(1) as never, 'INR');
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow('sum expects a list of Money values');
  });
});
