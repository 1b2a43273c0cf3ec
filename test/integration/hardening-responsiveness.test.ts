// How long the extension keeps the extension host busy on the largest inputs it analyses, measured in the real
// host and reported as figures (test-results/hardening-figures.json) rather than asserted: timings on a shared
// machine vary too much for a hard limit. The goal is no single task over 100 ms.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { MAX_ANALYSED_LENGTH } from '../../src/extension/letterAnalyses';
import { codeOf, longestBlock, reportFigure, scratchFolder, seedText, show, writeFiles } from './hardening-support';
import { waitForDiagnostics } from './util/wait';
import { closeAllEditors } from './util/workspace';

const SEEDS = ['west-midlands-pcc-2019-01031', 'hertfordshire-2017-01696', 'norfolk-suffolk-007663-17', 'cambridgeshire-opcc-19-026-037'];

/** Seed letters one after another, cut to `length` characters at a line end. */
function lettersOfLength(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${seedText(SEEDS[i % SEEDS.length])}\n\n`;
  return text.slice(0, text.lastIndexOf('\n', length) + 1);
}

/** Milliseconds of processor time `work` takes in this process. */
function cpuMs(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('hardening: responsiveness on the largest letters', function () {
  this.timeout(120_000);
  afterEach(closeAllEditors);

  const sizes: [string, () => string][] = [
    ['seed letter', () => seedText()],
    ['letter at the analysis limit', () => lettersOfLength(MAX_ANALYSED_LENGTH)],
    ['1.9 MB letter', () => lettersOfLength(1_900_000)],
  ];

  for (const [label, build] of sizes) {
    it(`measures opening, outlining and typing in a ${label}`, async () => {
      const text = build();
      const name = `${label.replace(/\W+/g, '-')}.foi.txt`;
      const uri = writeFiles(scratchFolder('timing'), { [name]: text })[name];
      const size = `${Math.round(text.length / 1000)} K characters`;

      const { value: editor, longestMs: openMs } = await longestBlock(async () => {
        const opened = await show(uri);
        await waitForDiagnostics(uri);
        return opened;
      });
      reportFigure(`${label} (${size}): longest block while opening and diagnosing`, openMs);
      const analysed = !vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'letter-too-large');
      if (analysed) {
        analyze(text);
        reportFigure(`${label} (${size}): processor time of one analysis in this host (warm)`, cpuMs(() => analyze(text)));
      }

      const started = performance.now();
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
      reportFigure(`${label} (${size}): vscode.executeDocumentSymbolProvider`, performance.now() - started);

      const { longestMs: typingMs } = await longestBlock(async () => {
        for (let i = 0; i < 5; i++) {
          const typed = new vscode.WorkspaceEdit();
          typed.insert(uri, new vscode.Position(0, 0), 'x');
          assert.ok(await vscode.workspace.applyEdit(typed), 'the character was typed');
          await new Promise((resolve) => setTimeout(resolve, 60));
        }
        // Past the diagnostics debounce, so the analysis of the last version is measured too.
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
      reportFigure(`${label} (${size}): longest block while typing five characters and after`, typingMs);
      assert.ok(editor.document.isDirty);
    });
  }

  it('measures what VS Code itself costs to open a 45 MB file the extension ignores', async () => {
    const file = path.join(scratchFolder('baseline'), 'large.log');
    const chunk = `${seedText()}\n`;
    const fd = fs.openSync(file, 'w');
    for (let characters = 0; characters <= 45 * 1024 * 1024; characters += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    try {
      const { longestMs } = await longestBlock(async () => {
        await show(vscode.Uri.file(file));
      });
      reportFigure('45 MB .log file, which FOI Annotator ignores: longest block while opening', longestMs);
    } finally {
      await closeAllEditors();
      fs.rmSync(file, { force: true });
    }
  });
});
