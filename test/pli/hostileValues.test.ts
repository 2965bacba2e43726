import { describe, expect, it } from 'vitest';
import { CrorecastError } from '../../src/core/errors.js';
import { allocate } from '../../src/money/allocate.js';
import { inr } from '../../src/money/constructors.js';
import { fiscalYearKeySchema } from '../../src/pli/_lib/fiscalYear.js';
import { getPliScheme } from '../../src/pli/getPliScheme.js';

// Issue 11: a value JSON cannot print (a bigint) reached JSON.stringify in error messages and
// escaped as an untyped TypeError ("Do not know how to serialize a BigInt"). Messages now
// describe any value with core's `describe`.
describe('error messages describe values JSON cannot print', () => {
  it('a bigint fiscal year is a validation issue, not a TypeError', () => {
    const r = fiscalYearKeySchema.safeParse(2021n);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('got 2021n');
  });

  it('a bigint scheme id is a typed error naming it', () => {
    expect(() => getPliScheme(7n as unknown as string)).toThrow(CrorecastError);
    expect(() => getPliScheme(7n as unknown as string)).toThrow(/7n/);
  });

  it('a bigint remainder rule is a typed error naming it', () => {
    const call = () => allocate(inr(10), [1, 1], { remainder: 5n as unknown as 'first' });
    expect(call).toThrow(CrorecastError);
    expect(call).toThrow(/5n/);
  });
});
