// Switches plain-text FOI letters to the FOI language: when a sidecar sits beside them, or their opening reads like a response.
import * as vscode from 'vscode';
import { binaryTextProblem } from '../../core/decode';
import { looksLikeFoiLetter } from '../../core/detect';
import { sidecarPathFor } from '../../core/sidecar/format';
import type { FoiConfiguration } from '../config';
import { FOI_LANGUAGE } from '../foiDocuments';
import { Disposable } from '../util/dispose';

export class LanguageDetection extends Disposable {
  /** Documents already decided this session, so nobody is asked twice. */
  readonly #decided = new Set<string>();

  constructor(private readonly config: () => FoiConfiguration) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => void this.consider(document)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.#decided.delete(document.uri.toString())));
    for (const document of vscode.workspace.textDocuments) void this.consider(document);
  }

  /** Switches the document to `foi` if the settings and the document call for it; resolves to whether it did. */
  async consider(document: vscode.TextDocument): Promise<boolean> {
    if (document.languageId !== 'plaintext' || document.isClosed) return false;
    const key = document.uri.toString();
    const mode = this.config().autoDetect;
    if (mode === 'off' || this.#decided.has(key)) return false;
    // Binary data is never a letter, whatever words it happens to contain and whatever sits beside it.
    if (binaryTextProblem(document.getText()) !== undefined) return false;
    const isLetter = (await hasSidecar(document.uri)) || looksLikeFoiLetter(document.getText());
    if (!isLetter || document.isClosed) return false;
    this.#decided.add(key);
    if (mode === 'ask' && !(await this.#ask(document))) return false;
    await vscode.languages.setTextDocumentLanguage(document, FOI_LANGUAGE);
    return true;
  }

  async #ask(document: vscode.TextDocument): Promise<boolean> {
    const treat = vscode.l10n.t('Treat as FOI Letter');
    const never = vscode.l10n.t('Never Ask');
    const name = vscode.workspace.asRelativePath(document.uri);
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('{0} looks like an FOI response letter.', name), treat, never);
    if (answer === never) {
      await vscode.workspace.getConfiguration('foi').update('autoDetect', 'off', vscode.ConfigurationTarget.Global);
    }
    return answer === treat;
  }
}

async function hasSidecar(letter: vscode.Uri): Promise<boolean> {
  if (letter.scheme === 'untitled') return false;
  try {
    await vscode.workspace.fs.stat(letter.with({ path: sidecarPathFor(letter.path) }));
    return true;
  } catch {
    return false;
  }
}
