import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ImmutableError } from '../../src/core/errors.js';
import { lazySchema } from '../../src/core/lazySchema.js';

describe('lazySchema', () => {
  it('builds nothing until first use, then builds once', () => {
    let builds = 0;
    const id = lazySchema(() => {
      builds += 1;
      return z.string().min(1);
    });
    expect(builds).toBe(0);
    expect(id.parse('plant-1')).toBe('plant-1');
    expect(() => id.parse('')).toThrow();
    expect(builds).toBe(1);
  });

  it('works nested in other schemas, with modifiers and instanceof', () => {
    const amount = lazySchema(() => z.number().int());
    const row = lazySchema(() => z.object({ amount, note: amount.optional() }).strict());
    expect(row.parse({ amount: 5 })).toEqual({ amount: 5 });
    expect(row.safeParse({ amount: 1.5 }).success).toBe(false);
    expect(row.safeParse({ amount: 1, extra: 1 }).success).toBe(false);
    expect(row instanceof z.ZodObject).toBe(true);
    expect('_zod' in row).toBe(true);
    expect(Object.getPrototypeOf(row)).toBe(Object.getPrototypeOf(z.object({})));
  });

  it('forwards key listing and descriptors to the built object', () => {
    const table = lazySchema((): Record<string, number> => ({ a: 1 }));
    expect(Object.keys(table)).toEqual(['a']);
    expect({ ...table }).toEqual({ a: 1 });
    expect(Object.getOwnPropertyDescriptor(table, 'a')?.value).toBe(1);
    expect(Object.getOwnPropertyDescriptor(table, 'b')).toBeUndefined();
    expect('a' in table).toBe(true);
  });

  // An importer that could replace `Scenario.safeParse` would change every parse crorecast makes.
  it('refuses every write: assignment, definition, deletion, prototype, extensibility', () => {
    const schema = lazySchema(() => z.object({ id: z.string() }));
    const writes: [string, () => unknown][] = [
      ['assign a method', () => Object.assign(schema, { parse: () => 'hacked' })],
      ['assign a new key', () => Object.assign(schema, { extra: 1 })],
      ['define', () => Object.defineProperty(schema, 'safeParse', { value: () => 'hacked' })],
      ['delete', () => Reflect.deleteProperty(schema, 'parse') || (() => {})()],
      ['set the prototype', () => Object.setPrototypeOf(schema, null)],
      ['freeze', () => Object.freeze(schema)],
    ];
    for (const [what, write] of writes) {
      expect(write, what).toThrow(ImmutableError);
      expect(write, what).toThrow(/read-only/);
    }
    expect(schema.parse({ id: 'a' })).toEqual({ id: 'a' });
    expect(schema.safeParse({ id: 1 }).success).toBe(false);
    const table = lazySchema((): Record<string, number> => ({ a: 1 }));
    expect(() => {
      table.a = 2;
    }).toThrow(ImmutableError);
    expect(table.a).toBe(1);
  });

  it('keeps a frozen object frozen', () => {
    const frozen = lazySchema(() => Object.freeze({ a: 1 }) as { a: number });
    expect(() => {
      (frozen as { a: number }).a = 2;
    }).toThrow(ImmutableError);
    expect(frozen.a).toBe(1);
  });
});
