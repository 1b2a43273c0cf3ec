// Shared by the hardening suites: scratch folders of hostile files, proof that files were left alone, the longest
// time the extension host's event loop was blocked, and figures reported beside the spec output.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { workspaceRoot } from './util/workspace';

let counter = 0;

/** A fresh folder in the workspace; returns its path. */
export function scratchFolder(label: string): string {
  const folder = path.join(workspaceRoot().fsPath, 'scratch', `hardening-${label}-${process.pid}-${counter++}`);
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

/** Writes `files` (name to content) into `folder` and returns their uris by name. */
export function writeFiles(folder: string, files: Readonly<Record<string, string | Uint8Array>>): Record<string, vscode.Uri> {
  const uris: Record<string, vscode.Uri> = {};
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name);
    fs.writeFileSync(file, content);
    uris[name] = vscode.Uri.file(file);
  }
  return uris;
}

/** The text of a seed letter from the fixture workspace. */
export function seedText(name = 'west-midlands-pcc-2019-01031'): string {
  return fs.readFileSync(path.join(workspaceRoot().fsPath, 'letters', `${name}.foi.txt`), 'utf8');
}

interface FileState {
  readonly bytes: Buffer;
  readonly mtimeMs: number;
}

/** The bytes and modification time of each file, to show later that nothing touched them. */
export function snapshotFiles(uris: readonly vscode.Uri[]): Map<string, FileState> {
  return new Map(uris.map((uri) => [uri.fsPath, { bytes: fs.readFileSync(uri.fsPath), mtimeMs: fs.statSync(uri.fsPath).mtimeMs }]));
}

/** Fails unless every file of the snapshot still has the same bytes and modification time. */
export function assertUnchanged(snapshot: ReadonlyMap<string, FileState>): void {
  for (const [file, before] of snapshot) {
    const name = path.basename(file);
    assert.ok(fs.readFileSync(file).equals(before.bytes), `${name} was changed`);
    assert.equal(fs.statSync(file).mtimeMs, before.mtimeMs, `${name} was written (its modification time changed)`);
  }
}

/** Opens a file in an editor. */
export async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** Each diagnostic as `code "text under its range"`, for messages and exact comparisons. */
export function describeDiagnostics(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${codeOf(d)} ${JSON.stringify(document.getText(d.range))}`);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

/** Runs `work` and says how long the extension host's event loop was blocked at most meanwhile (ms, ±5). */
export async function longestBlock<T>(work: () => Promise<T>): Promise<{ value: T; longestMs: number; elapsedMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  const started = performance.now();
  histogram.enable();
  let value: T;
  try {
    value = await work();
    // One more turn of the loop, so a task queued by the work's last step is measured too.
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    histogram.disable();
  }
  return { value, longestMs: Math.max(0, histogram.max / 1e6 - 5), elapsedMs: performance.now() - started };
}

const figuresFile = path.resolve(__dirname, `../../test-results/hardening-figures${vscode.workspace.isTrusted ? '' : '-restricted'}.json`);

/**
 * Prints a measured figure under the running test and adds it to test-results/hardening-figures.json (started afresh
 * by each extension host, so every suite file of one run adds to the same list).
 */
export function reportFigure(name: string, value: number, unit = 'ms', note?: string): void {
  const rounded = Math.round(value * 10) / 10;
  Mocha.reporters.Base.consoleLog(`      figure: ${name} = ${rounded} ${unit}${note ? ` (${note})` : ''}`);
  const run = `${process.pid}`;
  let figures: unknown[] = [];
  if (fs.existsSync(figuresFile)) {
    const previous = JSON.parse(fs.readFileSync(figuresFile, 'utf8')) as { run?: string; figures?: unknown[] };
    if (previous.run === run && Array.isArray(previous.figures)) figures = previous.figures;
  }
  figures.push({ name, value: rounded, unit, ...(note ? { note } : {}) });
  fs.mkdirSync(path.dirname(figuresFile), { recursive: true });
  fs.writeFileSync(figuresFile, `${JSON.stringify({ run, figures }, null, 2)}\n`);
}
