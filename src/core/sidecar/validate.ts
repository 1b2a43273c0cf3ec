// Checks a parsed sidecar against format version 1 and builds its plain value. Each problem points at the node
// at fault. Entries that fail are left out of the value rather than failing the file, so one bad date does not
// hide every recorded status; keys nobody defined are accepted and ignored.

import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { splitIso } from '../dates';
import { TOOL_STATUSES, isToolStatus } from '../model';
import type { Span } from '../text';
import {
  SIDECAR_DATE_PATTERNS,
  SIDECAR_VERSION,
  type Annotation,
  type SidecarDateFormat,
  type SidecarFile,
  type SidecarLetter,
  type TextQuoteAnchor,
  type ToolRecord,
} from './format';
import type { ProblemList } from './problems';
import { spanOfRange } from './yamlSource';

/** What the checks need to know beyond the file itself. */
export interface SidecarCheckOptions {
  /** Tool ids the vocabulary knows (defaults plus the user's own); others get `sidecar-unknown-tool`. Leave out to skip. */
  readonly knownTools?: Iterable<string>;
  /** File name of the letter beside the sidecar; a `document` naming another file gets a warning. */
  readonly letterName?: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Where each tool record, annotation and anchor of a value built here was written in the sidecar text. */
const writtenAt = new WeakMap<object, Span>();

/** The sidecar-text span of a tool record, annotation or anchor taken from a value returned by `parseSidecar`. */
export function sidecarSpanOf(part: object): Span | undefined {
  return writtenAt.get(part);
}

/**
 * The value of a sidecar whose YAML is readable, or undefined when its top level is not a mapping or it declares a
 * format version other than 1. A missing `document` reads as the empty string (and is reported).
 */
export function readSidecarValue(document: Document, problems: ProblemList, options: SidecarCheckOptions = {}): SidecarFile | undefined {
  return new SidecarReader(problems, options).readFile(document.contents);
}

class SidecarReader {
  readonly #problems: ProblemList;
  readonly #knownTools: ReadonlySet<string> | undefined;
  readonly #letterName: string | undefined;

  constructor(problems: ProblemList, options: SidecarCheckOptions) {
    this.#problems = problems;
    this.#knownTools = options.knownTools === undefined ? undefined : new Set(options.knownTools);
    this.#letterName = options.letterName;
  }

  readFile(root: Node | null): SidecarFile | undefined {
    if (root === null) {
      this.#invalid(l10n.t('The file is empty; a sidecar starts with "foi: 1" and "document: <letter file name>".'), { start: 0, end: 0 });
      return undefined;
    }
    if (!isMap(root)) {
      this.#invalid(l10n.t('A sidecar is a mapping with the keys foi, document, letter, tools and annotations.'), spanOfRange(root.range));
      return undefined;
    }
    const fields = fieldsOf(root);
    if (!this.#readVersion(root, fields.get('foi'))) return undefined;
    const file: Mutable<SidecarFile> = { foi: SIDECAR_VERSION, document: this.#readDocument(root, fields.get('document')) };
    const letter = this.#readLetter(fields.get('letter'));
    if (letter) file.letter = letter;
    const tools = this.#readTools(fields.get('tools'));
    if (tools) file.tools = tools;
    const annotations = this.#readAnnotations(fields.get('annotations'));
    if (annotations) file.annotations = annotations;
    return file;
  }

  /** False when the file declares a version this code cannot read. */
  #readVersion(root: YAMLMap, pair: Pair | undefined): boolean {
    if (!pair) {
      this.#invalid(l10n.t('Missing "foi: {0}", the format version.', SIDECAR_VERSION), firstKeyOf(root));
      return true;
    }
    const value = pair.value;
    if (isScalar(value) && value.value === SIDECAR_VERSION) return true;
    if (isScalar(value) && typeof value.value === 'number') {
      this.#invalid(l10n.t('This file is format version {0}; this version of FOI Annotator reads version {1} only.', value.value, SIDECAR_VERSION), nodeSpan(pair));
      return false;
    }
    this.#invalid(l10n.t('The format version must be the number {0}.', SIDECAR_VERSION), nodeSpan(pair));
    return true;
  }

  #readDocument(root: YAMLMap, pair: Pair | undefined): string {
    if (!pair) {
      this.#invalid(l10n.t('Missing "document", the file name of the letter this file describes.'), firstKeyOf(root));
      return '';
    }
    if (isNull(pair.value)) {
      this.#invalid(l10n.t('"document" must name the letter this file describes.'), nodeSpan(pair));
      return '';
    }
    const name = this.#readText(pair, 'document');
    if (name === undefined) return '';
    if (name.trim() === '') {
      this.#invalid(l10n.t('"document" must name the letter this file describes.'), nodeSpan(pair));
      return '';
    }
    if (/[\\/]/.test(name) || name === '.' || name === '..') {
      const message = l10n.t('"document" should be the letter\'s file name, not a path: the letter sits beside this file.');
      this.#problems.add('sidecar-invalid', message, nodeSpan(pair), 'warning');
    } else if (this.#letterName !== undefined && name !== this.#letterName) {
      const message = l10n.t('This file sits beside "{0}" but names "{1}" as its letter.', this.#letterName, name);
      this.#problems.add('sidecar-invalid', message, nodeSpan(pair), 'warning');
    }
    return name;
  }

  #readLetter(pair: Pair | undefined): SidecarLetter | undefined {
    const map = this.#optionalMap(pair, 'letter');
    if (!map) return undefined;
    const fields = fieldsOf(map);
    const letter: Mutable<SidecarLetter> = {};
    const authority = this.#readText(fields.get('authority'), 'authority');
    if (authority !== undefined) letter.authority = authority;
    const reference = this.#readText(fields.get('reference'), 'reference');
    if (reference !== undefined) letter.reference = reference;
    const date = this.#readDate(fields.get('date'), 'date');
    if (date !== undefined) letter.date = date;
    const received = this.#readDate(fields.get('received'), 'date');
    if (received !== undefined) letter.received = received;
    const act = this.#readText(fields.get('act'), 'act');
    if (act === 'foia' || act === 'foisa') letter.act = act;
    else if (act !== undefined) this.#invalid(l10n.t('"act" must be foia or foisa.'), nodeSpan(fields.get('act') as Pair));
    return letter;
  }

  #readTools(pair: Pair | undefined): Readonly<Record<string, ToolRecord>> | undefined {
    const map = this.#optionalMap(pair, 'tools');
    if (!map) return undefined;
    const tools: Record<string, ToolRecord> = {};
    const seen = new Set<string>();
    for (const item of map.items) {
      const key = item.key;
      const id = isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : undefined;
      if (id === undefined || id === '') {
        this.#invalid(l10n.t('Tool ids are plain names such as facial-recognition.'), spanOfRange((key as Node | null)?.range));
        continue;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      const keySpan = spanOfRange((key as Scalar).range);
      if (this.#knownTools && !this.#knownTools.has(id)) {
        const message = l10n.t('"{0}" is not a known tool; correct the id or add the tool to your own tool list.', id);
        this.#problems.add('sidecar-unknown-tool', message, keySpan);
      }
      const record = this.#readToolRecord(id, item.value, keySpan);
      // defineProperty, not assignment: a tool called "__proto__" must stay an ordinary entry.
      if (record) Object.defineProperty(tools, id, { value: record, enumerable: true, writable: true, configurable: true });
    }
    return tools;
  }

  #readToolRecord(id: string, node: unknown, keySpan: Span): ToolRecord | undefined {
    if (!isMap(node)) {
      this.#invalid(l10n.t('"{0}" needs a mapping with at least a status, e.g. "status: ncnd".', id), isNode(node) ? spanOfRange(node.range) : keySpan);
      return undefined;
    }
    const fields = fieldsOf(node);
    const status = this.#readStatus(id, fields.get('status'), keySpan);
    if (status === undefined) return undefined;
    const record: Mutable<ToolRecord> = { status };
    const exemptions = this.#readTextList(fields.get('exemptions'), 'exemptions', () =>
      l10n.t('"{0}" must be a list of sections, e.g. [s24(2), s31(3)].', 'exemptions'),
    );
    if (exemptions) record.exemptions = exemptions;
    const evidence = this.#readAnchorList(fields.get('evidence'));
    if (evidence) record.evidence = evidence;
    const note = this.#readText(fields.get('note'), 'note');
    if (note !== undefined) record.note = note;
    const by = this.#readText(fields.get('by'), 'by');
    if (by !== undefined) record.by = by;
    const at = this.#readDate(fields.get('at'), 'date-time');
    if (at !== undefined) record.at = at;
    writtenAt.set(record, spanOfRange(node.range));
    return record;
  }

  #readStatus(id: string, pair: Pair | undefined, keySpan: Span): ToolRecord['status'] | undefined {
    const value = pair?.value;
    if (!pair || isNull(value)) {
      this.#invalid(l10n.t('"{0}" has no status.', id), pair ? nodeSpan(pair) : keySpan);
      return undefined;
    }
    if (isScalar(value) && typeof value.value === 'string') {
      if (isToolStatus(value.value)) return value.value;
      const guess = guessStatus(value.value);
      const statuses = TOOL_STATUSES.join(', ');
      const message = guess
        ? l10n.t('"{0}" is not a status. Use one of: {1}. Did you mean "{2}"?', value.value, statuses, guess)
        : l10n.t('"{0}" is not a status. Use one of: {1}.', value.value, statuses);
      this.#problems.add('sidecar-unknown-status', message, nodeSpan(pair));
      return undefined;
    }
    this.#invalid(l10n.t('The status must be one of: {0}.', TOOL_STATUSES.join(', ')), nodeSpan(pair));
    return undefined;
  }

  #readAnnotations(pair: Pair | undefined): readonly Annotation[] | undefined {
    const items = this.#optionalList(pair, () => l10n.t('"{0}" must be a list of annotations.', 'annotations'));
    if (!items) return undefined;
    const annotations: Annotation[] = [];
    for (const item of items) {
      const annotation = this.#readAnnotation(item);
      if (annotation) annotations.push(annotation);
    }
    return annotations;
  }

  #readAnnotation(node: unknown): Annotation | undefined {
    if (!isMap(node)) {
      this.#invalid(l10n.t('An annotation is a mapping with a label and an anchor.'), isNode(node) ? spanOfRange(node.range) : { start: 0, end: 0 });
      return undefined;
    }
    const fields = fieldsOf(node);
    const labelPair = fields.get('label');
    const label = this.#readText(labelPair, 'label');
    if (label === undefined || label.trim() === '') {
      this.#invalid(l10n.t('An annotation needs a label, e.g. key-quote.'), labelPair ? nodeSpan(labelPair) : firstKeyOf(node));
      return undefined;
    }
    const anchorPair = fields.get('anchor');
    if (!anchorPair) {
      this.#invalid(l10n.t('An annotation needs an anchor: the exact words it marks.'), firstKeyOf(node));
      return undefined;
    }
    const anchor = this.#readAnchor(anchorPair.value);
    if (!anchor) return undefined;
    const annotation: Mutable<Annotation> = { label, anchor };
    const note = this.#readText(fields.get('note'), 'note');
    if (note !== undefined) annotation.note = note;
    const by = this.#readText(fields.get('by'), 'by');
    if (by !== undefined) annotation.by = by;
    const at = this.#readDate(fields.get('at'), 'date-time');
    if (at !== undefined) annotation.at = at;
    writtenAt.set(annotation, spanOfRange(node.range));
    return annotation;
  }

  #readAnchorList(pair: Pair | undefined): readonly TextQuoteAnchor[] | undefined {
    const items = this.#optionalList(pair, () => l10n.t('"{0}" must be a list of quotes, each with "exact".', 'evidence'));
    if (!items) return undefined;
    const anchors: TextQuoteAnchor[] = [];
    for (const item of items) {
      const anchor = this.#readAnchor(item);
      if (anchor) anchors.push(anchor);
    }
    return anchors;
  }

  #readAnchor(node: unknown): TextQuoteAnchor | undefined {
    if (!isMap(node)) {
      this.#invalid(l10n.t('A quote is a mapping with at least "exact", the words quoted.'), isNode(node) ? spanOfRange(node.range) : { start: 0, end: 0 });
      return undefined;
    }
    const fields = fieldsOf(node);
    const exactPair = fields.get('exact');
    const exact = this.#readText(exactPair, 'exact');
    if (exact === undefined || exact.trim() === '') {
      this.#invalid(l10n.t('A quote needs "exact": the words quoted from the letter.'), exactPair ? nodeSpan(exactPair) : firstKeyOf(node));
      return undefined;
    }
    const anchor: Mutable<TextQuoteAnchor> = { exact };
    const prefix = this.#readText(fields.get('prefix'), 'prefix');
    if (prefix !== undefined) anchor.prefix = prefix;
    const suffix = this.#readText(fields.get('suffix'), 'suffix');
    if (suffix !== undefined) anchor.suffix = suffix;
    const startPair = fields.get('start');
    if (startPair && !isNull(startPair.value)) {
      const start = isScalar(startPair.value) ? startPair.value.value : undefined;
      if (typeof start === 'number' && Number.isSafeInteger(start) && start >= 0) anchor.start = start;
      else this.#invalid(l10n.t('"start" must be a whole number of characters, 0 or more.'), nodeSpan(startPair));
    }
    writtenAt.set(anchor, spanOfRange(node.range));
    return anchor;
  }

  /** A text value; undefined (silently) when absent or empty in the YAML, undefined with a problem when not text. */
  #readText(pair: Pair | undefined, name: string): string | undefined {
    if (!pair || isNull(pair.value)) return undefined;
    const value = pair.value;
    if (isScalar(value) && typeof value.value === 'string') return value.value;
    const quotable = isScalar(value) && (typeof value.value === 'number' || typeof value.value === 'boolean');
    const message = quotable
      ? l10n.t('"{0}" must be text; put it in quotes: "{1}".', name, String(value.value))
      : l10n.t('"{0}" must be text.', name);
    this.#invalid(message, nodeSpan(pair));
    return undefined;
  }

  #readTextList(pair: Pair | undefined, name: string, notAList: () => string): readonly string[] | undefined {
    const items = this.#optionalList(pair, notAList);
    if (!items) return undefined;
    const texts: string[] = [];
    for (const item of items) {
      if (isScalar(item) && typeof item.value === 'string') {
        if (item.value.trim() !== '') texts.push(item.value);
      } else {
        this.#invalid(l10n.t('Each entry of "{0}" must be text, e.g. s24(2).', name), isNode(item) ? spanOfRange(item.range) : nodeSpan(pair as Pair));
      }
    }
    return texts;
  }

  #readDate(pair: Pair | undefined, format: SidecarDateFormat): string | undefined {
    if (!pair || isNull(pair.value)) return undefined;
    const value = pair.value;
    // Under a `%YAML 1.1` directive the yaml package turns dates into Date objects; the source text is what was written.
    const raw = isScalar(value) ? (value.value instanceof Date ? value.source : value.value) : undefined;
    if (typeof raw === 'string' && isRealDate(raw, format)) return raw;
    this.#problems.add('sidecar-bad-date', badDateMessage(raw, format), nodeSpan(pair));
    return undefined;
  }

  /** The mapping under `pair`; undefined when absent or empty, or (with a problem) when it is something else. */
  #optionalMap(pair: Pair | undefined, name: string): YAMLMap | undefined {
    if (!pair || isNull(pair.value)) return undefined;
    if (isMap(pair.value)) return pair.value;
    this.#invalid(l10n.t('"{0}" must be a mapping of keys to values.', name), nodeSpan(pair));
    return undefined;
  }

  /** The list under `pair`; undefined when absent or empty, or (with the problem `notAList` words) when it is something else. */
  #optionalList(pair: Pair | undefined, notAList: () => string): readonly unknown[] | undefined {
    if (!pair || isNull(pair.value)) return undefined;
    if (isSeq(pair.value)) return pair.value.items;
    this.#invalid(notAList(), nodeSpan(pair));
    return undefined;
  }

  #invalid(message: string, span: Span): void {
    this.#problems.add('sidecar-invalid', message, span);
  }
}

/** The string-keyed pairs of a mapping; the first of duplicate keys (already reported) wins. */
function fieldsOf(map: YAMLMap): Map<string, Pair> {
  const fields = new Map<string, Pair>();
  for (const pair of map.items) {
    if (isScalar(pair.key) && typeof pair.key.value === 'string' && !fields.has(pair.key.value)) fields.set(pair.key.value, pair);
  }
  return fields;
}

/** True for a date of the calendar (and, for timestamps, a real time of day) written in the given format. */
export function isRealDate(value: string, format: SidecarDateFormat): boolean {
  if (!SIDECAR_DATE_PATTERNS[format].test(value) || splitIso(value.slice(0, 10)) === undefined) return false;
  if (format === 'date') return true;
  const [hours, minutes, seconds] = value.slice(11, 19).split(':').map(Number);
  const zone = /([+-])(\d{2}):(\d{2})$/.exec(value);
  const zoneOk = zone === null || (Number(zone[2]) < 24 && Number(zone[3]) < 60);
  return hours < 24 && minutes < 60 && seconds < 60 && zoneOk;
}

/**
 * Why a date value was refused and how to write it: one whole sentence per case for translators. A string shaped like
 * a date is "not a real date" (e.g. 2019-02-30); any other string or number is quoted; anything else is "This value".
 */
function badDateMessage(raw: unknown, format: SidecarDateFormat): string {
  const date = format === 'date';
  if (typeof raw === 'string' && SIDECAR_DATE_PATTERNS[format].test(raw)) {
    return date
      ? l10n.t('"{0}" is not a real date; write YYYY-MM-DD, e.g. 2019-07-04.', raw)
      : l10n.t('"{0}" is not a real date; write an ISO 8601 timestamp, e.g. 2026-11-22T10:00:00Z.', raw);
  }
  if (typeof raw === 'string' || typeof raw === 'number') {
    return date
      ? l10n.t('"{0}" is not a date; write YYYY-MM-DD, e.g. 2019-07-04.', String(raw))
      : l10n.t('"{0}" is not a date; write an ISO 8601 timestamp, e.g. 2026-11-22T10:00:00Z.', String(raw));
  }
  return date
    ? l10n.t('This value is not a date; write YYYY-MM-DD, e.g. 2019-07-04.')
    : l10n.t('This value is not a date; write an ISO 8601 timestamp, e.g. 2026-11-22T10:00:00Z.');
}

/** The status a person probably meant by a near miss such as "Not used" or "partial_ncnd". */
function guessStatus(value: string): string | undefined {
  const guess = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return isToolStatus(guess) ? guess : undefined;
}

function isNull(value: unknown): boolean {
  return value === null || value === undefined || (isScalar(value) && value.value === null);
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value);
}

/** The value of a pair, or its key when the value is empty. */
function nodeSpan(pair: Pair): Span {
  const value = pair.value as Node | null;
  if (value?.range && !(isScalar(value) && value.value === null && value.range[0] === value.range[1])) return spanOfRange(value.range);
  return spanOfRange((pair.key as Node | null)?.range);
}

/** The first key of a mapping (or its start), to point at when something the mapping lacks is reported. */
function firstKeyOf(map: YAMLMap): Span {
  const firstKey = map.items[0]?.key as Node | null | undefined;
  if (firstKey?.range) return spanOfRange(firstKey.range);
  const start = map.range?.[0] ?? 0;
  return { start, end: start };
}
