/**
 * time — the fiscal calendar (Indian April–March by default, the start month a parameter):
 * months, fiscal quarters and fiscal years as periods with stable keys, parsing, ranges,
 * containment and conversion between them.
 *
 * Import it alone as `crorecast/time`, or from the root entry `crorecast`.
 *
 * @module time
 */

export { type CalendarDateInput, formatCalendarDate, toCalendarDate } from './calendarDate.js';
export { comparePeriods, isSamePeriod } from './comparePeriods.js';
export { contains } from './contains.js';
export {
  type ContainingPeriodOptions,
  containingPeriod,
  fiscalYearOf,
  monthsOf,
  quarterOf,
  quartersOf,
  subPeriods,
} from './convert.js';
export { InvalidDateError, InvalidPeriodError } from './errors.js';
export { type FiscalQuarterOptions, fiscalQuarter } from './fiscalQuarter.js';
export { type FiscalYearOfOptions, fiscalYear, fiscalYearStarting } from './fiscalYear.js';
export {
  DEFAULT_FISCAL_YEAR_START_MONTH,
  type FiscalYearOptions,
  MONTH_ABBREVIATIONS,
  resolveStartMonth,
} from './fiscalYearStart.js';
export { month, monthOf } from './month.js';
export { next, previous, shift } from './next.js';
export { type ParseFiscalYearOptions, parseFiscalYear } from './parseFiscalYear.js';
export { type ParsePeriodOptions, parsePeriod } from './parsePeriod.js';
export {
  type FiscalQuarter,
  type FiscalYear,
  type MonthPeriod,
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  type PeriodOfKind,
} from './period.js';
export { fiscalStartMonth, periodMonths } from './periodMonths.js';
export { periodSchema } from './periodSchema.js';
export {
  type FiscalYearsOptions,
  fiscalYears,
  periodRange,
  periodsBetween,
} from './periodsBetween.js';
export { endOf, startOf } from './startOf.js';
