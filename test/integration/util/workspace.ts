// The fixture workspace (a fresh copy of test/fixtures/workspace per run) and editors opened on its files.
import * as vscode from 'vscode';

/** Root of the workspace folder the host opened. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need the fixture workspace open (see test/fixtures/workspace)');
  return folder.uri;
}

/** A file in the fixture workspace, by its path relative to the root: `fixtureUri('letters/x.foi.txt')`. */
export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a fixture file in an editor and returns it. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/**
 * Reverts the unsaved changes of every open text editor tab, then closes all editors, so no save prompt can block
 * the suite. Dirty documents without a tab (such as settings.json during a configuration update) are left alone:
 * closing editors cannot prompt for them.
 */
export async function closeAllEditors(): Promise<void> {
  const dirtyTabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.isDirty);
  for (const tab of dirtyTabs) {
    if (!(tab.input instanceof vscode.TabInputText)) continue;
    await vscode.window.showTextDocument(tab.input.uri, { viewColumn: tab.group.viewColumn, preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
