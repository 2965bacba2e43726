import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/core/decimal.js';
import {
  discountedPayback,
  irr,
  npv,
  type PaybackResult,
  payback,
  pmt,
  xirr,
  xnpv,
} from '../../src/finance/index.js';
import { crore, inr, usd } from '../../src/money/constructors.js';
import type { Money } from '../../src/money/money.js';

describe('finance types', () => {
  it('returns Money of the flows’ currency for Money flows, Decimal for numbers', () => {
    expectTypeOf(npv(0.1, [crore(-1), crore(2)])).toEqualTypeOf<Money<'INR'>>();
    expectTypeOf(npv(0.1, [-1, 2])).toEqualTypeOf<Decimal>();
    expectTypeOf(npv(0.1, ['-1', '2'])).toEqualTypeOf<Decimal>();
    expectTypeOf(xnpv(0.1, [{ date: '2024-01-01', amount: usd(-1) }])).toEqualTypeOf<
      Money<'USD'>
    >();
    expectTypeOf(pmt(0.01, 12, inr(100))).toEqualTypeOf<Money<'INR'>>();
    expectTypeOf(payback([inr(-1), inr(2)])).toEqualTypeOf<PaybackResult<Money<'INR'>>>();
    expectTypeOf(discountedPayback([-1, 2], 0.1)).toEqualTypeOf<PaybackResult<Decimal>>();
  });

  it('returns rates as Decimals', () => {
    expectTypeOf(irr([crore(-1), crore(2)])).toEqualTypeOf<Decimal>();
    expectTypeOf(xirr([{ date: new Date(2024, 0, 1), amount: -1 }])).toEqualTypeOf<Decimal>();
  });

  it('narrows a payback result on paysBack', () => {
    const result = payback([-1, 2]);
    if (result.paysBack) expectTypeOf(result.period).toEqualTypeOf<Decimal>();
    else expectTypeOf(result.period).toEqualTypeOf<null>();
  });

  it('rejects options outside Excel’s conventions', () => {
    // @ts-expect-error firstFlowAt is 0 or 1
    npv(0.1, [1], { firstFlowAt: 2 });
    // @ts-expect-error type is 0 or 1
    pmt(0.1, 1, 1, { type: 3 });
    // @ts-expect-error pmt's fv must be the same kind of amount as pv
    pmt(0.1, 1, inr(1), { fv: 5 });
  });
});
