// The sidecar annotation file (`<letter>.foi.yaml`, format version 1): its shape, its constants, and where it sits
// beside its letter. The JSDoc on these interfaces becomes the descriptions in schemas/foi-sidecar.schema.json
// (scripts/build-schema.ts reads this file), so it is written for the person editing the YAML.

import type { ActId, ToolStatus } from '../model';

/** The only format version this code reads and writes. */
export const SIDECAR_VERSION = 1;

/** What turns a letter's file name into its sidecar's: `letter.txt` → `letter.txt.foi.yaml`. */
export const SIDECAR_SUFFIX = '.foi.yaml';

/**
 * Longest sidecar text that is read, in characters: about 300 annotations, where a letter needs a few dozen. The
 * yaml package takes about a second per megabyte, so longer text is reported rather than parsed.
 */
export const MAX_SIDECAR_LENGTH = 64 * 1024;

/** Annotation labels offered when the user has not configured their own; any non-empty label is accepted. */
export const DEFAULT_ANNOTATION_LABELS = ['key-quote', 'exemption-reasoning', 'follow-up', 'inconsistency'] as const;

/**
 * Shapes of the two kinds of date a sidecar holds, keyed by their JSON Schema `format`. A value must also be a real
 * calendar day (no 2019-02-30); the schema generator copies these patterns into the schema.
 */
export const SIDECAR_DATE_PATTERNS = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/,
} as const;

/** A JSON Schema `format` a sidecar date uses. */
export type SidecarDateFormat = keyof typeof SIDECAR_DATE_PATTERNS;

/** Annotations and recorded statuses for one FOI response letter, kept in a YAML file beside the letter. */
export interface SidecarFile {
  /** Format version of this file. Always 1. */
  readonly foi: 1;
  /**
   * File name of the letter this file describes, which sits in the same folder. A name, not a path.
   * @minLength 1
   */
  readonly document: string;
  /** Facts about the letter itself. */
  readonly letter?: SidecarLetter;
  /** What the letter answers for each surveillance tool, keyed by tool id (e.g. facial-recognition). */
  readonly tools?: Readonly<Record<string, ToolRecord>>;
  /** Passages of the letter a researcher has marked, in the order they were added. */
  readonly annotations?: readonly Annotation[];
}

/** Facts about the letter. Filled in from the letter when absent; never overwritten once written. */
export interface SidecarLetter {
  /** The public body that sent the letter, e.g. Hertfordshire Constabulary. */
  readonly authority?: string;
  /** The authority's reference for the request, e.g. FOI2017/01696. */
  readonly reference?: string;
  /**
   * The date of the letter, YYYY-MM-DD.
   * @format date
   */
  readonly date?: string;
  /**
   * The date the authority received the request, YYYY-MM-DD.
   * @format date
   */
  readonly received?: string;
  /**
   * The Act the letter answers under: `foisa` for the Freedom of Information (Scotland) Act 2002, whose section
   * numbers mean other things. Left out for the Freedom of Information Act 2000.
   */
  readonly act?: ActId;
}

/** What the authority answered about one tool, as recorded by a researcher. */
export interface ToolRecord {
  /** The answer the letter gives for this tool. */
  readonly status: ToolStatus;
  /** Sections of the letter's Act relied on for this answer, e.g. s24(2), s31(3). */
  readonly exemptions?: readonly string[];
  /** Passages of the letter that give the answer. */
  readonly evidence?: readonly TextQuoteAnchor[];
  /** Free text. */
  readonly note?: string;
  /** Who recorded the status. */
  readonly by?: string;
  /**
   * When the status was recorded, an ISO 8601 timestamp such as 2026-11-22T10:00:00Z.
   * @format date-time
   */
  readonly at?: string;
}

/** A passage of the letter marked with a label. */
export interface Annotation {
  /**
   * What kind of mark this is, e.g. key-quote, exemption-reasoning, follow-up or inconsistency.
   * @minLength 1
   */
  readonly label: string;
  /** Free text. */
  readonly note?: string;
  /** The passage marked. */
  readonly anchor: TextQuoteAnchor;
  /** Who added the annotation. */
  readonly by?: string;
  /**
   * When the annotation was added, an ISO 8601 timestamp such as 2026-11-22T10:00:00Z.
   * @format date-time
   */
  readonly at?: string;
}

/**
 * A passage of the letter, found again by its words rather than its position, so it survives edits and
 * re-extraction of the letter (a W3C Web Annotation TextQuoteSelector with a TextPositionSelector start as a hint).
 */
export interface TextQuoteAnchor {
  /**
   * The quoted words. Runs of whitespace, curly or straight quotes and kinds of dash do not matter.
   * @minLength 1
   */
  readonly exact: string;
  /** Up to 32 characters just before the quote, to tell repeated quotes apart. */
  readonly prefix?: string;
  /** Up to 32 characters just after the quote. */
  readonly suffix?: string;
  /**
   * Character offset where the quote started when it was recorded; only a hint.
   * @integer
   * @minimum 0
   */
  readonly start?: number;
}

/** Order in which keys are written when the code adds them; keys a person added keep their place. */
export const SIDECAR_KEY_ORDER = {
  file: ['foi', 'document', 'letter', 'tools', 'annotations'],
  letter: ['authority', 'reference', 'date', 'received', 'act'],
  tool: ['status', 'exemptions', 'evidence', 'note', 'by', 'at'],
  annotation: ['label', 'note', 'anchor', 'by', 'at'],
  anchor: ['exact', 'prefix', 'suffix', 'start'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** The sidecar's path for a letter's path (or file name): the letter's full name plus {@link SIDECAR_SUFFIX}. */
export function sidecarPathFor(letterPath: string): string {
  return letterPath + SIDECAR_SUFFIX;
}

/**
 * The file name of the letter a sidecar belongs to, from the sidecar's path or name (`/` and `\` both separate
 * folders); undefined when the name does not end in {@link SIDECAR_SUFFIX} or nothing is left before it.
 */
export function letterNameFromSidecar(sidecarPath: string): string | undefined {
  const name = fileNameOf(sidecarPath);
  if (!name.endsWith(SIDECAR_SUFFIX)) return undefined;
  const letter = name.slice(0, -SIDECAR_SUFFIX.length);
  return letter === '' ? undefined : letter;
}

/** True when `path` names a sidecar file. */
export function isSidecarPath(path: string): boolean {
  return letterNameFromSidecar(path) !== undefined;
}

/** The last segment of a `/` or `\` path. */
export function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
