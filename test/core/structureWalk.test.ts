import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStructure, isUnsafeKey, MAX_ENTRIES } from '../../src/core/structure.js';

/**
 * The walk as it was written before it kept parents instead of paths (#14): every node's whole
 * path and entry list built as it is visited. The oracle for the issues, their paths and order.
 */
function pathsWalk(value: unknown, maxDepth: number) {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: value, path: [] }];
  const seen = new Set<object>();
  const plain = (node: unknown): node is object => {
    if (typeof node !== 'object' || node === null) return false;
    if (Array.isArray(node)) return true;
    const proto: unknown = Object.getPrototypeOf(node);
    return proto === Object.prototype || proto === null;
  };
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item;
    if (!plain(node) || seen.has(node)) continue;
    seen.add(node);
    if (path.length >= maxDepth) {
      issues.push({ path, message: `nested deeper than ${maxDepth} levels` });
      continue;
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(node)
      ? node.map((child, i) => [i, child])
      : Object.entries(node);
    if (entries.length > MAX_ENTRIES) {
      const what = Array.isArray(node) ? 'elements' : 'keys';
      issues.push({
        path,
        message: `has ${entries.length} ${what}; at most ${MAX_ENTRIES} are accepted`,
      });
      continue;
    }
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [PropertyKey, unknown];
      if (isUnsafeKey(key)) {
        issues.push({ path: [...path, key], message: `key "${String(key)}" is not allowed` });
      } else stack.push({ node: child, path: [...path, key] });
    }
  }
  return issues;
}

/** JSON-like input with unsafe keys (as JSON.parse makes them: own properties) and deep nesting. */
const input = fc
  .letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.boolean()),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(
        fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'a', 'b'), fc.string()),
        tie('node'),
        { maxKeys: 4 },
      ),
    ),
  }))
  .node.map((value) => JSON.parse(JSON.stringify(value)) as unknown);

describe('checkStructure — the walk keeps parents, not paths', () => {
  it('finds the issues the path-building walk finds, at the same paths, in the same order', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 6 }), (value, maxDepth) => {
        expect(checkStructure(value, maxDepth)).toEqual(pathsWalk(value, maxDepth));
      }),
      { numRuns: 300 },
    );
  });

  it('names deep, oversized and unsafe places by their full paths', () => {
    const big = Array.from({ length: MAX_ENTRIES + 1 }, () => 0);
    const value = JSON.parse(
      `{"a":[{"b":{"c":{"d":1}}},{"__proto__":{}}],"big":{"list":${JSON.stringify(big)}}}`,
    ) as unknown;
    expect(checkStructure(value, 3)).toEqual([
      { path: ['a', 0, 'b'], message: 'nested deeper than 3 levels' },
      { path: ['a', 1, '__proto__'], message: 'key "__proto__" is not allowed' },
      {
        path: ['big', 'list'],
        message: `has ${MAX_ENTRIES + 1} elements; at most ${MAX_ENTRIES} are accepted`,
      },
    ]);
    expect(checkStructure(value, 3)).toEqual(pathsWalk(value, 3));
  });
});
