import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../src/core/calculator.js';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError, ValidationError } from '../../src/core/errors.js';
import { canonicalPath, parsePath, setPath } from '../../src/projection/_lib/path.js';
import { applyOverrides, mergeOverrides } from '../../src/projection/applyOverrides.js';
import { compareScenarios } from '../../src/projection/compareScenarios.js';
import { ProjectionError } from '../../src/projection/errors.js';
import type { ProjectionInputJson } from '../../src/projection/inputSchema.js';
import { sensitivity } from '../../src/projection/sensitivity.js';
import { flat, inr, usd } from './helpers.js';

function base(): ProjectionInputJson {
  return {
    horizon: { start: 'FY2022-23', years: 1 },
    fx: { USD: '80' },
    plants: [{ id: 'p', unitsPerMonth: '1000' }],
    segments: [
      {
        id: 'a',
        plant: 'p',
        volume: flat('500'),
        price: { perUnit: inr('100') },
        costs: { bom: { perUnit: usd('0.5') } },
      },
      {
        id: 'b',
        plant: 'p',
        volume: flat('300'),
        price: { perUnit: inr('50') },
      },
    ],
  };
}

describe('paths', () => {
  it('parses keys, indices and ids', () => {
    expect(parsePath('segments[mobile].price.perUnit')).toEqual([
      { kind: 'key', key: 'segments' },
      { kind: 'id', id: 'mobile' },
      { kind: 'key', key: 'price' },
      { kind: 'key', key: 'perUnit' },
    ]);
    expect(canonicalPath(base(), 'segments[b].volume.value')).toBe('segments[1].volume.value');
    expect(canonicalPath(base(), 'segments[z].volume')).toBeUndefined();
    expect(() => parsePath('segments[0]..x')).toThrow(ArgumentError);
  });

  it('setPath copies along the path and never mutates', () => {
    const input = base();
    const copy = structuredClone(input);
    const out = setPath(input, 'segments[b].price.perUnit.amount', '60');
    expect(input).toEqual(copy);
    expect(out.segments[1]?.price.perUnit).toEqual(inr('60'));
    expect(out.segments[0]).toBe(input.segments[0]);
    expect(() => setPath(input, 'segments[9].price', 1)).toThrow('no element [9]');
  });
});

describe('applyOverrides', () => {
  it('merges objects by key and arrays by position, then validates', () => {
    const variant = applyOverrides(base(), {
      segments: [undefined, { price: { yearlyChange: '0.02' } }],
    });
    expect(variant.segments[1]?.price.yearlyChange.toString()).toBe('0.02');
    expect(variant.segments[1]?.price.perUnit.amount.toString()).toBe('50');
    expect(variant.segments[0]?.price.perUnit.amount.toString()).toBe('100');
  });

  it('null removes an optional key; the result is checked as strictly as a base', () => {
    expect(mergeOverrides({ a: 1, b: 2 }, { b: null })).toEqual({ a: 1 });
    expect(mergeOverrides({ xs: [1, 2, 3] }, { xs: [undefined, null] })).toEqual({ xs: [1, 3] });
    expect(mergeOverrides({ xs: [1, 2, 3] }, { xs: [] })).toEqual({ xs: [] });
    expect(mergeOverrides({ xs: [1] }, { xs: [undefined, 5] })).toEqual({ xs: [1, 5] });
    expect(() => applyOverrides(base(), { fx: null })).toThrow(ValidationError);
    expect(() => applyOverrides(base(), { fx: null })).toThrow('no FX rate for USD');
  });

  it('does not mutate its inputs', () => {
    const input = base();
    const override = { plants: [{ unitsPerMonth: '2000' }] };
    const copies = structuredClone([input, override]);
    applyOverrides(input, override);
    expect([input, override]).toEqual(copies);
  });
});

describe('compareScenarios', () => {
  it('lines outputs up by scenario with changes from the base', () => {
    const cmp = compareScenarios(
      base(),
      {
        'weak rupee': { fx: { USD: '90' } },
        'price cut': { segments: [{ price: { perUnit: inr('90') } }] },
      },
      { outputs: ['grossProfit@FY2022-23', 'revenue@FY2022-23'] },
    );
    expect(cmp.scenarios).toEqual(['base', 'weak rupee', 'price cut']);
    const gp = cmp.rows[0];
    expect(gp?.output).toBe('grossProfit@FY2022-23');
    // Base: 12 × (500 × (100 − 40) + 300 × 50) = 540,000; rupee at 90 adds 500 × 5 × 12 of cost.
    expect(gp?.values.map((v) => v.toFixed())).toEqual(['540000', '510000', '480000']);
    expect(gp?.changes.map((v) => v.toFixed())).toEqual(['0', '-30000', '-60000']);
  });

  it('names the failing variant', () => {
    expect(() =>
      compareScenarios(
        base(),
        { bad: { plants: [{ unitsPerMonth: '-1' }] } },
        { outputs: ['revenue@total'] },
      ),
    ).toThrow('invalid scenario variant "bad"');
  });
});

describe('sensitivity', () => {
  it('returns tornado bars sorted by swing, exact with the Decimal calculator', () => {
    const [tornado] = sensitivity<Decimal>(base(), {
      inputs: [
        { path: 'segments[b].price.perUnit', change: '0.1' },
        { path: 'segments[a].price.perUnit', low: '90', high: '110' },
        { path: 'fx.USD', low: '70', high: '90' },
      ],
      outputs: ['grossProfit@FY2022-23'],
      calculator: decimalCalculator,
    });
    expect(tornado?.base.toFixed()).toBe('540000');
    expect(
      tornado?.bars.map((b) => [
        b.path,
        b.swing.toFixed(),
        b.outputAtLow.toFixed(),
        b.outputAtHigh.toFixed(),
      ]),
    ).toEqual(
      [
        ['segments[0].price.perUnit.amount', '120000', '480000', '600000'],
        ['segments[1].price.perUnit.amount', '36000', '522000', '558000'],
        ['fx.USD', '60000', '570000', '510000'],
      ].sort((x, y) => Number(y[1]) - Number(x[1])),
    );
  });

  it('runs on float64 by default', () => {
    const [t] = sensitivity(base(), {
      inputs: [{ path: 'fx.USD', change: 0.1 }],
      outputs: ['cogs@total'],
    });
    expect(typeof t?.base).toBe('number');
    expect(t?.bars[0]?.swing).toBeCloseTo(2 * 0.1 * 80 * 0.5 * 500 * 12, 6);
  });

  it('rejects paths that are not one numeric input', () => {
    const run = (path: string) => () =>
      sensitivity(base(), { inputs: [{ path, change: 0.1 }], outputs: ['revenue@total'] });
    expect(run('segments[a].plant')).toThrow(ProjectionError);
    expect(run('segments[a].plant')).toThrow('is not one numeric input (it is structural');
    expect(run('segments[a].price')).toThrow(
      'numeric inputs under it: segments[0].price.perUnit.amount',
    );
    expect(run('segments[q].price')).toThrow('does not exist');
  });

  it('does not mutate its input', () => {
    const input = base();
    const copy = structuredClone(input);
    sensitivity(input, { inputs: [{ path: 'fx.USD', change: 0.1 }], outputs: ['revenue@total'] });
    expect(input).toEqual(copy);
    expect(new Decimal(1).toString()).toBe('1');
  });
});

describe('mergeOverrides: hostile overrides (issue 11 items 5 and 13)', () => {
  it('refuses __proto__ instead of returning a polluted object', () => {
    const override = JSON.parse('{"__proto__":{"polluted":1}}');
    expect(() => mergeOverrides({ a: 1 }, override)).toThrow(
      'cannot merge overrides at "__proto__": key "__proto__" is not allowed',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['constructor', 'prototype'])('refuses a nested %s key, naming its path', (key) => {
    const override = JSON.parse(`{"a":[{"${key}":{"x":1}}]}`);
    expect(() => mergeOverrides({ a: [{}] }, override)).toThrow(`at "a[0].${key}"`);
  });

  it('refuses an override nested 2,000 arrays deep without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 2000; i++) deep = [deep];
    expect(() => mergeOverrides({ a: 1 }, { a: deep })).toThrow(/nested deeper than 32 levels/);
  });
});

describe('input paths never reach inherited properties (issue 11 item 13)', () => {
  it.each(['__proto__', 'constructor', 'prototype', 'segments[0].constructor'])(
    'parsePath refuses %s',
    (path) => {
      expect(() => parsePath(path)).toThrow(ArgumentError);
      expect(() => parsePath(path)).toThrow('is not allowed');
    },
  );

  it('canonicalPath reads own fields only', () => {
    expect(canonicalPath({ a: { toString: 1 } }, 'a.toString')).toBe('a.toString');
    expect(canonicalPath({ a: {} }, 'a.toString')).toBeUndefined();
    expect(canonicalPath({ a: {} }, 'a.hasOwnProperty')).toBeUndefined();
  });

  it('setPath does not treat an inherited name as an existing step', () => {
    expect(() => setPath({ a: {} }, 'a.toString.x', 1)).toThrow('does not exist at "toString"');
  });
});
