// Which letter a command acts on: the one it was given, or the active editor's.
import * as vscode from 'vscode';
import { FOI_LANGUAGE } from '../foiDocuments';

export function toUri(value: vscode.Uri | string | undefined): vscode.Uri | undefined {
  if (!value) return undefined;
  return typeof value === 'string' ? vscode.Uri.parse(value) : value;
}

/** The active editor's letter; tells the user when there is none. */
export function activeLetter(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === FOI_LANGUAGE) return document.uri;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open an FOI letter first.'));
  return undefined;
}
