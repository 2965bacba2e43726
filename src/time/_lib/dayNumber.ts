/**
 * Days since 0000-03-01 of a Date's local calendar day (negative before it), proleptic Gregorian,
 * for any year a Date holds. The difference of two is the calendar days between them that
 * date-fns' `differenceInCalendarDays` counts (it rounds the difference of the two days' starts
 * read as UTC) — in integer arithmetic, without its four Date objects and two time-zone offsets
 * per pair.
 */
export function dayNumberOf(date: Date): number {
  const month = date.getMonth() + 1;
  // Years that start on 1 March: the leap day falls at the end of the year.
  const year = date.getFullYear() - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear =
    Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date.getDate() - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra;
}
