// The extension wakes up for FOI letters and only for them: opening a `*.foi.txt` file gives it the `foi`
// language and activates FOI Annotator through the `onLanguage:foi` event VS Code derives from the manifest.
// Activation loads only what the letter's first diagnostics need; the side bar and the YAML code come later.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { screenshot } from './util/screenshot';
import { waitFor } from './util/wait';
import { closeAllEditors, openFixture } from './util/workspace';

const EXTENSION_ID = 'foi-tools.foi-annotator';
const LETTER = 'letters/west-midlands-pcc-2019-01031.foi.txt';

// Read while mocha loads this file, before any test of any file has opened a document.
const activeBeforeAnyTest = vscode.extensions.getExtension(EXTENSION_ID)?.isActive;

describe('activation', () => {
  afterEach(closeAllEditors);

  it('is installed under the id foi-tools.foi-annotator', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not loaded`);
  });

  it('is not active before any document is opened', () => {
    assert.equal(activeBeforeAnyTest, false);
  });

  it('registers the foi language', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('foi'), `foi is not among ${languages.length} languages`);
  });

  it('opens a *.foi.txt letter in the foi language', async () => {
    const editor = await openFixture(LETTER);
    assert.equal(editor.document.languageId, 'foi');
  });

  it('activates when an FOI letter is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await openFixture(LETTER);
    await waitFor(() => extension.isActive, { description: `${EXTENSION_ID} to activate` });
    await screenshot('activation-letter-open');
  });

  it('loads the engine for a letter, and neither the side bar nor the YAML code while no sidecar is involved', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await openFixture(LETTER);
    // The extension host loads extensions with Node's require, whose cache this test shares.
    const loaded = (bundle: string) => require.cache[path.join(extension.extensionPath, 'dist', bundle)] !== undefined;
    await waitFor(() => loaded('engine.js'), { description: 'dist/engine.js to load for the letter’s diagnostics' });
    assert.equal(loaded('summary.js'), false, 'dist/summary.js loads when a summary view or command is first used');
    assert.equal(loaded('sidecarCodec.js'), false, 'dist/sidecarCodec.js loads when a sidecar is first read or written');
  });

  it('leaves a plain .txt file in plain text', async () => {
    const editor = await openFixture('notes/reading-list.txt');
    assert.equal(editor.document.languageId, 'plaintext');
  });
});
