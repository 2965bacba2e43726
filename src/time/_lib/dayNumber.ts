/**
 * Days since 0000-03-01 of a proleptic Gregorian calendar day (negative before it), month 1–12:
 * integer arithmetic only (H. Hinnant's days-from-civil), so it is zone-free. The year starts in
 * March, so the leap day is the last day of the year before.
 */
export function civilDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra;
}

/**
 * {@link civilDayNumber} of a Date's local calendar day, for any year a Date holds. The difference
 * of two is the calendar days between them that date-fns' `differenceInCalendarDays` counts (it
 * rounds the difference of the two days' starts read as UTC) — without its four Date objects and
 * two time-zone offsets per pair.
 */
export function dayNumberOf(date: Date): number {
  return civilDayNumber(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
