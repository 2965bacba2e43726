import type { Decimal } from '../../core/decimal.js';
import { CrorecastError } from '../../core/errors.js';
import { xirrOfSum } from '../../finance/_lib/datedRate.js';
import { exponentialSum } from '../../finance/_lib/exponentialSum.js';
import { discountedPaybackOf, paybackOf } from '../../finance/_lib/paybackOf.js';
import { type readDatedFlows, requireFlows } from '../../finance/_lib/readFlows.js';
import type { PaybackResult } from '../../finance/payback.js';
import { DAYS_PER_YEAR } from '../../finance/xnpv.js';
import type { Money } from '../../money/money.js';
import { showsValues } from '../../projection/_lib/lazyRows.js';
import type { DatedValuation, IrrResult, SharedXirr } from '../valuation.js';

/** A solve's rate, or why there is none: a finance error becomes the reason, bad input throws. */
export function solved(solve: () => Decimal): IrrResult {
  try {
    return { value: solve(), reason: null };
  } catch (error) {
    if (error instanceof CrorecastError && error.code !== 'INVALID_INPUT') {
      return { value: null, reason: error.message.replace(/^\[crorecast\] /, '') };
    }
    throw error;
  }
}

/** The figures a valuation works out when first read, in the place its keys have always had. */
type ReadLater = 'irr' | 'payback' | 'discountedPayback';

/** What those figures are worked out from — the flows as the valuation read them — and they. */
export interface ReadLaterOf {
  /** The flows XIRR reads: from the valuation date, the free flows, the terminal value. */
  readonly xirrFlows: readonly unknown[];
  /** The free flows read from the valuation date, their days, and the terminal value's. */
  readonly read: ReturnType<typeof readDatedFlows>;
  readonly terminal: { readonly amount: Decimal; readonly day: number };
  /** Discounted payback's factors at the valuation's rate. */
  readonly factors: (count: number) => readonly Decimal[];
  readonly xirr: SharedXirr;
  irr?: IrrResult;
  payback?: PaybackResult<Money<'INR'>>;
  discountedPayback?: PaybackResult<Money<'INR'>>;
}

/** A key of the valuation's that JSON, spread, `Object.keys` and deep equality do not see. */
const LATER = Symbol('readLater');
type WithLater = { readonly [LATER]: ReadLaterOf };

/**
 * The XIRR of a valuation's flows, at once or when first read: the XIRR flows checked (their
 * number: a finance error, so a reason, never a throw) and read to their stream — the free
 * flows' amounts and days as read, then the terminal value's — and solved, or the run's rate for
 * that stream.
 * @internal
 */
export function irrOf(
  of: Pick<ReadLaterOf, 'xirrFlows' | 'read' | 'terminal' | 'xirr'>,
): IrrResult {
  return solved(() => {
    requireFlows(of.xirrFlows, 'xirr: flows');
    const sum = exponentialSum(
      [...of.read.amounts, of.terminal.amount],
      [...of.read.days, of.terminal.day],
      DAYS_PER_YEAR,
    );
    return of.xirr(sum, () => xirrOfSum(sum));
  });
}

/**
 * The IRR and the paybacks as the valuation's own getters, the same functions for every
 * valuation: an accessor whose function differs from object to object (a closure, as
 * `whenRead` defines) puts each in dictionary mode. They read only the flows as read (fixed)
 * and the run's shared XIRRs and factors, which give the digits computing them gives — so the
 * very figures an eager valuation has.
 */
const LATER_GETTERS: PropertyDescriptorMap = {
  irr: getter('irr', irrOf),
  payback: getter('payback', (of) => paybackOf(of.read.amounts, of.read.currency)),
  discountedPayback: getter('discountedPayback', (of) =>
    discountedPaybackOf(of.read.amounts, of.factors(of.read.amounts.length), of.read.currency),
  ),
};

function getter<K extends ReadLater>(
  key: K,
  compute: (of: ReadLaterOf) => NonNullable<ReadLaterOf[K]> | PaybackResult<unknown>,
): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: WithLater) {
      const of = this[LATER];
      of[key] ??= compute(of) as ReadLaterOf[K];
      return of[key];
    },
  };
}

/** `head` with the IRR and the paybacks as its next keys, worked out when first read. */
export function readLater<T extends object>(
  head: T,
  of: ReadLaterOf,
): T & Pick<DatedValuation, ReadLater> {
  Object.defineProperty(showsValues(head), LATER, { value: of });
  return Object.defineProperties(head, LATER_GETTERS) as T & Pick<DatedValuation, ReadLater>;
}
