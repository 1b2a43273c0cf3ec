// Opens a letter at the evidence for one tool: the recorded evidence quote, found again in the letter's current text
// by its words (resolveAnchor), or the engine's evidence when the status is only suggested.
import * as vscode from 'vscode';
import { resolveAnchor } from '../../core/sidecar';
import type { Span } from '../../core/text';
import { toRange } from '../foiDocuments';
import type { LetterAnalyses } from '../letterAnalyses';
import type { SidecarStore } from '../sidecar/sidecarStore';

/** Where the evidence was found: in the sidecar, in the engine's suggestion, or nowhere (the letter opens at the top). */
export type EvidenceSource = 'recorded' | 'suggested' | 'none';

/** The editor opened and the range selected (empty at the top of the letter when no evidence was found). */
export interface OpenedEvidence {
  readonly editor: vscode.TextEditor;
  readonly range: vscode.Range;
  readonly source: EvidenceSource;
}

/** Opens `letter` in an editor and selects the evidence for `tool`, or just opens it when no tool is given. */
export async function openEvidence(
  store: SidecarStore,
  analyses: LetterAnalyses,
  letter: vscode.Uri,
  tool: string | undefined,
): Promise<OpenedEvidence> {
  const document = await vscode.workspace.openTextDocument(letter);
  const found = tool === undefined ? undefined : await findEvidence(store, analyses, document, tool);
  const range = found ? toRange(document, found.span) : new vscode.Range(0, 0, 0, 0);
  const editor = await vscode.window.showTextDocument(document, { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { editor, range, source: found?.source ?? 'none' };
}

async function findEvidence(
  store: SidecarStore,
  analyses: LetterAnalyses,
  document: vscode.TextDocument,
  tool: string,
): Promise<{ span: Span; source: EvidenceSource } | undefined> {
  const tools = (await store.load(document.uri)).value?.tools;
  const record = tools !== undefined && Object.hasOwn(tools, tool) ? tools[tool] : undefined;
  const text = document.getText();
  for (const anchor of record?.evidence ?? []) {
    const span = resolveAnchor(text, anchor);
    if (span) return { span, source: 'recorded' };
  }
  const answer = analyses.get(document)?.tools.find((candidate) => candidate.tool === tool);
  return answer ? { span: answer.evidence, source: 'suggested' } : undefined;
}
