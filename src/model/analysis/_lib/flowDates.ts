import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { dayNumber } from '../../../time/_lib/dayNumber.js';
import { parseFiscalYear } from '../../../time/parseFiscalYear.js';
import { endOf, startOf } from '../../../time/startOf.js';
import { fiscalYearLabel, fiscalYearStart } from '../../_lib/fiscalYears.js';
import type { FlowConvention } from '../../valuation.js';

// The dates here are the scenario's, parsed (real yyyy-MM-dd), and the fiscal years' ends; a
// string that is not one is a bug in this module, not an input to report.
function dayOf(iso: string): number {
  const day = dayNumber(iso);
  if (day === undefined) throw new TypeError(`not a yyyy-MM-dd date: ${iso}`);
  return day;
}

/** The date a fiscal year's flow arrives under the convention (as `runScenario` dates it). */
function flowDate(year: string, convention: FlowConvention): string {
  const fy = parseFiscalYear(year);
  if (convention === 'end-of-year') return endOf(fy);
  return formatISO(addMonths(parseISO(startOf(fy)), 6), { representation: 'date' });
}

/**
 * The times, in years of 365 days from the valuation date (Actual/365, as XNPV counts them), of
 * each year's flow — the horizon and up to `late` years after it — and of the terminal value at
 * the end of the horizon.
 *
 * @internal
 */
export function datesOfFlows(
  years: readonly string[],
  late: number,
  convention: FlowConvention,
  valuationDate: string,
): { rows: Float64Array; terminal: number } {
  const first = fiscalYearStart(years[0] ?? '') ?? 0;
  const origin = dayOf(valuationDate);
  const rows = Float64Array.from(
    { length: years.length + late },
    (_, k) => (dayOf(flowDate(fiscalYearLabel(first + k), convention)) - origin) / 365,
  );
  const last = parseFiscalYear(years[years.length - 1] ?? '');
  return { rows, terminal: (dayOf(endOf(last)) - origin) / 365 };
}
