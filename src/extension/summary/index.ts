// The workspace summary feature: the service over every sidecar, the Letters, Tools and Exemptions trees, the
// Summary panel and the export, refresh, show and open-evidence commands. Nothing here reads the workspace until a
// summary view is shown or a summary command runs.
import * as vscode from 'vscode';
import type { CommandManager } from '../commands/commandManager';
import type { LetterAnalyses } from '../letterAnalyses';
import type { SidecarStore } from '../sidecar/sidecarStore';
import { DisposableStore } from '../util/dispose';
import { ExportSummaryCommand } from './commands/exportSummary';
import { OpenEvidenceCommand } from './commands/openEvidence';
import { RefreshSummaryCommand } from './commands/refreshSummary';
import { ShowSummaryCommand } from './commands/showSummary';
import { registerExemptionsTree } from './views/exemptionsTree';
import { LETTERS_VIEW, registerLettersTree } from './views/lettersTree';
import { registerToolsTree } from './views/toolsTree';
import { SUMMARY_VIEW, SummaryViewProvider } from './webview/summaryViewProvider';
import { WorkspaceSummary } from './workspaceSummary';

export interface SummaryDependencies {
  readonly extensionUri: vscode.Uri;
  readonly analyses: LetterAnalyses;
  readonly store: SidecarStore;
  readonly commands: CommandManager;
}

/** Registers everything of the summary; disposing the result removes it all. */
export function registerSummary({ extensionUri, analyses, store, commands }: SummaryDependencies): vscode.Disposable {
  const disposables = new DisposableStore();
  const summary = disposables.add(new WorkspaceSummary(analyses, store));
  const openEvidence = commands.register(new OpenEvidenceCommand(store, analyses));
  commands.register(new ExportSummaryCommand(summary));
  commands.register(new RefreshSummaryCommand(summary));
  commands.register(new ShowSummaryCommand());

  disposables.add(registerLettersTree(summary));
  disposables.add(registerToolsTree(summary));
  disposables.add(registerExemptionsTree(summary));
  const panel = disposables.add(
    new SummaryViewProvider(extensionUri, summary, {
      openEvidence: (letter, tool) => openEvidence.execute(letter, tool),
      showProblems: () => Promise.resolve(vscode.commands.executeCommand(`${LETTERS_VIEW}.focus`)),
    }),
  );
  disposables.add(vscode.window.registerWebviewViewProvider(SUMMARY_VIEW, panel));
  return disposables;
}
