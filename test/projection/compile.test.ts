import { describe, expect, it } from 'vitest';
import { compileParsedLike, compileProjection } from '../../src/projection/compile.js';
import { eightSegmentPlan } from './fixtures.js';

describe('compileParsedLike', () => {
  it('takes an earlier plan’s resolved horizon only when its input’s horizon is the same object', () => {
    const plan = compileProjection(eightSegmentPlan());
    const flat = plan.input.segments.map((s) => ({
      ...s,
      volume: { kind: 'flat' as const, value: plan.slots.values[0] ?? s.price.perUnit.amount },
    }));
    const same = compileParsedLike({ ...plan.input, segments: flat }, {}, plan);
    expect(same.horizon).toBe(plan.horizon);
    // A horizon of its own, even an equal one, is resolved for the new input.
    const longer = { ...plan.input.horizon, years: 3 };
    const other = compileParsedLike({ ...plan.input, horizon: longer }, {}, plan);
    expect(other.horizon.months).toHaveLength(36);
    const equal = compileParsedLike(
      { ...plan.input, horizon: { ...plan.input.horizon } },
      {},
      plan,
    );
    expect(equal.horizon).not.toBe(plan.horizon);
    expect(equal.horizon).toEqual(plan.horizon);
    const alone = compileParsedLike(plan.input, {}, undefined);
    expect(alone.horizon).not.toBe(plan.horizon);
    expect(alone.horizon).toEqual(plan.horizon);
    expect(alone.slots).toEqual(plan.slots);
  });
});
