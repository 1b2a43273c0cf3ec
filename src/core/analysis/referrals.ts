// Recognises referrals: the authority points the requester to another body that may hold the information
// ("you may wish to contact West Midlands Police", "Northamptonshire Police's Information Unit may hold ...").
// The Information Commissioner and review or complaint routes are rights of appeal, not referrals.

import type { Referral } from '../model';
import type { Span } from '../text';
import { joinWrappedWords } from './lines';
import { GAP, OPTIONAL_GAP, hitsBySentence, leadIn, textOf, type SentenceHit } from './patterns';
import { phraseList } from './phraseScan';

/** What the request is sent on about: "your request for these items", "questions on those topics". */
const ABOUT_THOSE = `${GAP}(?:for|about|on)${GAP}(?:these|those|the${GAP}other|other)${GAP}(?:items|tools|topics|parts|matters|questions)`;
/** Numbered parts of a request: "questions 2 to 4", "question 3", "points 1, 2 and 5". */
const NUMBERED_PARTS = `(?:questions?|parts?|items?|points?)${GAP}\\d{1,2}[a-z]?(?:(?:${GAP}(?:to|and|&)${GAP}|${OPTIONAL_GAP}[,\u2013-]${OPTIONAL_GAP})\\d{1,2}[a-z]?){0,8}`;
/** What is sent on: "your request", "this enquiry", "this part of your request", "these questions", "question 3". */
const REQUEST_OBJECT = `(?:${NUMBERED_PARTS}|(?:your|a|the|this|these|that|those|both|all(?:${GAP}(?:of${GAP})?(?:the|your|these))?)${GAP}(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})${GAP})?(?:(?:part|parts|element|elements|aspect|aspects)${GAP}of${GAP}(?:your|the|this)${GAP})?(?:request|enquiry|query|question|e-?mail)s?(?:${ABOUT_THOSE})?|(?:questions|enquiries|queries)${ABOUT_THOSE})`;
/** What the requester is asked to send another body: the request, or "the same request", "a new request". */
const SUGGESTED_REQUEST = `(?:${REQUEST_OBJECT}|(?:a|the)${GAP}(?:same|new|fresh)${GAP}request)`;
/**
 * What the questions sent on are about, in a few words: "on facial recognition, drones and body worn cameras", "which
 * relates to North Yorkshire Police".
 */
const TOPIC_OF_REQUEST = `${GAP}(?:on|about|regarding|concerning|relating${GAP}to|(?:which|that)${GAP}(?:relates?|concerns?)(?:${GAP}to)?)${GAP}[^.;:]{1,100}?`;
/** How much is sent on: "in full", "in its entirety", "as a whole". */
const WHOLE = `(?:in${GAP}full|in${GAP}its${GAP}entirety|as${GAP}a${GAP}whole)`;
/** A few words set off by commas after what is sent on: "passed your request, in full, to". */
const ASIDE = `,${GAP}(?:${WHOLE}|therefore|accordingly)${OPTIONAL_GAP},`;
/** "submit your request directly to <Body>". */
const DIRECTLY = `(?:${GAP}directly)?`;
/** "you may wish to", "you might also like to": what opens most suggestions of another body. */
const YOU_MAY_WISH_TO = `you${GAP}(?:may|might|could|can)${GAP}(?:also${GAP})?(?:wish|want|like|need)${GAP}to`;
/** Phrases after which the body is named: "you may wish to contact <Body>", "redirect your request to <Body>". */
const BODY_FOLLOWS = phraseList([
  new RegExp(
    `\\b${YOU_MAY_WISH_TO}${GAP}(?:contact|approach|write${GAP}to|(?:re-?submit|re-?direct|direct|submit|(?:re-?)?send|address|make|forward)${GAP}${SUGGESTED_REQUEST}${GAP}to):?${GAP}`,
    'gi',
  ),
  new RegExp(
    `\\b(?:please${GAP})?(?:re-?direct|direct|re-?submit|address|forward|(?:re-?)?send|make)${GAP}${REQUEST_OBJECT}${DIRECTLY}${GAP}to:?${GAP}`,
    'gi',
  ),
  // "we have transferred these parts of your request to <Body>", "forwarded it on to <Body>", "forwarded your questions
  // on facial recognition and drones to <Body>"
  new RegExp(`\\b(?:transferred|forwarded|passed|sent)${GAP}(?:${REQUEST_OBJECT}|it|them)(?:${ASIDE})?(?:${TOPIC_OF_REQUEST})?${GAP}(?:on${GAP})?to${GAP}`, 'gi'),
  // "may also be held by <Body>", "is more likely to be held by <Body>"
  new RegExp(`\\b(?:(?:may|might|could|would)${GAP}(?:also${GAP})?be|(?:is|are)${GAP}(?:(?:more|most)${GAP})?likely${GAP}to${GAP}be)${GAP}held${GAP}by${GAP}`, 'gi'),
  new RegExp(`\\b(?:refer|direct)${GAP}you${GAP}to${GAP}`, 'gi'),
  // "you can make your request using the force's online form", "If you wish to make a new request to the force"
  new RegExp(
    `\\b(?:you${GAP}(?:can|could|may|might)${GAP}(?:also${GAP})?|(?:wish|want|like|prefer)${GAP}to${GAP})(?:make|submit|send|re-?submit|direct|address)${GAP}${SUGGESTED_REQUEST}${DIRECTLY}${GAP}(?:to|using|via|through)${GAP}`,
    'gi',
  ),
  // "we would suggest that you direct them to <Body>", "you should direct your request to <Body>", "we would ask you
  // to put them to <Body>", "I'd suggest sending your questions to <Body>"
  new RegExp(
    `\\b(?:(?:suggests?|recommends?|advises?|ask)${GAP}(?:that${GAP})?you(?:${GAP}to)?|you${GAP}should)${GAP}(?:re-?direct|direct|re-?submit|submit|(?:re-?)?send|address|forward|put)${GAP}(?:them|it|these|this|${REQUEST_OBJECT})${DIRECTLY}${GAP}to${GAP}`,
    'gi',
  ),
  new RegExp(
    `\\b(?:suggest|recommend|advise)${GAP}(?:re-?directing|directing|re-?submitting|submitting|(?:re-?)?sending|addressing|forwarding|putting)${GAP}(?:them|it|these|this|${REQUEST_OBJECT})${DIRECTLY}${GAP}to${GAP}`,
    'gi',
  ),
]);
/** Phrases that count only when a body is named after them: "is the responsibility of Northamptonshire Police". */
const NAMED_BODY_FOLLOWS = phraseList([
  new RegExp(`\\b(?:may|might|could|would)${GAP}(?:also${GAP})?be${GAP}(?:available|obtained|obtainable|sought)${GAP}from${GAP}`, 'gi'),
  new RegExp(`\\b(?:should|would${GAP}need${GAP}to)${GAP}be${GAP}(?:directed|addressed|sent|made|submitted)${GAP}to${GAP}`, 'gi'),
  // "Questions about IMSI catchers are best directed to <Body>"
  new RegExp(`\\b(?:is|are|be)${GAP}(?:best|better)${GAP}(?:directed|addressed|sent|put)${GAP}to${GAP}`, 'gi'),
  // "is an operational matter for <Body>", "rests with <Body>"
  new RegExp(`\\b(?:is|are)${GAP}(?:(?:(?:a|an)${GAP})?(?:(?:operational|policing)${GAP})?(?:matters?|questions?)${GAP}for|the${GAP}responsibility${GAP}of)${GAP}`, 'gi'),
  new RegExp(`\\b(?:rests?|lies|lie)${GAP}with${GAP}`, 'gi'),
  // "you should ask Police Scotland directly", "we would suggest you contact Police Scotland"
  new RegExp(
    `\\b(?:you${GAP}should|(?:suggests?|recommends?|advises?)${GAP}(?:that${GAP})?you(?:${GAP}(?:to|should))?)${GAP}(?:(?:also|instead|therefore)${GAP})?(?:contact|ask|approach|write${GAP}to)${GAP}`,
    'gi',
  ),
  // "a single response covering both forces will be provided by <Body>"
  new RegExp(`\\b(?:response|reply|answer)${GAP}(?:[\\w-]+${GAP}){0,6}?will${GAP}be${GAP}(?:provided|sent|given|issued)${GAP}(?:to${GAP}you${GAP})?by${GAP}`, 'gi'),
  // "This question may be better answered by <Body>"
  new RegExp(`\\b(?:better|best)${GAP}(?:answered|addressed|dealt${GAP}with)${GAP}by${GAP}`, 'gi'),
]);
/**
 * A table cell or line that opens "Operational matter for <Body>" ("Facial recognition | Operational matter for Surrey
 * Police", "A matter for Police Scotland: foi@..."), read only where {@link CELL_OPENS} holds before it.
 */
const MATTER_FOR = new RegExp(`\\b(?:(?:a|an)${GAP})?(?:(?:operational|policing)${GAP})?matters?${GAP}for${GAP}`, 'gi');
const OPERATIONAL = /operational|policing/i;
/**
 * What stands before a cell's or line's first words: a border, a tab, a colon or a line break, then spaces; or the
 * run of spaces setting apart a table's columns.
 */
const CELL_OPENS = /(?:(?:^|[|\t\n:])[ \t]*|[ \t]{2,})$/;
/** How far back a cell's opening is looked for: wider padding than this is no cell of a table. */
const CELL_PADDING = 40;
/**
 * "This part of your request has therefore been transferred to <Body>": a referral only when a body is named, and
 * not "your request, which was transferred to <Body> by the Commissioner's office", which <Body> answers.
 */
const SENT_ON_TO = phraseList([
  new RegExp(`\\b(?:has|have|had|is|are|was|were|will${GAP}be)(?:${GAP}(?:therefore|now|accordingly|also))?(?:${GAP}been)?${GAP}(?:transferred|forwarded)(?:${GAP}${WHOLE})?${GAP}(?:on${GAP})?to${GAP}`, 'gi'),
  // "These three questions have therefore been passed to <Body>": passed or sent, said of the request, not of data
  // ("ANPR reads are sent to the national data centre").
  new RegExp(`\\b(?:request|questions?|parts?|items?|email)${GAP}(?:has|have|had)(?:${GAP}(?:therefore|now|accordingly|also))?${GAP}been${GAP}(?:passed|sent)(?:${GAP}${WHOLE})?${GAP}(?:on${GAP}|over${GAP})?to${GAP}`, 'gi'),
]);
/**
 * What follows the receiving body's name when the request came to the authority answering: " by the Office ...",
 * " by Essex Police". A sender is named, so " by email" and " by post" still tell a transfer away.
 */
const SENDER_FOLLOWS = /^[\s\u00a0]*(?:on[\s\u00a0]+[^,.;\n]{1,30}[\s\u00a0]+)?[Bb]y[\s\u00a0]+(?:the\b|this\b|[A-Z])/;

/**
 * "please contact <Body>", "you may wish to ask <Body>": a referral only when an organisation is named ("please
 * contact me" and "you may wish to ask for a review" are not).
 */
const CONTACT_ORGANISATION = new RegExp(
  `\\b(?:please${GAP}(?:contact|ask)|${YOU_MAY_WISH_TO}${GAP}ask)${GAP}`,
  'gi',
);
/** "you may wish to ask them directly", "you might like to contact it": a body the sentence names before. */
const THEM_DIRECTLY = new RegExp(`\\b${YOU_MAY_WISH_TO}${GAP}(?:contact|ask|approach|write${GAP}to)${GAP}(?:them|it)\\b`, 'gi');
/** The sign-off offering more help: "Should you have any further queries", "If you have any questions". */
const FURTHER_QUERIES = /\b(?:any|further)[\s\u00a0]+(?:(?:further|other)[\s\u00a0]+)?(?:queries|questions|enquiries)\b/i;
/**
 * "please write to Staffordshire Police's FOI unit", "Please submit your request to West Yorkshire Police", "you can
 * write to Police Scotland at ...", "you would (you'd) need to ask North Yorkshire Police": a referral only when
 * another authority is named, since "please write to the Information Governance Unit at the above address" is the
 * authority's own team.
 */
const WRITE_TO = new RegExp(
  `\\b(?:please${GAP}(?:write|(?:re-?)?submit${GAP}${SUGGESTED_REQUEST}${DIRECTLY})${GAP}to|you(?:${GAP}(?:can|could|may|(?:would|will)${GAP}need${GAP}to)|['’](?:d|ll)${GAP}need${GAP}to)${GAP}(?:also${GAP})?(?:write${GAP}to|contact|ask|approach))${GAP}`,
  'gi',
);
/** "is" or "are", perhaps with a linking word: "<Body> is therefore the appropriate body". */
const IS_LINKED = `(?:is|are)${GAP}(?:(?:therefore|thus|also|instead|accordingly)${GAP})?`;

/** Phrases after the body: "<Body> may hold", "<Body> who may be able to assist you", "<Body> is better placed". */
const BODY_PRECEDES = phraseList([
  new RegExp(
    `\\b(?:may|might|could|would|will)${GAP}(?:also${GAP})?(?:hold|have${GAP}(?:this|the|some|that|any|relevant|such)\\b|be${GAP}able${GAP}to${GAP}(?:assist|help)|be${GAP}in${GAP}a${GAP}position${GAP}to${GAP}(?:assist|help)|be${GAP}(?:better|best)${GAP}placed)`,
    'gi',
  ),
  new RegExp(`\\b${IS_LINKED}(?:better|best)${GAP}placed${GAP}to\\b`, 'gi'),
  // "North Wales Police, who are the correct body to answer it"
  new RegExp(`\\b${IS_LINKED}the${GAP}(?:correct|appropriate|right|relevant|proper)${GAP}(?:body|authority|organisation|organization|public${GAP}authority)${GAP}to${GAP}(?:answer|respond|reply|deal${GAP}with|handle|consider)\\b`, 'gi'),
  // "Police Scotland is the body that holds this information"
  new RegExp(`\\b${IS_LINKED}the${GAP}(?:body|authority|organisation|organization|public${GAP}authority)${GAP}(?:that|which|who)${GAP}(?:holds|(?:would|will)${GAP}hold)\\b`, 'gi'),
  new RegExp(`\\bcan${GAP}be${GAP}contacted\\b`, 'gi'),
  // "South Yorkshire Police is responsible for responding to requests about its own operations"
  new RegExp(`\\b${IS_LINKED}responsible${GAP}for${GAP}(?:responding${GAP}to|answering|dealing${GAP}with|handling)${GAP}(?:requests|questions|enquiries)\\b`, 'gi'),
]);

/** A capitalised name, with "of", "and", "for" or "the" inside it: "Office of the Police and Crime Commissioner". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}&'’-]*|of|and|for|the|&)$/u;
const MAX_NAME_WORDS = 10;
/** Words that name an authority, or a body's initials ("the MPS", "EMSOU"), but not one of its teams. */
const AUTHORITY_WORDS = String.raw`Police|Constabulary|Constabularies|Commissioner|Council|Agency|Ministry|Government|Home Office|(?!FOI\b)[A-Z]{3,6}`;
/** Another authority named: "please write to the Information Governance Unit" names only the authority's own team. */
const ANOTHER_AUTHORITY = new RegExp(`\\b(?:${AUTHORITY_WORDS})\\b`, 'u');
/**
 * Organisation words, or a body's initials ("the MPS", "EMSOU"): without one, "please contact Jane Smith" names a
 * person, not another body.
 */
const ORGANISATION = new RegExp(
  `\\b(?:${AUTHORITY_WORDS}|Office|Authority|Service|Department|Force|Board|Trust|Unit|Executive|Committee|College|Bureau|Directorate)\\b`,
  'u',
);
/** The Information Commissioner, the tribunal, or a review: appeal routes, never referrals. */
const APPEAL_BODY = /\b(?:Information[\s\u00a0]+Commissioner|ICO|Tribunal)\b/;
const APPEAL_CONTEXT = /\b(?:review|complain|complaint|appeal|dissatisfied|unhappy)/i;
/** How far before a referral's sentence a review it belongs to is looked for. */
const REVIEW_REACH = 150;
/** "contact us", "contact me": the authority itself. */
const SELF = /^(?:us|me|our|my|this[\s\u00a0]+office|the[\s\u00a0]+(?:FOI|Freedom[\s\u00a0]+of[\s\u00a0]+Information)[\s\u00a0]+(?:team|unit|office))\b/i;
/** What makes a team another body's: " at North Wales Police", " of the Constabulary". */
const TEAM_OF = /^[\s\u00a0]+(?:at|of|for|in)[\s\u00a0]+(?=(?:the[\s\u00a0]+)?\p{Lu})/u;
const PRONOUN_SUBJECT = /^(?:we|i|you|it|they|this|that|these|those|which|who|he|she|there)$/i;
/** Discourse words that may open the sentence before its subject: "However, the Constabulary ...". */
const OPENING = /^[\s\u00a0]*(?:(?:however|therefore|alternatively|additionally|also|but|and|further(?:more)?|in[\s\u00a0]+addition)[\s\u00a0]*,?[\s\u00a0]+)?/i;

// Words of a name, each expression made once: a literal in a function is a new object every time it is read.
const SPACE = /[\s\u00a0]+/;
const TRAILING_SPACE = /[\s\u00a0]+$/;
const NAME_END_PUNCTUATION = /[.,;:!?)]+$/;
const RELATIVE_PRONOUN = /^(?:who|which|that)$/i;
const LEADING_JOINER = /^(?:of|and|for|&)$/i;
const TRAILING_JOINER = /^(?:of|and|for|the|&)$/i;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^[A-Z]{2,}$/;
const POSSESSIVE = /['’]s$/;
const THE = /^the$/i;
const CONJUNCTION = /^and$/i;

/** A phrase ending in a line break ("... to:" then the body's name and address, a line each). */
const LINE_BREAK_AT_END = /\n[\s\u00a0]*$/;
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'\]]{1,300}/i;
/** Contacts are looked for this far into the referral sentence and the next. */
const CONTACT_WINDOW = 600;

/** A referral sentence and the body it names, if any. */
interface Candidate {
  readonly hit: SentenceHit;
  readonly body: string | undefined;
}

/** Reads the body for a match: a name, undefined when none is named, or null when the match is no referral. */
type BodyReader = (text: string, match: RegExpExecArray, sentence: Span) => string | undefined | null;

const readBodyAfter: BodyReader = (text, match) => {
  const from = match.index + match[0].length;
  // A name broken by a line's wrap ("Informa-" / "tion Unit at ...") is read with its words whole.
  const after = joinWrappedWords(text.slice(from, from + 160));
  const self = SELF.exec(after);
  if (!self) return nameAfter(after, LINE_BREAK_AT_END.test(match[0]));
  // "the Freedom of Information team at North Wales Police" is another body's team.
  const whose = TEAM_OF.exec(after.slice(self[0].length));
  return whose ? nameAfter(after.slice(self[0].length + whose[0].length)) : null;
};

const RECOGNISERS: readonly { readonly patterns: readonly RegExp[]; readonly body: BodyReader }[] = [
  { patterns: BODY_FOLLOWS, body: readBodyAfter },
  { patterns: NAMED_BODY_FOLLOWS, body: (text, match, sentence) => readBodyAfter(text, match, sentence) ?? null },
  {
    patterns: phraseList([MATTER_FOR]),
    body: (text, match, sentence) => {
      if (!CELL_OPENS.test(text.slice(Math.max(0, match.index - CELL_PADDING), match.index))) return null;
      const body = readBodyAfter(text, match, sentence);
      // "A matter for PSNI", but not "Matters for the Board": without "operational", only another authority.
      return body && (OPERATIONAL.test(match[0]) || ANOTHER_AUTHORITY.test(body)) ? body : null;
    },
  },
  {
    patterns: SENT_ON_TO,
    body: (text, match, sentence) => {
      const body = readBodyAfter(text, match, sentence);
      if (!body) return null;
      const from = match.index + match[0].length;
      const after = text.slice(from, from + 200);
      const nameEnd = after.indexOf(body);
      return nameEnd >= 0 && SENDER_FOLLOWS.test(after.slice(nameEnd + body.length)) ? null : body;
    },
  },
  {
    patterns: phraseList([CONTACT_ORGANISATION]),
    body: (text, match, sentence) => {
      const body = readBodyAfter(text, match, sentence);
      if (!body || !ORGANISATION.test(body)) return null;
      // "Should you have any further queries please contact the Information Access Department": the letter's own team.
      return FURTHER_QUERIES.test(text.slice(sentence.start, match.index)) && !ANOTHER_AUTHORITY.test(body) ? null : body;
    },
  },
  {
    patterns: phraseList([WRITE_TO]),
    body: (text, match, sentence) => {
      const body = readBodyAfter(text, match, sentence);
      return body && ANOTHER_AUTHORITY.test(body) ? body : null;
    },
  },
  {
    // "<Body> is a separate public authority and you may wish to ask them directly": the sentence's subject.
    patterns: phraseList([THEM_DIRECTLY]),
    body: (text, _match, sentence) => {
      const body = subjectOf(text, sentence);
      return body && looksLikeBody(body) ? body : null;
    },
  },
  {
    patterns: BODY_PRECEDES,
    body: (text, match, sentence) => {
      const body = nameBefore(text, sentence, match.index);
      return body && looksLikeBody(body) ? body : null;
    },
  },
];

/**
 * The referrals of a letter, in order. A referral spanning two sentences ("the Constabulary may hold this
 * information. Therefore, you may wish to resubmit your request to the Constabulary ...") is one referral.
 */
export function findReferrals(text: string, sentences: readonly Span[]): Referral[] {
  const bySentence = new Map<number, Candidate>();
  for (const recogniser of RECOGNISERS) {
    const bodies = new Map<number, string | undefined>();
    const accept = (match: RegExpExecArray, sentence: Span): boolean => {
      if (APPEAL_CONTEXT.test(textAround(text, sentence, match.index))) return false;
      const body = recogniser.body(text, match, sentence);
      if (body === null || (body !== undefined && APPEAL_BODY.test(body))) return false;
      // "You may request an internal review ... Please address your request to the Joint Information Management Unit":
      // a unit of the authority's own, named for the review the sentence before offers.
      if (body !== undefined && !ANOTHER_AUTHORITY.test(body) && APPEAL_CONTEXT.test(text.slice(Math.max(0, sentence.start - REVIEW_REACH), sentence.start))) return false;
      bodies.set(match.index, body);
      return true;
    };
    for (const hit of hitsBySentence(text, sentences, recogniser.patterns, accept)) {
      const key = hit.index >= 0 ? hit.index : -1 - hit.match.start;
      const body = bodies.get(hit.match.start);
      const existing = bySentence.get(key);
      if (!existing || (existing.body === undefined && body !== undefined)) bySentence.set(key, { hit: existing?.hit ?? hit, body });
    }
  }
  const ordered = [...bySentence.values()].sort((a, b) => a.hit.span.start - b.hit.span.start);
  const groups = mergeAdjacent(ordered);
  return groups.map((group, i) => {
    const following = groups[i + 1]?.[0].hit.index;
    const last = group[group.length - 1].hit.index;
    // The next sentence may give the contact, unless it is itself a referral to another body.
    const next = last >= 0 && following !== last + 1 ? sentences[last + 1] : undefined;
    return toReferral(text, group, next);
  });
}

function textAround(text: string, sentence: Span, at: number): string {
  return text.slice(Math.max(sentence.start, at - 200), Math.min(sentence.end, at + 200));
}

/** Consecutive sentences about the same body (or where one names none) make one referral. */
function mergeAdjacent(candidates: readonly Candidate[]): Candidate[][] {
  const groups: Candidate[][] = [];
  for (const candidate of candidates) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    const adjacent = last !== undefined && last.hit.index >= 0 && candidate.hit.index === last.hit.index + 1;
    if (adjacent && sameBody(group.find((c) => c.body)?.body, candidate.body)) group.push(candidate);
    else groups.push([candidate]);
  }
  return groups;
}

function sameBody(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || normaliseBody(a) === normaliseBody(b);
}

function normaliseBody(body: string): string {
  return body.toLowerCase().replace(/^the\s+/, '');
}

function toReferral(text: string, group: readonly Candidate[], next: Span | undefined): Referral {
  const span = { start: group[0].hit.span.start, end: group[group.length - 1].hit.span.end };
  const searchEnd = Math.min(next ? next.end : span.end, span.end + CONTACT_WINDOW);
  return {
    span,
    text: textOf(text, span),
    body: group.find((c) => c.body)?.body,
    contact: findContact(text.slice(Math.max(span.start, span.end - 2 * CONTACT_WINDOW), searchEnd)),
  };
}

function findContact(passage: string): string | undefined {
  // Without an "@" there is no address, and the address pattern, tried at every character, is the costly one.
  const email = passage.includes('@') ? EMAIL.exec(passage) : null;
  const url = URL.exec(passage);
  const first = email && url ? (email.index <= url.index ? email : url) : (email ?? url);
  if (!first) return undefined;
  const contact = first[0].replace(/[.,;:)>\]]+$/, '');
  return APPEAL_BODY.test(contact) || /ico\.org\.uk/i.test(contact) ? undefined : contact;
}

/** A word and the space after it, read in place (sticky), so a name is read without splitting all that follows it. */
const WORD_THEN_SPACE = /([^\s\u00a0]*)([\s\u00a0]*)/y;

/**
 * The body named at the start of `after`: "the Constabulary by email ..." gives "the Constabulary". A name set out
 * on a line of its own (`ownLine`) ends with that line: the lines below are its address.
 */
function nameAfter(after: string, ownLine = false): string | undefined {
  const name: string[] = [];
  WORD_THEN_SPACE.lastIndex = 0;
  for (let read = 0; read < MAX_NAME_WORDS; read++) {
    const [, raw, space] = WORD_THEN_SPACE.exec(after)!;
    const word = raw.replace(NAME_END_PUNCTUATION, '');
    if (!NAME_WORD.test(word)) break;
    name.push(word);
    // A name set out on a line of its own ends there: the lines below are its address.
    if (word !== raw || (ownLine && space.includes('\n'))) break;
  }
  return tidyName(name);
}

/**
 * The body named just before the phrase ("Northamptonshire Police's Information Unit may hold"), skipping a
 * relative pronoun ("West Midlands Police who may be able to assist"). When a clause stands between the subject
 * and the phrase ("the Constabulary, which is a separate organisation ..., may hold"), the sentence's subject.
 */
function nameBefore(text: string, sentence: Span, at: number): string | undefined {
  const before = leadIn(text, sentence, at, 160).replace(TRAILING_SPACE, '');
  const words = before.split(SPACE);
  if (words.length > 0 && RELATIVE_PRONOUN.test(words[words.length - 1])) words.pop();
  const last = words[words.length - 1] ?? '';
  // "<Body> is a separate public authority and is the body that holds ...": the subject of both.
  if (CONJUNCTION.test(last)) return subjectOf(text, sentence);
  if (last.endsWith(',')) {
    // "<Body>, which may hold ...": the name before the comma, else the sentence's subject.
    words[words.length - 1] = last.slice(0, -1);
    const named = trailingName(words);
    return named && looksLikeBody(named) ? named : subjectOf(text, sentence);
  }
  return trailingName(words);
}

/** The capitalised name the words end with ("... to the Home Office"), tidied. */
function trailingName(words: readonly string[]): string | undefined {
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < MAX_NAME_WORDS; i--) {
    if (!NAME_WORD.test(words[i])) break;
    name.unshift(words[i]);
  }
  while (name.length > 0 && LEADING_JOINER.test(name[0])) name.shift();
  return tidyName(name);
}

/**
 * A subject before "may hold" is a body when it names an organisation, has two capitalised words ("Transport for
 * London") or is an acronym ("DVLA"); a lone capital is usually just the first word ("Officers may hold ...").
 */
function looksLikeBody(name: string): boolean {
  const words = name.split(' ');
  return ORGANISATION.test(name) || words.filter((w) => CAPITALISED.test(w)).length >= 2 || words.some((w) => ACRONYM.test(w));
}

function subjectOf(text: string, sentence: Span): string | undefined {
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 160));
  const opening = OPENING.exec(head)?.[0].length ?? 0;
  return nameAfter(head.slice(opening));
}

/**
 * Cuts a possessive ("Northamptonshire Police's Information Unit" is the force's unit, so the body is the force),
 * drops connecting words at the end, and refuses pronouns and names without a capitalised word.
 */
function tidyName(words: string[]): string | undefined {
  const possessive = words.findIndex((w) => POSSESSIVE.test(w));
  const kept = possessive >= 0 ? [...words.slice(0, possessive), words[possessive].replace(POSSESSIVE, '')] : [...words];
  while (kept.length > 0 && TRAILING_JOINER.test(kept[kept.length - 1])) kept.pop();
  const capitalised = kept.filter((w) => CAPITALISED.test(w));
  if (capitalised.length === 0) return undefined;
  if (kept.length === 1 && PRONOUN_SUBJECT.test(kept[0])) return undefined;
  if (kept.length === 2 && THE.test(kept[0]) && kept[1] === 'Act') return undefined;
  return kept.join(' ');
}
