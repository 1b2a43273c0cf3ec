// FOI: Open Sidecar — opens the letter's sidecar file, offering to create it when there is none.
import * as vscode from 'vscode';
import { sidecarUriFor } from '../sidecar/sidecarUris';
import type { Command } from './commandManager';
import { activeLetter, toUri } from './letters';

export class OpenSidecarCommand implements Command {
  readonly id = 'foi.openSidecar';

  async execute(uri?: vscode.Uri | string): Promise<void> {
    const letter = toUri(uri) ?? activeLetter();
    if (!letter) return;
    const sidecar = sidecarUriFor(letter);
    try {
      await vscode.workspace.fs.stat(sidecar);
    } catch {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('This letter has no sidecar yet. Tag a tool with a quick fix, or run FOI: Tag All Suggested Statuses, to create one.'),
      );
      return;
    }
    await vscode.window.showTextDocument(sidecar, { viewColumn: vscode.ViewColumn.Beside });
  }
}
