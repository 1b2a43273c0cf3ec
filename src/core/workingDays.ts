// Working days for the 20-day limit of section 10: weekends and bank holidays are skipped, those of England and
// Wales for the Freedom of Information Act 2000 and those of Scotland for the Freedom of Information (Scotland) Act
// 2002 (whose section 73 leaves out Scottish bank holidays). The holiday rules are computed here (Easter by the Gregorian computus, fixed Mondays, substitute days, and a
// table of one-off days proclaimed by the Crown): a holiday library with its data adds over a megabyte to a bundle.

import { dayNumber, fromDayNumber, isoDate, splitIso, weekday } from './dates';
import type { ActId } from './model';

/**
 * One-off bank holidays, proclaimed for the whole United Kingdom, and the years a regular one was moved to make room for them
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
/** St Andrew's Day has been a Scottish bank holiday since the St Andrew's Day Bank Holiday (Scotland) Act 2007. */
const FIRST_ST_ANDREWS_YEAR = 2007;

/** Holidays by year, one cache per Act: England and Wales for `foia`, Scotland for `foisa`. */
const caches: Readonly<Record<ActId, Map<number, ReadonlySet<string>>>> = { foia: new Map(), foisa: new Map() };
const weekdayHolidayCaches: Readonly<Record<ActId, Map<number, readonly number[]>>> = { foia: new Map(), foisa: new Map() };

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

/**
 * The bank holidays of one year, as sorted ISO dates (empty before 1978): of England and Wales, or of Scotland for
 * `foisa`.
 */
export function bankHolidays(year: number, act: ActId = 'foia'): readonly string[] {
  return [...holidaySet(year, act)].sort();
}

/** True on a weekday that is not a bank holiday (in England and Wales, or in Scotland for `foisa`). */
export function isWorkingDay(iso: string, act: ActId = 'foia'): boolean {
  const parts = splitIso(iso);
  if (!parts) return false;
  const day = weekday(iso);
  return day !== 0 && day !== 6 && !holidaySet(parts.year, act).has(iso);
}

/**
 * Working days after the day of receipt up to and including the day sent (the day after receipt is day 1),
 * as the Information Commissioners count them, skipping the bank holidays of the letter's Act. Zero when the
 * letter is not after receipt or a date is invalid.
 */
export function workingDaysBetween(receivedIso: string, sentIso: string, act: ActId = 'foia'): number {
  const from = dayNumber(receivedIso);
  const to = dayNumber(sentIso);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return 0;
  // Whole weeks hold five weekdays each; only the remainder is walked, then holidays on weekdays are taken off.
  const span = to - from;
  let count = Math.floor(span / 7) * 5;
  for (let n = from + 1 + Math.floor(span / 7) * 7; n <= to; n++) if (!isWeekend(n)) count++;
  const [firstYear, lastYear] = [splitIso(receivedIso)!.year, splitIso(sentIso)!.year];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const n of weekdayHolidays(year, act)) if (n > from && n <= to) count--;
  }
  return count;
}

/** The day numbers of the year's bank holidays that fall on a weekday. */
function weekdayHolidays(year: number, act: ActId): readonly number[] {
  let days = weekdayHolidayCaches[act].get(year);
  if (!days) {
    days = [...holidaySet(year, act)].map(dayNumber).filter((n) => !isWeekend(n));
    weekdayHolidayCaches[act].set(year, days);
  }
  return days;
}

function holidaySet(year: number, act: ActId): ReadonlySet<string> {
  let set = caches[act].get(year);
  if (!set) {
    set = new Set(act === 'foisa' ? computeScottishHolidays(year) : computeHolidays(year));
    caches[act].set(year, set);
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

/**
 * Scotland's bank holidays: 1 and 2 January, Good Friday (no Easter Monday), the early May and spring Mondays, the
 * first (not last) Monday of August, St Andrew's Day, Christmas and Boxing Day, with substitute weekdays, and the
 * one-off days proclaimed for the whole United Kingdom.
 */
function computeScottishHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > 9999) return [];
  const easter = dayNumber(easterSunday(year));
  return [
    ...consecutivePair(year, 1, 1),
    fromDayNumber(easter - 2),
    MOVED_EARLY_MAY[year] ?? firstMonday(year, 5),
    MOVED_SPRING[year] ?? lastMonday(year, 5),
    firstMonday(year, 8),
    ...(year >= FIRST_ST_ANDREWS_YEAR ? [nextWeekdayIfWeekend(isoDate(year, 11, 30))] : []),
    ...christmas(year),
    ...ONE_OFF_HOLIDAYS.filter((iso) => iso.startsWith(`${year}-`)),
  ];
}

/** Christmas and Boxing Day, each moved to the next free weekday when it falls at a weekend. */
function christmas(year: number): string[] {
  return consecutivePair(year, 12, 25);
}

/** Two holidays on consecutive days (25 and 26 December, 1 and 2 January), each moved to the next free weekday. */
function consecutivePair(year: number, month: number, firstDay: number): string[] {
  const taken = new Set<string>();
  for (const day of [firstDay, firstDay + 1]) {
    let n = dayNumber(isoDate(year, month, day));
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
