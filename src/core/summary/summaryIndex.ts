// The workspace summary, kept up to date one sidecar at a time. Pure: callers read files and pass their text in.
//
// Cost model: `upsert` parses the one sidecar (O(its size)), withdraws what the letter's previous version added to
// the running counts and adds the new version's (O(its tools)). Views are rebuilt lazily and only where something
// changed: a matrix row is rebuilt only for the authorities touched, and the list of authorities is re-sorted only
// when an authority appears or disappears.

import * as l10n from '@vscode/l10n';
import type { ActId, ToolDefinition, ToolStatus } from '../model';
import { TOOL_STATUSES } from '../model';
import { letterNameFromSidecar, MAX_SIDECAR_LENGTH, parseSidecar, type SidecarProblem } from '../sidecar';
import { LineIndex } from '../text';
import { DEFAULT_TOOLS } from '../vocabulary/tools';
import { type LetterPart, letterFileOf, mergeLetter, partFromSidecar, partFromSuggestion } from './letters';
import { type BuiltRow, UNKNOWN_AUTHORITY, buildRow, orderColumns } from './matrix';
import { compareCodeUnits, compareNames, insertSorted, removeSorted } from './order';
import type {
  ExemptionUse,
  SidecarEntry,
  SuggestedLetter,
  SummaryLetter,
  SummaryMatrix,
  SummaryProblem,
  SummaryProgress,
  SummarySnapshot,
  ToolColumn,
  ToolStatusCounts,
} from './types';

/** Options of a {@link SummaryIndex}. */
export interface SummaryIndexOptions {
  /** Tools that set the column order and labels and that sidecars are checked against; defaults to `DEFAULT_TOOLS`. */
  readonly tools?: readonly ToolDefinition[];
}

/** Code of the problem reported when two sidecars describe the same letter. */
export const DUPLICATE_SIDECAR = 'duplicate-sidecar';
/** Code of the problem reported when the letter a sidecar describes is not beside it (deleted, moved or renamed). */
export const MISSING_LETTER = 'missing-letter';

/** One sidecar as stored: what it records and what is wrong with it, but not its text. */
interface StoredSidecar extends SidecarEntry {
  readonly part: LetterPart | undefined;
  readonly problems: readonly SummaryProblem[];
}

/** Everything known about one letter file. */
interface Slot {
  readonly file: string;
  /** Sidecars describing this letter, sorted by path; the first one is summarised. Normally exactly one. */
  readonly sidecars: string[];
  suggestion: LetterPart | undefined;
  view: SummaryLetter | undefined;
}

type Tally = { recorded: number; suggested: number };

/**
 * Aggregates every sidecar of a workspace into letters, an authorities × tools matrix, counts and exemptions.
 * Invalid sidecars are listed under {@link problems} and never stop the others being summarised.
 * Texts are kept verbatim (an authority called `<script>` stays `<script>`): escaping is the renderer's job.
 */
export class SummaryIndex {
  readonly #vocabulary: readonly ToolDefinition[];
  readonly #knownTools: readonly string[];
  readonly #sidecars = new Map<string, StoredSidecar>();
  readonly #slots = new Map<string, Slot>();
  /** Authority row label to the files of its letters. */
  readonly #byAuthority = new Map<string, Set<string>>();
  /** Tool id to how many letters answer for it and when it first appeared. */
  readonly #tools = new Map<string, { letters: number; seq: number }>();
  #nextToolSeq = 0;
  readonly #counts = new Map<string, Map<ToolStatus, Tally>>();
  /**
   * Section id to the sorted files of letters whose recorded answers cite it; a Scottish letter's sections are kept
   * under their own keys (see {@link exemptionKey}), since s31 of one Act is not s31 of the other.
   */
  readonly #exemptions = new Map<string, string[]>();
  readonly #withProblems = new Set<string>();
  readonly #duplicated = new Set<string>();
  /** Letter files the caller found missing; their sidecars are reported, and still summarised. */
  readonly #missingLetters = new Set<string>();
  #tagged = 0;
  #letterCount = 0;

  readonly #rows = new Map<string, BuiltRow>();
  readonly #dirtyRows = new Set<string>();
  #sortedAuthorities: string[] | undefined;
  #columns: ToolColumn[] | undefined;
  #matrix: SummaryMatrix | undefined;
  #letters: SummaryLetter[] | undefined;
  #problems: SummaryProblem[] | undefined;

  constructor(options: SummaryIndexOptions = {}) {
    this.#vocabulary = options.tools ?? DEFAULT_TOOLS;
    this.#knownTools = this.#vocabulary.map((tool) => tool.id);
  }

  /**
   * Adds or replaces the sidecar at `path`, parsing `sidecarText`. `mtimeMs` is kept for {@link isCurrent}.
   * Tool ids outside the vocabulary and a `document` other than the sidecar's own letter are reported as problems.
   */
  upsert(path: string, sidecarText: string, mtimeMs?: number): void {
    const parsed =
      sidecarText.length > MAX_SIDECAR_LENGTH
        ? { value: undefined, problems: [tooLongProblem(sidecarText)] }
        : parseSidecar(sidecarText, { knownTools: this.#knownTools, letterName: letterNameFromSidecar(path) });
    const problems = parsed.problems.length === 0 ? [] : toSummaryProblems(path, sidecarText, parsed.problems);
    const stored: StoredSidecar = {
      path,
      mtimeMs,
      letterFile: parsed.value === undefined ? undefined : letterFileOf(path, parsed.value.document),
      valid: !problems.some((problem) => problem.severity === 'error'),
      part: parsed.value === undefined ? undefined : partFromSidecar(parsed.value),
      problems,
    };
    const previous = this.#sidecars.get(path);
    this.#sidecars.set(path, stored);
    if (problems.length > 0) this.#withProblems.add(path);
    else this.#withProblems.delete(path);
    this.#problems = undefined;

    if (previous?.letterFile !== undefined && previous.letterFile !== stored.letterFile) {
      this.#detachSidecar(previous.letterFile, path);
    }
    if (stored.letterFile !== undefined) {
      insertSorted(this.#slotFor(stored.letterFile).sidecars, path);
      this.#refresh(stored.letterFile);
    }
  }

  /** Forgets the sidecar at `path`; a suggestion for its letter, if any, shows again. */
  remove(path: string): boolean {
    const previous = this.#sidecars.get(path);
    if (previous === undefined) return false;
    this.#sidecars.delete(path);
    this.#withProblems.delete(path);
    this.#problems = undefined;
    if (previous.letterFile !== undefined) this.#detachSidecar(previous.letterFile, path);
    return true;
  }

  /**
   * Records the engine's answers for the letter at `letterFile`. They show with `recorded: false`, and only for
   * tools its sidecar (if any) does not record.
   */
  upsertSuggested(letterFile: string, suggestion: SuggestedLetter): void {
    this.#slotFor(letterFile).suggestion = partFromSuggestion(suggestion);
    this.#refresh(letterFile);
  }

  /** Forgets the suggestion for `letterFile`. */
  removeSuggested(letterFile: string): boolean {
    const slot = this.#slots.get(letterFile);
    if (slot?.suggestion === undefined) return false;
    slot.suggestion = undefined;
    this.#refresh(letterFile);
    return true;
  }

  /**
   * Records whether the letter file `letterFile` (as {@link SidecarEntry.letterFile} names it) exists. The index reads
   * no files, so the caller looks; a sidecar whose letter is missing is reported. Returns true when this changed.
   */
  setLetterMissing(letterFile: string, missing: boolean): boolean {
    if (this.#missingLetters.has(letterFile) === missing) return false;
    if (missing) this.#missingLetters.add(letterFile);
    else this.#missingLetters.delete(letterFile);
    this.#problems = undefined;
    return true;
  }

  /** True when the sidecar at `path` is held with this modification time, so the caller need not read it again. */
  isCurrent(path: string, mtimeMs: number): boolean {
    return this.#sidecars.get(path)?.mtimeMs === mtimeMs;
  }

  /** The sidecar held at `path`, if any. */
  sidecar(path: string): SidecarEntry | undefined {
    const stored = this.#sidecars.get(path);
    return stored === undefined ? undefined : { path, mtimeMs: stored.mtimeMs, letterFile: stored.letterFile, valid: stored.valid };
  }

  /** The sidecars held, sorted by path. */
  entries(): SidecarEntry[] {
    return [...this.#sidecars.values()]
      .map(({ path, mtimeMs, letterFile, valid }) => ({ path, mtimeMs, letterFile, valid }))
      .sort((a, b) => compareCodeUnits(a.path, b.path));
  }

  /** The letter at `file` as the summary shows it, if the index knows it. */
  letter(file: string): SummaryLetter | undefined {
    return this.#slots.get(file)?.view;
  }

  /** The tool columns: vocabulary tools that occur, in vocabulary order, then other tools by first appearance. */
  tools(): readonly ToolColumn[] {
    this.#columns ??= orderColumns(this.#vocabulary, new Map([...this.#tools].map(([id, tool]) => [id, tool.seq])));
    return this.#columns;
  }

  /** Every letter, sorted by authority, then oldest first, then reference and file. */
  letters(): readonly SummaryLetter[] {
    if (this.#letters === undefined) {
      const rows = this.#freshRows();
      this.#letters = rows.flatMap((authority) => this.#rows.get(authority)?.letters ?? []);
    }
    return this.#letters;
  }

  /** Authorities (sorted by name, unnamed last) × tools. See {@link buildRow} for several letters per authority. */
  matrix(): SummaryMatrix {
    if (this.#matrix === undefined) {
      const rows = this.#freshRows().map((authority) => (this.#rows.get(authority) as BuiltRow).row);
      this.#matrix = { tools: this.tools(), rows };
    }
    return this.#matrix;
  }

  /** For each tool column, how many letters gave each status, recorded and suggested counted apart. */
  statusCounts(): ToolStatusCounts[] {
    return this.tools().map((column) => {
      const tallies = this.#counts.get(column.id);
      const statuses = TOOL_STATUSES.flatMap((status) => {
        const tally = tallies?.get(status);
        return tally === undefined ? [] : [{ status, recorded: tally.recorded, suggested: tally.suggested }];
      });
      return { tool: column.id, statuses };
    });
  }

  /** Each section cited in a recorded answer, in the Act's order, with the letters relying on it. */
  exemptionCounts(): ExemptionUse[] {
    return [...this.#exemptions.keys()]
      .sort(compareNames)
      .map((key) => ({ ...exemptionOfKey(key), letters: [...(this.#exemptions.get(key) as string[])] }));
  }

  /**
   * Problems of every sidecar, by path then position, including sidecars that describe an already described letter
   * and sidecars whose letter is missing.
   */
  problems(): readonly SummaryProblem[] {
    if (this.#problems === undefined) {
      const problems: SummaryProblem[] = [];
      for (const path of this.#withProblems) problems.push(...(this.#sidecars.get(path) as StoredSidecar).problems);
      for (const file of this.#duplicated) {
        const [kept, ...others] = (this.#slots.get(file) as Slot).sidecars;
        for (const other of others) problems.push(duplicateProblem(other, kept, file));
      }
      for (const file of this.#missingLetters) {
        for (const sidecar of this.#slots.get(file)?.sidecars ?? []) problems.push(missingLetterProblem(sidecar, file));
      }
      this.#problems = problems.sort(
        (a, b) => compareCodeUnits(a.sidecar, b.sidecar) || a.line - b.line || a.column - b.column,
      );
    }
    return this.#problems;
  }

  /** Letters with at least one recorded status, out of all letters known. */
  progress(): SummaryProgress {
    return { tagged: this.#tagged, letters: this.#letterCount };
  }

  /** Every view at once, for an export. */
  snapshot(): SummarySnapshot {
    return {
      tools: this.tools(),
      letters: this.letters(),
      matrix: this.matrix(),
      counts: this.statusCounts(),
      exemptions: this.exemptionCounts(),
      problems: this.problems(),
      progress: this.progress(),
    };
  }

  #slotFor(file: string): Slot {
    let slot = this.#slots.get(file);
    if (slot === undefined) {
      slot = { file, sidecars: [], suggestion: undefined, view: undefined };
      this.#slots.set(file, slot);
    }
    return slot;
  }

  #detachSidecar(file: string, path: string): void {
    const slot = this.#slots.get(file);
    if (slot === undefined) return;
    removeSorted(slot.sidecars, path);
    this.#refresh(file);
  }

  /** Recomputes the view of one letter and moves the running totals from its old view to its new one. */
  #refresh(file: string): void {
    const slot = this.#slots.get(file);
    if (slot === undefined) return;
    const kept = slot.sidecars[0];
    const recorded = kept === undefined ? undefined : this.#sidecars.get(kept)?.part;
    const view =
      recorded === undefined && slot.suggestion === undefined
        ? undefined
        : mergeLetter(file, kept, recorded, slot.suggestion);
    if (slot.view !== undefined) this.#tally(slot.view, -1);
    slot.view = view;
    if (view !== undefined) this.#tally(view, +1);

    const wasDuplicated = this.#duplicated.has(file);
    if (slot.sidecars.length > 1) this.#duplicated.add(file);
    else this.#duplicated.delete(file);
    if (wasDuplicated || slot.sidecars.length > 1) this.#problems = undefined;
    if (slot.sidecars.length === 0 && slot.suggestion === undefined) this.#slots.delete(file);
  }

  /** Adds (`sign` = 1) or withdraws (-1) one letter's share of every running total, and marks its row stale. */
  #tally(letter: SummaryLetter, sign: 1 | -1): void {
    this.#letterCount += sign;
    if (letter.tools.some((entry) => entry.recorded)) this.#tagged += sign;
    this.#letters = undefined;
    this.#matrix = undefined;

    const authority = letter.authority ?? UNKNOWN_AUTHORITY;
    const group = this.#byAuthority.get(authority);
    if (sign > 0 && group === undefined) {
      this.#byAuthority.set(authority, new Set([letter.file]));
      this.#sortedAuthorities = undefined;
    } else if (sign > 0) {
      group?.add(letter.file);
    } else if (group?.delete(letter.file) && group.size === 0) {
      this.#byAuthority.delete(authority);
      this.#sortedAuthorities = undefined;
    }
    this.#dirtyRows.add(authority);

    const cited = new Set<string>();
    for (const entry of letter.tools) {
      this.#countTool(entry.tool, sign);
      this.#countStatus(entry.tool, entry.status, entry.recorded, sign);
      if (entry.recorded) entry.exemptions.forEach((section) => cited.add(section));
    }
    for (const section of cited) this.#countExemption(exemptionKey(section, letter.act), letter.file, sign);
  }

  #countTool(tool: string, sign: 1 | -1): void {
    const known = this.#tools.get(tool);
    if (known === undefined) {
      if (sign < 0) return;
      this.#tools.set(tool, { letters: 1, seq: this.#nextToolSeq++ });
      this.#columns = undefined;
    } else if ((known.letters += sign) === 0) {
      this.#tools.delete(tool);
      this.#columns = undefined;
    }
  }

  #countStatus(tool: string, status: ToolStatus, recorded: boolean, sign: 1 | -1): void {
    let tallies = this.#counts.get(tool);
    if (tallies === undefined) this.#counts.set(tool, (tallies = new Map()));
    let tally = tallies.get(status);
    if (tally === undefined) tallies.set(status, (tally = { recorded: 0, suggested: 0 }));
    if (recorded) tally.recorded += sign;
    else tally.suggested += sign;
    if (tally.recorded === 0 && tally.suggested === 0) tallies.delete(status);
    if (tallies.size === 0) this.#counts.delete(tool);
  }

  #countExemption(section: string, file: string, sign: 1 | -1): void {
    let files = this.#exemptions.get(section);
    if (files === undefined) this.#exemptions.set(section, (files = []));
    if (sign > 0) insertSorted(files, file);
    else removeSorted(files, file);
    if (files.length === 0) this.#exemptions.delete(section);
  }

  /** The sorted authorities, after rebuilding the rows of those whose letters changed. */
  #freshRows(): readonly string[] {
    for (const authority of this.#dirtyRows) {
      const files = this.#byAuthority.get(authority);
      if (files === undefined) {
        this.#rows.delete(authority);
      } else {
        const letters = [...files].map((file) => (this.#slots.get(file) as Slot).view as SummaryLetter);
        this.#rows.set(authority, buildRow(authority, letters));
      }
    }
    this.#dirtyRows.clear();
    this.#sortedAuthorities ??= [...this.#byAuthority.keys()].sort(compareAuthorities);
    return this.#sortedAuthorities;
  }
}

/** What a Scottish letter's section is counted under: its id and the Act, apart from the same id of the Act of 2000. */
const FOISA_KEY_SUFFIX = ' (FOISA)';

function exemptionKey(section: string, act: ActId | undefined): string {
  return act === 'foisa' ? section + FOISA_KEY_SUFFIX : section;
}

function exemptionOfKey(key: string): { section: string; act?: ActId } {
  return key.endsWith(FOISA_KEY_SUFFIX) ? { section: key.slice(0, -FOISA_KEY_SUFFIX.length), act: 'foisa' } : { section: key };
}

function compareAuthorities(a: string, b: string): number {
  if (a === UNKNOWN_AUTHORITY || b === UNKNOWN_AUTHORITY) return Number(a === UNKNOWN_AUTHORITY) - Number(b === UNKNOWN_AUTHORITY);
  return compareNames(a, b);
}

/** A sidecar too long to be read: reported, and left unparsed so that one stray file cannot stall the summary. */
function tooLongProblem(text: string): SidecarProblem {
  return {
    code: 'sidecar-invalid',
    severity: 'error',
    message: l10n.t(
      'This file is too large to be a sidecar ({0} K characters; the limit is {1} K), so it is not read.',
      Math.ceil(text.length / 1024),
      MAX_SIDECAR_LENGTH / 1024,
    ),
    span: { start: 0, end: 0 },
  };
}

/** The parser's problems with 1-based lines and columns; the line table is built only when there are problems. */
function toSummaryProblems(
  sidecar: string,
  text: string,
  problems: readonly SidecarProblem[],
): SummaryProblem[] {
  const lines = new LineIndex(text);
  return problems.map((problem) => {
    const position = lines.positionAt(problem.span.start);
    return {
      sidecar,
      code: problem.code,
      severity: problem.severity,
      message: problem.message,
      line: position.line + 1,
      column: position.character + 1,
    };
  });
}

function missingLetterProblem(sidecar: string, file: string): SummaryProblem {
  return {
    sidecar,
    code: MISSING_LETTER,
    severity: 'warning',
    message: l10n.t('describes {0}, which is not beside it; it is still summarised. Move it to its letter, or delete it.', file),
    line: 1,
    column: 1,
  };
}

function duplicateProblem(sidecar: string, kept: string, file: string): SummaryProblem {
  return {
    sidecar,
    code: DUPLICATE_SIDECAR,
    severity: 'warning',
    message: l10n.t('describes the same letter ({0}) as {1}; only {1} is summarised', file, kept),
    line: 1,
    column: 1,
  };
}
