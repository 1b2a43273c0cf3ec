// Live diagnostics on FOI letters: debounced while typing, never applied when stale, cleared on close.
import * as vscode from 'vscode';
import type { Finding, Severity } from '../../core/model';
import { resolveSeverity } from '../../core/diagnostics/codes';
import type { FoiConfiguration } from '../config';
import { isLetter, toRange } from '../foiDocuments';
import type { LetterAnalyses } from '../letterAnalyses';
import { Disposable } from '../util/dispose';

export const DIAGNOSTIC_SOURCE = 'foi';

/** Findings beyond the engine's own, e.g. checks of the letter against its sidecar. */
export type ExtraFindings = (document: vscode.TextDocument) => readonly Finding[];

export class LetterDiagnostics extends Disposable {
  readonly #collection = this._register(vscode.languages.createDiagnosticCollection('foi'));
  readonly #pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly analyses: LetterAnalyses,
    private readonly config: () => FoiConfiguration,
    private readonly docsUri: vscode.Uri,
    private readonly extraFindings: ExtraFindings = () => [],
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.refresh(document)));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.#schedule(event.document)));
    this._register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.#cancel(document.uri);
        this.#collection.delete(document.uri);
      }),
    );
    this._register(analyses.onDidInvalidate((uri) => this.#refreshOpen(uri)));
    this._register({ dispose: () => this.#pending.forEach((timer) => clearTimeout(timer)) });
    this.#refreshOpen(undefined);
  }

  /** Recomputes a document's diagnostics now. Documents that are not letters (any more) lose theirs. */
  refresh(document: vscode.TextDocument): void {
    this.#cancel(document.uri);
    if (!isLetter(document)) {
      // Each deletion is a message to the workbench, and every document opened anywhere comes through here.
      if (this.#collection.has(document.uri)) this.#collection.delete(document.uri);
      return;
    }
    this.#collection.set(document.uri, this.#compute(document));
  }

  #compute(document: vscode.TextDocument): vscode.Diagnostic[] {
    const analysis = this.analyses.get(document);
    // A letter that is not analysed (too large, not text) shows why instead.
    const refusal = analysis ? undefined : this.analyses.refusal(document);
    const findings = analysis ? [...analysis.diagnostics, ...this.extraFindings(document)] : refusal ? [refusal] : [];
    const overrides = this.config().severity;
    const diagnostics: vscode.Diagnostic[] = [];
    for (const finding of findings) {
      const severity = resolveSeverity(finding.code, overrides, finding.severity);
      if (!severity) continue;
      diagnostics.push(this.#toDiagnostic(document, finding, severity));
    }
    return diagnostics;
  }

  #toDiagnostic(document: vscode.TextDocument, finding: Finding, severity: Severity): vscode.Diagnostic {
    const diagnostic = new FoiDiagnostic(toRange(document, finding.span), finding.message, toVsSeverity(severity), finding);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.code, target: this.docsUri.with({ fragment: finding.code }) };
    return diagnostic;
  }

  #schedule(document: vscode.TextDocument): void {
    if (!isLetter(document)) return;
    this.#cancel(document.uri);
    const key = document.uri.toString();
    const version = document.version;
    const timer = setTimeout(() => {
      this.#pending.delete(key);
      // A later edit has its own timer; this one only applies to the version it was scheduled for.
      if (document.isClosed || document.version !== version) return;
      this.refresh(document);
    }, this.config().debounceMs);
    this.#pending.set(key, timer);
  }

  #cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.#pending.get(key);
    if (timer) clearTimeout(timer);
    this.#pending.delete(key);
  }

  #refreshOpen(uri: vscode.Uri | undefined): void {
    for (const document of vscode.workspace.textDocuments) {
      if (!uri || document.uri.toString() === uri.toString()) this.refresh(document);
    }
  }
}

/** A diagnostic that keeps the engine's finding, so quick fixes never re-parse the letter. */
export class FoiDiagnostic extends vscode.Diagnostic {
  constructor(
    range: vscode.Range,
    message: string,
    severity: vscode.DiagnosticSeverity,
    readonly finding: Finding,
  ) {
    super(range, message, severity);
  }
}

/**
 * The engine's finding behind a diagnostic. Diagnostics handed back by VS Code may be copies without our fields,
 * so fall back to the cached analysis (no re-parse) and match by code and range.
 */
export function findingOf(diagnostic: vscode.Diagnostic, document: vscode.TextDocument, analyses: LetterAnalyses): Finding | undefined {
  if (diagnostic instanceof FoiDiagnostic) return diagnostic.finding;
  const code = codeOf(diagnostic);
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return analyses.get(document)?.diagnostics.find((finding) => finding.code === code && finding.span.start === start && finding.span.end === end);
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

export function toVsSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
  }
}
