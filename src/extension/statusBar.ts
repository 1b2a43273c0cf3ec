// Status bar item for the active letter: how many of the tools it answers for are tagged, e.g. "FOI 5/7 tagged".
// While the letter is being typed in, the count waits for a pause, as diagnostics do: each count needs an analysis.
import * as vscode from 'vscode';
import type { FoiConfiguration } from './config';
import { isLetter } from './foiDocuments';
import type { LetterAnalyses } from './letterAnalyses';
import type { SidecarStore } from './sidecar/sidecarStore';
import { Disposable } from './util/dispose';

export class TaggingStatusBar extends Disposable {
  readonly #item = this._register(vscode.window.createStatusBarItem('foi.tagging', vscode.StatusBarAlignment.Right, 100));
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: SidecarStore,
    private readonly analyses: LetterAnalyses,
    private readonly config: () => FoiConfiguration,
  ) {
    super();
    this.#item.name = vscode.l10n.t('FOI Tagging Progress');
    this.#item.command = 'foi.openSidecar';
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(store.onDidChange(() => this.update()));
    this._register(analyses.onDidInvalidate(() => this.update()));
    this._register(
      vscode.workspace.onDidChangeTextDocument((event) => event.document === vscode.window.activeTextEditor?.document && this.#schedule()),
    );
    this._register({ dispose: () => clearTimeout(this.#timer) });
    this.update();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.update(), this.config().debounceMs);
  }

  update(): void {
    clearTimeout(this.#timer);
    const document = vscode.window.activeTextEditor?.document;
    const analysis = document && this.analyses.get(document);
    if (!document || !analysis || !isLetter(document)) {
      this.#item.hide();
      return;
    }
    const recorded = this.store.recordedFor(document.uri) ?? {};
    const tools = new Set([...analysis.tools.map((answer) => answer.tool), ...Object.keys(recorded)]);
    const tagged = [...tools].filter((tool) => recorded[tool]).length;
    const untagged = [...tools].filter((tool) => !recorded[tool]).map((tool) => this.analyses.toolLabel(tool));
    this.#item.text = `$(tag) ${vscode.l10n.t('FOI {0}/{1} tagged', tagged, tools.size)}`;
    this.#item.tooltip =
      untagged.length > 0 ? vscode.l10n.t('Not yet tagged: {0}. Click to open the sidecar.', untagged.join(', ')) : vscode.l10n.t('Every tool this letter answers is tagged.');
    this.#item.accessibilityInformation = { label: vscode.l10n.t('{0} of {1} tools tagged', tagged, tools.size) };
    this.#item.show();
  }
}
