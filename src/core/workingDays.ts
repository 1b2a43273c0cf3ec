// Working days for the 20-day limit of section 10: weekends and England-and-Wales bank holidays are skipped.
// The holiday rules are computed here (Easter by the Gregorian computus, fixed Mondays, substitute days, and a
// table of one-off days proclaimed by the Crown): a holiday library with its data adds over a megabyte to a bundle.

import { dayNumber, fromDayNumber, isoDate, splitIso, weekday } from './dates';

/**
 * One-off bank holidays in England and Wales, and the years a regular one was moved to make room for them
 * (source: gov.uk announcements).
 */
const ONE_OFF_HOLIDAYS: readonly string[] = [
  '1999-12-31', // Millennium
  '2002-06-03', // Golden Jubilee
  '2011-04-29', // Royal Wedding
  '2012-06-05', // Diamond Jubilee
  '2022-06-03', // Platinum Jubilee
  '2022-09-19', // State funeral of Queen Elizabeth II
  '2023-05-08', // Coronation of King Charles III
];
/** Regular holidays moved to another day in a given year: early May (VE Day anniversaries) and spring (jubilees). */
const MOVED_EARLY_MAY: Readonly<Record<number, string>> = { 1995: '1995-05-08', 2020: '2020-05-08' };
const MOVED_SPRING: Readonly<Record<number, string>> = { 2002: '2002-06-04', 2012: '2012-06-04', 2022: '2022-06-02' };

/** First year the modern pattern (early May Monday) applies; earlier years are not computed. */
const FIRST_YEAR = 1978;

const cache = new Map<number, ReadonlySet<string>>();
const weekdayHolidayCache = new Map<number, readonly number[]>();

/** Easter Sunday of a Gregorian year, as ISO (anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The bank holidays of England and Wales in one year, as sorted ISO dates (empty before 1978). */
export function bankHolidays(year: number): readonly string[] {
  return [...holidaySet(year)].sort();
}

/** True on a weekday that is not a bank holiday in England and Wales. */
export function isWorkingDay(iso: string): boolean {
  const parts = splitIso(iso);
  if (!parts) return false;
  const day = weekday(iso);
  return day !== 0 && day !== 6 && !holidaySet(parts.year).has(iso);
}

/**
 * Working days after the day of receipt up to and including the day sent (the day after receipt is day 1),
 * as the Information Commissioner counts them. Zero when the letter is not after receipt or a date is invalid.
 */
export function workingDaysBetween(receivedIso: string, sentIso: string): number {
  const from = dayNumber(receivedIso);
  const to = dayNumber(sentIso);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return 0;
  // Whole weeks hold five weekdays each; only the remainder is walked, then holidays on weekdays are taken off.
  const span = to - from;
  let count = Math.floor(span / 7) * 5;
  for (let n = from + 1 + Math.floor(span / 7) * 7; n <= to; n++) if (!isWeekend(n)) count++;
  const [firstYear, lastYear] = [splitIso(receivedIso)!.year, splitIso(sentIso)!.year];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const n of weekdayHolidays(year)) if (n > from && n <= to) count--;
  }
  return count;
}

/** The day numbers of the year's bank holidays that fall on a weekday. */
function weekdayHolidays(year: number): readonly number[] {
  let days = weekdayHolidayCache.get(year);
  if (!days) {
    days = [...holidaySet(year)].map(dayNumber).filter((n) => !isWeekend(n));
    weekdayHolidayCache.set(year, days);
  }
  return days;
}

function holidaySet(year: number): ReadonlySet<string> {
  let set = cache.get(year);
  if (!set) {
    set = new Set(computeHolidays(year));
    cache.set(year, set);
  }
  return set;
}

function computeHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > 9999) return [];
  const easter = dayNumber(easterSunday(year));
  const days = [
    nextWeekdayIfWeekend(isoDate(year, 1, 1)),
    fromDayNumber(easter - 2),
    fromDayNumber(easter + 1),
    MOVED_EARLY_MAY[year] ?? firstMonday(year, 5),
    MOVED_SPRING[year] ?? lastMonday(year, 5),
    lastMonday(year, 8),
    ...christmas(year),
    ...ONE_OFF_HOLIDAYS.filter((iso) => iso.startsWith(`${year}-`)),
  ];
  return days;
}

/** Christmas and Boxing Day, each moved to the next free weekday when it falls at a weekend. */
function christmas(year: number): string[] {
  const taken = new Set<string>();
  for (const day of [25, 26]) {
    let n = dayNumber(isoDate(year, 12, day));
    while (isWeekend(n) || taken.has(fromDayNumber(n))) n++;
    taken.add(fromDayNumber(n));
  }
  return [...taken];
}

function nextWeekdayIfWeekend(iso: string): string {
  let n = dayNumber(iso);
  while (isWeekend(n)) n++;
  return fromDayNumber(n);
}

function isWeekend(dayNo: number): boolean {
  const day = weekdayOfNumber(dayNo);
  return day === 0 || day === 6;
}

/**
 * 0 = Sunday ... 6 = Saturday, for a day number of the years 100 to 9999 (day 0, 1970-01-01, was a Thursday);
 * computed, as going through an ISO string for each day cost most of the count.
 */
function weekdayOfNumber(dayNo: number): number {
  return (((dayNo + 4) % 7) + 7) % 7;
}

function firstMonday(year: number, month: number): string {
  let n = dayNumber(isoDate(year, month, 1));
  while (weekdayOfNumber(n) !== 1) n++;
  return fromDayNumber(n);
}

function lastMonday(year: number, month: number): string {
  let n = dayNumber(isoDate(year, month + 1, 1)) - 1;
  while (weekdayOfNumber(n) !== 1) n--;
  return fromDayNumber(n);
}
