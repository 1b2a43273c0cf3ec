// The messages between the Summary panel (webview-src/) and the extension, in both directions, with the validators
// each side runs on what it receives. Shared by both bundles, so it imports neither `vscode` nor the DOM.
// Everything in a message is plain JSON data; texts from sidecars are carried verbatim and rendered as text.
import { isToolStatus, type ToolStatus } from '../../../core/model';

/** One letter's status in a matrix cell. */
export interface PanelEntry {
  /** The letter's key in the summary (a workspace-relative path); sent back to open it. */
  readonly file: string;
  readonly reference: string | null;
  readonly date: string | null;
  readonly status: ToolStatus;
  /** False for the engine's suggestion on a letter nobody has tagged yet. */
  readonly recorded: boolean;
  /** The first evidence quote, shortened. */
  readonly evidence: string | null;
  readonly note: string | null;
}

/** One authority; `cells[i]` belongs to `tools[i]` of {@link PanelData}, null where no letter answers for it. */
export interface PanelRow {
  readonly authority: string;
  readonly cells: readonly (readonly PanelEntry[] | null)[];
}

export interface PanelTool {
  readonly id: string;
  readonly label: string;
}

export interface PanelStatusCount {
  readonly status: ToolStatus;
  readonly recorded: number;
  readonly suggested: number;
}

export interface PanelExemption {
  /** Section id as cited, e.g. `s24(2)`. */
  readonly section: string;
  /** The section's title in the Act, or null when the Act has no such section. */
  readonly title: string | null;
  readonly letters: number;
}

/** Everything the panel shows. Arrays rather than objects keyed by data, so no sidecar text becomes a property name. */
export interface PanelData {
  readonly tools: readonly PanelTool[];
  readonly rows: readonly PanelRow[];
  /** `counts[i]` belongs to `tools[i]`: statuses in the order of TOOL_STATUSES. */
  readonly counts: readonly (readonly PanelStatusCount[])[];
  readonly exemptions: readonly PanelExemption[];
  readonly progress: { readonly tagged: number; readonly letters: number };
  /** How many problems the sidecars have; they are listed in the Letters view. */
  readonly problems: number;
}

/** Extension → panel. */
export type HostMessage = { readonly type: 'summary'; readonly data: PanelData };

/** Panel → extension. */
export type PanelMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'openEvidence'; readonly file: string; readonly tool: string }
  | { readonly type: 'showProblems' };

/** Longest string accepted in a message from the panel (a path or a tool id). */
export const MAX_MESSAGE_TEXT = 4_096;

/** The panel's message if `value` is one, else undefined (anything malformed is ignored, never half-handled). */
export function parsePanelMessage(value: unknown): PanelMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'showProblems':
      return { type: 'showProblems' };
    case 'openEvidence':
      return isShortText(value.file) && isShortText(value.tool) ? { type: 'openEvidence', file: value.file, tool: value.tool } : undefined;
    default:
      return undefined;
  }
}

/** The extension's message if `value` is one, else undefined. */
export function parseHostMessage(value: unknown): HostMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'summary':
      return isPanelData(value.data) ? { type: 'summary', data: value.data } : undefined;
    default:
      return undefined;
  }
}

function isPanelData(value: unknown): value is PanelData {
  if (!isRecord(value)) return false;
  const { tools, rows, counts, exemptions, progress, problems } = value;
  if (!Array.isArray(tools) || !tools.every((tool) => isRecord(tool) && isText(tool.id) && isText(tool.label))) return false;
  const width = tools.length;
  return (
    Array.isArray(rows) &&
    rows.every((row) => isRow(row, width)) &&
    Array.isArray(counts) &&
    counts.length === width &&
    counts.every((list) => Array.isArray(list) && list.every(isStatusCount)) &&
    Array.isArray(exemptions) &&
    exemptions.every((use) => isRecord(use) && isText(use.section) && isTextOrNull(use.title) && isCount(use.letters)) &&
    isRecord(progress) &&
    isCount(progress.tagged) &&
    isCount(progress.letters) &&
    isCount(problems)
  );
}

function isRow(value: unknown, width: number): boolean {
  if (!isRecord(value) || !isText(value.authority) || !Array.isArray(value.cells) || value.cells.length !== width) return false;
  return value.cells.every((cell) => cell === null || (Array.isArray(cell) && cell.length > 0 && cell.every(isEntry)));
}

function isEntry(value: unknown): boolean {
  return (
    isRecord(value) &&
    isText(value.file) &&
    isTextOrNull(value.reference) &&
    isTextOrNull(value.date) &&
    isToolStatus(value.status) &&
    typeof value.recorded === 'boolean' &&
    isTextOrNull(value.evidence) &&
    isTextOrNull(value.note)
  );
}

function isStatusCount(value: unknown): boolean {
  return isRecord(value) && isToolStatus(value.status) && isCount(value.recorded) && isCount(value.suggested);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function isTextOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_MESSAGE_TEXT;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
