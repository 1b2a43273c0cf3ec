// Folding for the letter's parts, and folding the review/appeal boilerplate when a letter opens, if asked to.
import * as vscode from 'vscode';
import type { LetterPart } from '../../core/model';
import type { FoiConfiguration } from '../config';
import { isLetter } from '../foiDocuments';
import type { LetterAnalyses } from '../letterAnalyses';
import { Disposable } from '../util/dispose';

export class LetterFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly analyses: LetterAnalyses) {}

  static register(selector: vscode.DocumentSelector, analyses: LetterAnalyses): vscode.Disposable {
    return vscode.languages.registerFoldingRangeProvider(selector, new LetterFoldingProvider(analyses));
  }

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    const analysis = this.analyses.get(document);
    if (!analysis) return [];
    const ranges: vscode.FoldingRange[] = [];
    const visit = (part: LetterPart) => {
      const start = document.positionAt(part.span.start).line;
      const end = lastLineOf(document, part.span.end);
      if (end > start) ranges.push(new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Region));
      part.children.forEach(visit);
    };
    analysis.outline.forEach(visit);
    return ranges;
  }
}

/** Folds the review boilerplate the first time each letter is shown, when `foi.folding.collapseReviewBoilerplate` is on. */
export class ReviewBoilerplateFolder extends Disposable {
  readonly #folded = new Set<string>();

  constructor(
    private readonly analyses: LetterAnalyses,
    private readonly config: () => FoiConfiguration,
  ) {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.#fold(editor)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.#folded.delete(document.uri.toString())));
    if (vscode.window.activeTextEditor) this.#fold(vscode.window.activeTextEditor);
  }

  #fold(editor: vscode.TextEditor): void {
    const document = editor.document;
    const key = document.uri.toString();
    if (!this.config().foldReviewBoilerplate || !isLetter(document) || this.#folded.has(key)) return;
    const review = this.analyses.get(document)?.outline.filter((part) => part.kind === 'review') ?? [];
    if (review.length === 0) return;
    this.#folded.add(key);
    const selectionLines = review.map((part) => document.positionAt(part.span.start).line);
    void vscode.commands.executeCommand('editor.fold', { selectionLines, levels: 1 });
  }
}

function lastLineOf(document: vscode.TextDocument, endOffset: number): number {
  const end = document.positionAt(endOffset);
  // A span ending at the start of a line does not include that line.
  return end.character === 0 && end.line > 0 ? end.line - 1 : end.line;
}
