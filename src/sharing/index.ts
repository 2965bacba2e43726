/**
 * sharing — incentive-sharing agreements between parties (rules, scope, caps and floors) and
 * the splits they give, always summing exactly to what is shared.
 *
 * Import it alone as `crorecast/sharing`, or from the root entry `crorecast`.
 *
 * @module sharing
 */

export {
  SharingAgreement,
  type SharingAgreementInput,
  SharingParty,
  SharingRule,
  type SharingRuleInput,
} from './agreement.js';
export { SharingError, type SharingErrorCode } from './errors.js';
export { type SharedIncentive, type SharingStep, shareIncentive } from './shareIncentive.js';
export {
  type IncentiveYear,
  type SharedIncentives,
  type SharedIncentiveYear,
  shareIncentives,
} from './shareIncentives.js';
