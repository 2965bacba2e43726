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

  constructor(value: unknown, what = 'amount') {
    super('INVALID_AMOUNT', `${what} ${describe(value)} is not a finite decimal number`);
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
export const MAX_LISTED_ISSUES = 100;

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

/** Renders a value for an error message without throwing on odd inputs. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && 'toFixed' in value && typeof value.toFixed === 'function') {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * An argument is well-formed but outside what the function accepts (an end before a start, a
 * divisor of zero, an empty list where one value is needed). `code` says which.
 */
export class ArgumentError extends CrorecastError {}
