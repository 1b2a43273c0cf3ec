// FOI: Open Sample Letter — the first step of the Getting Started walkthrough. Opens a real response letter shipped
// with the extension, copied once into the extension's global storage so that tagging it writes its sidecar there,
// never into the extension's own folder or the user's workspace.
import * as vscode from 'vscode';
import { FOI_LANGUAGE } from '../foiDocuments';
import type { Command } from './commandManager';

/** The letter shipped in the .vsix (see .vscodeignore): untagged, with a clear answer per tool. */
export const SAMPLE_LETTER = 'west-midlands-pcc-2019-01031.txt';

export class OpenSampleCommand implements Command {
  readonly id = 'foi.openSample';

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly storageUri: vscode.Uri,
  ) {}

  async execute(): Promise<void> {
    const copy = vscode.Uri.joinPath(this.storageUri, 'samples', SAMPLE_LETTER);
    try {
      await this.#copyOnce(copy);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(vscode.l10n.t('FOI: the sample letter could not be opened. {0}', reason));
      return;
    }
    const document = await vscode.workspace.openTextDocument(copy);
    // The sample must read as a letter even where automatic detection is turned off.
    if (document.languageId !== FOI_LANGUAGE) await vscode.languages.setTextDocumentLanguage(document, FOI_LANGUAGE);
    await vscode.window.showTextDocument(document, { preview: false });
  }

  /** Copies the shipped letter unless an earlier copy exists: the person's tags on it survive reopening. */
  async #copyOnce(copy: vscode.Uri): Promise<void> {
    try {
      await vscode.workspace.fs.stat(copy);
      return;
    } catch {
      // not copied yet
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(copy, '..'));
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(this.extensionUri, 'samples', SAMPLE_LETTER), copy);
  }
}
