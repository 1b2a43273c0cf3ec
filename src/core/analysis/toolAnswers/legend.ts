// A table's marks and the key that explains them: "✓ = in use, ✗ = not in use, N/A = not held", or a block of codes
// ("U – in operational use" / "NC – the force neither confirms nor denies ..."). A row giving a tool one of the marks
// ("Body-worn video      ✓", "Hacking   NC") answers with the status its key gives. Separate because it reads the
// letter's own vocabulary of marks, not its sentences.

import type { ToolStatus } from '../../model';
import type { Span } from '../../text';
import type { Line } from '../lines';
import { CIRCLES, CROSSES, TICKS } from '../marks';

/** Ticks read as one mark, and crosses as another. */
const TICK = '✓';
const CROSS = '✗';
/** A colour of a red, amber and green rating, written as a word: "Green – in operational use". */
const RAG_COLOUR = 'Green|Amber|Red|Grey|Gray|Blue';
const RAG_COLOUR_OPENING = new RegExp(`(?:${RAG_COLOUR})\\b`, 'y');
/**
 * A mark as a key writes it and a cell gives it: a tick or cross, "N/A", up to five capitals ("NCND", "GREEN"), a
 * colour ("Green"), an asterisk or two.
 */
const MARK_CHOICES = String.raw`[${TICKS}${CROSSES}${CIRCLES}]|N\/A|n\/a|[A-Z]{1,5}|${RAG_COLOUR}|\*{1,2}`;
const MARK = `(${MARK_CHOICES})`;
/** A word a key gives as a mark before "=" only ("Trial = trial under way"): after a dash or colon it is a label. */
const WORD_MARK = String.raw`\p{Lu}\p{Ll}{1,7}`;
/** Where a key line's next entry begins: its mark and separator ("N = "), or a word mark and "=". */
const NEXT_ENTRY = String.raw`(?:${MARK_CHOICES})[ \t]*(?:=|–|—|-|:)|\((?:${MARK_CHOICES})\)|${WORD_MARK}[ \t]*=`;
/** A mark of either kind and "=", which alone may open an entry after a single space ("in use N = not in use"). */
const MARK_AND_EQUALS = String.raw`(?:${MARK_CHOICES}|${WORD_MARK})[ \t]*=`;

/** What a tick or a cross says when the letter gives no key. */
const MARKS_WITHOUT_KEY: ReadonlyMap<string, ToolStatus> = new Map([
  [TICK, 'used'],
  [CROSS, 'not-used'],
]);

/**
 * One entry of a key: a mark (a tick or cross, up to five capitals, a colour, "N/A", an asterisk, or a word before
 * "="), a separator and what it means, or a mark in brackets, or a circle, and its meaning ("(G) in operational use",
 * "●  in use by PSNI"), up to a semicolon, a comma or space before the next entry ("Y = in use N = not
 * in use"), a tab, wider space or the line's end; a comma or semicolon inside a meaning stays ("T = being trialled,
 * not in routine use", "A = pilot under way; not in routine use"). Only what follows the line's start, a colon or such
 * a break opens an entry.
 */
const ENTRY = new RegExp(
  String.raw`(?:^|[,;][ \t]*|[ \t]{2,}|\t|:[ \t]*|[ \t](?=${MARK_AND_EQUALS}))[ \t]*(?:${MARK}[ \t]*(?:=|–|—|-|:)|\(${MARK}\)[ \t]*(?:=|–|—|-|:)?|([${CIRCLES}])[ \t]+|(${WORD_MARK})[ \t]*=)[ \t]*([^=\t\n]{2,120}?)(?=[ \t]*(?:;[ \t]*(?:${NEXT_ENTRY}|\r?$)|,[ \t]*(?:${NEXT_ENTRY})|[ \t]{2,}|\t|[ \t]${MARK_AND_EQUALS}|\r?$))`,
  'gu',
);

/** The characters a key's mark is written with, besides capitals: ticks, crosses and an asterisk. */
const MARK_CHARACTERS = new Set([...TICKS, ...CROSSES, '*'].map((mark) => mark.charCodeAt(0)));
/** Circles, which a key gives with no separator but space ("●  in use by PSNI"). */
const CIRCLE_CHARACTERS = new Set([...CIRCLES].map((mark) => mark.charCodeAt(0)));
const CIRCLE_IN_LINE = new RegExp(`[${CIRCLES}]`, 'u');
/** What stands between a key's mark and its meaning: "=", a dash, a colon. */
const MARK_SEPARATORS = new Set([...'=–—:-'].map((separator) => separator.charCodeAt(0)));

/**
 * True when a line may hold a key: it has an equals sign ("Key: ✓ = in use") or a circle, or opens with a mark ("U",
 * "NC", "N/A", a tick) and its separator. Every line is asked, so it is read a character at a time, and most lines are
 * passed over on their first two or three.
 */
function mayHoldKey(line: Line): boolean {
  const { text } = line;
  if (text.includes('=') || CIRCLE_IN_LINE.test(text)) return true;
  let at = line.indent;
  // "(G) in operational use": a mark in brackets needs no separator.
  const bracketed = text.charCodeAt(at) === 40;
  if (bracketed) at++;
  const first = text.charCodeAt(at);
  RAG_COLOUR_OPENING.lastIndex = at;
  if (RAG_COLOUR_OPENING.test(text)) at = RAG_COLOUR_OPENING.lastIndex;
  else if (isCapital(first)) {
    at++;
    if (first === 78 && text.startsWith('/A', at)) at += 2;
    else while (at < line.indent + 5 && isCapital(text.charCodeAt(at))) at++;
  } else if (CIRCLE_CHARACTERS.has(first)) return true;
  else if (MARK_CHARACTERS.has(first)) at++;
  else return false;
  if (bracketed) return text.charCodeAt(at) === 41;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  return MARK_SEPARATORS.has(text.charCodeAt(at));
}

const isCapital = (code: number): boolean => code >= 65 && code <= 90;

/** The statuses a key's meanings give, in the order they are tried: the narrower first ("not in use" before "in use"). */
const MEANINGS: readonly [RegExp, ToolStatus][] = [
  [/\bneither\s+confirm|\bconfirm\s+n?or\s+deny\b|\bNCND\b/i, 'ncnd'],
  [/\bnot\s+held\b|\bno\s+(?:recorded\s+)?information\b|\binformation\s+not\s+held\b/i, 'not-held'],
  [/\bwithheld\b|\bexempt(?:ion)?\b|\brefused\b/i, 'refused'],
  [/\b(?:another|other)\s+(?:body|authority|organisation|force)\b|\brefer(?:red)?\b|\bcontact\b/i, 'referred'],
  // "being procured or evaluated – not in operational use": a trial, which is not yet in use.
  [/\b(?:trial(?:l?ed|l?ing)?|pilot(?:ed|ing)?|procur(?:ed|ing|ement)|evaluat(?:ed|ing|ion))\b[^;]{0,60}?\bnot\s+(?:yet\s+)?in\s+(?:operational\s+|routine\s+)?use\b/i, 'trialled'],
  [/\bnot\s+(?:currently\s+|presently\s+)?(?:in\s+)?(?:use|used|deployed|operational|adopted|in\s+service)\b|\bno\s+longer\b|\bnever\s+used\b|^\s*no\b|\bdecommissioned\b/i, 'not-used'],
  [/\btrial(?:l?ed|l?ing)?\b|\bpilot(?:ed|ing)?\b|\bplanned\b|\bprocure(?:d|ment)?\b|\bunder\s+evaluation\b/i, 'trialled'],
  [/\bin\s+(?:operational\s+)?(?:use|service)\b|\bused\b|\bdeployed\b|\boperational\b|^\s*yes\b/i, 'used'],
];

/** The marks of a letter's table and what each says, with where its key stands (not an answer itself). */
export interface Legend {
  /** The status of the mark that is the whole of a cell's answer ("✓", "NC"), if any. */
  statusOf(answerText: string): ToolStatus | undefined;
  /** The lines of the key, in text order. */
  readonly keyLines: readonly Span[];
}

/**
 * The letter's key, read from a line with two or more entries of one ("✓ = in use, ✗ = not in use"), or a run of
 * lines with one each ("U – in operational use" / "X – not used"), each mark given once, a meaning perhaps wrapped
 * onto the next line; ticks and crosses mean use and non-use without one.
 */
export function readLegend(lines: readonly Line[]): Legend {
  const marks = new Map(MARKS_WITHOUT_KEY);
  const keyLines: Span[] = [];
  let run: { text: string; spans: Span[]; entries: [string, ToolStatus][] }[] = [];
  const closeRun = (): void => {
    const entries = run.flatMap((each) => each.entries);
    // A key gives each mark once: "A: Yes" then "A: No" are answers under a question each.
    if (entries.length >= 2 && new Set(entries.map(([mark]) => mark)).size === entries.length) {
      for (const [mark, status] of entries) marks.set(mark, status);
      for (const { spans } of run) keyLines.push(...spans);
    }
    run = [];
  };
  for (const line of lines) {
    // Every line either joins the run or closes it, so a run still open ends on the line just above.
    const last = run.length > 0 ? run[run.length - 1] : undefined;
    const entries = line.blank || !mayHoldKey(line) ? undefined : keyEntries(line.text);
    if (entries !== undefined) {
      run.push({ text: line.text, spans: [{ start: line.start, end: line.end }], entries });
      continue;
    }
    // A meaning wrapped onto the next line ("R = retired (previously used," / "no longer in use)  NCND = ...").
    const joined = last !== undefined && !line.blank && WRAPPED_MEANING.test(line.text) ? `${last.text.trimEnd()} ${line.text.trim()}` : undefined;
    const entriesJoined = joined === undefined ? undefined : keyEntries(joined);
    if (last !== undefined && joined !== undefined && entriesJoined !== undefined) {
      run[run.length - 1] = { text: joined, spans: [...last.spans, { start: line.start, end: line.end }], entries: entriesJoined };
      continue;
    }
    closeRun();
  }
  closeRun();
  return { statusOf: (answerText) => markedStatus(answerText, marks), keyLines };
}

/** A line going on with the meaning the key's line above left open: it opens in lower case or with a bracket. */
const WRAPPED_MEANING = /^[ \t]*[\p{Ll}(]/u;

/**
 * The entries of a key on one line, or undefined unless the line is nothing else after any words ending in a colon
 * ("Key:", "In the grid below:"). An entry whose meaning gives no status counts, and says nothing.
 */
function keyEntries(lineText: string): [string, ToolStatus][] | undefined {
  const colon = lineText.indexOf(':');
  const intro = colon >= 0 && /^[ \t]*[\p{L}][\p{L} \t]{0,40}:/u.test(lineText) && !/[=–—-]/.test(lineText.slice(0, colon)) ? colon + 1 : 0;
  const entries: [string, ToolStatus][] = [];
  let covered = intro;
  for (const entry of lineText.slice(intro).matchAll(ENTRY)) {
    // Only blanks may stand between entries.
    if (lineText.slice(covered, intro + entry.index).trim() !== '') return undefined;
    covered = intro + entry.index + entry[0].length;
    const status = statusOfMeaning(entry[5]);
    if (status) entries.push([normalMark(entry[1] ?? entry[2] ?? entry[3] ?? entry[4]), status]);
  }
  if (covered === intro || lineText.slice(covered).trim() !== '') return undefined;
  return entries;
}

/** The status a key's meaning, or a table's column heading, gives: "in operational use", "Trial / pilot". */
export function statusOfMeaning(meaning: string): ToolStatus | undefined {
  for (const [pattern, status] of MEANINGS) if (pattern.test(meaning)) return status;
  return undefined;
}

function normalMark(mark: string): string {
  if (TICKS.includes(mark)) return TICK;
  if (CROSSES.includes(mark)) return CROSS;
  return mark.toUpperCase();
}

/**
 * A mark opening a cell: the mark, then the cell's end, a bracket, a stop, a comma, a dash or more words after a
 * space.
 */
const CELL_MARK = new RegExp(String.raw`^[ \t]*\(?(${MARK_CHOICES}|${WORD_MARK})\)?(?=[ \t]*(?:$|[|(.,\t\r\n–—-]|[ \t]{2,})|[ \t]+\p{Ll})`, 'u');

function markedStatus(answerText: string, marks: ReadonlyMap<string, ToolStatus>): ToolStatus | undefined {
  const mark = CELL_MARK.exec(answerText);
  return mark ? marks.get(normalMark(mark[1])) : undefined;
}
