// FOI: Tag All Suggested Statuses — records every status the engine suggests, never replacing one a person set.
import * as vscode from 'vscode';
import type { LetterTagging } from '../tagging';
import type { Command } from './commandManager';
import { activeLetter, toUri } from './letters';

export class TagAllSuggestedCommand implements Command {
  readonly id = 'foi.tagAllSuggested';

  constructor(private readonly tagging: LetterTagging) {}

  async execute(uri?: vscode.Uri | string) {
    const letter = toUri(uri) ?? activeLetter();
    if (!letter) return undefined;
    const result = await this.tagging.tagAllSuggested(letter);
    if (result.suggested === 0) void vscode.window.showInformationMessage(vscode.l10n.t('FOI: no tool answers were found in this letter.'));
    return result.outcome;
  }
}
