// FOI: Show Summary — opens the FOI view container; its views then read the workspace's sidecars.
import * as vscode from 'vscode';
import type { Command } from '../../commands/commandManager';

export const SUMMARY_CONTAINER_COMMAND = 'workbench.view.extension.foi';

export class ShowSummaryCommand implements Command {
  readonly id = 'foi.showSummary';

  async execute(): Promise<void> {
    await vscode.commands.executeCommand(SUMMARY_CONTAINER_COMMAND);
  }
}
