// Finds where a letter quotes the requester's own words. Tools named there are what was asked about, not what
// the authority answered, so the rest of the analysis reads answers only outside these regions.

import { partitionPoint, spanIndexAt } from '../sorted';
import type { Span } from '../text';
import { contentEnd, isAsciiLetter, isQuotedRow, isWhitespaceCode, joinWrappedWords, lineIndexAt, nextContentLine, NextOccurrence, paragraphEnd, splitLines, type Line } from './lines';
import { sentenceAt } from './sentences';
import { isAnswerHeading, isAnswerLabel, isQuestionLabel, opensWithAnswer, QUESTION_LABEL, QUESTION_WORDS, stripListMarker } from './answerLanguage';
import { CROSSES, EMPTY_BOXES, FORM_BOX, TICKED_BOXES, TICKED_FORM_BOX, TICKS } from './marks';

/** A request region never runs longer than this; past it the letter is answering, whatever it looks like. */
const MAX_REGION = 12_000;
/** How far a quoted request may run before its closing quote is given up on. */
const MAX_QUOTE = 6_000;
/** Shortest free-standing quotation taken as a quoted request ("the “Act”" is not one). */
const MIN_QUOTED_REQUEST = 40;

/** The requester asking, in words an authority's answer also uses: "Please advise whether ...", "please confirm". */
const PLEASE_ASKS = /\bplease[ \t]+(?:advise|tell[ \t]+me|confirm|state|let[ \t]+me[ \t]+know)\b/i;

/** The words naming the request where the authority reports it: "your request", "your email". */
const REQUEST_NOUN = String.raw`(?:request|e-?mail|letter|application|questions?)`;
/**
 * What may come between "your" and the request's noun: "your Freedom of Information request", "your FOI request",
 * "your latest request", "your two requests".
 */
const YOUR_REQUEST = String.raw`your[ \t]+(?:(?:latest|original|recent|further|new|earlier|previous|initial|two|three|most[ \t]+recent)[ \t]+)?(?:(?:Freedom[ \t]+of[ \t]+Information|FOI|FOIA|FOISA|information)[ \t]+)?${REQUEST_NOUN}s?(?:,[ \t]+(?:taken[ \t]+together|in[ \t]+short|in[ \t]+summary),)?`;

/**
 * A line introducing the request, ending in a colon: "you sought access to the following information:",
 * "in which you asked:", "your request ... as follows:", "You asked:", "Request:".
 */
const REQUEST_INTRODUCER = new RegExp(
  '(?:' +
  [
    '\\b(?:you|requestor|requester|applicant)[ \\t]+(?:ha(?:ve|d)[ \\t]+)?(?:asked|requested|sought|seek|wrote|stated|enquired|queried|submitted|listed|named)\\b[^:\\n]{0,200}',
    // "Your request ... as follows:", and what it asked at any length: "Thank you for your request of 13 June, which
    // asked the Commissioner which of the following are used by ...:", "Thank you for your email of 25 May asking:"; in
    // a review, "Your original request asked:"; or listed: "Your request listed five items: (1) body worn video, ...".
    String.raw`\byour[ \t]+(?:original[ \t]+|initial[ \t]+|earlier[ \t]+)?${REQUEST_NOUN}\b[^:\n]{0,200}?\b(?:(?:as[ \t]+follows|read|reads|stated|states|said|was|were|is)\b[^:\n]{0,20}|(?:asked|asking|sought|seeking|requesting|listed|named|included)\b[^:\n]{0,200})`,
    '\\b(?:the[ \\t]+following[ \\t]+(?:information|questions?|request|details))\\b[^:\\n]{0,40}',
    // The requester's own words: "Please advise whether the force currently uses the following:".
    `${PLEASE_ASKS.source}[^:\\n]{0,200}`,
    // "Request:", and in a bilingual letter after its Welsh: "Cais / Request:".
    '^[^\\p{L}\\n]{0,6}(?:[\\p{L}]{1,12}[ \\t]*/[ \\t]*)?(?:your[ \\t]+|the[ \\t]+|original[ \\t]+)?(?:request(?:[ \\t]+(?:details|summary))?|questions?|information[ \\t]+requested)[^\\p{L}:\\n]{0,4}',
    // "Your request dated 13/11/2023:", "Your request of 2 May:"
    '^[^\\p{L}\\n]{0,6}(?:your|the|original)[ \\t]+request[ \\t]+(?:dated|of|received|made|sent|submitted)\\b[^:\\n]{0,40}',
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|') + '):',
  'iu',
);
/**
 * {@link REQUEST_INTRODUCER} without Unicode mode, many times faster. On a line of printable ASCII and general
 * punctuation (quotation marks, dashes, bullets: see {@link BEYOND_PLAIN}) the two match alike: its only letters
 * are a-z, none of them an "ſ" or a Kelvin sign that Unicode case folding would read as "s" or "k", and none of
 * its characters lies outside the BMP.
 */
const PLAIN_REQUEST_INTRODUCER = new RegExp(REQUEST_INTRODUCER.source.replaceAll('\\p{L}', 'A-Za-z'), 'i');
/** A character other than a tab, printable ASCII and general punctuation (U+2000 to U+206F). */
const BEYOND_PLAIN = /[^\t\x20-\x7e\u2000-\u206f]/;
/**
 * Words one of which every {@link REQUEST_INTRODUCER} match holds: "you" ("your"), "que" ("request", "requester",
 * "question"), "applicant", "following" or "plea" ("please"). None has an "s" or a "k", which the introducer's Unicode case folding
 * would also match as "ſ" or a Kelvin sign. Most lines with a colon hold none ("Our Ref:", "Date:"), and this is far
 * quicker to run, so only the lines holding one are run through the introducer.
 */
const INTRODUCER_WORDS = /you|que|applicant|following|plea/i;
/**
 * An introducer line that is in fact the authority presenting its answer ("our response is as follows:", "your request
 * was forwarded to the business areas, who have responded as follows:"), or the sections of its refusal ("the
 * information you requested ..., by virtue of the following exemptions:").
 */
const ANSWER_INTRODUCER = /\b(?:response|answer|reply|responded|answered|replied|confirm|advise|inform|decision|exemptions?|by\s+virtue\s+of)\b/i;

/**
 * The answers announced before the words of an introducer: "Answers to your four questions, in the order you asked
 * them:", "Cleveland Police's answers to your questions (a) to (g) are as follows:". Not "In response to your request,
 * you asked:", which reports the request.
 */
const ANSWERS_TO_YOU = /\b(?:answers|responses|replies)[ \t]+to[ \t]+(?:your|each|all)\b/i;

/**
 * The authority offering what follows: "Dyfed-Powys Police is able to provide the following information:", "I can
 * provide the following information:", or passing on another's: "the force has provided the following information:".
 */
const AUTHORITY_PROVIDES =
  /\b(?:(?:is|am|are)[ \t]+(?:now[ \t]+)?(?:able|pleased|happy)[ \t]+to|(?:I|we)(?:[ \t]+can)?(?:[ \t]+now)?)[ \t]+(?:provide|supply|disclose|release|give)\b|(?<!\byou[ \t]+)\b(?:has|have)[ \t]+(?:now[ \t]+)?(?:provided|supplied|given)[ \t]+(?:us[ \t]+with[ \t]+)?the[ \t]+following\b/i;

/** The requester speaking in the first person, for letters that paste the request in without any marker. */
const REQUESTER_VOICE = new RegExp(
  [
    'I[ \\t]+am[ \\t]+(?:concerned|writing[ \\t]+(?:to[ \\t]+(?:request|ask)|under)|requesting|asking)',
    '(?:please|kindly)[ \\t]+(?:can|could|would)[ \\t]+you[ \\t]+(?:tell|provide|confirm|let[ \\t]+me[ \\t]+know|send)',
    '(?:could|can)[ \\t]+you[ \\t]+(?:please[ \\t]+)?(?:tell|provide|confirm|let[ \\t]+me[ \\t]+know|send)',
    'please[ \\t]+(?:provide|supply|send|tell|inform|advise)[ \\t]+me',
    'I[ \\t]+would[ \\t]+(?:like|be[ \\t]+grateful)[ \\t]+(?:to[ \\t]+(?:request|know|ask)|if[ \\t]+you[ \\t]+could)',
    'I[ \\t]+(?:wish|want)[ \\t]+to[ \\t]+(?:request|know|ask)',
    'under[ \\t]+the[ \\t]+freedom[ \\t]+of[ \\t]+information[ \\t]+act[^.\\n]{0,30}\\bI[ \\t]+(?:request|would)',
  ]
    .map((alternative) => `\\b(?:${alternative})`)
    .join('|'),
  'i',
);

/** When the request was made, between its noun and what it asked: " of 26 August 2019", ", received on 3.5.21,". */
const WHEN_MADE = String.raw`(?:,?[ \t]+(?:of|dated|received(?:[ \t]+on)?|sent[ \t]+on)[ \t]+(?:[^\n.]|\.(?=\d)){1,40}?)?`;

/** The space between two words, which a hard-wrapped letter may break over a line: "You\nasked the Commissioner". */
const WRAP = String.raw`(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)`;
/** What a request for information is about: "regarding", "relating to"; not "on", which may open a date. */
const ABOUT = String.raw`(?:about|regarding|concerning|relating${WRAP}to|in${WRAP}relation${WRAP}to)`;

/**
 * The request reported in one sentence, without a colon: "You asked whether the force uses drones or ANPR.", "in
 * which you again ask the Commissioner whether ...", "You asked the Police and Crime Commissioner for North Wales
 * which of the following tools ...", "You asked us to confirm ...", "You asked for the names of ...", "Your request of
 * 26 August was for confirmation of which ...", "your request, which asked about ...", "Your request asks whether
 * ...", "your request ..., addressed to the Commissioner, asking which ...", "Thank you for your request about the use
 * of drones and ANPR by the force.", "Thanks for your email asking the Commissioner whether ...". "For" needs what was
 * asked for after it, so "the information you asked for is not held" reports no request.
 */
const REPORTED_REQUEST = new RegExp(
  [
    String.raw`(?<!\bif[ \t]+)you${WRAP}(?:have${WRAP})?(?:(?:also|again|further|now)${WRAP})?(?:asked|ask|requested|request|enquired|enquire)${WRAP}(?:(?:us|me|the[ \t]+[\w'’&-]+(?:[ \t]+[\w'’&-]+){0,9}?)${WRAP})?(?:whether|if|about|which|what|how|to[ \t]+(?:confirm|state|tell|say|disclose|provide|supply|list|advise)|for[ \t]+(?:the|a|an|any|all|every|details|information|copies|data|figures|numbers|names)[ \t]|(?<=requested${WRAP})(?:copies|details|a[ \t]+copy|a[ \t]+list|all|every)[ \t])\b`,
    // Said of the requester, told in summary: "In summary you wanted to know whether ...", "You appear to be asking
    // whether ...".
    String.raw`(?<!\bif[ \t]+)you${WRAP}(?:(?:wanted|want|wished|wish|would${WRAP}like|were${WRAP}seeking)${WRAP}to${WRAP}know|(?:appear|appeared|seem|seemed)${WRAP}to${WRAP}be${WRAP}(?:asking|requesting|seeking))${WRAP}(?:whether|if|about|which|what|how)\b`,
    // What the request asked ("Your email of 24 October, which asked (in short) whether ..."), or what it was about,
    // named by the authority: "your request related to three topics: ...", "Your email raised questions in three
    // areas: ...", "I have taken your request to be for confirmation of whether ...".
    String.raw`${YOUR_REQUEST}${WHEN_MADE}(?:,?[ \t]+(?:which|that))?,?[ \t]+(?:(?:was|were|is|asks?|asked|sought|seeks?)(?:[ \t]+\([^)\n]{1,30}\))?(?:[ \t]+(?:again|also|further))?(?:[ \t]+(?:us|me|the[ \t]+[\w'’&-]+(?:[ \t]+[\w'’&-]+){0,6}?))?,?[ \t]+(?:for[ \t]+(?:confirmation|details|information|copies|the|a|an|any|all|every)|whether|about|which|regarding)|(?:sought|seeks?)${WRAP}(?:details|copies|the|all|every|a${WRAP}list)[ \t]|concerned|covered|listed|named|included|set[ \t]+out|related[ \t]+to|raised[ \t]+questions[ \t]+(?:in|about|on)|to[ \t]+be[ \t]+(?:for|about|asking))\b`,
    // "Your request of 2 January for information on the force's use of facial recognition ...", "your request for the
    // number of deployments of ANPR", "your request for information dated 4 January concerning ...", "your request,
    // received on 28 February, for "all information" held about ...".
    String.raw`${YOUR_REQUEST}(?:[ \t]+for[ \t]+information${WHEN_MADE},?[ \t]+${ABOUT}|${WHEN_MADE},?[ \t]+for${WRAP}(?:(?:information|details|data|confirmation)${WRAP}(?:on|${ABOUT})|(?:the${WRAP}number|a${WRAP}list|copies|details)${WRAP}of|["“]?all[ \t]+information["”]?))\b`,
    String.raw`${YOUR_REQUEST}\b[^.;\n]{0,100}?[ \t,]+(?:asking|enquiring|seeking)${WRAP}(?:(?:us|me|the[ \t]+[\w'’&-]+(?:[ \t]+[\w'’&-]+){0,6}?)${WRAP})?(?:whether|if|about|which|what|how|for)\b`,
    String.raw`(?:thank[ \t]+you|thanks)[ \t]+for[ \t]+${YOUR_REQUEST}${WHEN_MADE}[ \t]+(?:(?:for[ \t]+information[ \t]+)?(?:about|regarding|concerning|relating[ \t]+to|in[ \t]+relation[ \t]+to)|asking|enquiring|for[ \t]+(?:copies|details|confirmation|a[ \t]+list|any|all)\b)\b`,
  ]
    .map((alternative) => `\\b(?:${alternative})`)
    .join('|'),
  'i',
);

/** How the request quoted below is set apart: "... set out below in italics". */
const IN_TYPE = String.raw`[ \t]+in[ \t]+(?:italics|bold|full|blue|quotation[ \t]+marks)`;
/** The last words of {@link IN_TYPE}. */
const TYPE_WORDS = ['italics', 'bold', 'full', 'blue', 'marks'];
const BELOW_IN_TYPE = new RegExp(String.raw`\bbelow${IN_TYPE}[ \t]*[.:]?[ \t]*$`, 'i');

/** What may come with the request quoted below: "... replicated below together with the response". */
const WITH_RESPONSE = String.raw`[ \t]+(?:together|along)[ \t]+with[ \t]+(?:the|our|my)[ \t]+(?:response|answers?|reply)`;

/**
 * A sentence saying the request is quoted below it, without a colon: "I refer to your request ..., which I have
 * reproduced below.", "Your questions are set out below." Read only on lines ending in "below" (see
 * {@link endsWithBelow}).
 */
const REQUEST_BELOW = new RegExp(
  String.raw`\b${REQUEST_NOUN}\b[^\n]{0,160}?\b(?:reproduced|set[ \t]+out|copied|repeated|quoted|listed|shown|replicated|pasted|detailed)[ \t]+(?:in[ \t]+full[ \t]+)?below(?:${WITH_RESPONSE}|${IN_TYPE})?[ \t]*[.:]?[ \t]*$`,
  'i',
);

/** In prose that follows a request, words only the authority uses; a paragraph with one ends the request. */
const AUTHORITY_CUE =
  /\b(?:not[ \t]+held|do(?:es)?[ \t]+not[ \t]+hold|neither[ \t]+confirms?|exempt(?:ion)?s?\b|sections?[ \t]+\d|s\.?[ \t]?\d+\(|the[ \t]+act\b|is[ \t]+held|are[ \t]+held|requestor|requester|this[ \t]+(?:force|office|constabulary)\b|(?:my|our)[ \t]+(?:response|answers?|reply)\b|our[ \t]+(?:original|earlier|previous|initial|first)[ \t]+(?:response|answers?|reply|letter|decision)\b|in[ \t]+our[ \t]+(?:letter|e-?mail)[ \t]+(?:of|dated)\b|on[ \t]+(?:internal[ \t]+)?review\b|(?<!\bif[ \t]+(?:this|it|that)[ \t]+)(?:would|will)[ \t]+exceed[ \t]+the[ \t]+(?:appropriate|cost|upper)[ \t]+(?:cost[ \t]+)?limit\b|the[ \t]+review(?:er|ing[ \t]+officer)\b|the[ \t]+following[ \t]+(?:response|answers?)\b|(?:I|we)[ \t]+(?:now[ \t]+|can[ \t]+|will[ \t]+|am[ \t]+able[ \t]+to[ \t]+)?(?:respond|reply)\b|(?:I|we)[ \t]+(?:(?:can|am[ \t]+able[ \t]+to|are[ \t]+able[ \t]+to)[ \t]+)?(?:now[ \t]+)?confirm\b|(?:I|we)[ \t]+(?:am|are)[ \t]+not[ \t]+aware\b|(?:am|are)[ \t]+pleased[ \t]+to[ \t]+(?:provide|confirm|inform|advise|supply|enclose)\b|the[ \t]+information[ \t]+(?:that[ \t]+)?you[ \t]+(?:have[ \t]+)?(?:requested|asked[ \t]+for|sought)\b|(?:has|have)[ \t]+(?:now[ \t]+)?located[ \t]+(?:the|some|all|any)\b|(?:has|have)[ \t]+(?:now[ \t]+)?(?:completed|filled[ \t]+in|populated|annotated)[ \t]+(?:the|your)[ \t]+(?:table|form|grid|template|spreadsheet)\b|no[ \t]+(?:such[ \t]+|relevant[ \t]+|recorded[ \t]+)?information[ \t]+(?:is[ \t]+)?held\b|(?:has|have)[ \t]+been[ \t]+(?:considered|handled|dealt[ \t]+with|processed)\b|(?:carried[ \t]+out|completed|conducted|made)[ \t]+(?:(?:[\w'’]+[ \t]+){0,2}?(?:searches|enquiries)|an?[ \t]+(?:[\w-]+[ \t]+){0,2}?search)\b|(?:I|we)[ \t]+(?:can|am[ \t]+able[ \t]+to|are[ \t]+able[ \t]+to)[ \t]+(?:now[ \t]+)?(?:provide|supply|give)[ \t]+(?:you[ \t]+(?:with[ \t]+)?)?the[ \t]+following\b|(?:I|we)[ \t]+have[ \t]+(?:grouped|set[ \t]+out|listed|numbered|arranged|ordered|combined)[ \t]+(?:the|our|my)[ \t]+(?:answers|responses|replies)\b|(?:I|we)[ \t]+have[ \t]+(?:now[ \t]+)?(?:collated|gathered|compiled|collected|obtained)[ \t]+(?:the[ \t]+)?(?:responses|answers|replies)\b|(?:I|we)[ \t]+(?:have[ \t]+)?(?:now[ \t]+)?(?:consulted|contacted)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:departments?|units?|teams?|business[ \t]+areas?|directorates?)\b|(?:I|we)[ \t]+(?:can|am[ \t]+able[ \t]+to|are[ \t]+able[ \t]+to)[ \t]+(?:now[ \t]+)?tell[ \t]+you\b|(?:I|we)(?:[ \t]+have|['’]ve)[ \t]+(?:now[ \t]+)?checked[ \t]+with\b|(?:I|we)[ \t]+have[ \t]+(?:now[ \t]+)?(?:searched\b|(?:passed|forwarded|transferred|referred)[ \t]+(?:your|this)[ \t]+(?:request|e-?mail|letter|questions?)\b))/i;
/**
 * A line answering for one tool, as a list or table gives it: "* BWV - in use", "ANPR: Yes", "Drones | No". Not the
 * requester's "1. Drones - yes or no?".
 */
const ANSWER_ITEM =
  /^[^\n]{1,60}?(?:[ \t]+[-–—][ \t]+|[ \t]*[:|\t][ \t]*|[ \t]*(?:\.{3,}|…+)[ \t]*|[ \t]{2,})(?:yes|no|in[ \t]+use|not[ \t]+in[ \t]+use|used|not[ \t]+used|none)\b(?![ \t]*(?:\/|or\b|\?))/i;
/** A numbered answer opening with its word: "1. Yes.", "(3) Neither confirm nor deny ...". */
const NUMBERED_ANSWER = /^[ \t]*\(?\d{1,2}[.)]\)?[ \t]+(?:yes|no|neither|not[ \t]+(?:held|used|in[ \t]+use|applicable)|none|nil)\b/i;
/** A row of a table flattened to text: cells split by tabs or bars ("Technology\tIn use?\tNotes"). */
const TABLE_ROW = /\S\t+\S|\|[^|\n]*\|/;
/**
 * Words of a requester continuing their request in a new paragraph ("Please also provide ..."); not the "(i)" of a
 * part named in an answer, nor the authority's "I can answer".
 */
const REQUESTER_WORDS = /\bplease\b(?![ \t]+(?:contact|see|find|note|refer|visit|quote|do[ \t]+not|re-?direct|direct|forward|re-?submit|submit|address))|(?<!\()\b(?:I|my|me)\b(?!\))(?![ \t]+(?:can|am[ \t]+(?:able|pleased)[ \t]+to)[ \t]+(?:therefore[ \t]+|now[ \t]+|also[ \t]+)?(?:confirm|advise|inform|tell[ \t]+you|provide|disclose|answer)\b)/i;
/** How a requester carries a list of questions on into a new paragraph: "If so, ...", "For each, ...", "Also ...". */
const REQUEST_CONTINUATION = /^[ \t]*(?:if[ \t]+(?:so|yes|not|no)\b|for[ \t]+(?:each|every|all)\b|in[ \t]+(?:each|every)[ \t]+case\b|and\b|or\b|also\b|including\b|broken[ \t]+down\b)/i;
/** Labels of further questions after a line's first, answered with it: the "and Q5 -" of "Q4 and Q5 - The MPS ...". */
const FURTHER_QUESTION_LABELS = /^(?:(?:,|&|and)[ \t]*(?:Q|Question)?[ \t]*\d{1,2}[ \t]*)+[.:)\-–—]?[ \t]*/i;
/**
 * A question's label and number with nothing after them ("Question 1", "Q2", "Request 3"): the heading of a question
 * or of its answer.
 */
const BARE_QUESTION_LABEL = /^[ \t]*(?:\*\*[ \t]*)?(?:Q|Question|Request)[ \t]*(\d{1,2})[ \t]*(?:\*\*)?[ \t]*:?[ \t]*$/i;
/** Its answer's label, alone on its line: "Response 1", "Answer 2:", "A3". */
const BARE_ANSWER_LABEL = /^[ \t]*(?:\*\*[ \t]*)?(?:A|Answer|Response|Reply)[ \t]*(\d{1,2})[ \t]*(?:\*\*)?[ \t]*:?[ \t]*$/i;
/**
 * A heading over the request with no colon, alone on its line: "REQUEST", "Request summary", "Information requested",
 * "Request (summarised)".
 */
const REQUEST_HEADING =
  /^[ \t]*(?:\*\*|#{1,3}[ \t]+)?(?:your[ \t]+|the[ \t]+|original[ \t]+)?(?:request(?:[ \t]+(?:details|summary)|[ \t]+\((?:summarised|summarized|summary|paraphrased|abridged|in[ \t]+brief)\))?|questions?|information[ \t]+requested)[ \t]*(?:\*\*|[-–—])?[ \t]*$/i;
const LIST_ITEM = /^[ \t]*(?:[-*•·▪◦‣–][ \t]|\(?\d{1,2}[.)]|\(?[a-z][.)][ \t]|\(?[ivx]{1,4}[.)][ \t]|\*\*)/i;
/**
 * An opening quotation mark and the text up to the first closing mark after it, or to the end of the text when there
 * is none (the closing mark is optional, so an unclosed quotation is read once, not again from every later opening).
 * Faster than `indexOf`, which is slow for these two marks.
 */
const QUOTATION = /“[^”]*”?/g;
/** An answer on the same line as its question: "Do you use drones? Yes." or "... ? A: No". */
const INLINE_ANSWER = /\?[ \t]*(?:\*\*[ \t]*)?(?:[-–—:][ \t]*)?(?=(?:A\d*[.:)]|Answer[ \t]*:|Response[ \t]*:|[Yy]es\b|[Nn]o\b))/g;

/**
 * The regions of `text` that quote the requester's words, sorted and non-overlapping.
 * @param sentences the letter's sentences; a sentence opening an answer ends any request region it falls in.
 * @param lines the letter's lines from `splitLines`, when the caller has them already.
 */
export function findRequestRegions(text: string, sentences: readonly Span[], lines: readonly Line[] = splitLines(text)): Span[] {
  const letter = new Letter(text, lines, sentences);
  const regions: Span[] = [];
  let explicitBeforeAnswer = false;
  // Where the last question label read as labelling an answer starts ("Q1 – Yes."), or -1.
  let labelledAnswerAt = -1;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) continue;
    // What a line can start is told by its first and last visible characters, read once here: most lines are
    // passed over on them without their text being read again.
    const first = text.charCodeAt(line.start + line.indent);
    const lineEnd = contentEnd(text, line.start, line.end);
    const last = text.charCodeAt(lineEnd - 1);
    const mayBeLabel = mayOpenQuestionLabel(first);
    const asks = letter.questionMarks.within(line.start, line.end);
    let region: Span | undefined;
    if (mayBeLabel && isQuestionLabel(line.text)) {
      if (labelsAnAnswer(letter, i, regions, labelledAnswerAt)) {
        labelledAnswerAt = line.start;
        continue;
      }
      region = extendRegion(letter, i, line.start, true);
    } else if (mayBeLabel && headsQuestion(letter, i)) {
      // "Question 1" alone, with the question on the next line: the question is the requester's.
      const next = nextContentLine(lines, i);
      region = extendRegion(letter, next, lines[next].start, true);
    } else if ((mayHeadRequest(first, last) && headsRequest(letter, i)) || (mayEndWithBelow(last) && introducesRequestBelow(letter, i, lineEnd))) {
      const next = nextContentLine(lines, i);
      // A labelled question under the heading is read as one, with its answer perhaps straight below ("Q1. ...?"); so
      // is a numbered question with its answer on the very next line.
      if (opensQuestionLabel(text, lines[next]) || answeredStraightBelow(letter, next)) continue;
      region = extendRegion(letter, next, lines[next].start);
    } else if (asks && asksOnItsLine(letter, line) && !endsInside(regions, line)) {
      // "3. Does Police Scotland use IMSI catchers?" over its answer: the question, whole on its line, is the
      // requester's; the line below may already answer it, or the answer follows it on the line ("... video? YES",
      // left out below).
      region = { start: line.start, end: line.end };
    } else if (asks && !endsInside(regions, line) && answeredBelow(letter, i)) {
      // "Does the force use ANPR?" over "Yes.": the question, unnumbered, and its answer on the next line.
      region = { start: line.start, end: line.end };
    } else if (!asks && !endsInside(regions, line) && wrapsNumberedQuestion(letter, i)) {
      // "5. Does the force extract data from mobile phones" / "(e.g. kiosks)?      Yes": the same, over two lines.
      region = { start: line.start, end: lines[i + 1].end };
    } else if (mayOpenParagraphLabel(first, text.charCodeAt(line.start + line.indent + 1)) && !endsInside(regions, line) && (region = itemOverResponse(letter, i)) !== undefined) {
      // "2) Whether the force extracts data ..." over "Response: ...": an item of the request, answered below it.
    } else {
      // Every introducer ends at a colon, which most lines lack.
      if (!letter.colons.within(line.start, line.end)) continue;
      const introducer = requestIntroducer(text, lines, i) ?? (last === 58 ? questionOverList(letter, i) : undefined);
      if (!introducer || ANSWER_INTRODUCER.test(introducer.words.replace(PLEASE_ASKS, '')) || AUTHORITY_PROVIDES.test(text.slice(line.start, introducer.end))) continue;
      if (ANSWERS_TO_YOU.test(text.slice(lines[lineIndexAt(lines, introducer.start)].start, introducer.end))) continue;
      const afterColon = introducer.end;
      const sameLine = text.slice(afterColon, line.end).trim() !== '';
      // "Please tell me which ... : drones; ANPR." is the requester's paragraph, read whole below (requesterVoiceRegion).
      if (sameLine && PLEASE_ASKS.test(introducer.words)) continue;
      const startLine = sameLine ? i : i + 1;
      if (startLine >= lines.length) continue;
      region = extendRegion(letter, startLine, sameLine ? afterColon : lines[startLine].start, sameLine);
    }
    // A request announced over a form the authority filled in ({@link isAnsweredRow}) is not quoted.
    if (region.end <= region.start) continue;
    regions.push(region);
    if (line.start < letter.firstAnswer) explicitBeforeAnswer = true;
    // Lines inside the region just found cannot start another one; skipping them keeps the pass linear.
    i = Math.max(i, lineIndexAt(lines, region.end) - 1);
  }
  const head = pageHead(text);
  const page = head && requestPage(text, head);
  if (head && page) regions.push(page, ...laterRequesterMessages(text, page, head), ...annotations(text, page));
  else if (!explicitBeforeAnswer) {
    const voiced = requesterVoiceRegion(letter, sentences) ?? reportedRequest(letter, sentences);
    if (voiced) regions.push(voiced);
  }
  const correspondence = quotedCorrespondence(letter);
  const quotes = withoutInsertedAnswers(text, quoteBlocks(text, lines), correspondence.answeredInLineFrom);
  regions.push(...furtherParts(letter, sentences), ...subjectLines(lines), ...bracketedSummaries(text), ...quotedRequests(text), ...straightQuotedParagraphs(text, lines), ...quotes, ...correspondence.quoted);
  const trimmed: Span[] = [];
  for (const region of regions) {
    const span = trimSpan(text, region);
    if (span.end - span.start >= 3) trimmed.push(span);
  }
  return withoutAnswerTails(text, mergeSpans(trimmed), letter.answersBeside);
}

/**
 * A reply saying it answers each question on its line: "each followed by our response after the dash", "our answer
 * straight after the question mark", "Our answer is given in brackets after each item", "on the same line".
 */
const ANSWERS_BESIDE =
  /\b(?:answers?|answered|responses?|repl(?:y|ies))\b[^.?]{0,100}?\b(?:(?:on|in)\s+the\s+same\s+line|(?:after|beside|next\s+to|alongside|following)\s+(?:the\s+(?:dash|colon|question\s+mark)|each\s+(?:question|item|point|one|tool|technology)\b(?!\s+below)|(?:each\s+of\s+)?your\s+questions?\b(?!\s+below))|in\s+(?:square\s+|round\s+)?brackets)\b/i;

/** How far into the letter, before its first question mark, a reply saying it answers beside each question is read. */
const BESIDE_REACH = 3000;

/**
 * An answer typed after a question on its line: "Does the PSNI use body worn video? YES", "... drones? NO INFORMATION
 * HELD", "... social media? [Information is held but is exempt]", "... drones? Yes, 12 RPAS.", "... IMSI catchers? As
 * Q5.", "... use ANPR?          Yes - see note", "... drones?     [X] Yes  [ ] No". It opens with an answer's word,
 * so a requester's second question is not taken for one.
 */
const ANSWER_TAIL = new RegExp(
  String.raw`^\?(?:` +
    [
      // In capitals.
      String.raw`[ \t]+(?:YES|NO|NOT|NONE|NIL|NCND|N\/A|NEITHER|SEE|PLEASE|WE|THE|THIS|THERE|INFORMATION)\b[^a-z\n]*`,
      // Labelled: "ANSWER: YES - PSNI carries out ...", "Response: No.", "A1 No – ...", "A: Yes".
      String.raw`[ \t]+(?:ANSWER|RESPONSE|Answer|Response)[ \t]*:[^?\n]{0,300}`,
      String.raw`[ \t]+A\d{0,2}(?:[.:)]|[ \t]+(?=[A-Z]))[^?\n]{0,300}`,
      // After a dash, in a word an answer opens with: "? – Withheld under section 31 ...", "? – Yes, within ...".
      String.raw`[ \t]*[–—-][ \t]+(?:Yes|No|Not|None|Nil|NCND|N\/A|Neither|Withheld|Exempt|Refused|Held|Used|See|As)\b[^?\n]{0,300}`,
      // In square brackets, or in round ones opening with an answer's word: "(Yes)", "(Neither confirm nor deny ...)".
      String.raw`[ \t]+\[[^\]\n]{2,300}\]`,
      String.raw`[ \t]+\((?:Yes|No|Neither|Not[ \t]+held|NCND|Overt)\b[^\n]{0,300}\)`,
      // A yes or no (not the requester's "Yes/No"), a pointer to another answer, or the authority speaking.
      String.raw`[ \t]+(?:(?:Yes|No)\b(?![ \t]*(?:\/|or\b))|As[ \t]+(?:per[ \t]+)?(?:Q|A|question[ \t]*)?\d{1,2}\b|We[ \t]+(?:can|cannot|do|are|have|hold)\b)[^?\n]{0,120}`,
      // In a column of its own, after a tab or a wide gap, perhaps as a form's boxes.
      String.raw`(?:\t|[ \t]{3,})(?:(?:Yes|No|Not|None|Nil|NCND|N\/A|Neither|See|Refer|As)\b|${FORM_BOX})[^?\n]{0,60}`,
    ].join('|') +
    String.raw`)[ \t]*\r?$`,
);

/**
 * Any words after a question mark, in a reply that says it answers beside each question ({@link ANSWERS_BESIDE}),
 * unless they go on asking ("? If so, how many?", "? Please give the dates.").
 */
const ANNOUNCED_TAIL = /^\?[ \t]*(?:[:–—-][ \t]*)?(?!(?:if|and|or|please|including|excluding|for\s+example|e\.g\.|i\.e\.|specifically|in\s+particular)\b)[^\s?][^?\n]*$/i;

/**
 * The first question mark in `text` from `from` to `to` followed by an answer typed after it ({@link ANSWER_TAIL}),
 * and where that answer's line ends (at most `to`); undefined when there is none.
 */
function answerTail(text: string, from: number, to: number, announced = false): { mark: number; end: number } | undefined {
  for (let mark = text.indexOf('?', from); mark >= 0 && mark < to; mark = text.indexOf('?', mark + 1)) {
    const lineEnd = text.indexOf('\n', mark);
    const end = lineEnd < 0 || lineEnd > to ? to : lineEnd;
    const tail = text.slice(mark, end);
    if (ANSWER_TAIL.test(tail) || (announced && ANNOUNCED_TAIL.test(tail))) return { mark, end };
  }
  return undefined;
}

/** A question whole on its line without a number: "Does the force use drones?", answered after it ("... ? (Yes)"). */
const QUESTION_LINE = new RegExp(String.raw`^[ \t]*(?:${QUESTION_WORDS})\b[^\n]*\?$`, 'i');

/**
 * True when a line asks one question whole: numbered ({@link NUMBERED_QUESTION}), or unnumbered with its answer typed
 * after it on the line ({@link ANSWER_TAIL}), as replies answering in line do, outside a table.
 */
function asksOnItsLine(letter: Letter, line: Line): boolean {
  const question = questionOf(letter, line);
  if (NUMBERED_QUESTION.test(question)) return true;
  const answered = question !== line.text;
  // A table's row ("Do you use ANPR?<tab>Yes.") is read as one, row by row.
  return answered && QUESTION_LINE.test(question) && !isAnsweredRow(line.text);
}

/** A line's text without an answer typed after its question ({@link ANSWER_TAIL}). */
function questionOf(letter: Letter, line: Line): string {
  const tail = answerTail(letter.text, line.start, line.end, letter.answersBeside);
  return tail ? letter.text.slice(line.start, tail.mark + 1) : line.text;
}

/** The regions without the answers typed after their questions ({@link ANSWER_TAIL}), which are the authority's. */
function withoutAnswerTails(text: string, regions: readonly Span[], announced: boolean): Span[] {
  const out: Span[] = [];
  for (const region of regions) {
    let start = region.start;
    for (let tail = answerTail(text, start, region.end, announced); tail; tail = answerTail(text, start, region.end, announced)) {
      out.push({ start, end: tail.mark + 1 });
      start = tail.end;
    }
    if (region.end - start >= 3) out.push({ start, end: region.end });
  }
  return out;
}

/** What every step of finding the regions reads. */
class Letter {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly answers: AnswerSentences;
  /** The colons and question marks, looked up by offset rather than searched for in each line's text. */
  readonly colons: NextOccurrence;
  readonly questionMarks: NextOccurrence;
  #firstAnswer: number | undefined;
  #answerLabels: Map<number, number> | undefined;
  #answersBeside: boolean | undefined;

  constructor(text: string, lines: readonly Line[], sentences: readonly Span[]) {
    this.text = text;
    this.lines = lines;
    this.answers = new AnswerSentences(text, sentences);
    this.colons = new NextOccurrence(text, ':');
    this.questionMarks = new NextOccurrence(text, '?');
  }

  /**
   * Where the authority first starts answering, found when first asked (it reads every line before it); no line
   * that is not blank before it is an answer line.
   */
  get firstAnswer(): number {
    this.#firstAnswer ??= firstAnswerOffset(this.lines, this.answers);
    return this.#firstAnswer;
  }

  /** The line of the first bare answer label with this number ("Response 2"), or -1; all are found on the first call. */
  answerLabelLine(number: number): number {
    if (!this.#answerLabels) {
      this.#answerLabels = new Map();
      for (let i = 0; i < this.lines.length; i++) {
        const line = this.lines[i];
        // Every such label opens with "a" or "r": the other lines are passed over without running the expression.
        const first = line.text.charCodeAt(line.indent) | 32;
        if (first !== 97 && first !== 114) continue;
        const label = BARE_ANSWER_LABEL.exec(line.text);
        if (label && !this.#answerLabels.has(Number(label[1]))) this.#answerLabels.set(Number(label[1]), i);
      }
    }
    return this.#answerLabels.get(number) ?? -1;
  }

  /**
   * True when the letter says, before its first question, that it answers each question on the question's line
   * ({@link ANSWERS_BESIDE}); found when first asked.
   */
  get answersBeside(): boolean {
    if (this.#answersBeside === undefined) {
      const firstMark = this.questionMarks.from(0);
      this.#answersBeside = firstMark <= BESIDE_REACH && ANSWERS_BESIDE.test(this.text.slice(0, firstMark));
    }
    return this.#answersBeside;
  }

  /** True once {@link firstAnswer} has been found. */
  get knowsFirstAnswer(): boolean {
    return this.#firstAnswer !== undefined;
  }
}

/**
 * The sentences that open with an answer, read on demand: a region needs only the first one after its start, so
 * most letters never have the sentences after their request read. Each sentence is read at most once.
 */
class AnswerSentences {
  readonly #text: string;
  readonly #sentences: readonly Span[];
  /**
   * Per sentence once read: the index of the first answer sentence at or after it (the count when none); else -1.
   * Made on the first search, as a letter without a request region never searches.
   */
  #nextAnswer: Int32Array | undefined;

  constructor(text: string, sentences: readonly Span[]) {
    this.#text = text;
    this.#sentences = sentences;
  }

  /** The start of the first answer sentence starting after `offset`, or undefined. */
  firstAfter(offset: number): number | undefined {
    const sentences = this.#sentences;
    const index = this.#firstFrom(partitionPoint(sentences.length, (i) => sentences[i].start <= offset));
    return index < sentences.length ? sentences[index].start : undefined;
  }

  /** The index of the first answer sentence at or after `first`; remembered for every sentence read on the way. */
  #firstFrom(first: number): number {
    const count = this.#sentences.length;
    const next = (this.#nextAnswer ??= new Int32Array(count).fill(-1));
    let i = first;
    while (i < count && next[i] < 0 && !this.#opensWithAnswer(i)) i++;
    const found = i < count && next[i] >= 0 ? next[i] : i;
    next.fill(found, first, Math.min(i + 1, count));
    return found;
  }

  #opensWithAnswer(index: number): boolean {
    const sentence = this.#sentences[index];
    return opensWithAnswer(this.#text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
  }
}

/** An introducer found by {@link requestIntroducer}: its words, and where they start and end (after the colon). */
interface Introducer {
  readonly words: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Lines a wrapped sentence runs on over, beyond its first: an introducer may open this many lines above its colon's
 * ("You asked the\nCommissioner ... by:"), and a paragraph's opening sentence is read this many lines below.
 */
const MAX_WRAPPED_LINES = 2;

/**
 * The introducer on line `i`, which holds a colon, if any. Every introducer ends at a colon and holds no other, so the
 * line is read only up to its last colon, searched for back from the line's end in the letter itself (rather than
 * in the line's text, one more object to go through). An introducer may open on a line or two above, wrapped, when
 * those lines run on into this one (they end without a full stop, question mark or colon).
 */
function requestIntroducer(text: string, lines: readonly Line[], i: number): Introducer | undefined {
  const line = lines[i];
  let colon = text.lastIndexOf(':', line.end - 1);
  // A web address's colon ("... published at https://...") ends no introducer; the one before it may.
  while (colon >= line.start && text.startsWith('//', colon + 1)) colon = text.lastIndexOf(':', colon - 1);
  if (colon < line.start) return undefined;
  let from = line.start;
  for (let above = i; above >= Math.max(0, i - MAX_WRAPPED_LINES); above--) {
    if (above < i) {
      const wrapped = lines[above];
      const last = text.charCodeAt(contentEnd(text, wrapped.start, wrapped.end) - 1);
      if (wrapped.blank || last === 46 || last === 63 || last === 58 || last === 33) break;
      from = wrapped.start;
    }
    // A line break inside the introducer reads as a space: one character for one, so offsets hold.
    const head = text.slice(from, colon + 1).replace(LINE_BREAK_CHARACTER, ' ');
    if (!INTRODUCER_WORDS.test(head)) continue;
    const match = BEYOND_PLAIN.test(head) ? REQUEST_INTRODUCER.exec(head) : PLAIN_REQUEST_INTRODUCER.exec(head);
    if (match) return { words: match[0], start: from + match.index, end: from + match.index + match[0].length };
  }
  return undefined;
}

const LINE_BREAK_CHARACTER = /[\r\n]/g;

/** A question put over a list, ending its line with a colon: "Which of these technologies are used by the force:". */
const QUESTION_OVER_LIST = new RegExp(String.raw`^[ \t]*(?:${QUESTION_WORDS})\b[^:\n?]{0,200}:[ \t]*$`, 'i');

/**
 * Line `i`, ending in a colon, as the requester's question over the list of what it asks about, which follows at
 * once: only before the authority starts answering, where the letter quotes the request.
 */
function questionOverList(letter: Letter, i: number): Introducer | undefined {
  const { lines } = letter;
  const line = lines[i];
  const next = nextContentLine(lines, i);
  if (next !== i + 1 || !LIST_ITEM.test(lines[next].text) || !QUESTION_OVER_LIST.test(line.text) || line.start >= letter.firstAnswer) return undefined;
  return { words: line.text.trim(), start: line.start + line.indent, end: line.end };
}

/** Where the authority first starts answering: an answer heading or label line, or an answer-opening sentence. */
function firstAnswerOffset(lines: readonly Line[], answers: AnswerSentences): number {
  let first = answers.firstAfter(-1) ?? Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (line.start >= first) break;
    if (!line.blank && isAnswerLine(line.text)) {
      first = line.start;
      break;
    }
  }
  return first;
}

/**
 * A bare question label ("Question 1", "Q2") over a line that asks something ("Does the force use drones?"), or over
 * any request when its answer's label comes later ("Question 1 / Please tell me ... / Response 1"); only for a line
 * that {@link mayOpenQuestionLabel}.
 */
function headsQuestion(letter: Letter, i: number): boolean {
  const { lines } = letter;
  const label = BARE_QUESTION_LABEL.exec(lines[i].text);
  if (!label) return false;
  const next = nextContentLine(lines, i);
  if (next < 0 || next > i + 2 || isAnswerLine(lines[next].text)) return false;
  return letter.questionMarks.within(lines[next].start, lines[next].end) || letter.answerLabelLine(Number(label[1])) > next;
}

/**
 * True when a line whose first and last visible characters are `first` and `last` may be a {@link REQUEST_HEADING}:
 * it opens with "*", "#" or the first letter of one of its words, and ends with "*", a dash, a closing bracket or the
 * last letter of one.
 */
function mayHeadRequest(first: number, last: number): boolean {
  const opening = first | 32;
  const ending = last | 32;
  return (
    (first === 42 || first === 35 || opening === 121 || opening === 116 || opening === 111 || opening === 114 || opening === 113 || opening === 105) &&
    (last === 42 || last === 45 || last === 41 || last === 0x2013 || last === 0x2014 || ending === 116 || ending === 115 || ending === 121 || ending === 110 || ending === 100)
  );
}

/** A {@link REQUEST_HEADING} line with the request below it, not an answer. */
function headsRequest(letter: Letter, i: number): boolean {
  const { lines } = letter;
  // Every such heading is at most 30 characters long and has no colon: most lines are passed over unread.
  if (lines[i].text.length > 30 || letter.colons.within(lines[i].start, lines[i].end) || !REQUEST_HEADING.test(lines[i].text)) return false;
  return requestFollows(lines, i);
}

/** True when the last region found ends inside the line: the line was read with it, and starts nothing new. */
function endsInside(regions: readonly Span[], line: Line): boolean {
  return regions.length > 0 && regions[regions.length - 1].end > line.start;
}

/**
 * A numbered or lettered question on one line: "3. Does the force use IMSI catchers?", "(b) How many drones ...?",
 * "Part (d) - Do you use unmanned aerial vehicles?", "ii. Does the force ...?"; the first or last of a quoted request
 * may carry its quotation mark.
 */
const NUMBERED_QUESTION = new RegExp(
  String.raw`^[ \t]*["“]?(?:(?:part|question|item|request)[ \t]*)?(?:\(?\d{1,2}[a-z]?[.)]|\(?(?:[a-z]|[ivx]{2,4})[.)]|\([ivx]{1,4}\)|\d{1,2}(?=[ \t]*[-–:]))(?:[ \t]*[-–:])?[ \t]+(?:${QUESTION_WORDS})\b[^\n]*\?["”]?[ \t]*$`,
  'i',
);

/**
 * True when line `i` is a {@link NUMBERED_QUESTION} whose next line, with no blank line between, neither asks nor opens
 * with a list's marker: its answer ("1. How many cyber kiosks does the force have?" / "The force has 41 kiosks.").
 */
function answeredStraightBelow(letter: Letter, i: number): boolean {
  const { lines } = letter;
  const below = lines[i + 1];
  if (below === undefined || below.blank || letter.questionMarks.within(below.start, below.end)) return false;
  if (stripListMarker(below.text) !== below.text.trimStart()) return false;
  return letter.questionMarks.within(lines[i].start, lines[i].end) && NUMBERED_QUESTION.test(questionOf(letter, lines[i]));
}

/**
 * True when line `i` is an unnumbered question whole on its line ({@link QUESTION_LINE}) and the next line, with no
 * blank line between, answers it: it neither asks, opens a list item nor reads as the requester's, unless it says what
 * only the authority says ("Does the force use ANPR?" / "Yes.", "Does the Constabulary have a drone?" / "It has
 * several").
 */
function answeredBelow(letter: Letter, i: number): boolean {
  const { lines } = letter;
  const below = lines[i + 1];
  if (below === undefined || below.blank || letter.questionMarks.within(below.start, below.end)) return false;
  if (stripListMarker(below.text) !== below.text.trimStart() || (readsAsRequest(below.text) && !authoritySays(below.text))) return false;
  return QUESTION_LINE.test(lines[i].text.trimEnd());
}

/**
 * True when line `i` opens a {@link NUMBERED_QUESTION} that the next line ends, as a form's question wraps in its
 * column ("5. Does the force extract data from mobile phones" / "   (e.g. kiosks, Cellebrite)?        Yes"). The next
 * line opening a list item is a question of its own.
 */
function wrapsNumberedQuestion(letter: Letter, i: number): boolean {
  const { lines } = letter;
  const next = lines[i + 1];
  if (next === undefined || next.blank || !letter.questionMarks.within(next.start, next.end) || LIST_ITEM.test(next.text)) return false;
  return NUMBERED_QUESTION.test(`${lines[i].text.trimEnd()} ${questionOf(letter, next).trim()}`);
}

/**
 * True when line `i`, whose visible text ends at `lineEnd`, says the request is quoted below it
 * ({@link REQUEST_BELOW}) and the next line with content does not answer. Our own answer set out below ("our response
 * is set out below") is not one.
 */
function introducesRequestBelow(letter: Letter, i: number, lineEnd: number): boolean {
  const { text, lines } = letter;
  const lineText = lines[i].text;
  if (!endsWithBelow(text, lines[i].start, lineEnd) || !REQUEST_BELOW.test(lineText)) return false;
  // Only the last sentence, ending "below", is read for the authority's words: "We can confirm receipt of your email.
  // Your request is set out below." introduces the request. "... replicated below together with the response" does too.
  const sentence = lineText.slice(lineText.lastIndexOf('. ', lineEnd - lines[i].start - 2) + 1);
  if (ANSWER_INTRODUCER.test(sentence.replace(BELOW_WITH_RESPONSE, ''))) return false;
  return requestFollows(lines, i);
}

/** True when a line whose last visible character is `last` may end with "below" (see {@link endsWithBelow}). */
function mayEndWithBelow(last: number): boolean {
  return (last | 32) === 119 || last === 46 || last === 58;
}

/**
 * True when the line from `start`, its visible text ending at `end`, ends with the word "below", and perhaps a full
 * stop or colon, as few lines do; or with "below together with the response" ({@link BELOW_WITH_RESPONSE}) or "below in
 * italics" ({@link BELOW_IN_TYPE}).
 */
function endsWithBelow(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  const wordEnd = last === 46 || last === 58 ? end - 1 : end;
  // The words read code by code: most lines fail at their last letter, with nothing sliced.
  if (endsWithWord(text, start, wordEnd, BELOW)) return true;
  // Plain loops: this runs for every line of a letter, and closures here cost an allocation each.
  for (const { words, pattern } of WORDS_AFTER_BELOW) {
    for (const word of words) if (endsWithWord(text, start, wordEnd, word)) return pattern.test(text.slice(Math.max(start, end - 50), end));
  }
  return false;
}

/** True when the text from `start` to `end` ends with `word` (lower case), in either case. */
function endsWithWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start < word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(end - word.length + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** "below" with what comes with the request ({@link WITH_RESPONSE}), ending its line. */
const BELOW_WITH_RESPONSE = new RegExp(String.raw`\bbelow${WITH_RESPONSE}[ \t]*[.:]?[ \t]*$`, 'i');
const BELOW = 'below';
/** The last words of {@link WITH_RESPONSE}. */
const RESPONSE_WORDS = ['response', 'reply', 'answer', 'answers'];
/** What may follow "below" at a line's end, each known by its last words, which are read before the pattern. */
const WORDS_AFTER_BELOW = [
  { words: RESPONSE_WORDS, pattern: BELOW_WITH_RESPONSE },
  { words: TYPE_WORDS, pattern: BELOW_IN_TYPE },
];

/** True when a line with content follows line `i` and does not answer: the request a heading or introducer announces. */
function requestFollows(lines: readonly Line[], i: number): boolean {
  const next = nextContentLine(lines, i);
  return next >= 0 && !isAnswerLine(lines[next].text);
}

/** True when the next line with content after line `i` answers ("The force can neither confirm nor deny ..."). */
function answerFollows(lines: readonly Line[], i: number): boolean {
  const next = nextContentLine(lines, i);
  return next >= 0 && isAnswerLine(lines[next].text);
}

function isAnswerLine(lineText: string): boolean {
  return isAnswerHeading(lineText) || isAnswerLabel(lineText) || opensWithAnswer(lineText);
}

/**
 * Extends a request region from `start` (on line `startLine`) until the authority starts answering: an answer
 * heading, label or opening sentence, the next question, an answer on the question's own line, or a paragraph of
 * prose in the authority's voice. A region opening with a quotation mark ends at the matching closing mark.
 * A `single` paragraph request (a question label, or "You asked: ..." on one line) runs on past a blank line only
 * into what still reads as the request: a list, a question, or after a line ending in a colon.
 */
function extendRegion(letter: Letter, startLine: number, start: number, single = false): Span {
  const { text, lines } = letter;
  const quoted = quotedFrom(text, start);
  if (quoted) return quoted;
  let end = lines[startLine].end;
  // "Q. Does the force ...?" is answered under "A.", which elsewhere may be the first of a lettered list.
  const answeredUnderA = opensQuestionLabel(text, lines[startLine]);
  // A request quoted with ">" marks, as an email reply quotes it, ends with the marks.
  const firstContent = lines[startLine].blank ? nextContentLine(lines, startLine) : startLine;
  const marked = firstContent >= 0 && opensEmailQuote(text, lines[firstContent]);
  let previousBlank = false;
  /** The last line with content so far, or -1 before the first. */
  let lastContent = -1;
  for (let i = startLine; i < lines.length; i++) {
    const line = lines[i];
    if (line.start - start > MAX_REGION) break;
    const blank = line.blank;
    // A form's row answered at its end is the authority's, and so is all below it.
    if (!blank && (i > startLine || !single) && isAnsweredRow(line.text)) {
      if (lastContent < 0) return { start, end: start };
      break;
    }
    if (i > startLine && !blank) {
      if (opensQuestionLabel(text, line) || (line.start >= letter.firstAnswer && isAnswerLine(line.text)) || endsMessage(line)) break;
      if (marked && i > firstContent && !opensEmailQuote(text, line)) break;
      if (answeredUnderA && LETTER_A_LABEL.test(line.text)) break;
      if (single && i === startLine + 1 && !previousBlank && answersAtOnce(text, start, lines[startLine].text, line)) break;
      if (lastContent >= 0 && previousBlank && (endsAfterBlank(letter, i, lines[lastContent].text.trimEnd(), single) || repeatsLabel(text, start, line))) break;
    }
    // An answer on the line follows a question mark, which most lines lack.
    const inline = letter.questionMarks.within(line.start, line.end) ? inlineAnswerEnd(text, Math.max(line.start, start), line.end) : undefined;
    if (inline !== undefined) {
      end = inline;
      break;
    }
    if (!blank) {
      end = line.end;
      lastContent = i;
    }
    previousBlank = blank;
  }
  const cut = letter.answers.firstAfter(start);
  return { start, end: cut !== undefined && cut < end ? cut : end };
}

/**
 * A form's row with its answer at the end, after dot leaders, a tab or a column's gap: "a) Body worn video ......
 * Y", "Drones\tNot held", "1. ANPR      Yes [X]   No [ ]", "Body-worn video     √". Not a blank form's choices
 * ("Yes / No", "[ ] Yes [ ] No").
 */
const ANSWERED_ROW = new RegExp(
  String.raw`^[^\n]{1,80}?(?:[ \t]*(?:\.{3,}|…+)[ \t]*|\t[ \t]*|[ \t]{3,})(?:(?:yes|no|y|n|n\/a|ncnd|nil|none|not[ \t]+held|see[ \t]+(?:note|covering|below|above)|as[ \t]+\(?[a-z]?\d{0,2}\)?)(?![\p{L}\p{N}])(?![ \t]*(?:\/|or\b|\[[ \t]*\]|[${EMPTY_BOXES}]))|(?=[^\n]*${TICKED_FORM_BOX})(?:\[|[${TICKED_BOXES}${EMPTY_BOXES}])|[${TICKS}${CROSSES}](?![\p{L}\p{N}]))[^?\n]{0,60}$`,
  'iu',
);

/**
 * True when a line is an {@link ANSWERED_ROW}. Most lines hold neither leaders, a tab nor a wide gap, and are passed
 * over.
 */
export function isAnsweredRow(lineText: string): boolean {
  return (lineText.includes('...') || lineText.includes('…') || lineText.includes('\t') || lineText.includes('   ')) && ANSWERED_ROW.test(lineText);
}

/** A question's topic, a few words: "Body worn video", "Hacking / equipment interference". */
const TOPIC_WORDS = String.raw`[A-Za-z][A-Za-z()/&' -]{0,40}`;

/**
 * A question's label over nothing but its topic, a few words: "Q1 - Body worn video". Like a question, it is answered
 * by the line below unless that line goes on asking.
 */
const TOPIC_LABEL = new RegExp(String.raw`^[ \t]*(?:Q|Question)[ \t]*\d{1,2}[a-z]?[ \t]*[.:)\-–—][ \t]*${TOPIC_WORDS}$`);

/** How far past a question's label its words are read for an answer opening them. */
const LABEL_WORDS_REACH = 1_000;

/**
 * A question's topic, a few words, and its answer after a dash or colon: "ANPR - Yes", "Hacking – Neither confirm nor
 * deny (s.24(2))", "Drones: not held". Not a blank form's choices ("ANPR - Yes / No").
 */
const TOPIC_ANSWERED = new RegExp(
  String.raw`^[ \t]*${TOPIC_WORDS}?[ \t][-–—:][ \t]*(?:(?:yes|no)\b(?![ \t]*(?:\/|or\b))|ncnd\b|neither[ \t]+confirm|not[ \t]+(?:held|used|in[ \t]+use)\b)[^?\n]*$`,
  'i',
);

/** The end of a line asking a question, perhaps with a note in brackets: "... drones? (internal review of 2024/118)". */
const QUESTION_LINE_END = /\?[ \t]*(?:\([^()\n]{0,80}\)[ \t]*)?$/;

/**
 * True when a line straight under a one-line question ("You asked: Does the force use drones?"), or a label over its
 * topic ({@link TOPIC_LABEL}), already answers it,
 * with no blank line between, as pasted text often loses it: an answer to one of its labelled questions, a numbered
 * answer ("1. Yes.") or a tool's answer item ("Drones ...... In use"), or a sentence opening with a capital that
 * neither goes on with the request nor speaks as the requester ("Neither IMSI catchers nor AFR are used"), unless it
 * says what only the authority says ("I can now confirm that ...").
 */
function answersAtOnce(text: string, start: number, questionLine: string, line: Line): boolean {
  const asks = QUESTION_LINE_END.test(questionLine) || TOPIC_LABEL.test(questionLine);
  // A request put as a statement ("Copies of any evaluation of ...") may go on below; only the authority's words end it.
  if (!asks && !questionLine.trimEnd().endsWith('.')) return false;
  const lineText = line.text;
  if ((asks && repeatsLabel(text, start, line)) || NUMBERED_ANSWER.test(lineText) || ANSWER_ITEM.test(lineText)) return true;
  const first = text.charCodeAt(line.start + line.indent);
  if (first < 65 || first > 90 || continuesRequest(lineText)) return false;
  return authoritySays(lineText) || (asks && !REQUESTER_WORDS.test(lineText));
}

/** "A." or "A1." opening a line, the answer under a "Q." or "Q1." label. */
const LETTER_A_LABEL = /^[ \t]*(?:\*\*[ \t]*)?A[ \t]*(?:\d{1,2}[a-z]?[ \t]*)?[.:)][ \t]/;

/** Longest item of a request read over its response, in lines. */
const MAX_ITEM_LINES = 6;

/**
 * True when a line whose first two visible characters are `first` and `second` may open with a
 * {@link PARAGRAPH_LABEL}: "(", a digit before a digit, "." or ")", or a letter before "." or ")". Most lines open
 * with a word, and are passed over without running the expression.
 */
function mayOpenParagraphLabel(first: number, second: number): boolean {
  const lower = first | 32;
  const closes = second === 46 || second === 41;
  if (first >= 48 && first <= 57) return closes || (second >= 48 && second <= 57);
  return first === 40 || (lower >= 97 && lower <= 122 && closes);
}

/**
 * The paragraph opening at line `i` with a label ("2) Whether the force ...") when the next paragraph opens with an
 * answer's label ("Response: ...", "Answer -"): in a letter setting each item of the request over its answer, the
 * item is the requester's.
 */
function itemOverResponse(letter: Letter, i: number): Span | undefined {
  const { lines } = letter;
  // Only a paragraph's first line, as a later item of a list is read with the list.
  if ((i > 0 && !lines[i - 1].blank) || !PARAGRAPH_LABEL.test(lines[i].text) || isAnswerLine(lines[i].text)) return undefined;
  let last = i;
  while (last + 1 < lines.length && !lines[last + 1].blank) {
    if (++last - i >= MAX_ITEM_LINES) return undefined;
  }
  const next = nextContentLine(lines, last);
  if (next < 0 || next > last + 2 || !(isAnswerLabel(lines[next].text) || isAnswerHeading(lines[next].text))) return undefined;
  // A list of the authority's answers over a "Decision" heading ("1. Drones - Yes.", "3. Hacking - the force
  // neither confirms nor denies ...") is no item of the request.
  for (let k = i; k <= last; k++) if (ANSWER_ITEM.test(lines[k].text) || authoritySays(lines[k].text)) return undefined;
  return { start: lines[i].start, end: lines[last].end };
}

/** The label opening a paragraph: "(1)", "2.", "b)". */
const PARAGRAPH_LABEL = /^[ \t]*(\(?(?:\d{1,2}|[a-z])[.)])[ \t]/i;

/**
 * True when a paragraph inside a request opens with a label the request has already used ("(1) Open source
 * research is undertaken ..." after "... use (1) social media intelligence and (2) ..."): it answers that part.
 */
function repeatsLabel(text: string, start: number, line: Line): boolean {
  const label = PARAGRAPH_LABEL.exec(line.text);
  return label !== null && text.slice(start, line.start).includes(label[1]);
}

/**
 * True when line `i`, the first after a blank line inside a request, starts the authority's part: prose in its
 * voice, a bare question label over an answer, or (after a question, or in a `single` request) a paragraph that
 * does not read as the request or is a table or a list of answers. Only paragraph starts are read this way, not
 * every line.
 */
function endsAfterBlank(letter: Letter, i: number, lastContent: string, single: boolean): boolean {
  const { text, lines } = letter;
  const lineText = lines[i].text;
  if (isAuthorityProse(sentenceOpening(letter, i))) return true;
  if (mayOpenQuestionLabel(text.charCodeAt(lines[i].start + lines[i].indent)) && BARE_QUESTION_LABEL.test(lineText) && answerFollows(lines, i)) return true;
  if (!(single || endsQuestion(lastContent)) || lastContent.endsWith(':')) return false;
  // A table, or a list answering tool by tool, after a request that announced nothing below it is the answer.
  // So is a list item saying what only the authority says ("1. No DPIA is held because ..."); prose that does was
  // read above.
  // "1. Yes." under "does the force use (1) body worn video, (2) drones ...?" answers the items the question keyed,
  // and "**No. The University does not ..." in bold answers the question above it.
  return (
    !readsAsRequest(lineText) ||
    TABLE_ROW.test(lineText) ||
    ANSWER_ITEM.test(lineText) ||
    NUMBERED_ANSWER.test(lineText) ||
    authoritySays(lineText) ||
    (BOLD_OPENING.test(lineText) && (YES_OR_NO.test(stripListMarker(lineText)) || opensWithAnswer(lineText.trimStart())))
  );
}

/** A line opening in bold, as a reply gives its answer below each question ("**No. The University does not ..."). */
const BOLD_OPENING = /^[ \t]*(?:\*\*|__)\S/;
/** A yes or no opening a sentence: "No. The University ...", "Yes, since 2021". */
const YES_OR_NO = /^(?:yes|no)\b[ \t]*[.,;:!–—-]/i;

/**
 * True when a line that is not blank, its first visible character `first`, may open a question label
 * ({@link isQuestionLabel}, {@link BARE_QUESTION_LABEL}): only one opening with a "Q", an "R" or a "*" can.
 */
function mayOpenQuestionLabel(first: number): boolean {
  return first === 81 || first === 113 || first === 82 || first === 114 || first === 42;
}

/** {@link isQuestionLabel} on a line that is not blank, passing over most lines without reading their text. */
function opensQuestionLabel(text: string, line: Line): boolean {
  return mayOpenQuestionLabel(text.charCodeAt(line.start + line.indent)) && isQuestionLabel(line.text);
}

/**
 * True when the question label on line `i` heads an answer, not a question: once the response has begun, or when a
 * request region above already asked under the same label ("You asked: Q1 Does ...? Q2 ...?" then "Q1 Yes."), some
 * letters answer under the question's label ("Question 1: The force uses ANPR."). The words after the label (or on
 * the next line, under a bare label) then state something rather than ask it, and no answer of their own follows them.
 */
function labelsAnAnswer(letter: Letter, i: number, regions: readonly Span[], labelledAnswerAt: number): boolean {
  const { text, lines } = letter;
  const label = QUESTION_LABEL.exec(lines[i].text);
  // "Q1 ANPR - Yes", "Q3 Hacking - Neither confirm nor deny": a topic and its answer after a dash label an answer
  // wherever they stand; so do a yes or no opening a statement ("Q1 – Yes, officers wear ...") and words only the
  // authority says ("Q6: The force can neither confirm nor deny ...").
  const rest = label ? lines[i].text.slice(label[0].length) : '';
  // Only the words just after the label are read for the authority's: a long line is not searched end to end.
  const opening = rest.slice(0, LABEL_WORDS_REACH);
  if (label && (TOPIC_ANSWERED.test(rest) || YES_OR_NO.test(opening.trimStart()) || authoritySays(opening))) return true;
  // Before the first answer, a label is an answer's only when the request above asked by that label, or ended just
  // above with its question ("You asked: ...?" over "Q1 Policy on hacking – Not held by this force."), or a label
  // below the request already labelled an answer ("Q1 – Yes." over "Q2 – ...").
  if (lines[i].start < letter.firstAnswer && !askedBefore(text, regions, label) && !answeredAfterRequest(letter, i, regions) && !labelledSince(regions, labelledAnswerAt)) {
    return false;
  }
  let wordsLine = i;
  let words = rest.trim().replace(FURTHER_QUESTION_LABELS, '');
  if (words === '') {
    wordsLine = nextContentLine(lines, i);
    if (wordsLine < 0 || opensQuestionLabel(text, lines[wordsLine])) return false;
    words = lines[wordsLine].text.trim();
  }
  if (opensWithAnswer(words)) return true;
  return !readsAsRequest(words) && !answerFollows(lines, wordsLine);
}

/** True when the answer label at `labelledAnswerAt` (-1 for none) stands after the last request region. */
function labelledSince(regions: readonly Span[], labelledAnswerAt: number): boolean {
  const last = regions[regions.length - 1];
  return last !== undefined && labelledAnswerAt >= last.end;
}

/**
 * True when a question label's line `i`, after a request region ending just above it with a question mark, asks
 * nothing itself, on its line or the lines its sentence wraps onto: it labels the answer to what was asked.
 */
function answeredAfterRequest(letter: Letter, i: number, regions: readonly Span[]): boolean {
  const { text, lines } = letter;
  const last = regions[regions.length - 1];
  if (last === undefined || lines[i].start - last.end > MAX_GAP_BELOW_QUESTION) return false;
  return text.charCodeAt(contentEnd(text, last.start, last.end) - 1) === 63 && !sentenceOpening(letter, i).includes('?');
}

/** Most characters between a question and the label of its answer: the line break and a blank line or two. */
const MAX_GAP_BELOW_QUESTION = 6;

/** True when a request region holds a question label of the same number as `label` ("Q1" for "Q1 Yes."). */
function askedBefore(text: string, regions: readonly Span[], label: RegExpExecArray | null): boolean {
  const number = label ? /\d{1,2}/.exec(label[0]) : null;
  if (!number || regions.length === 0) return false;
  // Asked under the same label, or as an item of that number: "1. Does the force use drones?" then "Question 1 - ...";
  // or "(1) body worn video, (2) drones" listed in a sentence.
  const n = Number(number[0]);
  const asked = new RegExp(`(?<![\\p{L}\\p{N}])Q(?:uestion)?[ \\t]*0?${n}(?!\\d)|^[ \\t>"“]*\\(?0?${n}[.)][ \\t]|(?<![\\p{L}\\p{N}])\\(0?${n}\\)[ \\t]+\\p{L}`, 'imu');
  return regions.some((region) => asked.test(text.slice(region.start, region.end)));
}

/** A paragraph that still reads as the requester's: a list item, a question, a quotation, a follow-on clause, or their own voice. */
function readsAsRequest(lineText: string): boolean {
  return continuesRequest(lineText) || REQUESTER_WORDS.test(lineText);
}

/** True when a line goes on with a request: a list item, a question, a quotation, or "If so", "Also", "including" ... */
function continuesRequest(lineText: string): boolean {
  return LIST_ITEM.test(lineText) || lineText.includes('?') || /^\s*["“>]/.test(lineText) || REQUEST_CONTINUATION.test(lineText);
}

/**
 * True when a request's last line is a numbered or bulleted item or a question: past the blank line after it, a
 * paragraph that does not read as the request is the authority's, even without a heading ("Body worn video is used.").
 */
function endsQuestion(lineText: string): boolean {
  // An item quoted with ">" in an email reply is still an item; so is a short line with no stop, as a list without
  // marks gives its items ("  drones").
  return LIST_ITEM.test(lineText.replace(/^[ \t>]+/, '')) || lineText.endsWith('?') || unmarkedItem(lineText);
}

/** Longest line read as an item of a list without marks. */
const MAX_UNMARKED_ITEM = 60;
/**
 * An item of a list without marks: words alone, with no figure (a date, a section) and no stop, comma or little word
 * at the end that would run on into the next line.
 */
const UNMARKED_ITEM = /^[ \t]*\p{L}[\p{L} \t'’/&()-]*(?<![.?!:;,"”’)]|\b(?:and|or|the|of|to|a|an|in|for|with|by))$/iu;

function unmarkedItem(lineText: string): boolean {
  return lineText.length <= MAX_UNMARKED_ITEM && UNMARKED_ITEM.test(lineText);
}

/**
 * The text of line `i` and of the lines below it that carry on its sentence (at most {@link MAX_WRAPPED_LINES}), joined
 * by spaces, with any word the wrap broke whole again: "I have searched the records of the Office of the Police and
 * Crime" wraps before "... can confirm".
 */
function sentenceOpening(letter: Letter, i: number): string {
  const { text, lines } = letter;
  let last = i;
  while (last < Math.min(lines.length - 1, i + MAX_WRAPPED_LINES) && !lines[last + 1].blank && !SENTENCE_END.test(lines[last].text.trimEnd())) last++;
  if (last === i) return lines[i].text.trimEnd();
  return joinWrappedWords(text.slice(lines[i].start, lines[last].end)).replace(LINE_BREAK, ' ').trimEnd();
}

/** How a line that ends its sentence ends. */
const SENTENCE_END = /[.?!:;]["”’)]?$/;
/** A line break and the spaces around it, where lines read together are joined. */
const LINE_BREAK = /[ \t]*\r?\n[ \t]*/g;

function isAuthorityProse(lineText: string): boolean {
  return !LIST_ITEM.test(lineText) && authoritySays(lineText);
}

/** True when a line says what only the authority says, and asks nothing. */
function authoritySays(lineText: string): boolean {
  return !lineText.includes('?') && AUTHORITY_CUE.test(lineText);
}

function inlineAnswerEnd(text: string, from: number, to: number): number | undefined {
  INLINE_ANSWER.lastIndex = 0;
  const match = INLINE_ANSWER.exec(text.slice(from, to));
  return match ? from + match.index + 1 : undefined;
}

/** A region that opens (after any list number) with a quotation mark runs to the matching closing mark. */
function quotedFrom(text: string, start: number): Span | undefined {
  const head = /^[\s\d.)(*-]{0,12}(["“])/.exec(text.slice(start, start + 16));
  if (!head) return undefined;
  const open = start + head.index + head[0].length - 1;
  // Looking no further than the longest quotation keeps many unclosed quotes from each reading the rest of the text.
  const within = text.slice(open + 1, open + 1 + MAX_QUOTE).indexOf(head[1] === '“' ? '”' : '"');
  return within === -1 ? undefined : { start, end: open + 1 + within + 1 };
}

/**
 * For letters that paste the request in unmarked (the requester's first-person text, then the answer), the text
 * from the sentence of the first requester-voiced phrase up to the first answer.
 */
function requesterVoiceRegion(letter: Letter, sentences: readonly Span[]): Span | undefined {
  const { text, lines } = letter;
  // The voice is looked for before the first answer, within MAX_REGION. The expression reads nothing past its
  // match, so a match there is also one in the first MAX_REGION characters: a letter with none in those need not
  // have its first answer found, which reads every line before it.
  if (!letter.knowsFirstAnswer && !REQUESTER_VOICE.test(text.slice(0, MAX_REGION))) return undefined;
  const limit = Math.min(letter.firstAnswer, text.length);
  const voice = REQUESTER_VOICE.exec(text.slice(0, Math.min(limit, MAX_REGION)));
  if (!voice) return undefined;
  const start = sentenceAt(sentences, voice.index)?.start ?? voice.index;
  const region = extendRegion(letter, lineIndexAt(lines, start), start);
  return { start: region.start, end: Math.min(region.end, limit) };
}

/** The sentence reporting the request ({@link REPORTED_REQUEST}) before the first answer; it is the whole region. */
function reportedRequest(letter: Letter, sentences: readonly Span[]): Span | undefined {
  // As for the requester's voice: a letter without the words in its first MAX_REGION characters has no first
  // answer to find for them.
  if (!letter.knowsFirstAnswer && !REPORTED_REQUEST.test(letter.text.slice(0, MAX_REGION))) return undefined;
  const limit = Math.min(letter.firstAnswer, letter.text.length, MAX_REGION);
  const reported = REPORTED_REQUEST.exec(letter.text.slice(0, limit));
  if (!reported) return undefined;
  const sentence = sentenceAt(sentences, reported.index);
  if (!sentence) return undefined;
  const end = Math.min(runsOnToList(letter.text, sentence.end, limit), limit);
  const asked = reported.index + reported[0].length;
  const answer = AUTHORITY_CUE.exec(letter.text.slice(asked, end));
  if (!answer) return { start: sentence.start, end };
  // "Your email of 24 October, which asked whether ..., has been dealt with under the Act.": the request's handling,
  // said of it, ends the region; "... about drones, I can confirm the force has two." answers in the sentence too.
  const handlingAt = asked + answer.index;
  const afterHandling = letter.text.slice(handlingAt + answer[0].length, end).replace(UNDER_THE_ACT, '');
  if (!HANDLED.test(answer[0]) || AUTHORITY_CUE.test(afterHandling)) return undefined;
  return { start: sentence.start, end: contentEnd(letter.text, sentence.start, handlingAt) };
}

/**
 * Where a reported request ends that runs on, without a stop, into the items of its paragraph ("... you asked whether
 * the Agency" / "(i) uses equipment interference ..., (ii) uses IMSI catchers"): at the paragraph's end, unless the
 * authority's words come first. Otherwise at the sentence's end.
 */
function runsOnToList(text: string, sentenceEnd: number, limit: number): number {
  if (TERMINAL.test(text.slice(sentenceEnd - 1, sentenceEnd))) return sentenceEnd;
  const end = paragraphEnd(text, sentenceEnd, limit);
  if (end - sentenceEnd > MAX_LIST_RUN || AUTHORITY_CUE.test(text.slice(sentenceEnd, end))) return sentenceEnd;
  return contentEnd(text, sentenceEnd, end);
}

/** A sentence's last character that ends it. */
const TERMINAL = /[.?!:;]/;
/** Longest run of items a reported request is read on over. */
const MAX_LIST_RUN = 600;

/** How a request was handled, as {@link AUTHORITY_CUE} reads it: "has been dealt with", "has been considered". */
const HANDLED = /^(?:has|have)[ \t]+been\b/i;
/** The law a request was handled under: " under the Freedom of Information Act 2000", " under the Act". */
const UNDER_THE_ACT = /^[ \t]+under[ \t]+the[ \t]+(?:[\w()]+[ \t]+){0,5}?Act\b(?:[ \t]+\d{4})?/i;

/**
 * The line a request's page on WhatDoTheyKnow opens with, saved as text: "Jane Smith made this Freedom of
 * Information request to Kent Police".
 */
const REQUEST_PAGE = /^[^\n]{1,80}\bmade[ \t]+this[ \t]+Freedom[ \t]+of[ \t]+Information[ \t]+request[ \t]+to\b|^[ \t]*Request[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][^\n]{1,80}?[ \t]+by[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*$/m;
/** How far into the text that line may stand: below the page's title. */
const REQUEST_PAGE_REACH = 1_000;
/** The requester's sign-off closing the request on such a page. */
const REQUESTER_SIGN_OFF = /^[ \t]*(?:yours[ \t]+(?:faithfully|sincerely|truly)|(?:kind[ \t]+|best[ \t]+)?regards|many[ \t]+thanks|thank[ \t]+you)\b/im;
/** Longest request read on such a page. */
const MAX_PAGE_REQUEST = 6_000;

/** A message's salutation, with whom it addresses: "Dear Ms Crowther", "Dear Nottinghamshire Police". */
const SALUTATION = /^[ \t]*Dear[ \t]+([^\n,]{1,80})/im;
/** Words that address a requester without naming them: "Dear Requester". */
const REQUESTER_TITLES = new Set(['requester', 'requestor', 'applicant']);

/**
 * On a request's page saved from WhatDoTheyKnow, everything down to the requester's sign-off is theirs: the page's
 * title, its status ("Information not held.", "Refused.", which the requester sets, not the authority), and the
 * request itself. The authority's replies follow. A page saved with the reply alone has no request message: its
 * first salutation then addresses the requester ("Dear Ms Crowther"), and the reply begins there.
 */
function requestPage(text: string, head: PageHead): Span | undefined {
  const rest = text.slice(head.index, head.index + MAX_PAGE_REQUEST);
  const signOff = REQUESTER_SIGN_OFF.exec(rest);
  const salutation = SALUTATION.exec(rest);
  if (salutation && (!signOff || salutation.index < signOff.index) && addressesRequester(salutation[1], head.parties)) {
    return { start: 0, end: head.index + salutation.index };
  }
  return signOff ? { start: 0, end: head.index + signOff.index } : undefined;
}

/**
 * The requester's later messages on a request's page, below the authority's reply: each from a salutation to the
 * authority ("Dear Cleveland Police,") to the requester's sign-off. An internal review asked for ("Cleveland Police
 * obviously uses both ...") is the requester's claim, not the authority's answer.
 */
function laterRequesterMessages(text: string, page: Span, head: PageHead): Span[] {
  const found: Span[] = [];
  const salutations = new RegExp(SALUTATION.source, 'gim');
  salutations.lastIndex = page.end;
  for (let salutation = salutations.exec(text); salutation; salutation = salutations.exec(text)) {
    if (addressesRequester(salutation[1], head.parties) || !addressesAuthority(salutation[1], head.parties)) continue;
    const signOff = REQUESTER_SIGN_OFF.exec(text.slice(salutation.index, salutation.index + MAX_PAGE_REQUEST));
    if (!signOff) continue;
    found.push({ start: salutation.index, end: salutation.index + signOff.index });
    salutations.lastIndex = salutation.index + signOff.index;
  }
  return found;
}

/** The line opening a note left on a request's page by its requester or another user: "Jo Bloggs left an annotation". */
const ANNOTATION = 'left an annotation';
/** What ends such a note: the page's rule between messages, its invitation to add another, or a message's greeting. */
const ANNOTATION_END = /^[ \t]*(?:-{5,}|_{5,}|Add[ \t]+an[ \t]+annotation\b|Dear[ \t])/m;

/**
 * The notes left on a request's page below the request, each from its opening line to the page's next rule or
 * message: users' views ("... so both are clearly in use"), not the authority's answer.
 */
function annotations(text: string, page: Span): Span[] {
  const found: Span[] = [];
  for (let at = text.indexOf(ANNOTATION, page.end); at !== -1; at = text.indexOf(ANNOTATION, at + ANNOTATION.length)) {
    const start = text.lastIndexOf('\n', at) + 1;
    const rest = text.slice(at, at + MAX_PAGE_REQUEST);
    const end = ANNOTATION_END.exec(rest);
    found.push({ start, end: at + (end ? end.index : rest.length) });
  }
  return found;
}

/** Where the line heading a request's page ({@link REQUEST_PAGE}) stands, and the parties it names. */
interface PageHead {
  readonly index: number;
  readonly parties: PageParties;
}

/** The requester's words, and the authority's, of a page's heading line. */
interface PageParties {
  readonly requester: string;
  readonly authority: string;
}

/** The heading line of a request's page saved from WhatDoTheyKnow, if the text opens with one. */
function pageHead(text: string): PageHead | undefined {
  const head = REQUEST_PAGE.exec(text.slice(0, REQUEST_PAGE_REACH));
  if (!head) return undefined;
  // The whole line: the authority's name follows "request to" in the first form of it.
  const lineEnd = text.indexOf('\n', head.index);
  return { index: head.index, parties: pageParties(text.slice(head.index, lineEnd === -1 ? text.length : lineEnd)) };
}

/** The parties of the page's line: "<requester> made this ... request to <authority>" or "Request to <authority> by <requester>". */
function pageParties(pageLine: string): PageParties {
  const made = pageLine.search(/\bmade[ \t]/);
  if (made >= 0) return { requester: pageLine.slice(0, made), authority: pageLine.slice(pageLine.search(/\brequest[ \t]+to\b/i) + 10) };
  const by = pageLine.lastIndexOf(' by ');
  return { requester: pageLine.slice(by + 4), authority: pageLine.slice(0, by) };
}

/** The words of a name, lower-cased. */
function nameWords(name: string): string[] {
  return name.toLowerCase().match(/[a-z][a-z'’-]+/g) ?? [];
}

/** True when a salutation names the page's requester ("Helen Crowther made this ...") or calls them the requester. */
function addressesRequester(addressee: string, parties: PageParties): boolean {
  const requester = new Set(nameWords(parties.requester));
  return nameWords(addressee).some((word) => requester.has(word) || REQUESTER_TITLES.has(word));
}

/** True when a salutation names the page's authority ("Dear Cleveland Police") by a word of its name other than "the" or "of". */
function addressesAuthority(addressee: string, parties: PageParties): boolean {
  const authority = new Set(nameWords(parties.authority).filter((word) => word !== 'the' && word !== 'of' && word !== 'and' && word !== 'to'));
  return nameWords(addressee).some((word) => authority.has(word));
}

/** A sentence reporting a further part of the request: "You also asked about the assessments made before ...". */
const ALSO_ASKED = /^[^A-Za-z\n]{0,6}you[ \t]+(?:have[ \t]+)?also[ \t]+(?:asked|requested|enquired|sought|wanted[ \t]+to[ \t]+know)\b/i;

/**
 * Each sentence of {@link ALSO_ASKED}, anywhere in the letter: what the requester asked, however the letter goes on
 * to answer it. Not one that answers as well ("You also asked about drones; we do not hold ...").
 */
function furtherParts(letter: Letter, sentences: readonly Span[]): Span[] {
  const { text } = letter;
  const found: Span[] = [];
  for (const sentence of sentences) {
    // Only a sentence whose first letter is a "y" can be one: the rest are passed over unread.
    let first = sentence.start;
    while (first < sentence.start + 6 && first < sentence.end && !isAsciiLetter(text.charCodeAt(first))) first++;
    if ((text.charCodeAt(first) | 32) !== 121) continue;
    const asked = ALSO_ASKED.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
    if (asked && !AUTHORITY_CUE.test(text.slice(sentence.start + asked[0].length, sentence.end))) found.push(sentence);
  }
  return found;
}

/** A letter's or email's subject line: "Re: your request about drones", "Subject: FOI 2019/11 - Body cameras". */
const SUBJECT_LINE = /^[ \t]*(?:\*\*)?(?:re|subject|title)[ \t]*:[ \t]*/i;
/** How far into a letter its subject line may stand, below the addresses and references of its head. */
const SUBJECT_REACH = 2_000;

/**
 * The words of each subject line in the head of a letter: what the request was about, in the authority's words or
 * the requester's, and never an answer. A tool named only there is one asked about.
 */
function subjectLines(lines: readonly Line[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < lines.length && lines[i].start < SUBJECT_REACH; i++) {
    const line = lines[i];
    const subject = line.blank ? null : SUBJECT_LINE.exec(line.text);
    if (!subject) continue;
    // A subject wrapped onto the next line: "Re: Police surveillance tools (body worn video, ... IMSI catchers," /
    // "mobile phone extraction, ...)".
    const next = lines[i + 1];
    const wrapped = next !== undefined && !next.blank && WRAPS_ON.test(line.text);
    found.push({ start: line.start + subject[0].length, end: wrapped ? next.end : line.end });
  }
  return found;
}

/** A line going on past its end: it ends with a comma, "and" or "or", or leaves a bracket open. */
const WRAPS_ON = /(?:,|\b(?:and|or))[ \t]*$|\([^)\n]*$/i;

/**
 * The request named with its summary in brackets: "Re your FOI request of 13 June (tools and tactics used by our
 * local force: BWV, facial recognition, hacking)", as a letter opens, not as its answer points back ("the products
 * named in your request (Stingray, ...)"). The opening bracket is found here; {@link closingBracket} ends it.
 */
const BRACKETED_SUMMARY = new RegExp(
  String.raw`(?:^[ \t]*|\b(?:re:?|thank[ \t]+you[ \t]+for|thanks[ \t]+for|regarding|following|further[ \t]+to|in[ \t]+(?:reply|response)[ \t]+to)[ \t]+)your[ \t]+(?:FOI[ \t]+|freedom[ \t]+of[ \t]+information[ \t]+|information[ \t]+)?(?:request|e-?mail|letter|application)${WHEN_MADE}[ \t]*\(`,
  'gim',
);
/** How far into a letter a request named with its summary may stand: in its head or first paragraphs. */
const SUMMARY_REACH = 3_000;
/** Most characters a summary in brackets holds. */
const MAX_SUMMARY = 600;

/** The inside of each {@link BRACKETED_SUMMARY}: what the request asked, as the authority or requester sums it up. */
function bracketedSummaries(text: string): Span[] {
  const found: Span[] = [];
  const head = text.slice(0, SUMMARY_REACH);
  for (const match of head.matchAll(BRACKETED_SUMMARY)) {
    const start = match.index + match[0].length;
    const end = closingBracket(text, start);
    if (end !== undefined) found.push({ start, end });
  }
  return found;
}

/**
 * Where the bracket opened just before `start` closes, brackets inside it counted; undefined past
 * {@link MAX_SUMMARY}.
 */
function closingBracket(text: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start; i < Math.min(text.length, start + MAX_SUMMARY); i++) {
    const code = text.charCodeAt(i);
    if (code === 40) depth++;
    else if (code === 41 && depth-- === 0) return i;
  }
  return undefined;
}

/**
 * Each run of lines opening with ">", the mark an email reply puts before the words it quotes: in a letter those are
 * the requester's ("> Please state whether it is in use now."), never the authority's answer. Not the lines of a
 * message an authority wrote, as its attribution tells ("On 9 April, Kent Police FOI <foi@kent.police.uk> wrote:"):
 * those are its earlier answer, with the request quoted one level deeper.
 */
function quoteBlocks(text: string, lines: readonly Line[]): Span[] {
  const found: Span[] = [];
  let start = -1;
  let end = -1;
  // Whether an authority wrote the message quoted at each depth, as the attribution above it says.
  const byAuthority: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const depth = line.blank ? 0 : quoteDepth(text, line);
    if (depth > 0 && !byAuthority[depth]) {
      if (start < 0) start = line.start;
      end = line.end;
    } else if (start >= 0) {
      found.push({ start, end });
      start = -1;
    }
    if (!line.blank && text.charCodeAt(contentEnd(text, line.start, line.end) - 1) === 58 && WROTE.test(line.text)) {
      byAuthority[depth + 1] = SENT_BY_AUTHORITY.test(attribution(lines, i));
    }
  }
  if (start >= 0) found.push({ start, end });
  return found;
}

/**
 * The quoted blocks less the authority's answers written into a message answered in line (from `answeredInLineFrom`)
 * whose own lines are not quoted: there the quoted lines (">> Yes. ...", ">> KFRS response: ...") are the insertions.
 * Where any quoted line in the message asks a question ("> 1) Do your officers use body worn video?"), the quoted
 * lines are the requester's, and the answers are the lines between them.
 */
function withoutInsertedAnswers(text: string, blocks: Span[], answeredInLineFrom: number | undefined): Span[] {
  if (answeredInLineFrom === undefined) return blocks;
  const inMessage = (block: Span): boolean => block.start >= answeredInLineFrom;
  if (blocks.some((block) => inMessage(block) && text.slice(block.start, block.end).includes('?'))) return blocks;
  return blocks.filter((block) => !inMessage(block));
}

/** How many email quote marks open the line ("> > text" and ">> text" are both 2); 0 when it opens with none. */
function quoteDepth(text: string, line: Line): number {
  if (!opensEmailQuote(text, line)) return 0;
  let depth = 0;
  for (let at = line.start + line.indent; at < line.end; at++) {
    const code = text.charCodeAt(at);
    if (code === 62) depth++;
    else if (code !== 32 && code !== 9) break;
  }
  return depth;
}

/** A line's text without the email quote marks opening it. */
function unquoted(lineText: string): string {
  return lineText.replace(/^[>\s]+/, '');
}

/**
 * An attribution or "From:" header naming a public authority as the writer: words of an authority's name or office
 * ("Kent Police FOI", "Freedom of Information Team"), or an address of a police or government domain. A requester's
 * address at WhatDoTheyKnow ("foi+request-123@whatdotheyknow.com") is no authority's, so words are read before "@".
 */
const SENT_BY_AUTHORITY = /\b(?:police|constabulary|commissioner|o?pcc|foi|freedom[ \t]+of[ \t]+information|disclosure|information[ \t]+(?:management|rights|governance|compliance))\b(?![^<\s]*@)|@[\w.-]*\b(?:police\.uk|gov\.uk|gov\.scot|gov\.wales)\b/i;

/** True when a line opens with an email quote mark: ">" then a space, another ">" or the line's end ("> 5" too). */
function opensEmailQuote(text: string, line: Line): boolean {
  const at = line.start + line.indent;
  if (text.charCodeAt(at) !== 62) return false;
  const next = at + 1 < line.end ? text.charCodeAt(at + 1) : -1;
  return next === -1 || next === 32 || next === 9 || next === 62;
}

/**
 * A reply saying its answers are written into the message below it: "Please see our answers in line below", "our
 * responses in red below your original questions", "typed beneath each of your questions", "inserted in your email",
 * "answered within the forwarded thread below", "Our replies are marked [CP]".
 */
const ANSWERED_IN_LINE =
  /\b(?:answers?|answered|responses?|responded|repl(?:y|ies|ied)|comments)\b[^.\n]{0,60}?(?:\bin[ \t-]?line\b(?![ \t]+with)|\b(?:below|beneath|under(?:neath)?)[ \t]+(?:each[ \t]+(?:of[ \t]+)?)?(?:your|the)[ \t]+(?:original[ \t]+)?(?:questions?|email|request|message|points)\b|\b(?:beneath|below|under|after)\s+each\s+(?:of\s+)?(?:your\s+)?(?:questions?|parts?|points?)\b|\b(?:to|for)\s+each\s+(?:of\s+your\s+)?(?:questions?|parts?|points?)\s+(?:below|beneath)\b|\bunder\s+your\s+(?:original\s+)?wording\b|\b(?:inserted|added|typed|written)[ \t]+(?:in|into|to)[ \t]+your[ \t]+(?:original[ \t]+)?(?:email|message|request)\b|\b(?:in|within)[ \t]+(?:the|your)[ \t]+(?:(?:forwarded|original|quoted)[ \t]+)?(?:thread|e-?mail|message|request)[ \t]+(?:below|beneath)\b|\b(?:marked|labelled|prefixed|tagged|introduced[ \t]+(?:with|by))\b)/i;

/** The separator Outlook puts above the message replied to. */
const ORIGINAL_MESSAGE = /^[ \t]*-{2,}[ \t]*original[ \t]+message[ \t]*-{2,}[ \t]*$/i;
/** The line some mail programs and FOI officers put below a message pasted into a reply: its end. */
const END_OF_MESSAGE = /^[ \t]*-{2,}[ \t]*end[ \t]+of[ \t]+(?:(?:the[ \t]+)?original[ \t]+|forwarded[ \t]+)?message[ \t]*-{2,}[ \t]*$/i;
/** The first line of the header block above a message replied to ("From: J Smith"), and a later one ("Sent: ..."). */
const FROM_HEADER = /^[ \t]*(?:\*\*)?from:(?:\*\*)?[ \t]*\S/i;
const SENT_HEADER = /^[ \t]*(?:\*\*)?(?:sent|date):/i;
/** How far below "From:" the "Sent:" or "Date:" line of the same header block may come. */
const HEADER_REACH = 4;
/** The attribution line above a message replied to, "On 1 May 2019, at 10:00, J Smith wrote:", perhaps over two lines. */
const WROTE = /\bwrote:[ \t]*$/i;
const OPENS_ON = /^[ \t]*On[ \t]/;

/**
 * The message an email reply quotes below itself: from a reply marker ("-----Original Message-----", a "From: ...
 * Sent: ..." header block, "On <date>, <name> wrote:") to the end, or to a "----- End of Original Message -----"
 * line. That is the earlier correspondence, the request, not the authority's answer. A marker counts only below a
 * reply holding a sentence, so a letter that is itself an email opening with its own header is not read as quoted.
 * An attribution or an "Original Message" line followed by ">" lines is an inline reply: the quoted lines are
 * {@link quoteBlocks}, and the answers between and after them are the authority's. When nothing above the marker
 * answers, the reply pasted the request in mid-letter and answers below it: the quotation then ends where the answer
 * starts.
 */
function quotedCorrespondence(letter: Letter): { quoted: Span[]; answeredInLineFrom?: number } {
  const { text, lines } = letter;
  // Where the first sentence ends, found once (on the first marker): testing the text before each marker again would
  // read a letter of many header blocks many times over.
  let firstSentenceEnd: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank) continue;
    const start = replyMarkerStart(text, lines, i);
    // An authority's earlier message below its latest (a first answer under a correction) answers too.
    if (start === undefined || sentByAuthority(lines, i)) continue;
    firstSentenceEnd ??= text.search(/[.!?](?:\s|$)/);
    if (firstSentenceEnd >= 0 && firstSentenceEnd < start) {
      // Answers written into the message ("I've answered your questions in line below") are the authority's: the
      // message's questions are then found as any request's, with the answers under them.
      if (ANSWERED_IN_LINE.test(text.slice(0, start))) return { quoted: [], answeredInLineFrom: start };
      // Answered above the marker, the rest is history, unless a heading below it ("RESPONSE") starts the answer.
      const closed = endOfMessageAfter(lines, i);
      if (closed !== undefined) return { quoted: [{ start, end: closed }] };
      const end = letter.firstAnswer < start ? (answerHeadingAfter(letter, i) ?? text.length) : (answerAfter(letter, i) ?? text.length);
      return { quoted: [{ start, end }] };
    }
  }
  return { quoted: [] };
}

/** The end of the "----- End of Original Message -----" line closing the message quoted from line `i`, if any. */
function endOfMessageAfter(lines: readonly Line[], i: number): number | undefined {
  for (let k = i + 1; k < lines.length; k++) if (endsMessage(lines[k])) return lines[k].end;
  return undefined;
}

/** True for a "----- End of Original Message -----" line. */
function endsMessage(line: Line): boolean {
  // Every such line opens with a dash: the others are passed over without running the expression.
  return line.text.charCodeAt(line.indent) === 45 && END_OF_MESSAGE.test(line.text);
}

/** Where the first answer heading after line `i` starts, if any. */
function answerHeadingAfter(letter: Letter, i: number): number | undefined {
  const { lines } = letter;
  for (let k = i + 1; k < lines.length; k++) if (!lines[k].blank && isAnswerHeading(lines[k].text)) return lines[k].start;
  return undefined;
}

/** Where the authority starts answering after line `i`: an answer heading or label line, or an answer-opening sentence. */
function answerAfter(letter: Letter, i: number): number | undefined {
  const { lines } = letter;
  const sentence = letter.answers.firstAfter(lines[i].end);
  for (let k = i + 1; k < lines.length && lines[k].start < (sentence ?? Number.POSITIVE_INFINITY); k++) {
    if (!lines[k].blank && (isAnswerHeading(lines[k].text) || isAnswerLabel(lines[k].text))) return lines[k].start;
  }
  return sentence;
}

/** Where the reply marker on line `i` starts, if the line holds one (an attribution may start on the line before). */
function replyMarkerStart(text: string, lines: readonly Line[], i: number): number | undefined {
  const line = lines[i];
  // Every marker line opens with "-", "*" or the "f" of "From:", or ends with the colon of "wrote:": the others,
  // nearly all lines, are passed over without running the expressions, on codes read from the letter.
  const first = text.charCodeAt(line.start + line.indent) | 32;
  if (first !== 45 && first !== 42 && first !== 102 && text.charCodeAt(contentEnd(text, line.start, line.end) - 1) !== 58) return undefined;
  const lineText = line.text;
  if (ORIGINAL_MESSAGE.test(lineText)) return nextContentOpensQuote(text, lines, i) ? undefined : lines[i].start;
  if (FROM_HEADER.test(lineText)) {
    for (let next = i + 1; next < Math.min(lines.length, i + 1 + HEADER_REACH); next++) {
      if (SENT_HEADER.test(lines[next].text)) return lines[i].start;
    }
    return undefined;
  }
  if (!WROTE.test(lineText) || nextContentOpensQuote(text, lines, i)) return undefined;
  if (OPENS_ON.test(lineText)) return lines[i].start;
  return i > 0 && OPENS_ON.test(lines[i - 1].text) ? lines[i - 1].start : undefined;
}

/** True when the reply marker on line `i` names an authority as the writer ({@link SENT_BY_AUTHORITY}). */
function sentByAuthority(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  if (ORIGINAL_MESSAGE.test(line.text)) {
    // The writer is on the "From:" line of the header block below the separator.
    const next = nextContentLine(lines, i);
    return next >= 0 && FROM_HEADER.test(lines[next].text) && SENT_BY_AUTHORITY.test(lines[next].text);
  }
  return SENT_BY_AUTHORITY.test(WROTE.test(line.text) ? attribution(lines, i) : line.text);
}

/**
 * The attribution ending on line `i` with "wrote:", with the line before when it opens there ("On 9 April 2025, Kent
 * Police FOI" over "<foi@...> wrote:"); email quote marks before either are no matter.
 */
function attribution(lines: readonly Line[], i: number): string {
  const opensBefore = i > 0 && !OPENS_ON.test(unquoted(lines[i].text)) && OPENS_ON.test(unquoted(lines[i - 1].text));
  return opensBefore ? `${lines[i - 1].text} ${lines[i].text}` : lines[i].text;
}

function nextContentOpensQuote(text: string, lines: readonly Line[], i: number): boolean {
  const next = nextContentLine(lines, i);
  return next >= 0 && opensEmailQuote(text, lines[next]);
}

/** Free-standing quotations long enough to be a request and asking something. */
function quotedRequests(text: string): Span[] {
  const found: Span[] = [];
  // `lastIndexOf` reads the text about twice as fast as the expression does, so the expression is run no further
  // than the last opening mark (past it there is no quotation to find), and not at all on a text without one.
  const lastOpen = text.lastIndexOf('“');
  QUOTATION.lastIndex = 0;
  while (QUOTATION.lastIndex <= lastOpen) {
    const quotation = QUOTATION.exec(text);
    if (!quotation) break;
    const open = quotation.index;
    const close = QUOTATION.lastIndex - 1;
    if (text.charCodeAt(close) !== 0x201d) break;
    const inner = text.slice(open + 1, close);
    if (close - open <= MAX_QUOTE && inner.length >= MIN_QUOTED_REQUEST && ASKS.test(inner)) {
      found.push({ start: open, end: close + 1 });
    }
  }
  return found;
}

/** What a quoted request asks: a question, a "please" or the word "request". */
const ASKS = /\?|\bplease\b|\brequest\b/i;
/** The close of a paragraph in straight quotes: the mark, perhaps then a stop or comma. */
const CLOSING_STRAIGHT_QUOTE = /"[.,]?$/;

/**
 * Paragraphs in straight quotes, as plain text writes a quoted request: from a line opening with `"` after a blank
 * line (or none) to the end of its paragraph, when that closes with `"`. The marks being the same, only whole
 * paragraphs are read, never a quotation within a line.
 */
function straightQuotedParagraphs(text: string, lines: readonly Line[]): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank || text.charCodeAt(line.start + line.indent) !== 34 || (i > 0 && !lines[i - 1].blank)) continue;
    let last = i;
    while (last + 1 < lines.length && !lines[last + 1].blank && lines[last + 1].end - line.start <= MAX_QUOTE) last++;
    const start = line.start + line.indent;
    const end = contentEnd(text, lines[last].start, lines[last].end);
    const inner = text.slice(start + 1, end);
    // Rows of quoted cells ("Body worn video","Yes") are a spreadsheet pasted in, not a quotation.
    if (end - start > MIN_QUOTED_REQUEST && CLOSING_STRAIGHT_QUOTE.test(text.slice(Math.max(start + 1, end - 2), end)) && !isQuotedRow(text, start, contentEnd(text, line.start, line.end)) && ASKS.test(inner)) {
      found.push({ start, end });
    }
    i = last;
  }
  return found;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  return { start, end: contentEnd(text, start, end) };
}

/** Sorts spans and joins those that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  // The regions mostly come in order already; sorting a copy with a comparator costs more than checking.
  const sorted = isSorted(spans) ? spans : [...spans].sort(byStartThenEnd);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

function byStartThenEnd(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function isSorted(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byStartThenEnd(spans[i - 1], spans[i]) > 0) return false;
  return true;
}

/** True when `offset` falls inside one of the sorted, non-overlapping `regions`. */
export function insideRegions(regions: readonly Span[], offset: number): boolean {
  return spanIndexAt(regions, offset) >= 0;
}
