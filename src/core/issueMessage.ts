import type * as z from 'zod';

// zod's raw issue as an error map sees it (`input` still attached). Only the fields read here.
type RawIssue = z.core.$ZodRawIssue;

const KIND_NAMES: Readonly<Record<string, string>> = {
  int: 'an integer',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  bigint: 'a bigint',
  date: 'a date',
  null: 'null',
};

/**
 * Describes a value for a message: `"6%"`, `12`, `null`, `a list`, `an object`.
 *
 * @example
 * ```ts
 * describeValue('6%') //=> '"6%"'
 * describeValue([1]) //=> 'a list'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value instanceof Date) return 'a Date';
  return typeof value === 'object' ? 'an object' : typeof value;
}

const quoteAll = (values: readonly unknown[]): string =>
  values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ');

function sizeMessage(issue: RawIssue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const bound = small ? issue.minimum : issue.maximum;
  const n = Number(bound);
  const origin = issue.origin;
  if (origin === 'string' || origin === 'array' || origin === 'set') {
    const unit = origin === 'string' ? 'character' : 'item';
    const plural = `${unit}${n === 1 ? '' : 's'}`;
    if ('exact' in issue && issue.exact === true) return `must have exactly ${n} ${plural}`;
    if (small && n === 1) return origin === 'string' ? 'must not be empty' : 'must not be empty';
    return `must have ${small ? 'at least' : 'at most'} ${n} ${plural}`;
  }
  const value = String(bound);
  if (small) {
    if (issue.inclusive === false)
      return value === '0' ? 'must be greater than zero' : `must be greater than ${value}`;
    return value === '0' ? 'must not be negative' : `must be at least ${value}`;
  }
  if (issue.inclusive === false) return `must be less than ${value}`;
  return `must be at most ${value}`;
}

/**
 * crorecast's wording for zod's built-in issues — lower case, the field's requirement first, what
 * was found second (`expected a number, got "x"`, `unknown key "yeras"`) — so every validation
 * message reads alike, whether a crorecast rule or zod found the problem. Passed to zod as the
 * per-parse error map (`schema.safeParse(input, { error: issueMessage })`); messages a schema
 * sets itself take precedence and are kept.
 *
 * @param issue - zod's raw issue
 * @returns the message
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * z.object({ years: z.number() }).strict().safeParse({ yeras: 5 }, { error: issueMessage })
 *   .error?.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
 * //=> ['years: required', '(root): unknown key "yeras"']
 * ```
 */
export function issueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'required';
      const expected = KIND_NAMES[issue.expected] ?? issue.expected;
      return `expected ${expected}, got ${describeValue(issue.input)}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys;
      return `unknown key${keys.length === 1 ? '' : 's'} ${quoteAll(keys)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${quoteAll(issue.values)}, got ${describeValue(issue.input)}`
        : `expected one of ${quoteAll(issue.values)}, got ${describeValue(issue.input)}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_format': {
      const got = describeValue(issue.input);
      if (issue.format === 'regex') return `${got} does not have the expected form`;
      if (issue.format === 'url') return `expected a URL, got ${got}`;
      if (issue.format === 'date') return `expected a calendar date as yyyy-MM-dd, got ${got}`;
      return `expected ${issue.format}, got ${got}`;
    }
    case 'invalid_union': {
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const options = (issue as { options?: readonly unknown[] }).options ?? [];
        return `expected one of ${quoteAll(options)}, got ${describeValue(
          (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator],
        )}`;
      }
      const expected = issue.errors
        .map((errors) => errors[0])
        .filter((e) => e?.code === 'invalid_type' && e.path.length === 0)
        .map((e) => KIND_NAMES[(e as { expected: string }).expected] ?? '');
      if (expected.length === issue.errors.length && expected.length > 0) {
        return `expected ${[...new Set(expected)].join(' or ')}, got ${describeValue(issue.input)}`;
      }
      return `${describeValue(issue.input)} matches none of the accepted forms`;
    }
    case 'invalid_key': {
      // The key's own schema says what is wrong with it (a pattern's message, a length).
      const why = (issue.issues ?? []).map((i) => i.message).filter((m) => m !== '');
      const key = `invalid key ${describeValue(issue.input)}`;
      return why.length > 0 ? `${key}: ${why.join('; ')}` : key;
    }
    case 'invalid_element':
      return `invalid entry ${describeValue(issue.input)}`;
    default:
      return issue.message ?? 'invalid value';
  }
}
