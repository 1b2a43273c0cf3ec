// The FOI side bar and the summary commands, as activation registers them: the views, the Summary panel and the
// commands exist at once, but as stand-ins. The code behind them (the workspace index, trees, panel and exports, with
// csv-stringify) is the separate bundle dist/summary.js (summaryBundle.ts), loaded the first time a summary view is
// shown or one of its commands runs, so a session that never opens the side bar never loads it.
import * as vscode from 'vscode';
import type { CommandManager } from '../commands/commandManager';
import type { LetterAnalyses } from '../letterAnalyses';
import type { SidecarStore } from '../sidecar/sidecarStore';
import { DisposableStore } from '../util/dispose';
import { ShowSummaryCommand } from './commands/showSummary';
import { DeferredTreeDataProvider } from './deferredTree';
import { EXEMPTIONS_VIEW, LETTERS_VIEW, SUMMARY_COMMANDS, SUMMARY_VIEW, TOOLS_VIEW } from './ids';
import type * as SummaryBundle from './summaryBundle';

export interface SummaryDependencies {
  readonly extensionUri: vscode.Uri;
  readonly analyses: LetterAnalyses;
  readonly store: SidecarStore;
  readonly commands: CommandManager;
}

/** Registers everything of the summary; disposing the result removes it all, the loaded summary included. */
export function registerSummary({ extensionUri, analyses, store, commands }: SummaryDependencies): vscode.Disposable {
  const disposables = new DisposableStore();
  let summary: SummaryBundle.Summary | undefined;
  const loaded = (): SummaryBundle.Summary => {
    summary ??= disposables.add(loadBundle().createSummary({ extensionUri, analyses, store, views }));
    return summary;
  };
  const treeView = (id: string, name: SummaryBundle.TreeName) => {
    const provider = disposables.add(new DeferredTreeDataProvider<unknown>(() => loaded().trees[name]));
    return disposables.add(vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true }));
  };
  const views = { letters: treeView(LETTERS_VIEW, 'letters'), tools: treeView(TOOLS_VIEW, 'tools'), exemptions: treeView(EXEMPTIONS_VIEW, 'exemptions') };

  disposables.add(
    vscode.window.registerWebviewViewProvider(SUMMARY_VIEW, {
      resolveWebviewView: (view, context, token) => loaded().panel.resolveWebviewView(view, context, token),
    }),
  );
  for (const id of SUMMARY_COMMANDS) commands.register({ id, execute: (...args: unknown[]) => loaded().commands[id].execute(...args) });
  commands.register(new ShowSummaryCommand());
  return disposables;
}

function loadBundle(): typeof SummaryBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, resolved by esbuild.mjs
  return require('./summary.js') as typeof SummaryBundle;
}
