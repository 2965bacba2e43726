import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.js';
import * as finance from '../../src/finance/index.js';
import * as crorecast from '../../src/index.js';
import * as model from '../../src/model/index.js';
import * as money from '../../src/money/index.js';
import * as node from '../../src/node/index.js';
import * as pli from '../../src/pli/index.js';
import * as projection from '../../src/projection/index.js';
import * as report from '../../src/report/index.js';
import * as schedule from '../../src/schedule/index.js';
import * as series from '../../src/series/index.js';
import * as sharing from '../../src/sharing/index.js';
import * as time from '../../src/time/index.js';

const { CURRENCIES, formatMoney, allocate, inr, PLI_PRESETS, ONE, ZERO, HUNDRED, Decimal } =
  crorecast;

// Issue 11 #8: exported tables and values are frozen deeply at run time, for every importer.
describe('exported tables and constants are frozen deeply', () => {
  it('CURRENCIES cannot be changed, so formatMoney and allocate stay right', () => {
    expect(() => {
      (CURRENCIES.INR as { symbol: string }).symbol = 'HACKED';
    }).toThrow(TypeError);
    expect(() => {
      (CURRENCIES.INR as { minorUnit: number }).minorUnit = 7;
    }).toThrow(TypeError);
    expect(formatMoney(inr('1350.5'))).toBe('₹1,350.50');
    expect(allocate(inr('1'), [1, 2]).map((m) => m.amount.toFixed())).toEqual(['0.33', '0.67']);
  });

  it('every exported plain object or array is frozen all the way down', () => {
    const unfrozen: string[] = [];
    const visit = (value: unknown, path: string, seen: Set<unknown>) => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) {
        // A getter that hands out a fresh copy on every read (the Decimal constants' digits)
        // shares nothing an importer could write to.
        const get = Object.getOwnPropertyDescriptor(value, key)?.get;
        if (get !== undefined && typeof child === 'object' && get.call(value) !== child) continue;
        visit(child, `${path}.${key}`, seen);
      }
    };
    for (const [name, value] of Object.entries(crorecast)) {
      if (typeof value === 'function') continue;
      // zod schemas are objects the library reuses, not tables; skip them.
      if (typeof value === 'object' && value !== null && '_zod' in value) continue;
      visit(value, name, new Set());
    }
    expect(unfrozen).toEqual([]);
  });

  it('PLI presets cannot be edited', () => {
    const lsem = PLI_PRESETS['lsem-2020'] as unknown as Record<string, unknown>;
    expect(() => {
      lsem.id = 'x';
    }).toThrow(TypeError);
  });

  it('the Decimal constants cannot be rewritten', () => {
    // Their digits are a fresh copy on every read (see core/decimal.ts, `constant`): writing to
    // one changes only that copy.
    (ONE as unknown as { d: number[] }).d[0] = 5;
    (HUNDRED as unknown as { d: number[] }).d.push(7);
    expect(() => {
      (ZERO as unknown as { s: number }).s = -1;
    }).toThrow(TypeError);
    expect(() => {
      (ZERO as unknown as { d: number[] }).d = [5];
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(ONE, 'd', { value: [5] })).toThrow(TypeError);
    expect(Object.isFrozen(ONE)).toBe(true);
    expect(ONE.plus(ONE).toFixed()).toBe('2');
    expect(HUNDRED.times(ONE).toFixed()).toBe('100');
    expect(ZERO.plus(ONE).toFixed()).toBe('1');
  });

  it('Decimal.set from an importer cannot change crorecast’s results', () => {
    const before = crorecast.irr([-100, 60, 60]).toFixed();
    expect(() => Decimal.set({ precision: 3 })).toThrow(crorecast.ImmutableError);
    expect(crorecast.irr([-100, 60, 60]).toFixed()).toBe(before);
  });

  it('assigning the configuration on the exported Decimal is refused too', () => {
    const before = crorecast.irr([-100, 60, 60]).toFixed();
    expect(() => {
      (Decimal as { precision: number }).precision = 3;
    }).toThrow(crorecast.ImmutableError);
    expect(() => Object.defineProperty(Decimal, 'rounding', { value: 1 })).toThrow(
      crorecast.ImmutableError,
    );
    expect(crorecast.irr([-100, 60, 60]).toFixed()).toBe(before);
    expect(new Decimal('1.5').plus(1).toString()).toBe('2.5');
    expect(crorecast.inr(5).amount).toBeInstanceOf(Decimal);
  });
});

// Every public entry, as `crorecast` and its subpaths export them.
const ENTRIES: Record<string, Record<string, unknown>> = {
  crorecast,
  core,
  finance,
  model,
  money,
  node,
  pli,
  projection,
  report,
  schedule,
  series,
  sharing,
  time,
};

describe('no importer can reconfigure crorecast through what it exports', () => {
  const exported = Object.entries(ENTRIES).flatMap(([file, entry]) =>
    Object.entries(entry).map(([name, value]) => ({ name: `${file}: ${name}`, value })),
  );

  it('covers every entry', () => {
    expect(Object.keys(ENTRIES)).toHaveLength(13);
    expect(exported.length).toBeGreaterThan(700);
  });

  // The library parses with the very schema objects it exports: replacing `Scenario.safeParse`
  // would change every parse it makes.
  it('every exported schema refuses writes, and parsing is unchanged after the attempts', () => {
    const schemas = exported.filter(
      ({ value }) => typeof value === 'object' && value !== null && '_zod' in value,
    );
    expect(schemas.length).toBeGreaterThan(100);
    const accepted: string[] = [];
    for (const { name, value } of schemas) {
      for (const write of [
        () => Object.assign(value as object, { safeParse: () => ({ success: true, data: 1 }) }),
        () => Object.defineProperty(value, 'parse', { value: () => 1 }),
        () => Reflect.deleteProperty(value as object, 'parse') || undefined,
        () => Object.setPrototypeOf(value, null),
      ]) {
        try {
          write();
          accepted.push(name);
        } catch (error) {
          if (!(error instanceof crorecast.ImmutableError)) accepted.push(`${name} (${error})`);
        }
      }
    }
    expect(accepted).toEqual([]);
    expect(crorecast.PliScheme.safeParse({}).success).toBe(false);
    expect(crorecast.getPliScheme('lsem-2020').id).toBe('lsem-2020');
  });

  it('every exported class with methods is frozen, with its prototype', () => {
    const classes = exported.filter(
      ({ value }) =>
        typeof value === 'function' &&
        value.prototype !== undefined &&
        Object.getOwnPropertyNames(value.prototype).length > 1,
    );
    // Decimal's prototype is decimal.js's own, shared with every clone in the host application:
    // freezing it would change the host's decimal.js, so only its constructor is guarded.
    const ours = classes.filter(({ value }) => value !== Decimal);
    expect(ours.map(({ name }) => name.split(': ')[1])).toContain('Series');
    for (const { name, value } of ours) {
      expect(Object.isFrozen(value), name).toBe(true);
      expect(Object.isFrozen((value as { prototype: object }).prototype), name).toBe(true);
    }
    const s = crorecast.series([['FY2021-22', crorecast.toDecimal(5)]]);
    expect(() => {
      (crorecast.Series.prototype as { sum: unknown }).sum = () => 'hacked';
    }).toThrow(TypeError);
    expect(s.sum().toFixed()).toBe('5');
  });
});
