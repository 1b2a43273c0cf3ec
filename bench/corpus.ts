// A synthetic corpus for benchmarks: the seed letters and seeded random mutations of them (paragraphs reordered,
// tools, authorities, dates and sections swapped, answer lines duplicated, CRLF endings). Same seed, same corpus.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS_DIR = join(__dirname, '../test/fixtures/seeds');

/** The seed letters' texts, in file name order. */
export function readSeeds(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));
}

/** A small deterministic generator (mulberry32), so every run measures the same corpus. */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

const TOOL_PHRASES = [
  'body worn video cameras',
  'facial recognition',
  'hacking',
  'IMSI catchers',
  'mobile phone extraction',
  'predictive policing',
  'social media intelligence',
  'automatic number plate recognition',
  'drones',
  'equipment interference',
  'live facial recognition',
  'cyber kiosks',
];

const AUTHORITIES_IN_SEEDS = [
  'Hertfordshire Constabulary',
  'Norfolk and Suffolk Constabularies',
  'Suffolk and Norfolk Constabularies',
  'Cambridgeshire Constabulary',
  'West Midlands Police',
  'Northamptonshire Police',
  'Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough',
  'Office of the Northamptonshire Police, Fire and Crime Commissioner',
];

const OTHER_AUTHORITIES = [
  'Avon and Somerset Constabulary',
  'Greater Manchester Police',
  'Thames Valley Police',
  'Kent Police',
  'Merseyside Police',
  'Devon and Cornwall Police',
  'Lancashire Constabulary',
  'South Wales Police',
  'Durham Constabulary',
  'Essex Police',
  'Metropolitan Police Service',
  'Office of the Police and Crime Commissioner for Dorset',
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const SECTION_NUMBERS = [12, 14, 21, 22, 23, 24, 26, 27, 30, 31, 32, 38, 40, 41, 42, 43, 44, 99];

const DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'g');
const SECTION = /\b([Ss]ections?|s\.?)(\s?)(\d{1,2})\b/g;
const ANSWER_LINE = /confirm|not hold|not held|neither|used by|response/i;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function ordinal(day: number): string {
  if (day % 10 === 1 && day !== 11) return `${day}st`;
  if (day % 10 === 2 && day !== 12) return `${day}nd`;
  if (day % 10 === 3 && day !== 13) return `${day}rd`;
  return `${day}th`;
}

function reorderParagraphs(text: string, random: Random): string {
  const paragraphs = text.split(/\n[ \t\u00a0]*\n/);
  if (paragraphs.length < 6) return text;
  const from = random.int(2, paragraphs.length - 4);
  const to = Math.min(paragraphs.length - 2, from + random.int(2, 6));
  const middle = paragraphs.slice(from, to);
  for (let i = middle.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [middle[i], middle[j]] = [middle[j], middle[i]];
  }
  return [...paragraphs.slice(0, from), ...middle, ...paragraphs.slice(to)].join('\n\n');
}

function swapTool(text: string, random: Random): string {
  const present = TOOL_PHRASES.filter((phrase) => text.toLowerCase().includes(phrase.toLowerCase()));
  if (present.length === 0) return text;
  const from = random.pick(present);
  const to = random.pick(TOOL_PHRASES.filter((phrase) => phrase !== from));
  return text.replace(new RegExp(escapeRegExp(from), 'gi'), (found) =>
    found[0] === found[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to,
  );
}

function swapAuthority(text: string, random: Random): string {
  const present = AUTHORITIES_IN_SEEDS.filter((name) => text.includes(name));
  if (present.length === 0) return text;
  return text.replaceAll(random.pick(present), random.pick(OTHER_AUTHORITIES));
}

function changeDates(text: string, random: Random): string {
  return text.replace(DATE, () => {
    const day = random.int(1, 28);
    const month = random.int(1, 12);
    const year = random.int(2015, 2024);
    switch (random.int(0, 2)) {
      case 0:
        return `${ordinal(day)} ${MONTHS[month - 1]} ${year}`;
      case 1:
        return `${day} ${MONTHS[month - 1]} ${year}`;
      default:
        return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    }
  });
}

function changeSections(text: string, random: Random): string {
  return text.replace(SECTION, (_found, word: string, space: string) => `${word}${space}${random.pick(SECTION_NUMBERS)}`);
}

function duplicateAnswerLines(text: string, random: Random): string {
  return text
    .split('\n')
    .flatMap((line) => (ANSWER_LINE.test(line) && random.chance(0.3) ? [line, line] : [line]))
    .join('\n');
}

function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

const MUTATIONS: readonly ((text: string, random: Random) => string)[] = [
  reorderParagraphs,
  swapTool,
  swapAuthority,
  changeDates,
  changeSections,
  duplicateAnswerLines,
];

/** One mutated copy of a seed: two to five mutations, then CRLF endings three times in ten. */
export function mutate(seed: string, random: Random): string {
  let text = seed;
  const count = random.int(2, 5);
  for (let i = 0; i < count; i++) text = random.pick(MUTATIONS)(text, random);
  return random.chance(0.3) ? toCrlf(text) : text;
}

/**
 * The text as the engine receives it from a file or an editor buffer: one contiguous string decoded from UTF-8,
 * rather than the rope of joined or sliced pieces that building it left behind, which is slower to read.
 */
function asRead(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** Letters (the seeds first, then mutations of them) until their UTF-8 size reaches `minBytes`. */
export function buildCorpus(minBytes: number, seedValue = 2019): string[] {
  const random = new Random(seedValue);
  const seeds = readSeeds();
  const letters = [...seeds];
  let bytes = seeds.reduce((sum, letter) => sum + Buffer.byteLength(letter), 0);
  while (bytes < minBytes) {
    const letter = asRead(mutate(random.pick(seeds), random));
    letters.push(letter);
    bytes += Buffer.byteLength(letter);
  }
  return letters;
}

/**
 * Letters of about `size` characters (within 5%): mutated seeds joined until long enough, then cut at the
 * paragraph break nearest the size.
 */
export function buildLettersOfSize(count: number, size: number, seedValue = 1703): string[] {
  const random = new Random(seedValue);
  const seeds = readSeeds();
  const letters: string[] = [];
  while (letters.length < count) {
    let text = mutate(random.pick(seeds), random);
    while (text.length < size * 1.05) text += `\n\n${mutate(random.pick(seeds), random)}`;
    const cut = text.lastIndexOf('\n\n', size * 1.05);
    letters.push(asRead(cut >= size * 0.95 ? text.slice(0, cut) : text.slice(0, size)));
  }
  return letters;
}

/** One text of at least `minChars` characters: corpus letters joined by blank lines, cycling as needed. */
export function joinToSize(letters: readonly string[], minChars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < minChars; i = (i + 1) % letters.length) {
    parts.push(letters[i]);
    length += letters[i].length + 2;
  }
  return asRead(parts.join('\n\n'));
}
