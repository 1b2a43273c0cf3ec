// FOI: Open Letter at Evidence — used by the summary trees and panel: opens a letter and selects the evidence for a
// tool (the recorded quote, found again by its words, else the engine's). Hidden from the palette: it needs a letter.
import * as vscode from 'vscode';
import type { Command } from '../../commands/commandManager';
import { toUri } from '../../commands/letters';
import type { LetterAnalyses } from '../../letterAnalyses';
import type { SidecarStore } from '../../sidecar/sidecarStore';
import { openEvidence, type OpenedEvidence } from '../evidence';

export class OpenEvidenceCommand implements Command {
  readonly id = 'foi.openEvidence';

  constructor(
    private readonly store: SidecarStore,
    private readonly analyses: LetterAnalyses,
  ) {}

  /** Returns what was opened, for scripts and tests. */
  async execute(letter?: vscode.Uri | string, tool?: unknown): Promise<OpenedEvidence | undefined> {
    const uri = toUri(letter);
    if (!uri) return undefined;
    const opened = await openEvidence(this.store, this.analyses, uri, typeof tool === 'string' ? tool : undefined);
    if (typeof tool === 'string' && opened.source === 'none') {
      void vscode.window.showInformationMessage(vscode.l10n.t('FOI: the evidence for this tool could not be found in the letter.'));
    }
    return opened;
  }
}
