import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { findDoubleClaims } from '../../src/pli/index.js';

// findDoubleClaims in PLI's own tests (#11: its only tests were in test/model and the fuzz suite,
// which a PLI mutation run does not run): every field of a double claim, both kinds, and its
// input check — in the first test, where the claims schema is built.
describe('findDoubleClaims', () => {
  it('checks its input, naming the field', () => {
    const run = (input: unknown) => () => findDoubleClaims(input as never);
    expect(run([{ id: 'a', goods: ['x'], investments: 5 }])).toThrow(ValidationError);
    expect(run([{ id: 'a', goods: ['x'], investments: 5 }])).toThrow(/\[0\]\.investments/);
    expect(run([{ id: 'a', goods: [1], investments: [] }])).toThrow(/\[0\]\.goods\[0\]/);
    expect(run([{ goods: [], investments: [] }])).toThrow(/\[0\]\.id/);
    expect(run(null)).toThrow(ValidationError);
    // Other fields of an enrolment are let through (the scenario passes its own objects).
    expect(run([{ id: 'a', goods: [], investments: [], scheme: 'lsem-2020' }])()).toEqual([]);
  });

  it('reports the same goods in two enrolments with both ids, indexes and positions', () => {
    const found = findDoubleClaims([
      { id: 'lsem', goods: ['phones', 'tablets'], investments: [] },
      { id: 'it-hw', goods: ['laptops', 'tablets'], investments: [] },
    ]);
    expect(found).toEqual([
      {
        code: 'PLI_DOUBLE_CLAIM',
        kind: 'goods',
        item: 'tablets',
        first: { id: 'lsem', index: 0, position: 1 },
        second: { id: 'it-hw', index: 1, position: 1 },
        message:
          'goods "tablets" are claimed by enrolments "lsem" and "it-hw": the same goods cannot earn twice',
      },
    ]);
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(found[0]?.first)).toBe(true);
  });

  it('reports one investment counted twice, after the goods, and each repeat against the first', () => {
    const found = findDoubleClaims([
      { id: 'a', goods: ['x'], investments: ['plant'] },
      { id: 'b', goods: ['x'], investments: ['hub', 'plant'] },
      { id: 'c', goods: ['x'], investments: ['plant'] },
    ]);
    expect(found.map((d) => [d.kind, d.item, d.first, d.second])).toEqual([
      ['goods', 'x', { id: 'a', index: 0, position: 0 }, { id: 'b', index: 1, position: 0 }],
      ['goods', 'x', { id: 'a', index: 0, position: 0 }, { id: 'c', index: 2, position: 0 }],
      [
        'investment',
        'plant',
        { id: 'a', index: 0, position: 0 },
        { id: 'b', index: 1, position: 1 },
      ],
      [
        'investment',
        'plant',
        { id: 'a', index: 0, position: 0 },
        { id: 'c', index: 2, position: 0 },
      ],
    ]);
    expect(found[2]?.message).toBe(
      'investment "plant" counts towards the thresholds of enrolments "a" and "b": one investment cannot meet two thresholds',
    );
    expect(found.every((d) => d.code === 'PLI_DOUBLE_CLAIM')).toBe(true);
  });

  it('keeps goods and investments apart: the same id as goods and as an investment is no double claim', () => {
    expect(
      findDoubleClaims([
        { id: 'a', goods: ['lines'], investments: [] },
        { id: 'b', goods: [], investments: ['lines'] },
      ]),
    ).toEqual([]);
    // One enrolment listing an item twice is a double claim of its own.
    expect(
      findDoubleClaims([{ id: 'a', goods: ['x', 'x'], investments: [] }]).map((d) => [
        d.first.position,
        d.second.position,
      ]),
    ).toEqual([[0, 1]]);
  });
});
