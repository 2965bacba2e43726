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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day number of a real `yyyy-MM-dd` date (days since 1970-01-01, proleptic Gregorian, as
 * JavaScript's Date counts them), or undefined for any other string (left to date-fns). Integer
 * arithmetic only ({@link civilDayNumber}), so it is zone-free.
 */
export function dayNumber(date: string): number | undefined {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return undefined;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return undefined;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] as number))) return undefined;
  // Days since 1970-01-01: 0000-03-01 is 719,468 days before it.
  return civilDayNumber(y, m, d) - 719_468;
}

/** The decimal digits of text[from, to) as a number, or −1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
