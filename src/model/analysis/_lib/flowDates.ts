import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { parseFiscalYear } from '../../../time/parseFiscalYear.js';
import { endOf, startOf } from '../../../time/startOf.js';
import { fiscalYearLabel, fiscalYearStart } from '../../_lib/fiscalYears.js';
import type { FlowConvention } from '../../valuation.js';

const DAY = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / DAY;
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
  const origin = dayNumber(valuationDate);
  const rows = Float64Array.from(
    { length: years.length + late },
    (_, k) => (dayNumber(flowDate(fiscalYearLabel(first + k), convention)) - origin) / 365,
  );
  const last = parseFiscalYear(years[years.length - 1] ?? '');
  return { rows, terminal: (dayNumber(endOf(last)) - origin) / 365 };
}
