import { describe, expect, it } from 'vitest';
import * as crorecast from '../../src/index.js';

const { CURRENCIES, formatMoney, allocate, inr, PLI_PRESETS, ONE, ZERO, Decimal } = crorecast;

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
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`, seen);
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
    expect(() => {
      (ONE as unknown as { d: number[] }).d[0] = 5;
    }).toThrow(TypeError);
    expect(() => {
      (ZERO as unknown as { s: number }).s = -1;
    }).toThrow(TypeError);
    expect(ONE.plus(ONE).toFixed()).toBe('2');
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
