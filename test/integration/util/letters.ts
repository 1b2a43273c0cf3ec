// Scratch copies of the seed letters, so tests that write sidecars never disturb each other or the shared fixtures.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { fixtureUri, workspaceRoot } from './workspace';

let counter = 0;

/** Copies a fixture letter into a fresh folder of the workspace and returns the copy's uri. */
export function scratchLetter(fixture: string, name = path.basename(fixture)): vscode.Uri {
  const folder = path.join(workspaceRoot().fsPath, 'scratch', `${process.pid}-${Date.now()}-${counter++}`);
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, name);
  fs.copyFileSync(fixtureUri(fixture).fsPath, target);
  return vscode.Uri.file(target);
}

export function sidecarOf(letter: vscode.Uri): vscode.Uri {
  return letter.with({ path: `${letter.path}.foi.yaml` });
}

export function readText(uri: vscode.Uri): string | undefined {
  return fs.existsSync(uri.fsPath) ? fs.readFileSync(uri.fsPath, 'utf8') : undefined;
}

/** Every code of the diagnostics on a document. */
export function codesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
}
