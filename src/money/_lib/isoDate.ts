import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/**
 * True for a real calendar date written `yyyy-MM-dd` (`2024-02-29` yes, `2023-02-29` and
 * `2023-2-3` no). Such strings order correctly as plain strings, so money needs no Date objects.
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}
