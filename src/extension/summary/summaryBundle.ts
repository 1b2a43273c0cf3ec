// Entry of dist/summary.js: the FOI side bar's code (the workspace index, the trees, the Summary panel and the export,
// refresh and open-evidence commands), loaded by index.ts the first time a summary view is shown or one of these
// commands runs. It gets the extension's services as instances and imports nothing of the engine, so nothing with
// state exists twice (esbuild.mjs checks which sources each bundle holds).
import * as vscode from 'vscode';
import type { Command } from '../commands/commandManager';
import type { LetterAnalyses } from '../letterAnalyses';
import type { SidecarStore } from '../sidecar/sidecarStore';
import { useDisplayLanguage } from '../util/displayLanguage';
import { DisposableStore } from '../util/dispose';
import { ExportSummaryCommand } from './commands/exportSummary';
import { OpenEvidenceCommand } from './commands/openEvidence';
import { RefreshSummaryCommand } from './commands/refreshSummary';
import { LETTERS_VIEW, type SummaryCommandId } from './ids';
import { exemptionsTree } from './views/exemptionsTree';
import { lettersTree } from './views/lettersTree';
import { toolsTree } from './views/toolsTree';
import { SummaryViewProvider } from './webview/summaryViewProvider';
import { WorkspaceSummary } from './workspaceSummary';

useDisplayLanguage();

export type TreeName = 'letters' | 'tools' | 'exemptions';

/** What the summary needs from the extension: its services, and the tree views registered at activation. */
export interface SummaryHost {
  readonly extensionUri: vscode.Uri;
  readonly analyses: LetterAnalyses;
  readonly store: SidecarStore;
  readonly views: Readonly<Record<TreeName, vscode.TreeView<unknown>>>;
}

/** The summary's providers and commands, for the stand-ins of index.ts to hand their calls to. */
export interface Summary extends vscode.Disposable {
  readonly trees: Readonly<Record<TreeName, vscode.TreeDataProvider<unknown>>>;
  readonly panel: vscode.WebviewViewProvider;
  readonly commands: Readonly<Record<SummaryCommandId, Command>>;
}

export function createSummary({ extensionUri, analyses, store, views }: SummaryHost): Summary {
  const disposables = new DisposableStore();
  const summary = disposables.add(new WorkspaceSummary(analyses, store));
  const openEvidence = new OpenEvidenceCommand(store, analyses);
  return {
    trees: {
      letters: disposables.add(lettersTree(views.letters, summary)),
      tools: disposables.add(toolsTree(views.tools, summary)),
      exemptions: disposables.add(exemptionsTree(views.exemptions, summary)),
    },
    panel: disposables.add(
      new SummaryViewProvider(extensionUri, summary, {
        openEvidence: (letter, tool) => openEvidence.execute(letter, tool),
        showProblems: () => Promise.resolve(vscode.commands.executeCommand(`${LETTERS_VIEW}.focus`)),
      }),
    ),
    commands: {
      'foi.exportSummary': new ExportSummaryCommand(summary),
      'foi.refreshSummary': new RefreshSummaryCommand(summary),
      'foi.openEvidence': openEvidence,
    },
    dispose: () => disposables.dispose(),
  };
}
