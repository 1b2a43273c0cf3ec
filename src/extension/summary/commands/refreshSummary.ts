// FOI: Refresh Summary — reads every sidecar of the workspace again, from scratch.
import * as vscode from 'vscode';
import type { Command } from '../../commands/commandManager';
import type { WorkspaceSummary } from '../workspaceSummary';

export class RefreshSummaryCommand implements Command {
  readonly id = 'foi.refreshSummary';

  constructor(private readonly summary: WorkspaceSummary) {}

  async execute(): Promise<void> {
    await vscode.window.withProgress({ location: { viewId: 'foi.letters' }, title: vscode.l10n.t('Reading sidecars') }, () =>
      this.summary.refresh(),
    );
  }
}
