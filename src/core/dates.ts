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
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s{1,3}';
const ORDINAL = '(?:st|nd|rd|th)?';

/**
 * One pattern, one pass. Alternatives, each with named groups:
 * "[Monday,] 4th [of] July[,] [2019]", "July 4[th][,] 2019", "15/01/2018" (also . and -), "2019-06-13".
 */
const DATE_PATTERN = new RegExp(
  [
    `(?:${WEEKDAY})?(?<d1>[0-3]?\\d)${ORDINAL}(?:\\s{1,3}of)?[\\s\\-]{1,3}(?<m1>${MONTH_NAME})\\.?(?:,?[\\s\\-]{1,3}(?<y1>(?:19|20)\\d\\d)(?!\\d))?`,
    `(?:${WEEKDAY})?(?<m2>${MONTH_NAME})\\.?\\s{1,3}(?<d2>[0-3]?\\d)${ORDINAL},?\\s{1,3}(?<y2>(?:19|20)\\d\\d)(?!\\d)`,
    `(?<d3>[0-3]?\\d)(?<sep>[/.\\-])(?<n3>[01]?\\d)\\k<sep>(?<y3>(?:19|20)?\\d\\d)(?!\\d)`,
    `(?<y4>(?:19|20)\\d\\d)-(?<n4>[01]\\d)-(?<d4>[0-3]\\d)(?!\\d)`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|'),
  'giu',
);
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Every valid date written in `text[from, to)`, in order. Impossible dates ("31 February") are skipped. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const found: DateMention[] = [];
  const slice = text.slice(Math.max(0, from), Math.max(from, to));
  const offset = Math.max(0, from);
  for (const match of slice.matchAll(DATE_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > 0 && WORD_CHARACTER.test(slice[start - 1])) continue;
    if (end < slice.length && WORD_CHARACTER.test(slice[end])) continue;
    const parts = readParts(match.groups ?? {});
    if (!parts || !isValidDay(parts.year ?? 2000, parts.month, parts.day)) continue;
    found.push({ span: { start: offset + start, end: offset + end }, ...parts });
  }
  return found;
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

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function readParts(groups: Record<string, string | undefined>): Omit<DateMention, 'span'> | undefined {
  if (groups.m1 !== undefined) {
    // Without a year, only a capitalised month counts: "section 2 may apply" is not the 2nd of May.
    if (!groups.y1 && groups.m1[0] === groups.m1[0].toLowerCase()) return undefined;
    return { day: Number(groups.d1), month: monthNumber(groups.m1), year: groups.y1 ? Number(groups.y1) : undefined };
  }
  if (groups.m2 !== undefined) {
    return { day: Number(groups.d2), month: monthNumber(groups.m2), year: Number(groups.y2) };
  }
  if (groups.d3 !== undefined) {
    const short = groups.y3!.length === 2;
    const year = short ? 2000 + Number(groups.y3) : Number(groups.y3);
    return { day: Number(groups.d3), month: Number(groups.n3), year };
  }
  if (groups.y4 !== undefined) {
    return { day: Number(groups.d4), month: Number(groups.n4), year: Number(groups.y4) };
  }
  return undefined;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}
