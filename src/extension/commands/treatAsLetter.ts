// FOI: Treat as FOI Letter — switches the active plain-text document to the FOI language.
import * as vscode from 'vscode';
import { FOI_LANGUAGE } from '../foiDocuments';
import type { Command } from './commandManager';

export class TreatAsLetterCommand implements Command {
  readonly id = 'foi.treatAsLetter';

  async execute(uri?: vscode.Uri): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a letter first.'));
      return;
    }
    await vscode.languages.setTextDocumentLanguage(document, FOI_LANGUAGE);
  }
}
