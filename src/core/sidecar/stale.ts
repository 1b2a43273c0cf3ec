// Checks of a sidecar against the current text of its letter: quotes whose words are gone (`stale-annotation`)
// and recorded statuses the letter no longer supports (`status-mismatch`).

import type { ToolStatus } from '../model';
import type { Span } from '../text';
import { QuoteFinder } from './anchor';
import type { SidecarFile, TextQuoteAnchor } from './format';
import { sidecarSpanOf } from './validate';

/** An evidence quote or annotation whose words are no longer in the letter. */
export interface StaleAnchor {
  /** Readable location, e.g. `tools.facial-recognition.evidence[0]` or `annotations[2].anchor`. */
  readonly path: string;
  /** The same location as keys, for `document.getIn(keys)`. List indices count entries that passed validation. */
  readonly keys: readonly (string | number)[];
  readonly anchor: TextQuoteAnchor;
  /** Where the quote is written in the sidecar text, when the value came from `parseSidecar`. */
  readonly sidecarSpan: Span | undefined;
}

/** A tool whose recorded status differs from the one the engine now reads in the letter. */
export interface StatusMismatch {
  readonly tool: string;
  readonly recorded: ToolStatus;
  readonly suggested: ToolStatus;
}

/** Every evidence quote and annotation anchor of `sidecar` that no longer resolves in `letterText`, in file order. */
export function findStaleEvidence(letterText: string, sidecar: SidecarFile): StaleAnchor[] {
  const finder = new QuoteFinder(letterText);
  const stale: StaleAnchor[] = [];
  const check = (keys: readonly (string | number)[], anchor: TextQuoteAnchor): void => {
    if (finder.find(anchor)) return;
    stale.push({ path: pathText(keys), keys, anchor, sidecarSpan: sidecarSpanOf(anchor) });
  };
  for (const [tool, record] of Object.entries(sidecar.tools ?? {})) {
    (record.evidence ?? []).forEach((anchor, index) => check(['tools', tool, 'evidence', index], anchor));
  }
  (sidecar.annotations ?? []).forEach((annotation, index) => check(['annotations', index, 'anchor'], annotation.anchor));
  return stale;
}

/** Tools whose recorded status differs from the engine's suggestion (the first suggestion per tool counts). */
export function statusMismatches(sidecar: SidecarFile, suggested: readonly { readonly tool: string; readonly status: ToolStatus }[]): StatusMismatch[] {
  const tools = sidecar.tools ?? {};
  const seen = new Set<string>();
  const mismatches: StatusMismatch[] = [];
  for (const { tool, status } of suggested) {
    if (seen.has(tool)) continue;
    seen.add(tool);
    const recorded = Object.prototype.hasOwnProperty.call(tools, tool) ? tools[tool].status : undefined;
    if (recorded !== undefined && recorded !== status) mismatches.push({ tool, recorded, suggested: status });
  }
  return mismatches;
}

function pathText(keys: readonly (string | number)[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}
