import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { lazySchema } from '../../src/core/lazySchema.js';
import { buildSchema } from '../../src/core/schemaBuild.js';
import { SharingRule } from '../../src/sharing/agreement.js';

/** The memoizer zod holds while `build` runs. */
const memoizerDuring = (cycles?: boolean) => buildSchema(() => z.config().memoizer, cycles);

describe('buildSchema — crorecast schemas without zod cycle tracking', () => {
  it("builds with a memoizer that tracks nothing, then puts zod's configuration back", () => {
    const before = z.config().memoizer;
    const during = memoizerDuring();
    expect(during).toBeDefined();
    expect(during).not.toBe(z.memoizer());
    expect(Object.isFrozen(during)).toBe(true);
    expect(
      during?.alloc(z.string(), { value: 1, issues: [] }, { empty: true }, {} as never),
    ).toEqual({
      empty: true,
    });
    expect(z.config().memoizer).toBe(before);
    expect(memoizerDuring(true)).toBe(z.memoizer());
    expect(z.config().memoizer).toBe(before);
  });

  it("puts zod's configuration back when the build throws", () => {
    const before = z.config().memoizer;
    expect(() =>
      buildSchema(() => {
        throw new Error('bad schema');
      }),
    ).toThrow('bad schema');
    expect(z.config().memoizer).toBe(before);
  });

  it("leaves an importer's own schemas zod's cycle support", () => {
    lazySchema(() => z.object({ a: z.string() })).parse({ a: 'x' });
    type Node = { next?: Node };
    const node: z.ZodType<Node> = z.lazy(() => z.object({ next: node.optional() }));
    const cyclic: Node = {};
    cyclic.next = cyclic;
    const parsed = node.parse(cyclic);
    expect(parsed.next?.next).toBe(parsed.next);
  });

  it('parses as before: strict objects, defaults, transforms, issues with their paths', () => {
    const row = lazySchema(() =>
      z
        .object({
          units: z.number().int(),
          note: z.string().default('none'),
          price: z.string().transform((s) => Number(s)),
        })
        .strict(),
    );
    expect(row.parse({ units: 2, price: '9.5' })).toEqual({ units: 2, note: 'none', price: 9.5 });
    const issues = row.safeParse({ units: 1.5, price: 3, extra: 1 }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['units', 'invalid_type'],
      ['price', 'invalid_type'],
      ['', 'unrecognized_keys'],
    ]);
  });

  it('keeps cycle support for a schema built with cycles: a cyclic input parses', () => {
    type Node = { readonly label: string; readonly next?: Node };
    const node: z.ZodType<Node> = lazySchema(
      () =>
        z.object({
          label: z.string(),
          get next() {
            return node.optional();
          },
        }),
      { cycles: true },
    );
    const cyclic: { label: string; next?: unknown } = { label: 'a' };
    cyclic.next = cyclic;
    const parsed = node.parse(cyclic);
    expect(parsed.next).toBe(parsed);
    expect(node.safeParse({ label: 'a', next: { label: 1 } }).error?.issues[0]?.path).toEqual([
      'next',
      'label',
    ]);
  });

  it("keeps cycle support for the recursive SharingRule: a cyclic rule parses as zod's own", () => {
    const rule: Record<string, unknown> = {
      kind: 'retain-then-share',
      retain: { party: 'oel', share: '0.4' },
    };
    // biome-ignore lint/suspicious/noThenProperty: the sharing rule's own field name; never awaited.
    rule.then = rule;
    const parsed = SharingRule.safeParse(rule);
    expect(parsed.success).toBe(true);
    const data = parsed.data as { then: unknown } | undefined;
    expect(data?.then).toBe(data);
  });
});
