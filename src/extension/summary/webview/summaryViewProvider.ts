// The Summary panel (webview view `foi.summary`): authorities × tools, counts per status, exemptions and progress.
// The extension sends the data as JSON (messages.ts); the panel script (webview-src/, bundled to dist/webview.js)
// builds the DOM from it with text nodes only. Scripts run only with the per-load nonce; nothing remote loads.
import * as vscode from 'vscode';
import { displayLanguageStrings } from '../../util/displayLanguage';
import { Disposable, DisposableStore } from '../../util/dispose';
import type { WorkspaceSummary } from '../workspaceSummary';
import { createNonce, summaryHtml } from './html';
import { type HostMessage, type PanelMessage, parsePanelMessage } from './messages';
import { toPanelData } from './panelData';

/** What the panel asks of the rest of the extension. */
export interface SummaryPanelActions {
  openEvidence(letter: vscode.Uri, tool: string): Promise<unknown>;
  showProblems(): Promise<unknown>;
}

export class SummaryViewProvider extends Disposable implements vscode.WebviewViewProvider {
  #view: vscode.WebviewView | undefined;
  /** Registrations of the current view, dropped when VS Code disposes the view. */
  #viewStore: DisposableStore | undefined;
  /** True once the panel's script has said it is ready; messages before that would be lost. */
  #ready = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly summary: WorkspaceSummary,
    private readonly actions: SummaryPanelActions,
  ) {
    super();
    this._register(summary.onDidChange(() => void this.#post()));
    this._register({ dispose: () => this.#viewStore?.dispose() });
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.#viewStore?.dispose();
    const store = (this.#viewStore = new DisposableStore());
    this.#view = view;
    this.#ready = false;
    const { webview } = view;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    webview.options = { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [dist, media] };
    webview.html = summaryHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUris: [
        webview.asWebviewUri(vscode.Uri.joinPath(dist, 'codicons', 'codicon.css')).toString(),
        webview.asWebviewUri(vscode.Uri.joinPath(media, 'summary.css')).toString(),
      ],
      lang: vscode.env.language,
      title: vscode.l10n.t('FOI summary'),
      loading: vscode.l10n.t('Reading the workspace’s sidecars…'),
      strings: displayLanguageStrings(),
    });
    store.add(webview.onDidReceiveMessage((message: unknown) => void this.#receive(parsePanelMessage(message))));
    store.add(view.onDidChangeVisibility(() => void this.#post()));
    store.add(
      view.onDidDispose(() => {
        if (this.#view === view) this.#view = undefined;
        store.dispose();
      }),
    );
  }

  async #receive(message: PanelMessage | undefined): Promise<void> {
    if (message === undefined) return;
    switch (message.type) {
      case 'ready':
        this.#ready = true;
        await this.#post();
        return;
      case 'openEvidence': {
        // Only letters the summary lists can be opened: the panel names them by key, never by path or uri.
        const letter = this.summary.letterUri(message.file);
        if (letter) await this.actions.openEvidence(letter, message.tool);
        return;
      }
      case 'showProblems':
        await this.actions.showProblems();
        return;
    }
  }

  /** Sends the current summary to the panel when it is visible and listening; a hidden panel catches up when shown. */
  async #post(): Promise<void> {
    const view = this.#view;
    if (!view?.visible || !this.#ready) return;
    const index = await this.summary.current();
    if (view !== this.#view || !view.visible) return;
    const message: HostMessage = { type: 'summary', data: toPanelData(index.snapshot()) };
    await view.webview.postMessage(message);
  }
}
