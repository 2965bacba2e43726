import { describe, expect, it } from 'vitest';
import { ArgumentError, ValidationError } from '../../src/core/errors.js';
import { STRUCTURE_LIMITS } from '../../src/core/limits.js';
import {
  applyOverrides,
  compareScenarios,
  evaluateProjection,
  sensitivity,
  simulate,
  simulateRange,
} from '../../src/projection/index.js';
import { fuzzTargets } from './harness.js';
import { PROJECTION_TARGETS } from './targets.js';

describe('projection fuzz (issue 11)', { timeout: 300_000 }, () => {
  it('the valid arguments run', () => {
    for (const t of PROJECTION_TARGETS) expect(() => t.call(...t.args())).not.toThrow();
  });

  it('every projection function with mutated plans, options, inputs and outputs', () => {
    fuzzTargets('projection', PROJECTION_TARGETS, 40);
  });
});

// Found by the fuzz or by sizing the analyses: each was an untyped TypeError, or memory without
// bound, before the fix.
describe('projection regressions (issue 11)', () => {
  const plan = () => PROJECTION_TARGETS[0]?.args()[0] as never;
  const path = 'segments[a].price.perUnit';

  it('sensitivity: inputs × outputs is bounded before any bar is built', () => {
    // Was: 100,000 inputs × 1,000 outputs grew past 480 MB within a minute and kept growing (one
    // frozen bar per input and output, 10^8 of them); options were not checked at all.
    const inputs = new Array(1_000).fill({ path, change: '0.1' });
    const outputs = new Array(101).fill('revenue@total');
    const started = performance.now();
    const call = () => sensitivity(plan(), { inputs, outputs });
    expect(call).toThrow(ValidationError);
    expect(call).toThrow(
      `1000 inputs × 101 outputs make more than ${STRUCTURE_LIMITS.maxSensitivityBars} bars`,
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(() => sensitivity(plan(), { inputs: 'x', outputs } as never)).toThrow('inputs');
    expect(() => sensitivity(plan(), undefined as never)).toThrow(ValidationError);
  });

  it('simulate and simulateRange: draws × outputs is bounded before any array is allocated', () => {
    const options = {
      draws: 10_000_000,
      seed: 1,
      inputs: [{ path, distribution: { kind: 'uniform', low: 90, high: 110 } }],
      outputs: ['revenue@total', 'units@total'],
    } as const;
    expect(() => simulate(plan(), options)).toThrow('10000000 draws × 2 outputs keep more than');
    expect(() => simulateRange(plan(), { ...options, from: 0, to: 1 })).toThrow(ValidationError);
  });

  it('odd outputs, calculators, variants and schemas are typed errors', () => {
    // Was: TypeError "outputs.map is not a function", "reading 'calculator'", "schema.safeParse
    // is not a function".
    expect(() => evaluateProjection(plan(), 'revenue@total' as never)).toThrow(ValidationError);
    const outputs = ['revenue@total'];
    expect(() => compareScenarios(plan(), {}, undefined as never)).toThrow(ValidationError);
    expect(() => compareScenarios(plan(), 5 as never, { outputs })).toThrow('scenario variants');
    expect(() => compareScenarios(plan(), {}, { outputs, calculator: 5 as never })).toThrow(
      'calculator',
    );
    expect(() => applyOverrides(plan(), {} as never, {} as never)).toThrow(ArgumentError);
  });
});
