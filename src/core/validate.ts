import type * as z from 'zod';
import { ValidationError, type ValidationIssue } from './errors.js';
import { issueMessage } from './issueMessage.js';
import { checkStructure } from './structure.js';

/**
 * Formats a zod issue path the way a reader writes it: `segments[2].price.amount`.
 *
 * @example
 * ```ts
 * formatPath(['segments', 2, 'price', 'amount']) //=> 'segments[2].price.amount'
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Converts zod's issues to crorecast's `{ path, message }` form. */
export function toValidationIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []) {
  return error.issues.map(
    (issue): ValidationIssue => ({
      path: formatPath([...prefix, ...issue.path]),
      message: issue.message,
    }),
  );
}

/**
 * Parses `input` with a zod schema at a boundary (a file, a user's object). On failure throws a
 * `ValidationError` that lists every problem with its field path; never returns a partly valid
 * value. The input's structure is checked first (`checkStructure`: nesting, entries per array or
 * object, `__proto__`/`constructor`/`prototype` keys — `STRUCTURE_LIMITS`), so no schema ever
 * recurses into a hostile depth or builds an issue per element of a huge array.
 *
 * @param schema - the zod schema
 * @param input - the untrusted input
 * @param what - what the input is, for the message (`'scenario'`, `'FX table'`)
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * parseInput(z.object({ rate: z.number() }), { rate: 'x' }, 'options')
 * // throws ValidationError: invalid options:
 * //   - rate: expected a number, got "x"
 * ```
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> {
  const unsafe = checkStructure(input);
  if (unsafe.length > 0) {
    throw new ValidationError(
      what,
      unsafe.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  const result = checkInput(schema, input);
  if (!result.success) throw new ValidationError(what, toValidationIssues(result.error));
  return result.data;
}

/**
 * `schema.safeParse(input)` with crorecast's wording for zod's built-in problems
 * ({@link issueMessage}): every parse inside the library goes through here, so a message reads
 * the same wherever the problem was found.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * checkInput(z.object({ years: z.number() }).strict(), { yeras: 5 }).error?.issues.map((i) => i.message)
 * //=> ['required', 'unknown key "yeras"']
 * ```
 */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown) {
  // `jitless`: zod would otherwise generate and compile (`new Function`) a parser for each object
  // schema on its first parse, which a one-shot parse (a CLI run, a request) never earns back:
  // the seed's cold `parseScenario` took ~10% less CPU without it, and warm parses no more.
  return schema.safeParse(input, { error: issueMessage, jitless: true });
}

/**
 * Copies the issues of a nested parse into the context of the transform that ran it, each at
 * its own path below the value being transformed, so the outer schema reports the problem where
 * it is in the input (`price.amount`, not `price`). Used where a transform parses a part of its
 * input with another schema (money inside a plan, a scheme inside an enrolment); symbols, which
 * never name a field of a file, are dropped from the paths.
 *
 * @param ctx - the transform's context
 * @param issues - the nested parse's issues
 * @param input - the value the transform received
 * @param whenMissing - the message for every issue when the value is absent (`undefined`), in
 *   place of the nested schema's own (which would describe the inner shape)
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * const amount = z.object({ amount: z.string() });
 * const price = z.unknown().transform((value, ctx) => {
 *   const parsed = checkInput(amount, value);
 *   if (parsed.success) return parsed.data;
 *   forwardIssues(ctx, parsed.error.issues, value);
 *   return z.NEVER;
 * });
 * checkInput(z.object({ price }), { price: { amount: 5 } }).error?.issues.map((i) => i.path.join('.'))
 * //=> ['price.amount']
 * ```
 */
export function forwardIssues(
  ctx: z.RefinementCtx,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  whenMissing?: string,
): void {
  const message = input === undefined ? whenMissing : undefined;
  for (const issue of issues) {
    ctx.addIssue({
      code: 'custom',
      message: message ?? issue.message,
      path: issue.path.filter((k): k is string | number => typeof k !== 'symbol'),
      input,
    });
  }
}
