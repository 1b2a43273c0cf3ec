// FOI: Annotate Selection — marks a passage with a label and an optional note.
// `foi.annotate(uri, range, label, note)` does the same for scripts and tests.
import * as vscode from 'vscode';
import type { FoiConfiguration } from '../config';
import type { LetterTagging } from '../tagging';
import type { Command } from './commandManager';
import { activeLetter, toUri } from './letters';

export class AnnotateCommand implements Command {
  readonly id = 'foi.annotate';

  constructor(private readonly tagging: LetterTagging) {}

  execute(uri: vscode.Uri | string, range: vscode.Range, label: string, note?: string) {
    const letter = toUri(uri);
    if (!letter || !range || !label) throw new Error('foi.annotate needs a letter uri, a range and a label');
    return this.tagging.annotate(letter, range, label, note);
  }
}

export class AnnotateSelectionCommand implements Command {
  readonly id = 'foi.annotateSelection';

  constructor(
    private readonly tagging: LetterTagging,
    private readonly config: () => FoiConfiguration,
  ) {}

  async execute() {
    const editor = vscode.window.activeTextEditor;
    const letter = activeLetter();
    if (!editor || !letter) return undefined;
    if (editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage to annotate first.'));
      return undefined;
    }
    const label = await vscode.window.showQuickPick(this.config().labels, { title: vscode.l10n.t('Annotate selection as') });
    if (!label) return undefined;
    const note = await vscode.window.showInputBox({ title: vscode.l10n.t('Note (optional)'), prompt: vscode.l10n.t('Press Enter to skip.') });
    if (note === undefined) return undefined;
    return this.tagging.annotate(letter, editor.selection, label, note);
  }
}
