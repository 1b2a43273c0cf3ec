// Extension-host side of bench/editorScale.mjs (not part of the test suite: its name does not end in .test.ts).
// In a workspace of thousands of letters with sidecars, measures activation, the first workspace summary against a
// bare find + read + parse loop, and tagging, then writes the figures to the file named by FOI_SCALE_RESULTS.
import * as fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { analyze } from '../../src/core/analyze';

const EXTENSION_ID = 'foi-tools.foi-annotator';
/** As many reads at once as the extension's summary makes. */
const READ_CONCURRENCY = 16;
/** Tools the generated sidecar of the first letter leaves untagged, while the letter answers for them. */
const TAGGED_TOOLS = ['hacking', 'imsi-catchers', 'mobile-phone-extraction', 'predictive-policing', 'anpr'];

interface Figure {
  readonly name: string;
  readonly ms: number;
}

function elapsedSince(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The floor any summary pays: find every sidecar, read it, parse its YAML. Returns how many were parsed. */
async function bareLoop(): Promise<number> {
  const found = await vscode.workspace.findFiles('**/*.foi.yaml');
  let parsed = 0;
  await forEachLimited(found, READ_CONCURRENCY, async (uri) => {
    parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    parsed++;
  });
  return parsed;
}

function untaggedFor(uri: vscode.Uri, tool: string): boolean {
  const label = tool.replace(/-/g, ' ');
  return vscode.languages
    .getDiagnostics(uri)
    .some((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'untagged-tool' && d.message.toLowerCase().replace(/-/g, ' ').includes(label.split(' ')[0]));
}

function waitUntil(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (condition()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error('timed out'));
      else setTimeout(check, 2);
    };
    check();
  });
}

async function measure(): Promise<{ figures: Figure[]; notes: string[] }> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  const add = (name: string, ms: number) => figures.push({ name, ms });
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) throw new Error('no workspace folder');
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  if (extension.isActive) notes.push('the extension was already active before the benchmark started');

  let started = performance.now();
  await extension.activate();
  add('activation (load the bundle and run activate())', elapsedSince(started));
  // For scale: a built-in extension of VS Code's, activated the same way on the same machine.
  const reference = ['vscode.emmet', 'vscode.references-view', 'vscode.merge-conflict']
    .map((id) => vscode.extensions.getExtension(id))
    .find((candidate) => candidate && !candidate.isActive);
  if (reference) {
    started = performance.now();
    await reference.activate();
    add(`activation of ${reference.id}, for comparison`, elapsedSince(started));
  }

  const letter = vscode.Uri.joinPath(root, 'authority-00', 'letter-000.txt');
  started = performance.now();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(letter));
  await waitUntil(() => editor.document.languageId === 'foi' && vscode.languages.getDiagnostics(letter).length > 0);
  add('open a .txt letter until its diagnostics show (detection included)', elapsedSince(started));

  const commands = await vscode.commands.getCommands(true);
  started = performance.now();
  const count = await bareLoop();
  add(`bare loop, first: find + read + parse ${count} sidecars`, elapsedSince(started));
  if (commands.includes('foi.exportSummary')) {
    started = performance.now();
    const json = await vscode.commands.executeCommand<string>('foi.exportSummary', { format: 'json' });
    add('first summary: foi.exportSummary json', elapsedSince(started));
    notes.push(`the summary lists ${(JSON.parse(json) as { letters: unknown[] }).letters.length} letters`);
    started = performance.now();
    await bareLoop();
    add('bare loop, again', elapsedSince(started));
    if (commands.includes('foi.refreshSummary')) {
      started = performance.now();
      await vscode.commands.executeCommand('foi.refreshSummary');
      await vscode.commands.executeCommand<string>('foi.exportSummary', { format: 'json' });
      add('summary read again from scratch: foi.refreshSummary + export', elapsedSince(started));
    }
  } else {
    notes.push('foi.exportSummary is not registered: no summary figure');
  }

  // What one file system call costs from this extension host, for reading the tag figures.
  const sidecar = vscode.Uri.joinPath(root, 'authority-00', 'letter-000.txt.foi.yaml');
  started = performance.now();
  for (let i = 0; i < 20; i++) await vscode.workspace.fs.stat(sidecar);
  add('one vscode.workspace.fs.stat (mean of 20)', elapsedSince(started) / 20);
  started = performance.now();
  for (let i = 0; i < 20; i++) await vscode.workspace.fs.readFile(sidecar);
  add('one vscode.workspace.fs.readFile of a sidecar (mean of 20)', elapsedSince(started) / 20);

  await measureAnalysis(root, add, notes);

  for (const tool of TAGGED_TOOLS) {
    const blocks = monitorEventLoopDelay({ resolution: 5 });
    blocks.enable();
    const cpu = process.cpuUsage();
    started = performance.now();
    await vscode.commands.executeCommand('foi.tagTool', letter, tool, 'ncnd');
    const written = elapsedSince(started);
    await waitUntil(() => !untaggedFor(letter, tool));
    const refreshed = elapsedSince(started);
    const used = process.cpuUsage(cpu);
    blocks.disable();
    add(`tag ${tool}: sidecar written`, written);
    add(`tag ${tool}: written and diagnostics refreshed`, refreshed);
    add(`tag ${tool}: longest block`, Math.max(0, blocks.max / 1e6 - 5));
    add(`tag ${tool}: processor time of the extension host`, (used.user + used.system) / 1000);
  }
  return { figures, notes };
}

/** How many times each letter is analysed for the latency figure, after as many warm-up rounds. */
const ANALYSIS_ROUNDS = 20;

/**
 * The engine's latency on the workspace's first letters, in this process: the extension host holds VS Code's own
 * code and other extensions', and above 16 MB of machine code V8 compiles new patterns unoptimised. The same
 * figure from a plain Node process is `npm run bench -- analysis`'s latency.
 */
async function measureAnalysis(root: vscode.Uri, add: (name: string, ms: number) => void, notes: string[]): Promise<void> {
  const folder = vscode.Uri.joinPath(root, 'authority-00');
  const letters: string[] = [];
  for (let i = 0; i < 5; i++) {
    const file = vscode.Uri.joinPath(folder, `letter-${String(i).padStart(3, '0')}.txt`);
    letters.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  }
  for (let round = 0; round < ANALYSIS_ROUNDS; round++) letters.forEach((letter) => analyze(letter));
  const times: number[] = [];
  for (let round = 0; round < ANALYSIS_ROUNDS; round++) {
    for (const letter of letters) {
      const started = performance.now();
      analyze(letter);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const kilobytes = Math.round(letters.reduce((sum, letter) => sum + letter.length, 0) / letters.length / 1024);
  add(`analysis of a letter in the extension host, median (${letters.length} letters of ~${kilobytes} KB, ${ANALYSIS_ROUNDS} rounds)`, times[times.length >> 1]);
  const code = getHeapSpaceStatistics()
    .filter((space) => space.space_name.startsWith('code'))
    .reduce((sum, space) => sum + space.space_size, 0);
  notes.push(`the extension host holds ${(code / 1024 / 1024).toFixed(1)} MB of machine code (V8 stops optimising new patterns above 16 MB)`);
}

/** Called by the extension host (extensionTestsPath); writes `{figures, notes}` or `{error}`. */
export async function run(): Promise<void> {
  const target = process.env.FOI_SCALE_RESULTS;
  if (!target) throw new Error('FOI_SCALE_RESULTS is not set; run `node bench/editorScale.mjs`');
  try {
    fs.writeFileSync(target, JSON.stringify(await measure(), null, 2));
  } catch (error) {
    fs.writeFileSync(target, JSON.stringify({ error: error instanceof Error ? error.stack : String(error) }));
  }
}
