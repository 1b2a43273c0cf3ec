// Workspace Trust. In a trusted workspace, tools from the workspace setting `foi.tools` are found in letters; in
// Restricted Mode (`FOI_INTEGRATION_RESTRICTED=1 npm run test:integration`, which runs the tests titled
// "Restricted Mode") that setting is ignored, while reading, highlighting, hovers and the ordinary diagnostics work.
// Each host registers only the tests for its own trust state.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, scratchFolder, show, writeFiles } from './hardening-support';
import { waitFor, waitForDiagnostics } from './util/wait';
import { closeAllEditors, workspaceRoot } from './util/workspace';

const GAIT_TOOL = { id: 'gait-analysis', label: 'Gait analysis', synonyms: ['gait analysis'] };

const LETTER = [
  'Freedom of Information request 2024/12',
  '',
  'You asked whether the force uses the following technologies.',
  '',
  'Gait analysis – I can confirm we use gait analysis in some investigations.',
  '',
  'Hacking – I can neither confirm nor deny that this is used by the Force by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement.',
  '',
].join('\n');

const gaitDiagnostic = (list: readonly vscode.Diagnostic[]) => list.some((d) => codeOf(d) === 'untagged-tool' && /Gait analysis/.test(d.message));

/** Diagnostics of a fresh copy of the letter once the ordinary ones (exemption, NCND, Hacking untagged) are there. */
async function diagnosticsOfNewLetter(): Promise<readonly vscode.Diagnostic[]> {
  const { 'gait.foi.txt': letter } = writeFiles(scratchFolder('trust'), { 'gait.foi.txt': LETTER });
  const { document } = await show(letter);
  assert.equal(document.languageId, 'foi');
  return waitForDiagnostics(letter, (list) => ['exemption', 'ncnd', 'untagged-tool'].every((code) => list.some((d) => codeOf(d) === code)));
}

if (vscode.workspace.isTrusted) {
  describe('hardening: a trusted workspace', () => {
    afterEach(async () => {
      await vscode.workspace.getConfiguration('foi').update('tools', undefined, vscode.ConfigurationTarget.Workspace);
      await closeAllEditors();
    });

    it('finds a tool defined in the workspace setting foi.tools and asks for its status', async () => {
      await vscode.workspace.getConfiguration('foi').update('tools', [GAIT_TOOL], vscode.ConfigurationTarget.Workspace);
      const diagnostics = await diagnosticsOfNewLetter();
      const letter = vscode.window.activeTextEditor!.document.uri;
      const withGait = gaitDiagnostic(diagnostics) ? diagnostics : await waitForDiagnostics(letter, gaitDiagnostic);
      assert.ok(gaitDiagnostic(withGait));
    });
  });
} else {
  describe('hardening: Restricted Mode', () => {
    const settingsFile = () => path.join(workspaceRoot().fsPath, '.vscode', 'settings.json');

    before(async () => {
      // A sentinel setting in the same file shows when VS Code has read it.
      fs.mkdirSync(path.dirname(settingsFile()), { recursive: true });
      fs.writeFileSync(settingsFile(), JSON.stringify({ 'foi.tools': [GAIT_TOOL], 'foi.diagnostics.debounce': 301 }, null, 2));
      await waitFor(() => vscode.workspace.getConfiguration('foi').get('diagnostics.debounce') === 301, {
        events: [vscode.workspace.onDidChangeConfiguration],
        description: 'the workspace settings to be read',
      });
    });
    after(() => fs.rmSync(path.dirname(settingsFile()), { recursive: true, force: true }));
    afterEach(closeAllEditors);

    it('runs with the workspace not trusted', () => {
      assert.equal(vscode.workspace.isTrusted, false);
    });

    it('ignores foi.tools from the workspace settings but still shows the ordinary diagnostics', async () => {
      const diagnostics = await diagnosticsOfNewLetter();
      assert.ok(!gaitDiagnostic(diagnostics), 'the tool from the untrusted workspace setting is not used');
      assert.ok(diagnostics.some((d) => codeOf(d) === 'untagged-tool' && /Hacking/.test(d.message)));
    });

    it('still explains citations on hover and outlines letters', async () => {
      const { 'gait.foi.txt': letter } = writeFiles(scratchFolder('trust-hover'), { 'gait.foi.txt': LETTER });
      const { document } = await show(letter);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', letter, document.positionAt(LETTER.indexOf('Section 24(2)') + 3));
      const text = hovers
        .flatMap((hover) => hover.contents)
        .map((content) => (typeof content === 'string' ? content : content.value))
        .join('\n')
        .replace(/&nbsp;/g, ' ');
      assert.match(text, /National security/i);
      const folding = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', letter);
      assert.ok(Array.isArray(folding));
    });

    it('still records a status in the sidecar when asked to', async () => {
      const { 'gait.foi.txt': letter } = writeFiles(scratchFolder('trust-tag'), { 'gait.foi.txt': LETTER });
      const outcome = await vscode.commands.executeCommand<{ kind: string }>('foi.tagTool', letter, 'hacking', 'ncnd');
      assert.equal(outcome.kind, 'written');
      assert.match(fs.readFileSync(`${letter.fsPath}.foi.yaml`, 'utf8'), /hacking:\n\s+status: ncnd/);
    });
  });
}
