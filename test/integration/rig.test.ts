// The test utilities themselves, checked inside the real extension host, so later tests can trust their waits,
// their clean-up and their screenshots.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { withStore } from './util/disposables';
import { screenshot } from './util/screenshot';
import { waitFor, waitForDiagnostics } from './util/wait';
import { fixtureUri } from './util/workspace';

const SOURCE = 'integration-rig';
const letter = () => fixtureUri('letters/cambridgeshire-opcc-19-026-037.foi.txt');
const rigDiagnostic = () => {
  const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 4), 'placed by the rig test', vscode.DiagnosticSeverity.Information);
  diagnostic.source = SOURCE;
  return diagnostic;
};
const fromRig = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.source === SOURCE);

describe('integration test rig', () => {
  it(
    'waitForDiagnostics resolves once diagnostics for the file are published',
    withStore(async (store) => {
      const collection = store.add(vscode.languages.createDiagnosticCollection(SOURCE));
      const waiting = waitForDiagnostics(letter(), fromRig);
      collection.set(letter(), [rigDiagnostic()]);
      const diagnostics = await waiting;
      assert.equal(diagnostics.filter((diagnostic) => diagnostic.source === SOURCE).length, 1);
    }),
  );

  it('withStore disposes what the test registered, even when the test throws', async function () {
    const failingTest = withStore(async (store) => {
      store.add(vscode.languages.createDiagnosticCollection(SOURCE)).set(letter(), [rigDiagnostic()]);
      await waitForDiagnostics(letter(), fromRig);
      throw new Error('the test body failed');
    });
    await assert.rejects(failingTest.call(this), /the test body failed/);
    await waitForDiagnostics(letter(), (diagnostics) => !fromRig(diagnostics), { description: 'the rig diagnostics to be cleared' });
  });

  it('waitFor names what it waited for when time runs out', async () => {
    await assert.rejects(
      waitFor(() => false, { timeout: 100, description: 'a condition that never holds' }),
      /timed out after 100 ms waiting for a condition that never holds/,
    );
  });

  it('finds the fixture letters through the host file search', async () => {
    const letters = await vscode.workspace.findFiles('letters/*.foi.txt');
    assert.equal(letters.length, 5);
  });

  it('screenshot saves a PNG of the workbench', async function () {
    const file = await screenshot('rig-workbench');
    if (!file) this.skip();
    const header = fs.readFileSync(file).subarray(0, 8);
    assert.deepEqual([...header], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
