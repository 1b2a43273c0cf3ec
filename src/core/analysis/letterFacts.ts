// Facts about the letter itself: the authority's reference, the letter's date, when the request was received,
// who is answering, and whether the answer came within the 20 working days of section 10.

import { findDates, mentionToIso, type DateMention } from '../dates';
import { lowerBound, spanIndexAt } from '../sorted';
import type { ActId, LetterFacts } from '../model';
import type { Span } from '../text';
import { workingDaysBetween } from '../workingDays';
import { isWhitespaceCode } from './lines';

/** Section 10(1): the authority must answer within twenty working days following receipt. */
export const SECTION_10_LIMIT = 20;

/**
 * Reads the letter's own facts. Each fact is null when the letter does not state it clearly: a wrong date or
 * authority is worse for a researcher than a missing one.
 * @param sentences the letter's sentences, when already split; receipt phrases are looked for within one sentence.
 * @param act the letter's Act (see `findAct`), whose bank holidays the working days skip. Both Acts allow twenty
 * working days (section 10 of each).
 */
export function findLetterFacts(text: string, sentences?: readonly Span[], act: ActId = 'foia'): LetterFacts {
  const reference = findReference(text);
  const dates = findDates(text);
  const letterDate = findLetterDate(text, dates);
  const date = letterDate ? mentionToIso(letterDate) : null;
  // The day the request was received, which section 10 counts from; else the day it was sent, if the letter says.
  const receipt = findReceiptDates(text, dates, sentences, letterDate);
  let receivedMention: DateMention | undefined;
  let received: string | null = null;
  for (const mention of [receipt.received, receipt.sent]) {
    received = mention ? mentionToIso(mention, date) : null;
    if (received !== null) {
      receivedMention = mention;
      break;
    }
  }
  const authority = findAuthority(text);
  const workingDays = date && received ? workingDaysBetween(received, date, act) : null;
  return {
    authority: authority?.value ?? null,
    reference: reference?.value ?? null,
    date,
    received,
    workingDays,
    late: workingDays !== null && workingDays > SECTION_10_LIMIT,
    referenceSpan: reference?.span,
    dateSpan: letterDate?.span,
    receivedSpan: received ? receivedMention?.span : undefined,
    authoritySpan: authority?.span,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reference

interface Located {
  readonly value: string;
  readonly span: Span;
}

/** An identifier: letters, digits and the usual joiners, holding at least one digit. */
const ID = '[A-Za-z0-9][A-Za-z0-9/_.\\-]{0,40}';
/** "FOI 007663-17": a short all-caps prefix word before the identifier belongs to the reference. */
const REFERENCE_VALUE = `(?:[A-Z]{2,6} (?=[0-9]))?${ID}(?:[ \\t]{0,2}(?:,|&|and)[ \\t]{0,2}${ID}){0,6}`;

/**
 * "Ref", "Reference No", "FOI request number", "Case ref"... followed by the value, unless the requester's: see
 * {@link isRequestersLabel}.
 */
const REF_OR_NUMBER_LABEL = new RegExp(
  `(?<![A-Za-z])(?:foi[ \\t]+)?(?:request[ \\t]+)?(?:ref(?:erence)?(?:[ \\t]+(?:no\\.?|number))?|request[ \\t]+(?:no\\.?|number)|case[ \\t]+(?:no\\.?|number|ref(?:erence)?))(?:[ \\t]*[:.\\-][ \\t]*|(?<=ref(?:erence)?[ \\t]+(?:no\\.?|number))[ \\t]+)(?:\\r?\\n[ \\t]*)?(${REFERENCE_VALUE})`,
  'gi',
);
/** Labels, strongest first, each with the value as its one group. */
const REFERENCE_LABELS: readonly RegExp[] = [
  new RegExp(`(?<![A-Za-z])our[ \\t]+ref(?:erence)?(?:[ \\t]+(?:no\\.?|number))?[ \\t]*(?:[:.\\-][ \\t]*)?(?:\\r?\\n[ \\t]*)?(${REFERENCE_VALUE})`, 'gi'),
  REF_OR_NUMBER_LABEL,
  // Headings such as "FOI 13062019-1- Police Surveillance Tools" or "FOI request and response 2019-01031".
  new RegExp(`^[ \\t]*(FOI(?:[ \\t]+request)?(?:[ \\t]+and[ \\t]+response)?[ \\t]+(?:no\\.?[ \\t]*)?${ID})`, 'gim'),
];

/** "Your" (and "FOI") ending where `lastIndex` is: a label there is the requester's (sticky, read backwards). */
const YOUR_BEFORE = /(?<=your[ \t]{1,3}(?:foi[ \t]{1,3})?)/iy;
const DIGIT = /\d/;

function findReference(text: string): Located | undefined {
  // A reference holds a digit, so a letter without one has none.
  if (!DIGIT.test(text)) return undefined;
  for (const label of REFERENCE_LABELS) {
    // An exec loop, as matchAll would copy the pattern for every letter.
    label.lastIndex = 0;
    for (let match = label.exec(text); match !== null; match = label.exec(text)) {
      if (label === REF_OR_NUMBER_LABEL && isRequestersLabel(text, match.index)) {
        label.lastIndex = match.index + 1;
        continue;
      }
      const raw = match[1];
      // What is kept of the value is part of it, so a value without a digit is passed over at once.
      if (!DIGIT.test(raw)) continue;
      const cleaned = cleanReference(raw);
      if (!cleaned || !DIGIT.test(cleaned.value)) continue;
      const start = match.index + match[0].length - raw.length + cleaned.offset;
      return { value: cleaned.value, span: { start, end: start + cleaned.value.length } };
    }
  }
  return undefined;
}

/**
 * Whether "your" stands just before the label at `offset`: "Your ref" is the requester's own reference and never the
 * authority's. Checked apart from {@link REF_OR_NUMBER_LABEL}, as a lookbehind tried at every character made its
 * scan slower.
 */
function isRequestersLabel(text: string, offset: number): boolean {
  YOUR_BEFORE.lastIndex = offset;
  return YOUR_BEFORE.test(text);
}

/** Drops heading words ("FOI request and response") and trailing joiners ("13062019-1-"). */
function cleanReference(raw: string): { value: string; offset: number } | undefined {
  let offset = 0;
  const heading = /^FOI(?:[ \t]+request)?(?:[ \t]+and[ \t]+response)?[ \t]+(?:no\.?[ \t]*)?/i.exec(raw);
  let value = raw;
  if (heading && /[a-z]/i.test(heading[0].slice(3).trim())) {
    offset = heading[0].length;
    value = raw.slice(offset);
  }
  value = value.replace(/[\s,.&/_-]+$/u, '');
  return value === '' ? undefined : { value, offset };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

/** How far into the letter a date standing alone on a line is taken as the letter's date. */
const LETTERHEAD_REACH = 4000;
/** A date's label on its line, perhaps after the same word in Welsh: "Date:", "Date of response", "Dyddiad / Date:". */
const DATE_LABEL =
  /(?:^|\n)[ \t]*(?:[\p{L}'’]+[ \t]*\/[ \t]*)?(?:date(?:[ \t]+(?:of[ \t]+)?(?:response|sent|of[ \t]+letter))?|dated|response[ \t]+date|dyddiad)[ \t]*(?:[:-][ \t]*)?$/iu;

function findLetterDate(text: string, dates: readonly DateMention[]): DateMention | undefined {
  const withYear = dates.filter((d) => d.year !== undefined);
  const labelled = withYear.find((d) => restOfLineIsEmpty(text, d.span.end) && DATE_LABEL.test(lineBefore(text, d.span.start)));
  if (labelled) return labelled;
  return withYear.find(
    (d) => d.span.start < LETTERHEAD_REACH && restOfLineIsEmpty(text, d.span.end) && lineBefore(text, d.span.start).trim() === '',
  );
}

/** Words before a date, ending just before it, that make it the day the request was received or sent. */
function receiptContext(alternatives: readonly string[]): RegExp {
  return new RegExp(`(?:${alternatives.map((alternative) => `(?:${alternative})`).join('|')})[\\s,]{1,4}(?:the[ \\t]+)?$`, 'i');
}
/** The day the authority received the request, which section 10 counts from. */
const RECEIVED_CONTEXT = receiptContext([
  '\\breceived\\b[^.]{0,120}?\\bon',
  '\\bdate[ \\t]+(?:request[ \\t]+)?received[ \\t]*:?',
  '\\breceived[ \\t]*:',
]);
/** The day the request was dated or sent: taken for the receipt when the letter gives no day it was received. */
const SENT_CONTEXT = receiptContext([
  '\\b(?:request|enquiry|e-?mail|letter|correspondence|application)\\b[^.]{0,80}?\\b(?:dated|of|made[ \\t]+on|submitted[ \\t]+on|sent[ \\t]+on)',
]);
/** Receipt phrases are read in the sentence before the date, at most this far back. */
const RECEIPT_WINDOW = 220;
/** The words each {@link RECEIVED_CONTEXT} and {@link SENT_CONTEXT} phrase begins with, wherever they stand. */
const RECEIPT_WORD = /received|request|enquiry|e-?mail|letter|correspondence|application|date/gi;

/**
 * The first date the letter gives for the request's receipt or sending. A day it was received just after a day it
 * was sent ("your request dated 16/09/2019, which we received on 17/09/2019") is given as `received` beside it.
 */
function findReceiptDates(
  text: string,
  dates: readonly DateMention[],
  sentences: readonly Span[] | undefined,
  letterDate: DateMention | undefined,
): { received: DateMention | undefined; sent: DateMention | undefined } {
  // A receipt phrase begins with one of its words within the window; a date without one is passed over before
  // its sentence is looked for. With many dates the words are found once in the whole text, else near each date.
  const wordsOnce = dates.length * RECEIPT_WINDOW > text.length;
  let words: number[] | undefined;
  let sent: DateMention | undefined;
  for (const mention of dates) {
    if (mention === letterDate) continue;
    if (sent !== undefined && mention.span.start - sent.span.end > RECEIPT_WINDOW) break;
    const windowStart = Math.max(0, mention.span.start - RECEIPT_WINDOW);
    if (wordsOnce) {
      words ??= startsOf(text, RECEIPT_WORD);
      if (!anyBetween(words, windowStart, mention.span.start)) continue;
    } else {
      RECEIPT_WORD.lastIndex = 0;
      if (!RECEIPT_WORD.test(text.slice(windowStart, mention.span.start))) continue;
    }
    const from = Math.max(sentenceStart(text, sentences, mention.span.start), mention.span.start - RECEIPT_WINDOW);
    const before = text.slice(from, mention.span.start);
    if (RECEIVED_CONTEXT.test(before)) return { received: mention, sent };
    if (sent === undefined && SENT_CONTEXT.test(before)) sent = mention;
  }
  return { received: undefined, sent };
}

/** Every offset where `pattern` (global) matches, overlapping matches included, in order. */
function startsOf(text: string, pattern: RegExp): number[] {
  const starts: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    starts.push(match.index);
    pattern.lastIndex = match.index + 1;
  }
  return starts;
}

/** True when some of the sorted `offsets` lies in `[from, to)`. */
function anyBetween(offsets: readonly number[], from: number, to: number): boolean {
  const first = lowerBound(offsets, from);
  return first < offsets.length && offsets[first] < to;
}

/**
 * Where the sentence holding `offset` starts. A "sentence" that follows one without end punctuation is a wrapped
 * line the splitter took for a heading ("received by Norfolk and Suffolk" / "Constabularies on the ..."), so it
 * is read together with the one before.
 */
function sentenceStart(text: string, sentences: readonly Span[] | undefined, offset: number): number {
  if (!sentences) return 0;
  let index = spanIndexAt(sentences, offset);
  if (index < 0) return 0;
  const reach = offset - RECEIPT_WINDOW;
  while (index > 0 && sentences[index].start > reach) {
    const previous = sentences[index - 1];
    if (/[.!?;:]\W{0,4}$/.test(text.slice(Math.max(previous.start, previous.end - 8), previous.end))) break;
    index--;
  }
  return sentences[index].start;
}

/** How far back or ahead a line is read around a date or name; a longer line is prose, never a letterhead. */
const LINE_REACH = 160;

/** The text between the start of the line holding `offset` and `offset`, at most {@link LINE_REACH} characters. */
function lineBefore(text: string, offset: number): string {
  const from = Math.max(0, offset - LINE_REACH);
  let start = offset;
  while (start > from && text[start - 1] !== '\n') start--;
  return text.slice(start, offset);
}

/** True when nothing but spaces follows `offset` on its line (looked at up to {@link LINE_REACH} characters). */
function restOfLineIsEmpty(text: string, offset: number): boolean {
  const stop = Math.min(text.length, offset + LINE_REACH);
  for (let i = offset; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (!isWhitespaceCode(code)) return false;
  }
  return stop === text.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Authority

/** A capitalised place word ("Norfolk", "Thames", "O'Neill"). */
const PLACE_WORD = "[A-Z][A-Za-z'’\\-]+";
/** A place of up to five words on one line, joined by spaces, "and", "&" or "of" ("Avon and Somerset"). */
const PLACE = `${PLACE_WORD}(?:(?:[ \\t]+(?:and|&|of)[ \\t]+|[ \\t]+)${PLACE_WORD}){0,4}`;
/** Space inside a name that may wrap onto the next line ("Norfolk and Suffolk\nConstabularies"). */
const WRAP = '(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)';
const COMMISSIONER = `Police,?${WRAP}(?:Fire,?${WRAP})?and${WRAP}Crime${WRAP}Commissioner`;
const FORCE = `(?:Police(?:[ \\t]+Service|[ \\t]+Force)?|Constabulary|Constabularies|OPCC|OPFCC|PCC)`;
/** A name that is nothing but the kind of force ("Police", "Constabulary"): no body is named. */
const FORCE_ONLY = new RegExp(`^${FORCE}$`);

/** The names of Commissioners, each holding "Crime", strongest first. */
const COMMISSIONER_NAMES = [
  `(?:${PLACE}[ \\t]+)?Office${WRAP}of${WRAP}the${WRAP}(?:${PLACE}[ \\t]+)?${COMMISSIONER}(?:${WRAP}for${WRAP}${PLACE})?`,
  `(?:${PLACE}[ \\t]+)?${COMMISSIONER}(?:${WRAP}for${WRAP}${PLACE})?`,
];
/** The other names: bodies named outright, and forces. */
const OTHER_NAMES = [
  `Police[ \\t]+Service[ \\t]+of[ \\t]+(?:Scotland|Northern[ \\t]+Ireland)|Police[ \\t]+Scotland|Mayor['’]?s[ \\t]+Office[ \\t]+for[ \\t]+Policing[ \\t]+and[ \\t]+Crime`,
  // The bodies overseeing a force that are named for no Commissioner; before the forces, whose names start theirs.
  `Scottish[ \\t]+Police[ \\t]+Authority|Northern[ \\t]+Ireland[ \\t]+Policing[ \\t]+Board|${PLACE}[ \\t]+Combined[ \\t]+Authority`,
  `${PLACE}${WRAP}${FORCE}`,
  // "Staffordshire Commissioner's Office", whose Commissioner's title holds no "Crime".
  `${PLACE}[ \\t]+Commissioner['’]s${WRAP}Office`,
];
/** Alternatives tried in order, matched where they start (sticky). */
function namePattern(alternatives: readonly string[]): RegExp {
  return new RegExp(alternatives.map((alternative) => `(?:${alternative})`).join('|'), 'y');
}
/**
 * Names of bodies that answer FOI requests about policing, matched where they start (sticky): {@link authorityNames}
 * tries it only where a name can start.
 */
const AUTHORITY_NAME = namePattern([...COMMISSIONER_NAMES, ...OTHER_NAMES]);
/**
 * {@link AUTHORITY_NAME} where no Commissioner's name can start: after the last "Crime" of the text. Its alternatives
 * for Commissioners cost most of a failed try, backtracking over the place words before them.
 */
const NAME_WITHOUT_COMMISSIONER = namePattern(OTHER_NAMES);
/**
 * Every name holds one of these words, with nothing before it but its place and the space after it: "Office" or
 * "Police" (Commissioners), "Police" or "Mayor" (the bodies named outright), or the kind of force. The abbreviations
 * "OPCC", "OPFCC" and "PCC" are anchors too, found together by {@link abbreviationOffsets}.
 */
const NAME_ANCHORS = ['Office', 'Police', 'Mayor', 'Constabular', 'Combined', 'Policing'];
/** How many runs of letters a place spans at most: five words and the four joiners ("and", "&", "of") between them. */
const PLACE_RUNS = 9;
/** Leading words that are not part of a body's name ("The Office of...", "Our Police..."). */
const NOT_A_PLACE = new Set([
  'The', 'This', 'That', 'These', 'Our', 'Your', 'My', 'Local', 'Any', 'All', 'Each', 'Every', 'If', 'Dear', 'As',
  'Whilst', 'While', 'However', 'Therefore', 'Where', 'When', 'Other', 'Some', 'Many', 'No', 'Police', 'Elected',
  // A question quoted from the request ("Does Kent Police use ...") names the force after its first word.
  'Does', 'Do', 'Did', 'Is', 'Are', 'Has', 'Have', 'Can', 'Will', 'Would', 'Which', 'What', 'Whether', 'And', 'Or',
  // "The Chief Constable of Kent Police" answers for Kent Police.
  'Chief', 'Constable', 'of',
  // "Heddlu Dyfed-Powys Police", "Heddlu Gogledd Cymru North Wales Police": the Welsh name before the English one.
  'Heddlu', 'De', 'Gogledd', 'Cymru',
]);
/**
 * A name that opens with "Police" and is not a place before it: "Police Service of Northern Ireland", "Police and
 * Crime Commissioner for Cheshire".
 */
const POLICE_OPENS_NAME = /^Police(?:[ \t]+(?:Service[ \t]+of|Scotland)\b|,?\s+(?:Fire,?\s+)?and\s+Crime\b)/;
const LEADING_WORD = /([A-Za-z]+)[ \t]+/y;
const SPACES = /\s+/g;
/** A body's name followed by one of these is a building or a part of it, not the body answering. */
const NOT_THE_BODY_AFTER = /^['’]?s?[ \t]+(?:Headquarters|HQ|Station|Website|Information[ \t]+Unit|Federation)\b/;
/**
 * The last word of a valediction ("Yours sincerely", "Kind regards", "Regards"), but for the "yours" before
 * "sincerely" and "faithfully", which {@link YOURS_BEFORE} checks: a lookbehind tried at every character made the
 * scan several times slower. Valedictions cannot overlap, so these words end exactly where a scan for whole
 * valedictions would find them end.
 */
const VALEDICTION_END = /(?:sincerely|faithfully)\b|\bregards\b/gi;
/** "Yours" ending where `lastIndex` is, before "sincerely" or "faithfully" (sticky, read backwards). */
const YOURS_BEFORE = /(?<=\byours[ \t]+)/iy;
/** The longest of those words. */
const VALEDICTION_END_LENGTH = 'faithfully'.length;
/** A name alone on its line this soon after a valediction is the signature's. */
const SIGNATURE_REACH = 299;
/** The body as the subject of what the letter says it does ("... has considered", "... does not hold"). */
const SUBJECT_VERB =
  /^(?:[ \t]*\([^)\n]{0,40}\))?[ \t]+(?:has|have|is|are|does|do|did|can|cannot|will|would|neither|holds?|provides?|uses?|confirms?|considers?|treats?|received)\b/;
/** "held by the" ending where the name starts: read backwards from there (sticky), which fails at once elsewhere. */
const HOLDER_BEFORE = /(?<=\b(?:held|received|answered|considered)[ \t]+by[ \t]+(?:the[ \t]+)?)/iy;
/**
 * Words before a body's name that send the reader elsewhere: the body named is not the one answering. Global only so
 * that {@link isReferralBefore} can start the search late.
 */
const REFERRAL_BEFORE = /\b(?:contact|resubmit|redirect|forward|approach|write[ \t]+to|direct[ \t]+your[ \t]+request[ \t]+to)\b[^.\n]{0,60}$/gi;
const REFERRAL_AFTER = /^[ \t,]{0,3}(?:who|which)[ \t]+may\b|^[ \t]+may[ \t]+hold\b/;
/** Least evidence for naming a body as the authority; below it the authority is left unknown. */
const AUTHORITY_THRESHOLD = 3;

interface Candidate {
  readonly name: string;
  /** Sum of the evidence over every mention of this name. */
  score: number;
  /** The mention with the strongest evidence, shown as the authority's place in the letter. */
  span: Span;
  spanScore: number;
}

function findAuthority(text: string): Located | undefined {
  const byName = new Map<string, Candidate>();
  const record = (name: TrimmedName, span: Span, score: number): void => {
    const existing = byName.get(name.key);
    if (!existing) {
      byName.set(name.key, { name: name.name, score, span, spanScore: score });
      return;
    }
    existing.score += score;
    if (score > existing.spanScore) {
      existing.span = span;
      existing.spanScore = score;
    }
  };
  const valedictionEndsIn = valedictionFinder(text);
  const trim = trimmedOnce();
  for (const match of authorityNames(text)) {
    const trimmed = trim(match[0]);
    if (!trimmed) continue;
    const span = { start: match.index + trimmed.offset, end: match.index + match[0].length };
    const after = text.slice(span.end, span.end + 60);
    if (NOT_THE_BODY_AFTER.test(after)) continue;
    const before = text.slice(Math.max(0, span.start - 80), span.start);
    record(trimmed, span, scoreMention(text, span, match.index, before, after, valedictionEndsIn));
  }
  for (const { name, span } of capitalLetterheads(text)) record(name, span, LETTERHEAD_SCORE);
  let best: Candidate | undefined;
  for (const candidate of byName.values()) {
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best && best.score >= AUTHORITY_THRESHOLD ? { value: best.name, span: best.span } : undefined;
}

/** What a name alone on a letterhead line near the top counts for, in capitals or not (see {@link scoreMention}). */
const LETTERHEAD_SCORE = 4;
/** How far into the text a line alone with a body's name is taken for the letterhead. */
const NAME_LETTERHEAD_REACH = 600;
/** Lines in capitals, one after another: no lower-case letter, and a run of capitals on each. */
const CAPITALS_LINES = /^(?:[^a-z\n]*[A-Z]{3}[^a-z\n]*(?:\n|$))+/gm;
/** Where each line's first word starts. */
const LINE_OPENING = /^[ \t]*(?=\S)/gm;
/** Words written in lower case inside a body's name. */
const JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the']);

/**
 * Bodies named at the top in capitals, each alone on its lines ("POLICE SERVICE OF NORTHERN IRELAND", "OFFICE OF THE"
 * over "POLICE AND CRIME COMMISSIONER" over "FOR LEICESTERSHIRE"), which {@link AUTHORITY_NAME} reads only in their
 * usual capitals: such lines are read again in them, and the name is given so.
 */
function capitalLetterheads(text: string): { name: TrimmedName; span: Span }[] {
  const found: { name: TrimmedName; span: Span }[] = [];
  for (const block of text.slice(0, NAME_LETTERHEAD_REACH).matchAll(CAPITALS_LINES)) {
    const usual = usualCapitals(block[0]);
    let resume = 0;
    for (const opening of usual.matchAll(LINE_OPENING)) {
      const start = opening.index + opening[0].length;
      if (start < resume) continue;
      AUTHORITY_NAME.lastIndex = start;
      const match = AUTHORITY_NAME.exec(usual);
      if (!match) continue;
      const end = AUTHORITY_NAME.lastIndex;
      if (!restOfLineIsEmpty(usual, end + initialsLength(usual.slice(end)))) continue;
      const name = trimLeadingWords(match[0]);
      if (name) found.push({ name, span: { start: block.index + start + name.offset, end: block.index + end } });
      resume = end;
    }
  }
  return found;
}

/** "HAMPSHIRE AND ISLE OF WIGHT" as "Hampshire and Isle of Wight": each word capitalised, but for the joiners. */
function usualCapitals(line: string): string {
  return line.replace(/[A-Z][A-Z'’]*/g, (word, offset: number) => {
    const lower = word.toLowerCase();
    return offset > 0 && JOINERS.has(lower) ? lower : word[0] + lower.slice(1);
  });
}

/**
 * The names {@link AUTHORITY_NAME} finds in one pass over the text, leftmost first and never overlapping. It is tried
 * only at capitals a little before each of {@link NAME_ANCHORS}: tried at every capital, it cost most of the time.
 */
function authorityNames(text: string): RegExpExecArray[] {
  const names: RegExpExecArray[] = [];
  let resume = 0;
  let tried = 0;
  const lastCrime = lastOffsetOf(text, 'Crime');
  for (const anchor of anchorOffsets(text)) {
    const floor = Math.max(resume, tried);
    for (let start = Math.max(floor, placeStart(text, anchor, floor)); start <= anchor; start++) {
      if (!isCapital(text.charCodeAt(start))) continue;
      const pattern = start <= lastCrime ? AUTHORITY_NAME : NAME_WITHOUT_COMMISSIONER;
      pattern.lastIndex = start;
      const name = pattern.exec(text);
      if (!name || wrapsIntoMore(text, name, pattern.lastIndex)) continue;
      names.push(name);
      resume = pattern.lastIndex;
      start = resume - 1;
    }
    tried = Math.max(tried, anchor + 1);
  }
  return names;
}

/**
 * True when a line of its own runs into a name on the next line that goes on: "Information Manager" over "Police
 * Service of Northern Ireland" is a job title above a name. A letterhead's "Norfolk and Suffolk" over
 * "Constabularies", or prose wrapped mid-name ("received by Norfolk and Suffolk" / "Constabularies on the 13th"),
 * is one name.
 */
function wrapsIntoMore(text: string, name: RegExpExecArray, end: number): boolean {
  const lineBreak = name[0].indexOf('\n');
  if (lineBreak < 0 || restOfLineIsEmpty(text, end)) return false;
  return TITLE_LINE.test(lineBefore(text, name.index) + name[0].slice(0, lineBreak));
}
/** A line of capitalised words only (and their joiners): a heading or a job title, not prose. */
const TITLE_LINE = /^[ \t]*[A-Z][A-Za-z'’-]*(?:[ \t]+(?:[A-Z][A-Za-z'’-]*|and|of|&))*[ \t\r]*$/;

/** The offset of the last `word` in the text, or -1: found forwards, as lastIndexOf reads every character. */
function lastOffsetOf(text: string, word: string): number {
  let last = -1;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) last = at;
  return last;
}

/**
 * Where each of {@link NAME_ANCHORS} occurs, in order. indexOf is far quicker than a pattern with alternatives, and
 * merging the sorted offsets of each word quicker than sorting them.
 */
function anchorOffsets(text: string): number[] {
  let offsets = abbreviationOffsets(text);
  for (const word of NAME_ANCHORS) offsets = mergeSorted(offsets, offsetsOf(text, word));
  return offsets;
}

/**
 * Where each "OPCC", "OPFCC" and "PCC" occurs, in order: all hold "CC", so one search finds them, where three cost
 * three reads of the text. No "CC" right after another yields one, so the offsets come out sorted.
 */
function abbreviationOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf('CC'); at !== -1; at = text.indexOf('CC', at + 1)) {
    if (at >= 3 && text.startsWith('OPF', at - 3)) offsets.push(at - 3);
    if (at >= 2 && text.startsWith('OP', at - 2)) offsets.push(at - 2);
    if (text.charCodeAt(at - 1) === 80) offsets.push(at - 1);
  }
  return offsets;
}

/** Every offset `word` occurs at, overlapping ones included, in order. */
function offsetsOf(text: string, word: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) offsets.push(at);
  return offsets;
}

/** The numbers of two sorted arrays, in one sorted array. */
function mergeSorted(first: number[], second: number[]): number[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) merged.push(first[i] <= second[j] ? first[i++] : second[j++]);
  while (i < first.length) merged.push(first[i++]);
  while (j < second.length) merged.push(second[j++]);
  return merged;
}

/**
 * The earliest offset a name holding the anchor word at `anchor` can start at: back over the words of its place (at
 * most {@link PLACE_RUNS} runs of letters), on the anchor's line or the line before (a name may wrap once). The
 * name can start inside the first run that is neither a place word nor a joiner, but not before it. Looking stops
 * once past `floor`, before which nothing is tried again.
 */
function placeStart(text: string, anchor: number, floor: number): number {
  let start = anchor;
  let lineBreaks = 0;
  for (let runs = 0; runs < PLACE_RUNS && start > floor; runs++) {
    let i = start;
    for (let code = text.charCodeAt(i - 1); isWrapCode(code); code = text.charCodeAt(--i - 1)) {
      if (code === 10 && ++lineBreaks > 1) return start;
    }
    const end = i;
    while (isPlaceCode(text.charCodeAt(i - 1))) i--;
    if (i === end) break;
    start = i;
    if (!isPlaceWordOrJoiner(text, start, end)) break;
  }
  return start;
}

/** A character of {@link WRAP}: space, tab, carriage return or line feed. */
function isWrapCode(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/** A character of a place word or joiner: letters, apostrophes, hyphens and "&". */
function isPlaceCode(code: number): boolean {
  return isCapital(code) || (code >= 97 && code <= 122) || code === 39 || code === 0x2019 || code === 45 || code === 38;
}

/** Whether the run `text[start, end)` can be a whole word of a place: capitalised, or a joiner "and", "&", "of". */
function isPlaceWordOrJoiner(text: string, start: number, end: number): boolean {
  const run = end - start;
  if (isCapital(text.charCodeAt(start))) return run >= 2;
  if (run === 1) return text[start] === '&';
  return (run === 2 && text.startsWith('of', start)) || (run === 3 && text.startsWith('and', start));
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether a valediction of the text ends in `[from, to)`. */
type ValedictionCheck = (from: number, to: number) => boolean;

/** @param matchStart where the name began before its leading words ("The Chief Constable of") were dropped. */
function scoreMention(text: string, span: Span, matchStart: number, before: string, after: string, valedictionEndsIn: ValedictionCheck): number {
  if (isReferralBefore(before) || REFERRAL_AFTER.test(after)) return -4;
  let score = 0;
  // A letterhead may give the body's initials after its name: "Mayor's Office for Policing and Crime (MOPAC)".
  const alone = restOfLineIsEmpty(text, span.end + initialsLength(after)) && lineBefore(text, matchStart).trim() === '';
  if (alone && valedictionEndsIn(span.start - SIGNATURE_REACH, span.start)) score += 20;
  else if (alone && span.start < NAME_LETTERHEAD_REACH) score += LETTERHEAD_SCORE;
  HOLDER_BEFORE.lastIndex = before.length;
  if (HOLDER_BEFORE.test(before)) score += 6;
  if (SUBJECT_VERB.test(after)) score += 3;
  return score;
}

/** The length of initials in brackets opening `after` (" (MOPAC)"), or 0. */
function initialsLength(after: string): number {
  return INITIALS_AFTER.exec(after)?.[0].length ?? 0;
}
const INITIALS_AFTER = /^[ \t]*\([A-Z]{2,8}\)/;

/**
 * Whether {@link REFERRAL_BEFORE} matches `before`. Neither its words nor what follows them hold a full stop or a line
 * break, so the search starts after the last of those: a name alone on its line costs nothing.
 */
function isReferralBefore(before: string): boolean {
  REFERRAL_BEFORE.lastIndex = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1;
  return REFERRAL_BEFORE.test(before);
}

/**
 * Answers for names in the order of the text, scanning forward only: scanning on from each name to the next valediction
 * read the rest of the text again for every name after the last valediction.
 */
function valedictionFinder(text: string): ValedictionCheck {
  let lastFrom = Number.NEGATIVE_INFINITY;
  /** Where the scan goes on from. */
  let cursor = 0;
  /** The end of the first valediction ending at or after `lastFrom`; infinite when none is left. */
  let nextEnd = -1;
  return (from, to) => {
    if (from < lastFrom) nextEnd = -1;
    if (nextEnd === -1) cursor = Math.max(0, from - VALEDICTION_END_LENGTH);
    lastFrom = from;
    while (nextEnd < from) {
      const word = nextValedictionEnd(text, cursor);
      nextEnd = word ? word.index + word[0].length : Number.POSITIVE_INFINITY;
      cursor = VALEDICTION_END.lastIndex;
    }
    return nextEnd < to;
  };
}

/**
 * The first last word of a valediction from `from` on, leaving {@link VALEDICTION_END}'s lastIndex where the scan
 * goes on from (0 when there is none).
 */
function nextValedictionEnd(text: string, from: number): RegExpExecArray | null {
  VALEDICTION_END.lastIndex = from;
  for (let word = VALEDICTION_END.exec(text); word !== null; word = VALEDICTION_END.exec(text)) {
    if ((word[0].charCodeAt(0) | 32) === 114) return word;
    YOURS_BEFORE.lastIndex = word.index;
    if (YOURS_BEFORE.test(text)) {
      VALEDICTION_END.lastIndex = word.index + word[0].length;
      return word;
    }
    VALEDICTION_END.lastIndex = word.index + 1;
  }
  return null;
}

interface TrimmedName {
  readonly name: string;
  /** The name as compared with others: case does not matter. */
  readonly key: string;
  readonly offset: number;
}

/** {@link trimLeadingWords} remembering its answers within one letter, which names the same body again and again. */
function trimmedOnce(): (raw: string) => TrimmedName | undefined {
  const answers = new Map<string, TrimmedName | undefined>();
  return (raw) => {
    if (answers.has(raw)) return answers.get(raw);
    const trimmed = trimLeadingWords(raw);
    answers.set(raw, trimmed);
    return trimmed;
  };
}

/** Strips words such as "The" that the name pattern swallowed; undefined when no name is left. */
function trimLeadingWords(raw: string): TrimmedName | undefined {
  let offset = 0;
  for (;;) {
    LEADING_WORD.lastIndex = offset;
    const word = LEADING_WORD.exec(raw);
    if (!word || !NOT_A_PLACE.has(word[1])) break;
    if (word[1] === 'Police' && POLICE_OPENS_NAME.test(raw.slice(offset))) break;
    offset += word[0].length;
  }
  const name = collapseSpaces(raw.slice(offset));
  if (FORCE_ONLY.test(name)) return undefined;
  return { name, key: name.toLowerCase(), offset };
}

/** Runs of white space as one space; most names have none to collapse, and are returned as they are. */
function collapseSpaces(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 32 ? name.charCodeAt(i + 1) === 32 : isWhitespaceCode(code)) return name.replace(SPACES, ' ');
  }
  return name;
}
