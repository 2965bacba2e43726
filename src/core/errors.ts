import { STRUCTURE_LIMITS } from './limits.js';

/**
 * Every error crorecast throws is a `CrorecastError` with a stable machine-readable `code`, so
 * callers can branch on `err.code` instead of parsing messages. Messages start with the prefix
 * `[crorecast]` and name the offending value or field.
 */
export class CrorecastError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(`[crorecast] ${message}`, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An amount, rate or other number that is not a finite decimal (NaN, Infinity, 'abc', ''). */
export class InvalidAmountError extends CrorecastError {
  readonly value: unknown;

  constructor(value: unknown, what = 'amount', code = 'INVALID_AMOUNT', problem?: string) {
    super(code, `${what} ${describe(value)} ${problem ?? 'is not a finite decimal number'}`);
    this.value = value;
  }
}

/** One problem found while validating an input, with the path of the field it concerns. */
export interface ValidationIssue {
  /** Dotted/bracketed path such as `segments[2].price.amount`; empty for the input itself. */
  readonly path: string;
  readonly message: string;
}

/**
 * The most issues a {@link ValidationError} keeps and prints: 100. A broken file can hold
 * hundreds of thousands of problems (one per element of a huge array); the first hundred say
 * what is wrong, and the count says how much more there is.
 */
export const MAX_LISTED_ISSUES = STRUCTURE_LIMITS.maxListedIssues;

/**
 * An input from a file or a user failed its schema. `issues` lists the problems with their field
 * paths — the first {@link MAX_LISTED_ISSUES} of them; `issueCount` is how many there were in
 * all. The message shows them one per line, then `… and N more problems`.
 */
export class ValidationError extends CrorecastError {
  readonly issues: readonly ValidationIssue[];
  /** How many problems the input has, including those beyond `issues`. */
  readonly issueCount: number;

  constructor(what: string, issues: readonly ValidationIssue[]) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    const lines = listed.map((i) => `  - ${i.path === '' ? '(root)' : i.path}: ${i.message}`);
    const more = issues.length - listed.length;
    if (more > 0) lines.push(`  … and ${more} more problem${more === 1 ? '' : 's'}`);
    super('INVALID_INPUT', `invalid ${what}:\n${lines.join('\n')}`);
    this.issues = Object.freeze(listed);
    this.issueCount = issues.length;
  }
}

/** Longest rendering of a value in an error message; hostile inputs can be megabytes long. */
const MAX_DESCRIBED = 120;

/**
 * Renders a value for an error message without throwing on odd inputs, and without ever building
 * a huge string: long values are cut (`…`) and decimals with extreme exponents are shown in
 * exponent form (a plain rendering of 1e9000000000000000 would not fit in memory).
 */
export function describe(value: unknown): string {
  return clip(render(value));
}

function render(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'bigint') {
    const hex = value.toString(16);
    return hex.length > 80 ? `a ${hex.length * 4}-bit bigint` : `${value}n`;
  }
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'function') return `a function`;
  if (typeof value === 'object' && 'toExponential' in value && 'e' in value) {
    const decimal = value as { e: number; toExponential(): string; toString(): string };
    try {
      return Math.abs(decimal.e) > 60 ? decimal.toExponential() : decimal.toString();
    } catch {
      return 'a decimal';
    }
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function clip(text: string): string {
  return text.length <= MAX_DESCRIBED ? text : `${text.slice(0, MAX_DESCRIBED - 1)}…`;
}

/**
 * An argument is well-formed but outside what the function accepts (an end before a start, a
 * divisor of zero, an empty list where one value is needed). `code` says which.
 */
export class ArgumentError extends CrorecastError {}

/**
 * A number is well-formed but outside crorecast's accepted range (see `NUMBER_LIMITS` and the
 * README's "Limits"): too large, too small, too many digits, or a computed result past the range.
 * A subclass of `InvalidAmountError`, so code that catches that keeps working.
 */
export class NumberOutOfRangeError extends InvalidAmountError {
  readonly reason: string;

  constructor(value: unknown, what: string, reason: string) {
    super(value, what, 'OUT_OF_RANGE', `is outside crorecast's accepted range: ${reason}`);
    this.reason = reason;
  }
}

/** Something asked crorecast to change state that is fixed (its Decimal configuration, a table). */
export class ImmutableError extends CrorecastError {}
