// The core speaks through `@vscode/l10n` (it cannot import `vscode`), and each of the extension's bundles carries its
// own copy of that package; so every bundle's entry hands its copy the strings VS Code loaded for the display language.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

/** Makes the core's `l10n.t` in the calling bundle translate like `vscode.l10n.t`. English needs no bundle. */
export function useDisplayLanguage(): void {
  const contents = vscode.l10n.bundle;
  if (contents) l10n.config({ contents });
}

/** The strings of the display language, for a webview's own copy of `@vscode/l10n`; undefined in English. */
export function displayLanguageStrings(): string | undefined {
  const contents = vscode.l10n.bundle;
  return contents ? JSON.stringify(contents) : undefined;
}
