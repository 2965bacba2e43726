// The slot table is built with each path formatted from its parent's as the walk descends, and
// compile groups each segment's volume slots in one pass: both checked against the plain way
// (every node's keys formatted whole, every path tested against every segment's prefix).
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { isDecimal } from '../../src/core/decimalLike.js';
import { formatPath } from '../../src/core/validate.js';
import { collectSlots } from '../../src/projection/_lib/slots.js';
import { compileProjection } from '../../src/projection/compile.js';
import { eightSegmentPlan } from './fixtures.js';

/** The slot paths and Money aliases as formatted whole at each node (the oracle). */
function plainSlots(root: unknown): { paths: string[]; index: Map<string, number> } {
  const paths: string[] = [];
  const index = new Map<string, number>();
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (isDecimal(node)) {
      index.set(formatPath(path), paths.length);
      paths.push(formatPath(path));
    } else if (Array.isArray(node)) {
      for (const [i, el] of node.entries()) visit(el, [...path, i]);
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) visit(v, [...path, k]);
      const amount = index.get(formatPath([...path, 'amount']));
      if ('currency' in node && 'amount' in node && isDecimal(node.amount) && amount !== undefined)
        index.set(formatPath(path), amount);
    }
  };
  visit(root, []);
  return { paths, index };
}

describe('collectSlots', () => {
  it('gives the paths and Money aliases of formatting each node’s keys whole (property)', () => {
    const leaf = fc.oneof(
      fc.integer({ min: -99, max: 99 }).map((n) => new Decimal(n)),
      fc.constant('text'),
      fc.constant(null),
    );
    const money = fc.integer({ min: 0, max: 9 }).map((n) => ({
      amount: new Decimal(n),
      currency: 'INR',
    }));
    // Keys that look like what they are not: empty, numeric, dotted, bracketed.
    const key = fc.constantFrom('a', 'amount', '', '0', '1', 'x.y', '[2]', 'segments');
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        leaf,
        money,
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(tree, (root) => {
        const table = collectSlots(root);
        const plain = plainSlots(root);
        expect(table.paths).toEqual(plain.paths);
        expect([...table.index]).toEqual([...plain.index]);
      }),
      { numRuns: 300, seed: 1015 },
    );
  });
});

describe('compileProjection', () => {
  it('gives each segment the slots under its volume (12 segments: [1] is not [10]’s prefix)', () => {
    const base = eightSegmentPlan();
    const segments = Array.from({ length: 12 }, (_, i) => ({
      ...(base.segments[i % base.segments.length] as (typeof base.segments)[number]),
      id: `s${i}`,
    }));
    const plan = compileProjection({ ...base, segments });
    expect(plan.segments).toHaveLength(12);
    plan.segments.forEach((seg, i) => {
      const expected = plan.slots.paths.flatMap((path, k) =>
        path.startsWith(`segments[${i}].volume.`) ? [k] : [],
      );
      expect(expected.length).toBeGreaterThan(0);
      expect([...seg.curveSlots]).toEqual(expected);
    });
  });
});
