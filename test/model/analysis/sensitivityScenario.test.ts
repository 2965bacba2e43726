import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/errors.js';
import { goalSeekScenario } from '../../../src/model/analysis/goalSeekScenario.js';
import { sensitivityScenario } from '../../../src/model/analysis/sensitivityScenario.js';
import { ProjectionError } from '../../../src/projection/errors.js';
import { knownFactory } from './_doubles.js';

const PRICE = 'segments[phones].price.perUnit';
const VOLUME = 'segments[phones].volume';
const FX = 'fx.USD.rate';

describe('sensitivityScenario', () => {
  it('swings each input alone, sorts by swing, and pivots on the exact base', () => {
    // The exact backend is shifted by 1000: the base must come from it, the bars from float64.
    const { factory, log } = knownFactory(undefined, 1000);
    const [npv, revenue] = sensitivityScenario(factory, {
      inputs: [
        { path: VOLUME, change: 0.25 },
        { path: PRICE, low: 8, high: 12 },
        { path: FX, low: 0.9, high: 1.1, apply: 'factor' },
      ],
      outputs: ['npv.withPli', 'revenue@FY2023-24'],
    });
    expect(log.built.map((b) => b.backend)).toEqual(['exact', 'float64']);
    expect(npv?.base).toBe(10 * 100 - 900 + 1000);
    expect(npv?.backend).toBe('float64');
    expect(
      npv?.bars.map((b) => [b.path, b.low, b.high, b.outputAtLow, b.outputAtHigh, b.swing]),
    ).toEqual([
      [VOLUME, 75, 125, -150, 350, 500],
      [PRICE, 8, 12, -100, 300, 400],
      [FX, 67.5, 82.5, 100, 100, 0],
    ]);
    expect(revenue?.base).toBe(3 * 75 + 1000);
    expect(revenue?.bars[0]?.path).toBe(FX);
    expect(revenue?.bars[0]?.swing).toBeCloseTo(45, 12);
    expect(revenue?.bars[0]?.base).toBe(75);
  });

  it('puts undefined swings last and refuses inverted ranges and repeats', () => {
    const { factory } = knownFactory();
    const [irr] = sensitivityScenario(factory, {
      inputs: [
        { path: PRICE, low: 5, high: 12 },
        { path: VOLUME, low: 50, high: 150 },
      ],
      outputs: ['irr'],
    });
    expect(irr?.bars.map((b) => b.path)).toEqual([VOLUME, PRICE]);
    expect(irr?.bars[1]?.swing).toBeNaN();
    expect(() =>
      sensitivityScenario(factory, {
        inputs: [{ path: PRICE, low: 12, high: 8 }],
        outputs: ['irr'],
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_RANGE' }));
    expect(() =>
      sensitivityScenario(factory, {
        inputs: [
          { path: PRICE, change: 0.1 },
          { path: PRICE, change: 0.2 },
        ],
        outputs: ['irr'],
      }),
    ).toThrow(expect.objectContaining({ code: 'DUPLICATE_INPUT' }));
    expect(() =>
      sensitivityScenario(factory, {
        inputs: [{ path: PRICE, low: 'x', high: 1 }],
        outputs: ['irr'],
      } as never),
    ).toThrow(ValidationError);
  });
});

describe('goalSeekScenario', () => {
  it('searches on float64 and reports the exact figure at the answer', () => {
    const { factory, log } = knownFactory(undefined, 1e-7);
    const r = goalSeekScenario(factory, {
      input: VOLUME,
      output: 'npv.withPli',
      target: 0,
      low: 50,
      high: 150,
    });
    expect(r.value).toBeCloseTo(90, 9);
    expect(r.factor).toBeCloseTo(0.9, 11);
    expect(r.float64.error).toBeCloseTo(0, 9);
    expect(r.exact.output).toBeCloseTo(r.float64.output + 1e-7, 12);
    expect(r.exact.error).toBe(r.exact.output - 0);
    expect(log.built.map((b) => b.backend)).toEqual(['float64', 'exact']);
    expect(r.iterations).toBeGreaterThan(2);
  });

  it('takes the bracket as factors of the plan’s value', () => {
    const { factory } = knownFactory();
    const r = goalSeekScenario(factory, {
      input: PRICE,
      output: 'npv.withPli',
      target: 300,
      low: 0.5,
      high: 2,
      apply: 'factor',
    });
    expect(r.value).toBeCloseTo(12, 9);
  });

  it('fails typed when the target is not bracketed, jumps, or the output is undefined', () => {
    const { factory } = knownFactory();
    expect(() =>
      goalSeekScenario(factory, {
        input: VOLUME,
        output: 'npv.withPli',
        target: 5000,
        low: 50,
        high: 150,
      }),
    ).toThrow(expect.objectContaining({ code: 'TARGET_NOT_BRACKETED' }));
    expect(() =>
      goalSeekScenario(factory, {
        input: VOLUME,
        output: 'pliPaid[mobile]@FY2023-24',
        target: 0.5,
        low: 50,
        high: 150,
      }),
    ).toThrow(ProjectionError);
    expect(() =>
      goalSeekScenario(factory, { input: PRICE, output: 'irr', target: 0.1, low: 5, high: 12 }),
    ).toThrow(expect.objectContaining({ code: 'UNDEFINED_OUTPUT' }));
  });
});
