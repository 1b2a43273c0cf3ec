// What the extension calls a letter, and where a core span lies in one. Stateless and free of the engine, so the
// Summary bundle (dist/summary.js) can carry its own copy.
import * as vscode from 'vscode';
import type { Span } from '../core/text';

export const FOI_LANGUAGE = 'foi';

export function isLetter(document: vscode.TextDocument): boolean {
  return document.languageId === FOI_LANGUAGE;
}

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
