import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ISSUES, ValidationError } from '../../src/core/errors.js';
import {
  checkStructure,
  isUnsafeKey,
  MAX_NESTING_DEPTH,
  UNSAFE_KEYS,
} from '../../src/core/structure.js';

/** `[[[…[1]…]]]` nested `depth` arrays deep, built without recursion. */
function nestedArrays(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('checkStructure', () => {
  it('accepts plain JSON-like input', () => {
    expect(checkStructure({ a: [1, { b: 'x' }], c: null })).toEqual([]);
    expect(checkStructure('text')).toEqual([]);
  });

  it.each(UNSAFE_KEYS)('names a %s key with its path, at any depth', (key) => {
    const input = JSON.parse(`{"a":[{"${key}":{"polluted":1}}]}`);
    expect(checkStructure(input)).toEqual([
      { path: ['a', 0, key], message: `key "${key}" is not allowed` },
    ]);
  });

  it('stops at the depth cap without recursing (a 2,000-deep array, issue 11 item 5)', () => {
    const issues = checkStructure({ deep: nestedArrays(2000) });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(`nested deeper than ${MAX_NESTING_DEPTH} levels`);
    expect(issues[0]?.path).toHaveLength(MAX_NESTING_DEPTH);
  });

  it('accepts nesting up to the cap', () => {
    expect(checkStructure(nestedArrays(MAX_NESTING_DEPTH))).toEqual([]);
    expect(checkStructure(nestedArrays(MAX_NESTING_DEPTH + 1))).toHaveLength(1);
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ a: Object.freeze([1, 2]) });
    expect(() => checkStructure(input)).not.toThrow();
  });
});

describe('isUnsafeKey', () => {
  it('is true only for the three prototype keys', () => {
    expect(UNSAFE_KEYS.map(isUnsafeKey)).toEqual([true, true, true]);
    expect(isUnsafeKey('proto')).toBe(false);
    expect(isUnsafeKey(0)).toBe(false);
  });
});

describe('ValidationError', () => {
  it('keeps and prints the first MAX_LISTED_ISSUES issues and counts the rest', () => {
    const issues = Array.from({ length: 150_000 }, (_, i) => ({
      path: `xs[${i}]`,
      message: 'bad',
    }));
    const error = new ValidationError('scenario', issues);
    expect(error.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(error.issueCount).toBe(150_000);
    expect(error.message).toContain('  - xs[99]: bad\n  … and 149900 more problems');
    expect(error.message).not.toContain('xs[100]');
  });

  it('lists a short list whole, without a count line', () => {
    const error = new ValidationError('options', [{ path: 'a', message: 'bad' }]);
    expect(error.message).toBe('[crorecast] invalid options:\n  - a: bad');
    expect(error.issueCount).toBe(1);
  });
});
