import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/projection/_lib/prng.js';
import { createSampler, distributionSchema } from '../../src/projection/distribution.js';

const lag = { kind: 'discrete', values: [1, 2, 3], probabilities: ['0.5', '0.3', '0.2'] };

describe('createSampler: discrete', () => {
  it('draws only the listed values, each as often as its probability', () => {
    const draw = createSampler(distributionSchema.parse(lag), createRandom(11));
    const counts = new Map<number, number>();
    for (let i = 0; i < 20_000; i++) {
      const x = draw();
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3]);
    expect((counts.get(1) ?? 0) / 20_000).toBeCloseTo(0.5, 1);
    expect((counts.get(2) ?? 0) / 20_000).toBeCloseTo(0.3, 1);
    expect((counts.get(3) ?? 0) / 20_000).toBeCloseTo(0.2, 1);
  });

  it('picks by the inverse CDF of one uniform per draw', () => {
    const random = createRandom(3);
    const copy = createRandom(3);
    const draw = createSampler(distributionSchema.parse(lag), random);
    for (let i = 0; i < 100; i++) {
      const u = copy.next();
      expect(draw()).toBe(u < 0.5 ? 1 : u < 0.8 ? 2 : 3);
    }
  });
});

describe('distributionSchema: discrete', () => {
  const issues = (d: unknown) =>
    distributionSchema.safeParse(d).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

  it('needs one probability per value, each in [0, 1], summing to exactly 1', () => {
    expect(issues(lag)).toBeUndefined();
    expect(issues({ ...lag, probabilities: ['0.5', '0.5'] })).toEqual([
      'probabilities: must give one probability per value (3)',
    ]);
    expect(issues({ ...lag, probabilities: ['0.5', '0.3', '0.3'] })).toEqual([
      'probabilities: must sum to exactly 1',
    ]);
    expect(issues({ ...lag, probabilities: ['1.5', '-0.3', '-0.2'] })).toEqual([
      'probabilities: each must lie between 0 and 1',
    ]);
    expect(issues({ ...lag, values: [] })?.[0]).toMatch(/^values/);
  });
});
