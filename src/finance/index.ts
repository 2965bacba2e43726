/**
 * finance — discounting and rates of return with Excel's conventions: NPV, XNPV, IRR, XIRR, MIRR,
 * the annuity functions PMT/PV/FV/NPER/RATE, CAGR and payback periods. Amounts are exact Decimals
 * (or Money of one currency); the rate solvers bracket every root above −100% and never return
 * NaN.
 *
 * Import it alone as `crorecast/finance`, or from the root entry `crorecast`.
 *
 * @module finance
 */

export { RATE_SIGNIFICANT_DIGITS } from './_lib/rates.js';
export { ROOT_TOLERANCE } from './_lib/solveRate.js';
export { cagr } from './cagr.js';
export type { AmountOf, CashFlow, DatedCashFlow, SameKind } from './cashFlow.js';
export { NoSolutionError, type NoSolutionReason } from './errors.js';
export { type FvOptions, fv } from './fv.js';
export { type IrrOptions, irr, irrAll } from './irr.js';
export { mirr } from './mirr.js';
export { type NperOptions, nper } from './nper.js';
export { type NpvOptions, npv } from './npv.js';
export {
  type DiscountedFlow,
  type NpvBreakdown,
  npvBreakdown,
  xnpvBreakdown,
} from './npvBreakdown.js';
export { discountedPayback, type PaybackResult, payback } from './payback.js';
export { type PmtOptions, pmt } from './pmt.js';
export { type PreparedXnpv, prepareXnpv } from './prepareXnpv.js';
export { type PvOptions, pv } from './pv.js';
export { type RateOptions, rate } from './rate.js';
export {
  cashFlowSchema,
  cashFlowsSchema,
  datedCashFlowSchema,
  datedCashFlowsSchema,
} from './schemas.js';
export { type XirrOptions, xirr, xirrAll } from './xirr.js';
export { DAYS_PER_YEAR, xnpv } from './xnpv.js';
