// Dates as English letters write them ("4th July 2019", "15/01/2018", "July 4, 2019", "13th December"),
// turned into plain ISO `YYYY-MM-DD` strings. Day/month order is the UK one.

import type { Span } from './text';

/** A date written in a letter. `year` is undefined when the letter leaves it out ("13th December"). */
export interface DateMention {
  readonly span: Span;
  readonly year: number | undefined;
  /** 1 to 12. */
  readonly month: number;
  readonly day: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH_NAME =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY_NAME = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';
const WEEKDAY = `${WEEKDAY_NAME}\\.?,?\\s{1,3}`;
const ORDINAL = '(?:st|nd|rd|th)?';

/**
 * A date, the whole in group `date`. Alternatives, each with named groups: "[Monday,] 4th [of] July[,] [2019]",
 * "July 4[th][,] 2019", "15/01/2018" (also . and -), "2019-06-13".
 */
const NAMED_DATE = `(?<date>${[
  `(?:${WEEKDAY})?(?<d1>[0-3]?\\d)${ORDINAL}(?:\\s{1,3}of)?[\\s\\-]{1,3}(?<m1>${MONTH_NAME})\\.?(?:,?[\\s\\-]{1,3}(?<y1>(?:19|20)\\d\\d)(?!\\d))?`,
  `(?:${WEEKDAY})?(?<m2>${MONTH_NAME})\\.?\\s{1,3}(?<d2>[0-3]?\\d)${ORDINAL},?\\s{1,3}(?<y2>(?:19|20)\\d\\d)(?!\\d)`,
  `(?<d3>[0-3]?\\d)(?<sep>[/.\\-])(?<n3>[01]?\\d)\\k<sep>(?<y3>(?:19|20)?\\d\\d)(?!\\d)`,
  `(?<y4>(?:19|20)\\d\\d)-(?<n4>[01]\\d)-(?<d4>[0-3]\\d)(?!\\d)`,
]
  .map((alternative) => `(?:${alternative})`)
  .join('|')})`;
/** The number of each named group of {@link NAMED_DATE}, in the order the groups open. */
const GROUP: Readonly<Record<string, number>> = Object.fromEntries(
  [...NAMED_DATE.matchAll(/\(\?<(\w+)>/g)].map((group, index) => [group[1], index + 1]),
);
/**
 * {@link NAMED_DATE} with its groups numbered instead: a named group costs an object for each match, which shows on
 * letters full of dates.
 */
const DATE = NAMED_DATE.replace(/\(\?<\w+>/g, '(').replace(/\\k<(\w+)>/g, (_, name: string) => `\\${GROUP[name]}`);
/**
 * Every date holds a digit, at most this far from its start: a weekday and a month name before the day
 * ("Wednesday., September. 4 2019").
 */
const DIGIT_REACH = 27;
/** {@link DATE} starting at `lastIndex`. */
const DATE_AT = new RegExp(DATE, 'iuy');
/**
 * {@link DATE} tried at each of the DIGIT_REACH + 1 places from `lastIndex` on, leftmost first: the lazy prefix makes
 * one call do what a global scan does over that stretch.
 */
const DATE_NEAR_DIGIT = new RegExp(`[^]{0,${DIGIT_REACH}}?${DATE}`, 'iuy');
/** A weekday or month name ending just before `lastIndex`, as a date that opens with one has before its first digit. */
const NAME_BEFORE_DIGIT = new RegExp(`(?<=(?:${WEEKDAY_NAME}|${MONTH_NAME})\\.?,?\\s{1,3})`, 'iuy');
/** A run of anything but digits (sticky): reading over it finds the next digit faster than searching for one. */
const NON_DIGITS = /\D*/y;
/** What an ordinal ("st", "nd", "rd", "th") after a day starts with. */
const ORDINAL_STARTS = new Set([...'sStTnNrR'].map((character) => character.charCodeAt(0)));
/** The letters a month name, or the "of" before one, starts with (lower case). */
const MONTH_STARTS = new Set([...'jfmasond'].map((character) => character.charCodeAt(0)));
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Every valid date written in `text[from, to)`, in order. Impossible dates ("31 February") are skipped. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const found: DateMention[] = [];
  const slice = text.slice(Math.max(0, from), Math.max(from, to));
  const offset = Math.max(0, from);
  for (let match = nextDate(slice, 0); match !== null; match = nextDate(slice, match.index + match[0].length)) {
    const end = match.index + match[0].length;
    const start = end - match[GROUP.date].length;
    if (isWordCharacter(slice, start - 1) || isWordCharacter(slice, end)) continue;
    const parts = readParts(match);
    if (!parts || !isValidDay(parts.year ?? 2000, parts.month, parts.day)) continue;
    const span = { start: offset + start, end: offset + end };
    found.push({ span, day: parts.day, month: parts.month, year: parts.year });
  }
  return found;
}

/**
 * The next date from `from` on, as a global scan of {@link DATE} finds it (the date is its `date` group; the match
 * may hold text before it). The pattern is tried only where a date can start: at a digit, or up to {@link DIGIT_REACH}
 * before one when a weekday or month name ends just before it. Elsewhere no date can start.
 */
function nextDate(text: string, from: number): RegExpExecArray | null {
  let resume = from;
  let run = nextDigit(text, resume);
  while (run !== -1) {
    let runEnd = run + 1;
    while (isDigitCode(text.charCodeAt(runEnd))) runEnd++;
    const nextRun = nextDigit(text, runEnd);
    let windowStart = -1;
    if (run - resume > 3) {
      // "4 July", "July 4", "Monday 4 July": the date may start up to DIGIT_REACH before its first digit. (A name and
      // the space after it take four characters at least, so none stands between `resume` and a run closer to it.)
      if (!isPrintableAscii(text.charCodeAt(run - 1)) && nameEndsBefore(text, run)) windowStart = Math.max(resume, run - DIGIT_REACH);
    } else if (nextRun !== -1 && nextRun - runEnd <= 3) {
      // Among digits close together ("15/01/2018", tables of numbers), one call covers the stretch.
      windowStart = resume;
    }
    if (windowStart !== -1) {
      DATE_NEAR_DIGIT.lastIndex = windowStart;
      const match = DATE_NEAR_DIGIT.exec(text);
      if (match) return match;
      resume = windowStart + DIGIT_REACH + 1;
      run = nextDigit(text, resume);
      continue;
    }
    // A day has one or two digits and a year before "-" four: only the last four digits of a run can open a date.
    for (let digit = Math.max(run, runEnd - 4); digit < runEnd; digit++) {
      if (!mayOpenDate(text, digit)) continue;
      DATE_AT.lastIndex = digit;
      const match = DATE_AT.exec(text);
      if (match) return match;
    }
    resume = runEnd;
    run = nextRun;
  }
  return null;
}

/** The offset of the first digit from `from` on, or -1. Digits come in runs: the next character is looked at first. */
function nextDigit(text: string, from: number): number {
  if (isDigitCode(text.charCodeAt(from))) return from;
  if (from >= text.length) return -1;
  NON_DIGITS.lastIndex = from;
  NON_DIGITS.test(text);
  return NON_DIGITS.lastIndex < text.length ? NON_DIGITS.lastIndex : -1;
}

/** A letter or digit at `offset` (a UTF-16 unit; none outside the text). */
function isWordCharacter(text: string, offset: number): boolean {
  if (offset < 0 || offset >= text.length) return false;
  const code = text.charCodeAt(offset);
  if (code < 128) return isDigitCode(code) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHARACTER.test(text[offset]);
}

/**
 * The last three letters of every weekday and month name {@link NAME_BEFORE_DIGIT} knows, in any of its spellings
 * ("tues", "wednes", "sept", "day" of "Monday").
 */
const NAME_ENDINGS = letterKeys([
  'jan', 'ary', 'feb', 'mar', 'rch', 'apr', 'ril', 'may', 'jun', 'une', 'jul', 'uly', 'aug', 'ust', 'sep', 'ept', 'ber',
  'oct', 'nov', 'dec', 'mon', 'tue', 'ues', 'wed', 'nes', 'thu', 'hur', 'urs', 'fri', 'sat', 'tur', 'sun', 'day',
]);

/** Short lower-case ASCII words as numbers, a byte a letter: looking one up builds no string. */
function letterKeys(words: readonly string[]): ReadonlySet<number> {
  return new Set(words.map((word) => [...word].reduce((key, letter) => key * 256 + letter.charCodeAt(0), 0)));
}

function nameEndsBefore(text: string, offset: number): boolean {
  if (!mayEndName(text, offset)) return false;
  NAME_BEFORE_DIGIT.lastIndex = offset;
  return NAME_BEFORE_DIGIT.test(text);
}

/**
 * Whether a weekday or month name may end before the white space (at most three), "," and "." before `offset`: the
 * three letters before them end one of {@link NAME_ENDINGS}. Most digits follow other words, and this costs less
 * than the pattern. Beyond ASCII, where case folding and white space are wider, the pattern decides.
 */
function mayEndName(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= offset - 3 && isAsciiSpaceCode(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) === 44) i--;
  if (text.charCodeAt(i) === 46) i--;
  if (i < 2) return true;
  let ending = 0;
  for (let k = i - 2; k <= i; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128) return true;
    const lower = code | 32;
    if (lower < 97 || lower > 122) return false;
    ending = ending * 256 + lower;
  }
  return NAME_ENDINGS.has(ending);
}

/** White space of the ASCII range: tab, line feed, vertical tab, form feed, carriage return and space. */
function isAsciiSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * Whether a date can open with the digit at `offset`: a day of one or two digits followed by what {@link mayFollowDay}
 * allows, or a year of four digits followed by "-".
 */
function mayOpenDate(text: string, offset: number): boolean {
  for (let digits = 1; digits <= 2; digits++) {
    if (!isDigitCode(text.charCodeAt(offset + digits))) return mayFollowDay(text, offset + digits);
  }
  return isDigitCode(text.charCodeAt(offset + 3)) && text.charCodeAt(offset + 4) === 45;
}

/**
 * Whether the day's digits can be followed by what stands at `at`: an ordinal, a separator and the month's digit, or
 * spaces and "-" before a month name or "of" ("24 and", "2 years" and "1 (1)" cannot). Beyond printable ASCII stand
 * the other spaces, and "ſ", which the pattern takes for an "s": there the pattern decides.
 */
function mayFollowDay(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (ORDINAL_STARTS.has(code)) return true;
  if (code === 47 || code === 46) return monthAndYearFollow(text, at);
  if (code === 45 && monthAndYearFollow(text, at)) return true;
  if (code === 45 || isAsciiSpaceCode(code)) return monthStartsAfterSpaces(text, at);
  return !isPrintableAscii(code);
}

/**
 * Whether the rest of a date such as "15/01/2018" follows its day, from the separator at `at` on: a month of one or two
 * digits, the same separator again, and a year of at least two digits.
 */
function monthAndYearFollow(text: string, at: number): boolean {
  const separator = text.charCodeAt(at);
  let monthEnd = at + 1;
  if (!isDigitCode(text.charCodeAt(monthEnd))) return false;
  if (isDigitCode(text.charCodeAt(monthEnd + 1))) monthEnd++;
  return text.charCodeAt(monthEnd + 1) === separator && isDigitCode(text.charCodeAt(monthEnd + 2)) && isDigitCode(text.charCodeAt(monthEnd + 3));
}

/** Whether a month name (or "of") may start after the spaces and "-" from `at` on; the pattern decides beyond ASCII. */
function monthStartsAfterSpaces(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (isAsciiSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
  const code = text.charCodeAt(i);
  // Setting bit 5 lower-cases a letter and turns no other character into one.
  return code >= 128 || MONTH_STARTS.has(code | 32);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Printable ASCII but the space (33 to 126), which is never white space. */
function isPrintableAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** Parses a string that is exactly one date; `reference` (ISO) supplies the year when the text has none. */
export function parseDate(value: string, reference?: string): string | null {
  const trimmed = value.trim();
  const [first] = findDates(trimmed);
  if (!first || first.span.start !== 0 || first.span.end !== trimmed.length) return null;
  return mentionToIso(first, reference);
}

/**
 * The ISO date of a mention. A mention without a year takes the latest such day that is not after `reference`
 * (a letter answers requests received before it); with no reference it has no date.
 */
export function mentionToIso(mention: DateMention, reference?: string | null): string | null {
  if (mention.year !== undefined) return isoDate(mention.year, mention.month, mention.day);
  const ref = reference ? splitIso(reference) : undefined;
  if (!ref) return null;
  for (let year = ref.year; year >= ref.year - 4; year--) {
    if (!isValidDay(year, mention.month, mention.day)) continue;
    const candidate = isoDate(year, mention.month, mention.day);
    if (candidate <= reference!) return candidate;
  }
  return null;
}

/** `YYYY-MM-DD` for a valid calendar day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The parts of an ISO date, or undefined when the string is not a valid `YYYY-MM-DD` day. */
export function splitIso(iso: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}

/** Days since 1970-01-01 of an ISO date (UTC, so no daylight-saving drift). */
export function dayNumber(iso: string): number {
  const parts = splitIso(iso);
  if (!parts) return Number.NaN;
  return Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;
}

/** The ISO date of a day number from {@link dayNumber}. */
export function fromDayNumber(days: number): string {
  const date = new Date(days * 86_400_000);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(dayNumber(iso) * 86_400_000).getUTCDay();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  // Date.UTC reads the years 0 to 99 as 1900 to 1999; those (and years far out) keep its answer.
  if (year < 100 || year > 9999) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

function readParts(match: RegExpExecArray): Omit<DateMention, 'span'> | undefined {
  const m1: string | undefined = match[GROUP.m1];
  if (m1 !== undefined) {
    // Without a year, only a capitalised month counts: "section 2 may apply" is not the 2nd of May.
    const y1: string | undefined = match[GROUP.y1];
    if (!y1 && m1[0] === m1[0].toLowerCase()) return undefined;
    return { day: Number(match[GROUP.d1]), month: monthNumber(m1), year: y1 ? Number(y1) : undefined };
  }
  const m2: string | undefined = match[GROUP.m2];
  if (m2 !== undefined) {
    return { day: Number(match[GROUP.d2]), month: monthNumber(m2), year: Number(match[GROUP.y2]) };
  }
  const d3: string | undefined = match[GROUP.d3];
  if (d3 !== undefined) {
    const y3 = match[GROUP.y3];
    const year = y3.length === 2 ? 2000 + Number(y3) : Number(y3);
    return { day: Number(d3), month: Number(match[GROUP.n3]), year };
  }
  const y4: string | undefined = match[GROUP.y4];
  if (y4 !== undefined) {
    return { day: Number(match[GROUP.d4]), month: Number(match[GROUP.n4]), year: Number(y4) };
  }
  return undefined;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase()] ?? 0;
}
