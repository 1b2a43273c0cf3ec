// Records statuses and annotations for a letter in its sidecar, with the evidence and facts the engine found.
import * as vscode from 'vscode';
import type { LetterAnalysis, ToolStatus } from '../core/model';
import { TOOL_STATUS_INFO } from '../core/model';
import type { EditResult } from '../core/sidecar';
import type { FoiConfiguration } from './config';
import { engine } from './engine';
import { refusalOf, type LetterAnalyses } from './letterAnalyses';
import { sidecarCodec } from './sidecar/sidecarCodec';
import type { SidecarStore, UpdateOutcome } from './sidecar/sidecarStore';

export class LetterTagging {
  constructor(
    private readonly store: SidecarStore,
    private readonly analyses: LetterAnalyses,
    private readonly config: () => FoiConfiguration,
  ) {}

  /** Records one tool's status, replacing any status recorded before. */
  async tagTool(letter: vscode.Uri, tool: string, status: ToolStatus): Promise<UpdateOutcome> {
    const { document, analysis } = await this.#open(letter);
    const edit = this.#toolEdit(document, analysis, tool, status, true);
    return this.#report(await this.store.update(letter, edit));
  }

  /** Records every suggested status; a status a person already recorded is never replaced. */
  async tagAllSuggested(letter: vscode.Uri): Promise<{ outcome: UpdateOutcome; suggested: number }> {
    const { document, analysis } = await this.#open(letter);
    const answers = analysis?.tools ?? [];
    const edits = answers.map((answer) => this.#toolEdit(document, analysis, answer.tool, answer.status, false));
    const outcome = await this.store.update(letter, (text) => {
      let current = text;
      let changed = false;
      for (const edit of edits) {
        const result = edit(current);
        if (!result.ok) return result;
        current = result.text;
        changed ||= result.changed;
      }
      return { ok: true, text: current ?? '', changed };
    });
    return { outcome: this.#report(outcome), suggested: answers.length };
  }

  /** Records a free annotation on a passage. */
  async annotate(letter: vscode.Uri, range: vscode.Range, label: string, note?: string): Promise<UpdateOutcome> {
    const document = await vscode.workspace.openTextDocument(letter);
    const text = document.getText();
    const span = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    const anchor = sidecarCodec().createAnchor(text, span);
    const outcome = await this.store.update(letter, (current) =>
      sidecarCodec().addAnnotation(current, { document: fileName(letter), label, note: note || undefined, anchor, ...this.#stamp() }),
    );
    return this.#report(outcome);
  }

  /** The letter and its analysis; none for a letter too large to analyse or not text, whose tags carry no evidence. */
  async #open(letter: vscode.Uri): Promise<{ document: vscode.TextDocument; analysis: LetterAnalysis | undefined }> {
    const document = await vscode.workspace.openTextDocument(letter);
    // Scripts may tag a letter that is not (yet) in the FOI language; analyse its text all the same.
    const text = document.getText();
    const analysis = this.analyses.get(document) ?? (refusalOf(text) ? undefined : engine().analyze(text, { tools: this.config().tools }));
    return { document, analysis };
  }

  #toolEdit(
    document: vscode.TextDocument,
    analysis: LetterAnalysis | undefined,
    tool: string,
    status: ToolStatus,
    overwrite: boolean,
  ): (text: string | undefined) => EditResult {
    const answer = analysis?.tools.find((candidate) => candidate.tool === tool);
    const facts: Partial<LetterAnalysis['letter']> = analysis?.letter ?? {};
    const letter = {
      ...(facts.authority ? { authority: facts.authority } : {}),
      ...(facts.reference ? { reference: facts.reference } : {}),
      ...(facts.date ? { date: facts.date } : {}),
      ...(facts.received ? { received: facts.received } : {}),
      // Only a Scottish letter records its Act, so that the summary reads its sections from the Scottish Act.
      ...(analysis?.act === 'foisa' ? { act: analysis.act } : {}),
    };
    const text = document.getText();
    return (current) =>
      sidecarCodec().setToolStatus(current, {
        document: fileName(document.uri),
        letter,
        tool,
        status,
        exemptions: answer ? [...answer.exemptions] : undefined,
        evidence: answer ? [sidecarCodec().createAnchor(text, answer.evidence)] : undefined,
        overwrite,
        ...this.#stamp(),
      });
  }

  #stamp(): { by?: string; at: string } {
    const author = this.config().author;
    return { ...(author ? { by: author } : {}), at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
  }

  #report(outcome: UpdateOutcome): UpdateOutcome {
    if (outcome.kind === 'refused') {
      void vscode.window.showErrorMessage(vscode.l10n.t('FOI: the sidecar {0} was not changed. {1}', vscode.workspace.asRelativePath(outcome.sidecar), outcome.reason));
    }
    return outcome;
  }
}

export function statusLabel(status: ToolStatus): string {
  return TOOL_STATUS_INFO[status].label;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
