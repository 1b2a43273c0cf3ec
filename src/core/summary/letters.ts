// Turns one sidecar, or one suggestion from the engine, into the summary's view of a letter, and merges the two:
// what a researcher recorded always wins; suggestions fill in only the tools nobody has recorded yet.

import { isToolStatus, type ActId } from '../model';
import { SIDECAR_SUFFIX, type SidecarFile } from '../sidecar';
import type { LetterTool, SuggestedLetter, SummaryLetter } from './types';

/** The facts and tools one source (a sidecar or a suggestion) gives about a letter. */
export interface LetterPart {
  readonly authority: string | undefined;
  readonly reference: string | undefined;
  readonly date: string | undefined;
  readonly act: ActId | undefined;
  readonly tools: readonly LetterTool[];
}

/**
 * The letter a sidecar describes: its `document` beside the sidecar, or, when `document` is missing or is a path
 * rather than a file name (never followed out of the sidecar's folder; validation warns about it), the sidecar's own
 * name without `.foi.yaml`. Works on `/` and `\` paths alike, since the core never touches the file system.
 */
export function letterFileOf(sidecarPath: string, document: string | undefined): string {
  const name = document?.trim();
  if (name === undefined || name === '' || name === '.' || name === '..' || /[\\/]/.test(name)) {
    return sidecarPath.endsWith(SIDECAR_SUFFIX) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : sidecarPath;
  }
  const cut = Math.max(sidecarPath.lastIndexOf('/'), sidecarPath.lastIndexOf('\\'));
  return cut < 0 ? name : sidecarPath.slice(0, cut + 1) + name;
}

/** What a parsed sidecar records. Tools without a valid status are left out: there is nothing to summarise. */
export function partFromSidecar(sidecar: SidecarFile): LetterPart {
  const tools: LetterTool[] = [];
  for (const [tool, record] of Object.entries(sidecar.tools ?? {})) {
    if (!isToolStatus(record?.status)) continue;
    tools.push({
      tool,
      status: record.status,
      recorded: true,
      exemptions: uniqueTexts(record.exemptions ?? []),
      evidence: presentTexts((record.evidence ?? []).map((anchor) => anchor.exact)),
      note: optionalText(record.note),
    });
  }
  const letter = sidecar.letter;
  return {
    authority: authorityName(letter?.authority),
    reference: optionalText(letter?.reference),
    date: optionalText(letter?.date),
    act: letter?.act,
    tools,
  };
}

/** What the engine suggests for a letter; one entry per tool (the first wins), invalid statuses dropped. */
export function partFromSuggestion(suggestion: SuggestedLetter): LetterPart {
  const tools: LetterTool[] = [];
  const seen = new Set<string>();
  for (const answer of suggestion.tools) {
    if (seen.has(answer.tool) || !isToolStatus(answer.status)) continue;
    seen.add(answer.tool);
    const evidence = optionalText(answer.evidenceText);
    tools.push({
      tool: answer.tool,
      status: answer.status,
      recorded: false,
      exemptions: [],
      evidence: evidence === undefined ? [] : [evidence],
      note: undefined,
    });
  }
  return {
    authority: authorityName(suggestion.authority),
    reference: optionalText(suggestion.reference),
    date: optionalText(suggestion.date),
    act: suggestion.act,
    tools,
  };
}

/**
 * One letter as the summary shows it. Each fact comes from the sidecar when it has one, else from the suggestion;
 * suggested tools appear only where the sidecar records nothing for that tool.
 */
export function mergeLetter(
  file: string,
  sidecar: string | undefined,
  recorded: LetterPart | undefined,
  suggested: LetterPart | undefined,
): SummaryLetter {
  const recordedTools = recorded?.tools ?? [];
  const taken = new Set(recordedTools.map((entry) => entry.tool));
  const extra = (suggested?.tools ?? []).filter((entry) => !taken.has(entry.tool));
  const act = recorded?.act ?? suggested?.act;
  return {
    file,
    sidecar,
    authority: recorded?.authority ?? suggested?.authority,
    reference: recorded?.reference ?? suggested?.reference,
    date: recorded?.date ?? suggested?.date,
    ...(act === 'foisa' ? { act } : {}),
    tools: extra.length === 0 ? recordedTools : [...recordedTools, ...extra],
  };
}

/** Authorities are grouped by name with runs of whitespace collapsed, so a wrapped line still matches. */
function authorityName(value: unknown): string | undefined {
  const text = optionalText(value);
  return text === undefined ? undefined : text.replace(/\s+/gu, ' ');
}

/** The trimmed text, or undefined when there is none; always a copy, see {@link detached}. */
function optionalText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : detached(text);
}

function presentTexts(values: readonly unknown[]): string[] {
  return values.map(optionalText).filter((text): text is string => text !== undefined);
}

function uniqueTexts(values: readonly unknown[]): string[] {
  return [...new Set(presentTexts(values))];
}

/**
 * A copy of `text` that shares no memory with the sidecar text it was parsed from. V8 keeps a substring as a view
 * of its parent string, so holding one short quote would hold the whole file; the index keeps thousands of these
 * for as long as the workspace is open. Concatenating forces a fresh flat string; slicing that copy is cheap.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}
