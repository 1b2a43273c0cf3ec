// The surveillance tools the research asks about and the words letters use for them, compiled into one matcher.
// This is the single table of tools: the analysis, the summary and the extension all read it from here.

import * as l10n from '@vscode/l10n';
import { isAsciiLetter, isDigitCode } from '../analysis/lines';
import { matchAllOf, openingWords } from '../analysis/phraseScan';
import type { ToolDefinition } from '../model';
import { clearOf, type Span } from '../text';

/**
 * The tools of the research, with stable ids. Synonyms are written in the singular; plurals match too. Labels are read
 * through `l10n.t`, so that a vocabulary built after the extension configures the display language uses it.
 */
export const DEFAULT_TOOLS: readonly ToolDefinition[] = [
  {
    id: 'body-worn-video',
    get label() {
      return l10n.t('Body worn video');
    },
    synonyms: [
      'body worn video',
      'body worn video camera',
      'bodyworn video',
      'body worn camera',
      'body worn video device',
      'body worn device',
      'body worn recording device',
      'body worn footage',
      'BWV',
      'BWC',
      'body camera',
      'bodycam',
      'body cam',
      'Axon Body',
      // Axon's cameras; not "Axon" alone, which also makes the TASER.
      'Axon camera',
      'VB400',
      // A maker of body worn cameras only: "Reveal Media D5".
      'Reveal Media',
    ],
  },
  {
    id: 'facial-recognition',
    get label() {
      return l10n.t('Facial recognition');
    },
    synonyms: [
      'facial recognition',
      'face recognition',
      'automated facial recognition',
      'automatic facial recognition',
      'AFR',
      'live facial recognition',
      'LFR',
      'retrospective facial recognition',
      'RFR',
      'biometric facial recognition',
      'operator initiated facial recognition',
      'OIFR',
      'NeoFace',
      'Clearview AI',
      'Clearview',
      // A face search engine on the open web.
      'PimEyes',
      // The Police National Database's facial search, by the names letters give it.
      'facial search',
      // "searches" takes "es", which the plural "s" of matching does not cover.
      'facial searches',
      'facial searching',
      'facial matching',
      'face matching',
      'facial image matching',
      'facial image comparison',
      'facial comparison',
    ],
  },
  {
    id: 'hacking',
    get label() {
      return l10n.t('Hacking');
    },
    synonyms: [
      'hacking',
      'hack',
      'hack into',
      'hacked into',
      'hacking into',
      'equipment interference',
      'interference with equipment',
      'interfere with equipment',
      'remote interference',
      'computer network exploitation',
      'remote access to devices',
      'remote access to computers',
      'remote access to phones',
      'remotely accessing devices',
      'CNE',
      // Equipment interference's acronym, in capitals only: "whether it uses EI / CNE".
      'EI',
      'network investigative technique',
    ],
  },
  {
    id: 'imsi-catchers',
    get label() {
      return l10n.t('IMSI catchers');
    },
    synonyms: [
      'IMSI catcher',
      'IMSI grabber',
      'International Mobile Subscriber Identity catcher',
      'International Mobile Subscriber Identity grabber',
      // The acronym in brackets, as formal replies spell the name out: "International Mobile Subscriber Identity (IMSI) catchers".
      'International Mobile Subscriber Identity (IMSI) catcher',
      'International Mobile Subscriber Identity (IMSI) grabber',
      'covert communications data capture',
      'CCDC',
      'Stingray',
      'cell site simulator',
      'IMSI capture device',
      'fake mobile phone mast',
      'fake phone mast',
      'false base station',
      'fake base station',
      // Described by what it does rather than named.
      'mimic a mobile phone mast',
      'mimics a mobile phone mast',
      'imitate a mobile phone mast',
      'imitates a mobile phone mast',
      'fake cell tower',
      'fake mobile phone tower',
      'IMSI catching',
      // The acronym alone, as a table's row or a list of acronyms gives it: "| IMSI | NCND |", "LFR, CNE, IMSI".
      'IMSI',
    ],
  },
  {
    id: 'mobile-phone-extraction',
    get label() {
      return l10n.t('Mobile phone extraction');
    },
    synonyms: [
      'mobile phone extraction',
      'mobile phone data extraction',
      'digital device extraction',
      'mobile device extraction',
      'phone extraction',
      'extract data from phone',
      'extract data from mobile telephone',
      'mobile telephone extraction',
      'mobile telephone examination',
      'extraction of data from phone',
      'cyber kiosk',
      'digital kiosk',
      // Alone, in police letters, the kiosk that reads a phone ("kiosks were introduced at all hubs").
      'kiosk',
      'self service kiosk',
      'digital forensic kiosk',
      'extract data from mobile phone',
      'extraction of data from mobile phone',
      'data extraction from mobile phone',
      'extract data from mobile device',
      'extracts data from mobile phone',
      'extracts data from mobile device',
      'extracting data from phone',
      'extracting data from mobile phone',
      'extracting data from the phone',
      'extract data from the phone',
      'extraction of phone',
      'download data from phone',
      'download data from mobile phone',
      'downloading data from mobile phone',
      'downloads data from phone',
      'downloads data from mobile phone',
      'take data from phone',
      'takes data from phone',
      'taking data from phone',
      'examine mobile phone',
      'examine mobile telephone',
      'examination of mobile telephone',
      'examine mobile device',
      'examines mobile device',
      'examination of mobile device',
      'extraction of data from mobile device',
      'extraction from mobile device',
      'extraction from mobile phone',
      'extraction from phone',
      'mobile phone examination',
      'mobile phone and device extraction',
      'phone and device extraction',
      'examination of mobile phone',
      'mobile device examination',
      'digital device examination',
      'contents of mobile phone',
      'contents of phone',
      'mobile phone download',
      'phone download',
      'download of mobile phone',
      'downloading of mobile phone',
      'Cellebrite',
      'UFED',
      // Extraction products other than Cellebrite's.
      'XRY',
      'MSAB',
      'Aceso',
      'GrayKey',
      'Magnet AXIOM',
    ],
  },
  {
    id: 'predictive-policing',
    get label() {
      return l10n.t('Predictive policing');
    },
    synonyms: [
      'predictive policing',
      'predictive analytics',
      'crime forecasting',
      'algorithms for predicting crime',
      'predictive mapping',
      'predictive crime mapping',
      'crime prediction',
      'predict crime',
      'predicting crime',
      'forecast crime',
      'forecasting crime',
      'forecasts crime',
      'forecast where crime',
      'predict where crime',
      'predicts where crime',
      'predicting where crime',
      'forecasts where crime',
      'forecasting where crime',
      'hotspot forecasting',
      'hot spot forecasting',
      'predict where offences',
      'predicts where offences',
      'predicting where offences',
      'forecast where offences',
      'forecasts where offences',
      'predictive software',
      'predictive algorithm',
      'predictive tool',
      'predictive model',
      // Forecasting people rather than places, as risk tools such as HART do.
      'predict reoffending',
      'predicting reoffending',
      'predicts reoffending',
      'predict re-offending',
      'predicting re-offending',
      'predict who is likely to offend',
      'predict who is likely to reoffend',
      'Harm Assessment Risk Tool',
      'HART',
      'risk scoring algorithm',
      'risk terrain modelling',
      // Scoring people for risk by algorithm, as requests phrase it.
      'algorithmic risk scoring',
      'risk scoring software',
      'risk scoring tool',
      'score individuals',
      'scores individuals',
      'scoring individuals',
      'score people',
      'scoring people',
      // The Metropolitan Police's database scoring people's risk of gang violence.
      'Gangs Matrix',
      'Gang Matrix',
      'Gangs Violence Matrix',
      'Gang Violence Matrix',
      'PredPol',
    ],
  },
  {
    id: 'social-media-intelligence',
    get label() {
      return l10n.t('Social media intelligence');
    },
    synonyms: [
      'social media intelligence',
      'SOCMINT',
      'social media monitoring',
      'monitoring of social media',
      'monitor social media',
      'monitors social media',
      'monitoring social media',
      'social media research',
      'social media investigation',
      'open source intelligence',
      'open source research',
      'open source monitoring',
      'open source investigation',
      'OSINT',
      'open source internet research',
      'open source internet investigation',
      'online open source research',
      'social media surveillance',
      'social media analytics',
      'monitoring of public posts',
      'social media analysis',
      'social media scraping',
      // Officers' covert online identities, as requests about SOCMINT ask about them.
      'covert social media profile',
      'covert social media account',
      'fake social media profile',
      'fake social media account',
      'false social media profile',
      'false social media account',
      'undercover social media profile',
      'undercover social media account',
      'covert online profile',
      'covert online account',
      'covert online identity',
      'fake online profile',
      'fake online account',
      'internet intelligence and investigation',
      // Social media monitoring products.
      'Babel X',
      'BabelX',
      'Dataminr',
      'Echosec',
      'Digital Stakeout',
    ],
  },
  {
    id: 'anpr',
    get label() {
      return l10n.t('ANPR');
    },
    synonyms: [
      'automatic number plate recognition',
      'automated number plate recognition',
      'number plate recognition',
      'ANPR',
      // The National ANPR Data Centre, where forces' reads are pooled.
      'NADC',
    ],
  },
  {
    id: 'drones',
    get label() {
      return l10n.t('Drones');
    },
    synonyms: [
      'drone',
      'unmanned aerial vehicle',
      'unmanned aircraft system',
      'unmanned aerial system',
      'UAV',
      'UAS',
      'RPAS',
      'remotely piloted aircraft',
      'remotely piloted aircraft system',
      'unmanned aircraft',
      'quadcopter',
      'DJI',
      // DJI's aircraft, named with or without the maker.
      'DJI Mavic',
      'DJI Matrice',
      'Mavic',
      'Matrice',
      'Autel EVO',
    ],
  },
];

/** The tools in force for one analysis, with their compiled matcher. */
export interface Vocabulary {
  readonly tools: readonly ToolDefinition[];
  /** The tool with this id, if any. */
  readonly byId: ReadonlyMap<string, ToolDefinition>;
  /** One pattern for every synonym; capture group `i + 1` belongs to `groupTools[i]`. */
  readonly pattern: RegExp;
  readonly groupTools: readonly string[];
  /**
   * The pattern taken apart by how its matches open, so that {@link findToolMentions} tries a place only against
   * the few synonyms that can match there; undefined when some synonym does not open with plain ASCII letters.
   */
  readonly byOpening: OpeningMatcher | undefined;
}

/** The synonyms of a vocabulary grouped by their {@link openingAt} (see {@link Vocabulary.byOpening}). */
export interface OpeningMatcher {
  /** Where a mention may begin: a synonym's first word after no ASCII letter or digit (a list for openingWords). */
  readonly firstWords: readonly RegExp[];
  /** For each opening, the synonyms that can have it: a sticky pattern without the lookbehind, and their tools. */
  readonly groups: ReadonlyMap<number, { readonly pattern: RegExp; readonly tools: readonly string[] }>;
}

/** One place where a tool is named. */
export interface ToolMatch {
  readonly tool: string;
  readonly span: Span;
}

/**
 * A synonym that is only a short acronym matches case-sensitively, so words like "uas" or "cne" never count; except
 * those no word is spelt like, which terse e-mails write in lower case ("anpr - yes", "we dont use bwv").
 */
const CASE_SENSITIVE_ACRONYM = /^(?!(?:ANPR|BWV|BWC|LFR|OSINT|RPAS|UAV)$)[A-Z]{2,5}$/;
/** User synonyms longer than this are ignored: they cannot be a tool's name and would bloat the matcher. */
const MAX_SYNONYM_LENGTH = 120;

/**
 * Merges extra tools into the defaults (a matching id adds synonyms, a new id adds a tool) and compiles one matcher.
 * Matching ignores case (except short all-caps acronyms), accepts any whitespace or a hyphen between words and a
 * plural "s", and respects word boundaries.
 */
export function buildVocabulary(extra: readonly ToolDefinition[] = []): Vocabulary {
  const merged = new Map<string, { id: string; label: string; synonyms: string[] }>();
  for (const tool of [...DEFAULT_TOOLS, ...extra]) {
    if (!tool || typeof tool.id !== 'string' || tool.id.trim() === '') continue;
    const id = tool.id.trim();
    const existing = merged.get(id);
    const synonyms = (Array.isArray(tool.synonyms) ? tool.synonyms : []).filter(
      (s): s is string => typeof s === 'string' && s.trim() !== '' && s.length <= MAX_SYNONYM_LENGTH,
    );
    if (existing) {
      for (const synonym of synonyms) if (!existing.synonyms.includes(synonym)) existing.synonyms.push(synonym);
    } else {
      const label = typeof tool.label === 'string' && tool.label.trim() !== '' ? tool.label : id;
      merged.set(id, { id, label, synonyms: [...new Set(synonyms)] });
    }
  }
  const tools: ToolDefinition[] = [...merged.values()].map((t) => ({ id: t.id, label: t.label, synonyms: t.synonyms }));

  // Longer phrases first, so "live facial recognition" wins over "facial recognition" at the same place.
  const entries = tools
    .flatMap((tool) => tool.synonyms.map((synonym) => ({ tool: tool.id, words: wordsOf(synonym), synonym })))
    .filter((entry) => entry.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length || b.synonym.length - a.synonym.length);
  const seen = new Set<string>();
  const synonyms: Synonym[] = [];
  for (const entry of entries) {
    const { firstWord, rest } = synonymSource(entry.words);
    const source = firstWord + rest;
    if (seen.has(source)) continue;
    seen.add(source);
    synonyms.push({ tool: entry.tool, source, firstWord, openings: openingsOf(entry.words) });
  }
  const body = synonyms.length > 0 ? synonyms.map((synonym) => `(${synonym.source})`).join('|') : '(?!)';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
  const groupTools = synonyms.map((synonym) => synonym.tool);
  return { tools, byId: new Map(tools.map((t) => [t.id, t])), pattern, groupTools, byOpening: openingMatcher(synonyms) };
}

/** One alternative of the pattern. */
interface Synonym {
  readonly tool: string;
  readonly source: string;
  /** The pattern of its first word, without a plural "s". */
  readonly firstWord: string;
  /** The {@link openingAt} of every place it can match, or undefined when that is not read from ASCII letters. */
  readonly openings: readonly number[] | undefined;
}

/**
 * The synonyms grouped by opening, each group keeping the pattern's order; undefined unless every synonym's
 * openings are known, which also lets its first word be looked for word by word.
 */
function openingMatcher(synonyms: readonly Synonym[]): OpeningMatcher | undefined {
  if (synonyms.length === 0 || synonyms.some((synonym) => synonym.openings === undefined)) return undefined;
  const members = new Map<number, Synonym[]>();
  for (const synonym of synonyms) {
    for (const opening of synonym.openings!) members.set(opening, [...(members.get(opening) ?? []), synonym]);
  }
  const groups = new Map<number, { pattern: RegExp; tools: string[] }>();
  for (const [opening, group] of members) {
    const pattern = new RegExp(`(?:${group.map((synonym) => `(${synonym.source})`).join('|')})(?![\\p{L}\\p{N}])`, 'uy');
    groups.set(opening, { pattern, tools: group.map((synonym) => synonym.tool) });
  }
  // A plain lookbehind costs a fraction of the Unicode one, which is then asked only where this may match.
  const words = [...new Set(synonyms.map((synonym) => synonym.firstWord))];
  return { firstWords: [new RegExp(`(?<![A-Za-z0-9])(?:${words.join('|')})`, 'gu')], groups };
}

/**
 * The opening of the place `at`: its first character, lower-cased, with the next one, lower-cased when an ASCII
 * letter and "_" unless an ASCII letter or digit. Read as numbers, for ASCII letters only.
 */
function openingAt(text: string, at: number): number {
  const next = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
  const lower = next | 32;
  const second = lower >= 97 && lower <= 122 ? lower : next >= 48 && next <= 57 ? next : 95;
  return (text.charCodeAt(at) | 32) * 128 + second;
}

/**
 * The openings a synonym's matches can have: those of its first word, or, for a one-letter first word, that letter
 * before a separator or (alone) a plural "s". Undefined unless the word opens with an ASCII letter then an ASCII
 * letter or digit, the only characters its case classes then hold.
 */
function openingsOf(words: readonly string[]): number[] | undefined {
  const first = words[0];
  if (!/^[A-Za-z](?:[A-Za-z0-9]|$)/.test(first)) return undefined;
  if (first.length > 1) return [openingAt(first, 0)];
  return words.length > 1 ? [openingAt(`${first} `, 0)] : [openingAt(`${first} `, 0), openingAt(`${first}s`, 0)];
}

/**
 * Every place a tool is named, in text order, as `text.matchAll(vocabulary.pattern)` finds them. The places where a
 * synonym's first word begins are found in one pass over the words of the text, whatever the number of tools; each
 * is then tried against the synonyms of its opening alone, rather than the whole pattern with its slow lookbehind.
 */
export function findToolMentions(text: string, vocabulary: Vocabulary): ToolMatch[] {
  const matcher = vocabulary.byOpening;
  if (!matcher) return mentionsOf(matchAllOf(text, vocabulary.pattern), vocabulary);
  return mentionsOpeningAt(text, matcher, openingWords(text, matcher.firstWords));
}

/**
 * {@link findToolMentions} for a short text beside the letter being analysed: every word is tried, without the index
 * of words that the recognisers share for the letter (and that indexing another text would replace).
 */
export function findToolMentionsInShortText(text: string, vocabulary: Vocabulary): ToolMatch[] {
  const matcher = vocabulary.byOpening;
  if (!matcher) return mentionsOf(text.matchAll(vocabulary.pattern), vocabulary);
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (isAsciiLetter(text.charCodeAt(i)) && (i === 0 || !isAsciiAlphanumeric(text.charCodeAt(i - 1)))) starts.push(i);
  return mentionsOpeningAt(text, matcher, starts);
}

/**
 * `mentions` with names found by another reading of the text `added` (both in text order), in text order. A mention
 * inside an added name gives way to it.
 */
export function withMentionsAdded(mentions: ToolMatch[], added: readonly ToolMatch[]): ToolMatch[] {
  if (added.length === 0) return mentions;
  return [...clearOf(mentions, added), ...added].sort((x, y) => x.span.start - y.span.start);
}

/** The mentions opening at `starts` (in increasing order), each tried against the synonyms of its opening alone. */
function mentionsOpeningAt(text: string, matcher: OpeningMatcher, starts: readonly number[]): ToolMatch[] {
  const found: ToolMatch[] = [];
  // As matchAll does, the next match is looked for from the end of the last one. A place that may open a first word
  // is tried against its group alone: a synonym matching there opens with its first word, so trying the first
  // words before would only try the place twice.
  let from = 0;
  for (const start of starts) {
    if (start < from || !opensWord(text, start)) continue;
    const group = matcher.groups.get(openingAt(text, start));
    if (!group) continue;
    group.pattern.lastIndex = start;
    const match = group.pattern.exec(text);
    if (match === null) continue;
    addMention(found, group.tools, match);
    from = start + match[0].length;
  }
  return found;
}

const isAsciiAlphanumeric = (code: number): boolean => isAsciiLetter(code) || isDigitCode(code);

/** The mentions that matches of the vocabulary's whole pattern make. */
function mentionsOf(matches: Iterable<RegExpExecArray>, vocabulary: Vocabulary): ToolMatch[] {
  const found: ToolMatch[] = [];
  for (const match of matches) addMention(found, vocabulary.groupTools, match);
  return found;
}

/**
 * "counter-drone", "anti-drone", "counter IMSI catcher"; "drone detection", "drone jammers": a name with these words
 * before or after it is of what works against the tool (detecting or stopping it), which is not the tool.
 */
const COUNTERING_BEFORE = /\b(?:counter|anti)[ \t]?[-\u2010\u2011]?[ \t]?$/i;
const COUNTERING_AFTER = /^[ \t]?[-\u2010\u2011]?[ \t]?(?:detection|detectors?|mitigation|jamm(?:ers?|ing)|interceptors?)\b/i;
/** Characters around a mention read for {@link COUNTERING_BEFORE} and {@link COUNTERING_AFTER}. */
const COUNTERING_REACH = 14;

function countersTheTool(text: string, start: number, end: number): boolean {
  return COUNTERING_BEFORE.test(text.slice(Math.max(0, start - COUNTERING_REACH), start)) || COUNTERING_AFTER.test(text.slice(end, end + COUNTERING_REACH));
}

/** Records a match of `tools`' synonyms, one capture group each, unless it names what counters the tool. */
function addMention(found: ToolMatch[], tools: readonly string[], match: RegExpExecArray): void {
  let group = 1;
  while (group < match.length && match[group] === undefined) group++;
  if (group >= match.length) return;
  if (countersTheTool(match.input, match.index, match.index + match[0].length)) return;
  found.push({ tool: tools[group - 1], span: { start: match.index, end: match.index + match[0].length } });
}

const LETTER_OR_NUMBER_LAST = /[\p{L}\p{N}]$/u;

/** What the pattern's `(?<![\p{L}\p{N}])` asks: no letter or number (a whole code point) just before `at`. */
function opensWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const previous = text.charCodeAt(at - 1);
  if (previous < 0x80) return !isAsciiAlphanumeric(previous);
  return !LETTER_OR_NUMBER_LAST.test(text.slice(Math.max(0, at - 2), at));
}

/** The label of a tool id, falling back to the id itself. */
export function toolLabel(vocabulary: Vocabulary, id: string): string {
  return vocabulary.byId.get(id)?.label ?? id;
}

function wordsOf(synonym: string): string[] {
  return synonym
    .trim()
    .split(/[\s\-\u2010\u2011\u2013]+/u)
    .filter((word) => word !== '');
}

/**
 * Word separator inside a phrase: a short run of whitespace (lines wrap mid-phrase), or a hyphen or dash with such a
 * run on either side. Counts up to 12, not 3: V8 writes out a repeat of at most three in full, which for the
 * vocabulary's hundreds of separators made megabytes of machine code.
 */
const SEPARATOR = '(?:\\s{1,12}|\\s{0,12}[-\\u2010\\u2011\\u2013]\\s{0,12})';

/** The pattern of a synonym, in two parts: its first word (without a plural "s"), then the rest. */
function synonymSource(words: readonly string[]): { firstWord: string; rest: string } {
  // A lone acronym keeps its case; inside a phrase ("imsi catchers") the other words already make it specific.
  if (words.length === 1 && CASE_SENSITIVE_ACRONYM.test(words[0])) return { firstWord: escapeLiteral(words[0]), rest: 's?' };
  const last = caseless(words[words.length - 1].replace(/(?<=\p{L}{2}[^sS])[sS]$/u, ''));
  if (words.length === 1) return { firstWord: last, rest: '[sS]?' };
  const middle = words.slice(1, -1).map((word) => `${SEPARATOR}${caseless(word)}`);
  return { firstWord: caseless(words[0]), rest: `${middle.join('')}${SEPARATOR}${last}[sS]?` };
}

/** Spells each letter as a two-case class, so one case-sensitive pattern can hold both kinds of synonym. */
function caseless(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower !== upper && lower.length === 1 && upper.length === 1) out += `[${lower}${upper}]`;
    else out += escapeLiteral(ch);
  }
  return out;
}

function escapeLiteral(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');
}
