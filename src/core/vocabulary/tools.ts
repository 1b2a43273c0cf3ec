// The surveillance tools the research asks about and the words letters use for them, compiled into one matcher.
// This is the single table of tools: the analysis, the summary and the extension all read it from here.

import { matchAllOf } from '../analysis/phraseScan';
import type { ToolDefinition } from '../model';
import type { Span } from '../text';

/** The tools of the research, with stable ids. Synonyms are written in the singular; plurals match too. */
export const DEFAULT_TOOLS: readonly ToolDefinition[] = [
  {
    id: 'body-worn-video',
    label: 'Body worn video',
    synonyms: [
      'body worn video',
      'body worn video camera',
      'bodyworn video',
      'body worn camera',
      'body worn video device',
      'BWV',
      'BWC',
    ],
  },
  {
    id: 'facial-recognition',
    label: 'Facial recognition',
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
    ],
  },
  {
    id: 'hacking',
    label: 'Hacking',
    synonyms: ['hacking', 'equipment interference', 'computer network exploitation', 'CNE'],
  },
  {
    id: 'imsi-catchers',
    label: 'IMSI catchers',
    synonyms: [
      'IMSI catcher',
      'IMSI grabber',
      'covert communications data capture',
      'CCDC',
      'Stingray',
      'cell site simulator',
    ],
  },
  {
    id: 'mobile-phone-extraction',
    label: 'Mobile phone extraction',
    synonyms: [
      'mobile phone extraction',
      'mobile phone data extraction',
      'digital device extraction',
      'mobile device extraction',
      'cyber kiosk',
      'self service kiosk',
      'digital forensic kiosk',
    ],
  },
  {
    id: 'predictive-policing',
    label: 'Predictive policing',
    synonyms: [
      'predictive policing',
      'predictive analytics',
      'crime forecasting',
      'algorithms for predicting crime',
      'predictive mapping',
    ],
  },
  {
    id: 'social-media-intelligence',
    label: 'Social media intelligence',
    synonyms: ['social media intelligence', 'SOCMINT', 'social media monitoring', 'open source intelligence', 'OSINT'],
  },
  {
    id: 'anpr',
    label: 'ANPR',
    synonyms: ['automatic number plate recognition', 'automated number plate recognition', 'ANPR'],
  },
  {
    id: 'drones',
    label: 'Drones',
    synonyms: [
      'drone',
      'unmanned aerial vehicle',
      'unmanned aircraft system',
      'UAV',
      'UAS',
      'RPAS',
      'remotely piloted aircraft',
      'remotely piloted aircraft system',
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
}

/** One place where a tool is named. */
export interface ToolMatch {
  readonly tool: string;
  readonly span: Span;
}

/** A synonym that is only a short acronym matches case-sensitively, so words like "uas" or "cne" never count. */
const CASE_SENSITIVE_ACRONYM = /^[A-Z]{2,5}$/;
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
  const alternatives: string[] = [];
  const groupTools: string[] = [];
  for (const entry of entries) {
    const source = synonymSource(entry.words);
    if (seen.has(source)) continue;
    seen.add(source);
    alternatives.push(`(${source})`);
    groupTools.push(entry.tool);
  }
  const body = alternatives.length > 0 ? alternatives.join('|') : '(?!)';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
  return { tools, byId: new Map(tools.map((t) => [t.id, t])), pattern, groupTools };
}

/** Every place a tool is named, in text order. One pass over the words of the text whatever the number of tools. */
export function findToolMentions(text: string, vocabulary: Vocabulary): ToolMatch[] {
  const found: ToolMatch[] = [];
  for (const match of matchAllOf(text, vocabulary.pattern)) {
    let group = 1;
    while (group < match.length && match[group] === undefined) group++;
    if (group >= match.length) continue;
    found.push({ tool: vocabulary.groupTools[group - 1], span: { start: match.index, end: match.index + match[0].length } });
  }
  return found;
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

/** Word separator inside a phrase: a short run of whitespace (lines wrap mid-phrase) or a hyphen or dash. */
const SEPARATOR = '(?:\\s{1,12}|\\s{0,3}[-\\u2010\\u2011\\u2013]\\s{0,3})';

function synonymSource(words: readonly string[]): string {
  // A lone acronym keeps its case; inside a phrase ("imsi catchers") the other words already make it specific.
  if (words.length === 1 && CASE_SENSITIVE_ACRONYM.test(words[0])) return `${escapeLiteral(words[0])}s?`;
  const parts = words.map((word, i) => {
    if (i < words.length - 1) return caseless(word);
    return `${caseless(word.replace(/(?<=\p{L}{2}[^sS])[sS]$/u, ''))}[sS]?`;
  });
  return parts.join(SEPARATOR);
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
