import { ArgumentError, describe } from './errors.js';

/**
 * Checks an options argument: `undefined` is no options; anything else must be a plain object
 * whose own keys are all known. `null`, a number, an array or a misspelt key (`decimal` for
 * `decimals`) is an `ArgumentError` (code `INVALID_OPTIONS`) naming the function and the key —
 * options are inputs, checked like data, never silently ignored.
 *
 * @param options - the options argument as given
 * @param fn - the function's name, for the message
 * @param known - the option names the function reads
 * @returns the options (an empty object for `undefined`)
 * @throws {ArgumentError} for a non-object or an unknown key
 *
 * @example
 * ```ts
 * readOptions({ decimals: 2 }, 'formatMoney', ['decimals']) //=> { decimals: 2 }
 * readOptions(null, 'formatMoney', ['decimals']) // throws ArgumentError: formatMoney options null must be an object
 * ```
 */
export function readOptions<T extends object>(
  options: T | undefined,
  fn: string,
  known: readonly string[],
): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ArgumentError(
      'INVALID_OPTIONS',
      `${fn} options ${describe(options)} must be an object (or left out)`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new ArgumentError(
        'INVALID_OPTIONS',
        `${fn} has no option ${JSON.stringify(key)}; known: ${known.join(', ')}`,
      );
    }
  }
  return options;
}

/**
 * Checks that an option is one of a list of literal values (or left out).
 *
 * @example
 * ```ts
 * readChoice('crore', ['crore', 'lakh'] as const, 'formatMoney: unit') //=> 'crore'
 * readChoice('foo', ['crore', 'lakh'] as const, 'formatMoney: unit') // throws ArgumentError
 * ```
 */
export function readChoice<T extends string | number | boolean>(
  value: unknown,
  choices: readonly T[],
  what: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly unknown[]).includes(value)) return value as T;
  throw new ArgumentError(
    'INVALID_OPTIONS',
    `${what} ${describe(value)} must be one of ${choices.map((c) => JSON.stringify(c)).join(', ')}`,
  );
}
