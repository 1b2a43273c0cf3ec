// Changes to a sidecar, made on its YAML document so that comments, key order, keys nobody defined and the person's
// own formatting survive. Each function takes the current text (undefined when the file does not exist yet) and
// returns the new text, or refuses, with the problems, when the current text cannot be edited safely. No I/O.

import * as l10n from '@vscode/l10n';
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, type Node } from 'yaml';
import { TOOL_STATUSES, isToolStatus, type ToolStatus } from '../model';
import { SIDECAR_KEY_ORDER, SIDECAR_VERSION, type SidecarLetter, type TextQuoteAnchor } from './format';
import { keepUntouchedLines, printDocument, styleOf } from './printing';
import { ProblemList, type SidecarProblem } from './problems';
import { isRealDate } from './validate';
import { readYaml, spanOfRange } from './yamlSource';

/** The first line of every sidecar this code creates. */
export const SIDECAR_HEADER = ' FOI Annotator notes on the letter beside this file. Comments you add here are kept when the file is edited.';

/** The new text of a sidecar, or why it was left alone. */
export type EditResult =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly reason: string; readonly problems: readonly SidecarProblem[] };

/** Letter facts to record; only those absent from the sidecar are written, and dates only when valid. */
export type LetterFactsUpdate = { readonly [K in keyof SidecarLetter]?: string | null };

/** Recording one tool's status. */
export interface ToolStatusEdit {
  /** File name of the letter, written as `document` when the sidecar lacks one. */
  readonly document: string;
  readonly letter?: LetterFactsUpdate;
  readonly tool: string;
  readonly status: ToolStatus;
  /** Sections relied on; when given they replace the recorded list (an empty list removes it). */
  readonly exemptions?: readonly string[];
  /** Quotes to add to the tool's evidence; quotes already recorded are not repeated. */
  readonly evidence?: readonly TextQuoteAnchor[];
  readonly by?: string;
  /** ISO 8601 timestamp. */
  readonly at?: string;
  /** False to leave an existing status (and the rest of that tool's record) alone. Defaults to true. */
  readonly overwrite?: boolean;
}

/** Adding one annotation. */
export interface AnnotationEdit {
  readonly document: string;
  readonly label: string;
  readonly note?: string;
  readonly anchor: TextQuoteAnchor;
  readonly by?: string;
  /** ISO 8601 timestamp. */
  readonly at?: string;
}

/** Removing one tool's record. */
export interface RemoveToolStatusEdit {
  readonly tool: string;
}

/** Records a tool's status, with letter facts, exemptions and evidence. */
export function setToolStatus(text: string | undefined, edit: ToolStatusEdit): EditResult {
  if (edit.tool.trim() === '') return refusal(l10n.t('A tool id is needed.'));
  if (!isToolStatus(edit.status)) return refusal(l10n.t('"{0}" is not a status; use one of: {1}.', String(edit.status), TOOL_STATUSES.join(', ')));
  return applyEdit(text, edit.document, (root) => {
    const letterChanged = fillLetterFacts(root, edit.letter ?? {});
    const tools = collectionAt(root, 'tools', isYamlMap, 'mapping');
    if ('refused' in tools) return tools;
    const existing = tools.node?.get(edit.tool, true);
    if (existing !== undefined && !isNullNode(existing) && !isMap(existing)) {
      return blocked(l10n.t('The record for "{0}" is not a mapping; edit it by hand first.', edit.tool), existing);
    }
    const hasStatus = isMap(existing) && !isNullNode(existing.get('status', true));
    if (hasStatus && edit.overwrite === false) return { changed: letterChanged };
    const record = isMap(existing) ? existing : new YAMLMap();
    const recordChanged = writeToolRecord(record, edit);
    if ('refused' in recordChanged) return recordChanged;
    if (!isMap(existing)) setNode(ensureCollection(root, tools, 'tools', new YAMLMap(), SIDECAR_KEY_ORDER.file), edit.tool, record, []);
    return { changed: letterChanged || recordChanged.changed };
  });
}

/** Adds an annotation, unless the same label, note and quote are already there. */
export function addAnnotation(text: string | undefined, edit: AnnotationEdit): EditResult {
  if (edit.label.trim() === '') return refusal(l10n.t('An annotation needs a label.'));
  if (edit.anchor.exact.trim() === '') return refusal(l10n.t('An annotation needs the words it marks.'));
  return applyEdit(text, edit.document, (root) => {
    const annotations = collectionAt(root, 'annotations', isYamlSeq, 'list');
    if ('refused' in annotations) return annotations;
    if (annotations.node?.items.some((item) => isSameAnnotation(item, edit))) return { changed: false };
    const annotation = new YAMLMap();
    annotation.add(new Pair(new Scalar('label'), new Scalar(edit.label)));
    if (edit.note !== undefined && edit.note !== '') annotation.add(new Pair(new Scalar('note'), new Scalar(edit.note)));
    annotation.add(new Pair(new Scalar('anchor'), anchorNode(edit.anchor)));
    if (edit.by !== undefined) annotation.add(new Pair(new Scalar('by'), new Scalar(edit.by)));
    if (edit.at !== undefined) annotation.add(new Pair(new Scalar('at'), new Scalar(edit.at)));
    ensureCollection(root, annotations, 'annotations', new YAMLSeq(), SIDECAR_KEY_ORDER.file).add(annotation);
    return { changed: true };
  });
}

/**
 * Removes a tool's record. A comment written above the record moves to whatever follows it (the next tool, the next
 * key, or the end of the file) so it is not lost; comments inside the record go with it.
 */
export function removeToolStatus(text: string | undefined, edit: RemoveToolStatusEdit): EditResult {
  return applyEdit(text, undefined, (root, document) => {
    const tools = root.get('tools', true);
    if (!isMap(tools)) return { changed: false };
    const index = tools.items.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === edit.tool);
    if (index < 0) return { changed: false };
    const [removed] = tools.items.splice(index, 1);
    const comment = (removed.key as Node).commentBefore;
    if (comment) {
      // Not the mapping's own trailing comment: the yaml package does not read that back where it printed it.
      const toolsIndex = root.items.findIndex((pair) => pair.value === tools);
      const next = (tools.items[index]?.key ?? root.items[toolsIndex + 1]?.key) as Node | undefined;
      if (next) next.commentBefore = next.commentBefore ? `${comment}\n${next.commentBefore}` : comment;
      else document.comment = document.comment ? `${comment}\n${document.comment}` : comment;
    }
    return { changed: true };
  });
}

type Refused = { readonly refused: string; readonly problems: readonly SidecarProblem[] };
type Outcome = { readonly changed: boolean } | Refused;
type Found<T> = { readonly node: T | undefined };

/**
 * Runs `change` on the sidecar's top-level mapping and prints the result. A new file gets the header comment, the
 * format version and `document`; an existing one gets them added only if missing and only when something changed.
 */
function applyEdit(original: string | undefined, documentName: string | undefined, change: (root: YAMLMap, document: Document) => Outcome): EditResult {
  const style = styleOf(original);
  // Edits run on LF text: the yaml package keeps the CR of CRLF line ends inside comments, which would double them.
  const text = original?.replace(/\r\n/g, '\n');
  const opened = openDocument(text, original);
  if ('refused' in opened) return { ok: false, reason: opened.refused, problems: opened.problems };
  const { document, root, isNew } = opened;
  const before = isNew ? '' : printDocument(document, style);
  const outcome = change(root, document);
  if ('refused' in outcome) return { ok: false, reason: outcome.refused, problems: outcome.problems };
  if (!outcome.changed) return { ok: true, text: original ?? '', changed: false };
  if (root.get('foi', true) === undefined) insertInOrder(root, new Pair(new Scalar('foi'), new Scalar(SIDECAR_VERSION)), SIDECAR_KEY_ORDER.file);
  if (documentName !== undefined && isNullNode(root.get('document', true))) {
    setScalar(root, 'document', documentName, SIDECAR_KEY_ORDER.file);
  }
  const after = printDocument(document, style);
  const merged = isNew || text === undefined ? after : keepUntouchedLines(text, before, after, style);
  return { ok: true, text: style.eol === '\n' ? merged : merged.replace(/\n/g, style.eol), changed: true };
}

type Opened = { readonly document: Document; readonly root: YAMLMap; readonly isNew: boolean } | Refused;

/** The document of `text` (LF line ends) ready for editing; problems are located in `original`, as the person has it. */
function openDocument(text: string | undefined, original: string | undefined): Opened {
  if (text === undefined || text.trim() === '') {
    const root = new YAMLMap();
    const document = new Document(root);
    document.commentBefore = SIDECAR_HEADER;
    return { document, root, isNew: true };
  }
  const source = readYaml(text, new ProblemList());
  if (!source.readable) {
    const problems = new ProblemList();
    readYaml(original ?? text, problems);
    return { refused: l10n.t('The sidecar has YAML errors; correct them before it can be edited.'), problems: problems.toArray().filter((p) => p.severity === 'error') };
  }
  const { document } = source;
  if (document.contents === null) {
    // Only comments so far: keep them and start the mapping below.
    const root = new YAMLMap();
    document.contents = root;
    return { document, root, isNew: false };
  }
  if (!isMap(document.contents)) return blocked(l10n.t('The sidecar is not a mapping of keys; it cannot be edited safely.'), document.contents);
  const version = document.contents.get('foi', true);
  if (isScalar(version) && typeof version.value === 'number' && version.value !== SIDECAR_VERSION) {
    const message = l10n.t('The sidecar is format version {0}; this version of FOI Annotator writes version {1} only.', version.value, SIDECAR_VERSION);
    return blocked(message, version);
  }
  return { document, root: document.contents, isNew: false };
}

/** Writes status, exemptions, evidence, and (when anything changed) by and at into a tool's record. */
function writeToolRecord(record: YAMLMap, edit: ToolStatusEdit): Outcome {
  let changed = false;
  const order = SIDECAR_KEY_ORDER.tool;
  const status = record.get('status', true);
  if (!(isScalar(status) && status.value === edit.status)) {
    setScalar(record, 'status', edit.status, order);
    changed = true;
  }
  if (edit.exemptions !== undefined && !sameTexts(record.get('exemptions', true), edit.exemptions)) {
    if (edit.exemptions.length === 0) record.delete('exemptions');
    else setNode(record, 'exemptions', flowList(edit.exemptions), order);
    changed = true;
  }
  const added = (edit.evidence ?? []).filter((anchor) => anchor.exact.trim() !== '');
  if (added.length > 0) {
    const evidence = collectionAt(record, 'evidence', isYamlSeq, 'list');
    if ('refused' in evidence) return evidence;
    const known = new Set(evidence.node?.items.map(exactOf).filter((exact) => exact !== undefined));
    const fresh = added.filter((anchor) => !known.has(spaced(anchor.exact)));
    if (fresh.length > 0) {
      const list = ensureCollection(record, evidence, 'evidence', new YAMLSeq(), order);
      for (const anchor of fresh) {
        list.add(anchorNode(anchor));
        known.add(spaced(anchor.exact));
      }
      changed = true;
    }
  }
  if (changed && edit.by !== undefined) setScalar(record, 'by', edit.by, order);
  if (changed && edit.at !== undefined) setScalar(record, 'at', edit.at, order);
  return { changed };
}

/** Writes each letter fact the sidecar lacks. Never replaces one a person wrote; skips a `letter` that is not a mapping. */
function fillLetterFacts(root: YAMLMap, facts: LetterFactsUpdate): boolean {
  const order = SIDECAR_KEY_ORDER.letter;
  const wanted = order.filter((key) => {
    const value = facts[key]?.trim();
    return value !== undefined && value !== '' && ((key !== 'date' && key !== 'received') || isRealDate(value, 'date'));
  });
  if (wanted.length === 0) return false;
  const current = root.get('letter', true);
  if (current !== undefined && !isNullNode(current) && !isMap(current)) return false;
  const letter = isMap(current) ? current : new YAMLMap();
  let changed = false;
  for (const key of wanted) {
    if (!isNullNode(letter.get(key, true))) continue;
    setScalar(letter, key, (facts[key] as string).trim(), order);
    changed = true;
  }
  if (changed && !isMap(current)) setNode(root, 'letter', letter, SIDECAR_KEY_ORDER.file);
  return changed;
}

/** The collection under `key`: absent (no node), of the kind `is` accepts, or a refusal when it is something else. */
function collectionAt<T extends YAMLMap | YAMLSeq>(map: YAMLMap, key: string, is: (node: unknown) => node is T, kind: 'mapping' | 'list'): Found<T> | Refused {
  const node = map.get(key, true);
  if (node === undefined || isNullNode(node)) return { node: undefined };
  if (is(node)) return { node };
  const reason =
    kind === 'mapping'
      ? l10n.t('"{0}" is not a mapping; correct it before it can be edited.', key)
      : l10n.t('"{0}" is not a list; correct it before it can be edited.', key);
  return blocked(reason, node as Node);
}

/** The collection found by {@link collectionAt}, or `created` put in place under `key`. Empty flow styles turn to blocks. */
function ensureCollection<T extends YAMLMap | YAMLSeq>(map: YAMLMap, found: Found<T>, key: string, created: T, order: readonly string[]): T {
  const node = found.node ?? created;
  if (!found.node) setNode(map, key, node, order);
  if (node.flow && node.items.length === 0) node.flow = false;
  return node;
}

/** Sets a scalar, keeping an existing scalar node (and so its comments and quoting) when there is one. */
function setScalar(map: YAMLMap, key: string, value: string | number, order: readonly string[]): void {
  const current = map.get(key, true);
  if (isScalar(current)) current.value = value;
  else setNode(map, key, new Scalar(value), order);
}

/** Sets `key` to `node`, in place when the key exists, else at its place in `order`. */
function setNode(map: YAMLMap, key: string, node: Node, order: readonly string[]): void {
  const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  if (pair) pair.value = node;
  else insertInOrder(map, new Pair(new Scalar(key), node), order);
}

/**
 * Inserts a pair after the last key that comes before it in `order` (else before the first that comes after it,
 * else at the end). A comment above the first key stays at the top of the mapping.
 */
function insertInOrder(map: YAMLMap, pair: Pair<Scalar, unknown>, order: readonly string[]): void {
  const rank = order.indexOf(String(pair.key.value));
  let lastBefore = -1;
  let firstAfter = -1;
  map.items.forEach((item, index) => {
    const itemRank = isScalar(item.key) ? order.indexOf(String(item.key.value)) : -1;
    if (itemRank >= 0 && itemRank < rank) lastBefore = index;
    if (itemRank > rank && firstAfter < 0) firstAfter = index;
  });
  const index = rank < 0 ? map.items.length : lastBefore >= 0 ? lastBefore + 1 : firstAfter >= 0 ? firstAfter : map.items.length;
  const displaced = index === 0 ? (map.items[0]?.key as Node | undefined) : undefined;
  if (displaced?.commentBefore) {
    pair.key.commentBefore = displaced.commentBefore;
    pair.key.spaceBefore = displaced.spaceBefore;
    displaced.commentBefore = undefined;
    displaced.spaceBefore = undefined;
  }
  map.items.splice(index, 0, pair);
}

/** An anchor as a block mapping; the quoted words are double-quoted so they read as quotations. */
function anchorNode(anchor: TextQuoteAnchor): YAMLMap {
  const node = new YAMLMap();
  node.add(new Pair(new Scalar('exact'), quoted(anchor.exact)));
  if (anchor.prefix) node.add(new Pair(new Scalar('prefix'), quoted(anchor.prefix)));
  if (anchor.suffix) node.add(new Pair(new Scalar('suffix'), quoted(anchor.suffix)));
  if (anchor.start !== undefined) node.add(new Pair(new Scalar('start'), new Scalar(anchor.start)));
  return node;
}

function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

function flowList(values: readonly string[]): YAMLSeq {
  const list = new YAMLSeq();
  list.flow = true;
  for (const value of values) list.add(new Scalar(value));
  return list;
}

function sameTexts(node: unknown, values: readonly string[]): boolean {
  if (!isSeq(node)) return values.length === 0 && (node === undefined || isNullNode(node));
  return node.items.length === values.length && node.items.every((item, i) => isScalar(item) && item.value === values[i]);
}

function isSameAnnotation(item: unknown, edit: AnnotationEdit): boolean {
  if (!isMap(item)) return false;
  const anchor = item.get('anchor', true);
  const start = isMap(anchor) ? anchor.get('start') : undefined;
  return (
    item.get('label') === edit.label &&
    (item.get('note') ?? undefined) === (edit.note || undefined) &&
    exactOf(anchor) === spaced(edit.anchor.exact) &&
    (start ?? undefined) === edit.anchor.start
  );
}

/** The quoted words of an anchor node, whitespace collapsed, for comparing quotes. */
function exactOf(node: unknown): string | undefined {
  const exact = isMap(node) ? node.get('exact') : undefined;
  return typeof exact === 'string' ? spaced(exact) : undefined;
}

function spaced(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function isNullNode(node: unknown): boolean {
  return node === undefined || node === null || (isScalar(node) && node.value === null);
}

function refusal(reason: string): EditResult {
  return { ok: false, reason, problems: [] };
}

function blocked(reason: string, node: Node): Refused {
  return { refused: reason, problems: [{ code: 'sidecar-invalid', severity: 'error', message: reason, span: spanOfRange(node.range) }] };
}


function isYamlMap(node: unknown): node is YAMLMap {
  return isMap(node);
}

function isYamlSeq(node: unknown): node is YAMLSeq {
  return isSeq(node);
}
