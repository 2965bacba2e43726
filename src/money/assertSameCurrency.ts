import type { CurrencyCode } from './currency.js';
import { CurrencyMismatchError } from './errors.js';
import type { Money } from './money.js';

/**
 * Checks that two amounts share a currency. The types already forbid mixing known literal
 * currencies; this is the run-time guard for values typed `Money<CurrencyCode>` (from JSON or a
 * parser).
 *
 * @param a - the first amount
 * @param b - the second amount
 * @param operation - the operation's name, for the message
 * @throws {CurrencyMismatchError} naming both currencies when they differ
 *
 * @example
 * ```ts
 * assertSameCurrency(inr(1), inr(2)) // passes
 * assertSameCurrency(inr(1), usd(2) as Money) // throws CurrencyMismatchError: … INR and USD cannot be mixed …
 * ```
 */
export function assertSameCurrency<C extends CurrencyCode>(
  a: Money<C>,
  b: Money<NoInfer<C>>,
  operation?: string,
): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency, operation);
}
