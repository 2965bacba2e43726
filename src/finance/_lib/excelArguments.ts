import { isDecimal } from '../../core/decimalLike.js';
import { ArgumentError, describe } from '../../core/errors.js';
import { readOptions } from '../../core/options.js';
import { isMoney } from '../../money/index.js';

/**
 * Reads the optional trailing arguments of an Excel-named function, given either Excel's way —
 * positionally (`pmt(rate, nper, pv, fv, type)`, as `=PMT(rate, nper, pv, [fv], [type])`) — or
 * as one options object (`pmt(rate, nper, pv, { fv, type })`). Never ignores an argument: a
 * non-amount in an amount's place, an options object followed by more arguments, or an unknown
 * option is an `ArgumentError` (code `INVALID_OPTIONS`).
 *
 * @param fn - the function's name, for messages
 * @param names - the trailing arguments' names in Excel's order (`['fv', 'type']`)
 * @param args - the arguments after the required ones, as given
 * @returns the options object
 */
export function readExcelTail<T extends object>(
  fn: string,
  names: readonly string[],
  args: readonly unknown[],
): Partial<T> {
  const [first] = args;
  if (args.length === 0 || (args.length === 1 && first === undefined)) return {};
  if (isOptionsObject(first)) {
    if (args.slice(1).some((arg) => arg !== undefined)) {
      throw new ArgumentError(
        'INVALID_OPTIONS',
        `${fn}: an options object cannot be followed by more arguments; give ${names.join(', ')} either positionally (as in Excel) or in the options object`,
      );
    }
    return readOptions(first as T, fn, names);
  }
  if (args.length > names.length) {
    throw new ArgumentError(
      'INVALID_OPTIONS',
      `${fn} takes at most ${names.length} optional arguments (${names.join(', ')}), got ${args.length}`,
    );
  }
  const options: Record<string, unknown> = {};
  args.forEach((arg, i) => {
    const name = names[i] as string;
    if (arg === undefined) return;
    if (arg === null || typeof arg === 'object' || typeof arg === 'function') {
      if (!(isMoney(arg) || isDecimal(arg))) {
        throw new ArgumentError(
          'INVALID_OPTIONS',
          `${fn}: argument ${name} ${describe(arg)} must be ${name === 'type' ? '0 or 1' : 'an amount or rate'} (Excel's order: ${names.join(', ')}) or the options object`,
        );
      }
    }
    options[name] = arg;
  });
  return options as Partial<T>;
}

/** A plain object that is neither Money nor a Decimal: the options form. */
function isOptionsObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !isMoney(value) &&
    !isDecimal(value)
  );
}
