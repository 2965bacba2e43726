import type { Decimal } from '../../core/decimal.js';
import { computedInr as inr, type Money } from '../../money/money.js';
import { PliError } from '../errors.js';
import type { PliCategory, PliScheme } from '../scheme.js';
import { schemeAmount } from './amounts.js';
import { crores } from './format.js';

export function multipleOfCommitted(
  multiple: Decimal,
  committed: Money<'INR'> | undefined,
  where: string,
  kind: string,
): Decimal {
  if (committed === undefined) {
    throw new PliError(
      'PLI_INPUT_REQUIRED',
      `committedInvestment is required: ${where} has a ${kind} cap`,
    );
  }
  return committed.amount.times(multiple);
}

export function incentiveCap(
  scheme: PliScheme,
  cap: Exclude<
    NonNullable<PliCategory['caps']>[number],
    { kind: 'sales-multiple-of-committed-investment' | 'eligible-sales-per-year' }
  >,
  committed: Money<'INR'> | undefined,
  where: string,
  paid: Decimal,
): { limit: Decimal; label: string } {
  switch (cap.kind) {
    case 'incentive-per-year':
      return {
        limit: schemeAmount(scheme, cap.amount).amount,
        label: `${crores(schemeAmount(scheme, cap.amount))} yearly cap`,
      };
    case 'incentive-total': {
      const total = schemeAmount(scheme, cap.amount);
      return {
        limit: total.amount.minus(paid),
        label: `${crores(total)} cap over the tenure (${crores(inr(paid))} paid in earlier years)`,
      };
    }
    case 'incentive-multiple-of-committed-investment': {
      const limit = multipleOfCommitted(cap.multiple, committed, where, cap.kind);
      return cap.scope === 'per-year'
        ? { limit, label: `yearly cap of ${cap.multiple.toFixed()} × committed investment` }
        : {
            limit: limit.minus(paid),
            label: `tenure cap of ${cap.multiple.toFixed()} × committed investment (${crores(inr(paid))} paid in earlier years)`,
          };
    }
  }
}
