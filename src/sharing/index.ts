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
