// The monthly rows of a projection are built when first read (issue 15, the exact path): to a
// user the result must look exactly as if they had been built up front — the same JSON, keys,
// spread copy and deep equality, frozen, the same array on every read — and nothing done to
// `result.workspace` afterwards may change them.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { eightSegmentPlan } from './fixtures.js';

/** A deep copy with every array and object a plain data property (what eager rows were). */
const plain = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(plain)
    : value instanceof Decimal || value === null || typeof value !== 'object'
      ? value
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));

describe('lazily built monthly rows', () => {
  it('read like plain frozen arrays: JSON, keys, spread, deep equality, identity', () => {
    const result = runProjection(eightSegmentPlan());
    const { plan: _plan, workspace: _ws, ...rest } = result;
    const copy = plain(rest);
    expect(JSON.stringify(rest)).toBe(JSON.stringify(copy));
    expect(rest).toEqual(copy);
    const segment = result.segments[0];
    expect(Object.keys(segment ?? {})).toEqual([
      'id',
      'name',
      'plant',
      'monthly',
      'yearly',
      'bridge',
    ]);
    expect({ ...segment }.monthly).toBe(segment?.monthly);
    expect(segment?.monthly).toHaveLength(60);
    expect(Object.isFrozen(segment?.monthly)).toBe(true);
    expect(Object.isFrozen(segment?.monthly[0])).toBe(true);
    expect(Object.keys(result.total)).toEqual(['monthly', 'yearly']);
    expect(Object.keys(result.plants[0] ?? {})).toEqual(['id', 'monthly', 'yearly']);
    expect(Object.keys(result.headcount ?? {})).toEqual(['monthly', 'yearly']);
    expect(result.headcount?.monthly).toBe(result.headcount?.monthly);
    expect(result.total.monthly).toBe(result.total.monthly);
    expect(() => {
      (segment as { monthly: unknown }).monthly = [];
    }).toThrow(TypeError);
  });

  it('do not change when the exposed workspace is written to before they are read', () => {
    const untouched = runProjection(eightSegmentPlan());
    const result = runProjection(eightSegmentPlan());
    const ws = result.workspace as unknown as Record<string, unknown[]>;
    for (const key of ['units', 'revenue', 'totalRevenue', 'produced', 'closing', 'payroll']) {
      (ws[key] as unknown[]).fill(new Decimal(-1));
    }
    expect(JSON.stringify(result.segments)).toBe(JSON.stringify(untouched.segments));
    expect(JSON.stringify(result.total)).toBe(JSON.stringify(untouched.total));
    expect(JSON.stringify(result.plants)).toBe(JSON.stringify(untouched.plants));
    expect(JSON.stringify(result.headcount)).toBe(JSON.stringify(untouched.headcount));
  });
});
