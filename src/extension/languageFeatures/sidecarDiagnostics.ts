// Diagnostics inside sidecar files: YAML errors, unknown statuses and tools, bad dates, duplicate keys,
// each at its exact position.
import * as vscode from 'vscode';
import { resolveSeverity } from '../../core/diagnostics/codes';
import { isSidecarPath, letterNameFromSidecar } from '../../core/sidecar/format';
import type { FoiConfiguration } from '../config';
import { toRange } from '../foiDocuments';
import type { LetterAnalyses } from '../letterAnalyses';
import { sidecarCodec } from '../sidecar/sidecarCodec';
import { Disposable } from '../util/dispose';
import { DIAGNOSTIC_SOURCE, toVsSeverity } from './diagnostics';

export class SidecarDiagnostics extends Disposable {
  readonly #collection = this._register(vscode.languages.createDiagnosticCollection('foi-sidecar'));

  constructor(
    private readonly analyses: LetterAnalyses,
    private readonly config: () => FoiConfiguration,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.refresh(document)));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.refresh(event.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.#collection.delete(document.uri)));
    this.refreshAll();
  }

  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  refresh(document: vscode.TextDocument): void {
    if (!isSidecarPath(document.uri.path)) return;
    const knownTools = this.analyses.vocabulary.tools.map((tool) => tool.id);
    const { problems } = sidecarCodec().readSidecarText(document.getText(), { knownTools, letterName: letterNameFromSidecar(document.uri.path) });
    const overrides = this.config().severity;
    const diagnostics: vscode.Diagnostic[] = [];
    for (const problem of problems) {
      const severity = resolveSeverity(problem.code, overrides, problem.severity);
      if (!severity) continue;
      const diagnostic = new vscode.Diagnostic(toRange(document, problem.span), problem.message, toVsSeverity(severity));
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = problem.code;
      diagnostics.push(diagnostic);
    }
    this.#collection.set(document.uri, diagnostics);
  }
}
