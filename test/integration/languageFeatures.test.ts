// The FOI language in a real editor: detection of plain-text letters, hovers, outline, folding, snippets, highlighting.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { scratchFolder, show, writeFiles } from './hardening-support';
import { codesOf } from './util/letters';
import { screenshot } from './util/screenshot';
import { waitFor, waitForDiagnostics } from './util/wait';
import { closeAllEditors, fixtureUri, openFixture } from './util/workspace';

const WEST_MIDLANDS = 'letters/west-midlands-pcc-2019-01031.foi.txt';
const HERTFORDSHIRE = 'letters/hertfordshire-2017-01696.foi.txt';
const EXTENSION_ID = 'foi-tools.foi-annotator';
/** The Scottish letter of the unit tests, read from the extension under test. */
const FOISA_LETTER = 'test/fixtures/foisa/scottish-ncnd-s18-not-held-s17-within-20-days-after-st-andrews-day.txt';

function positionOf(document: vscode.TextDocument, needle: string, delta = 2): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in ${document.uri.path}`);
  return document.positionAt(offset + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

describe('the FOI language', () => {
  afterEach(closeAllEditors);

  it('switches a plain .txt letter to the foi language', async () => {
    const editor = await openFixture('plain/hertfordshire-2017-01696.txt');
    await waitFor(() => editor.document.isClosed || vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('plain/hertfordshire-2017-01696.txt') && d.languageId === 'foi'), {
      description: 'the plain-text letter to become foi',
    });
  });

  it('explains Section 24(2) on hover with its title and NCND provision', async () => {
    const { document } = await openFixture(WEST_MIDLANDS);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Section 24(2)'));
    const text = hoverText(hovers);
    assert.match(text, /National security/i);
    assert.match(text, /neither confirm nor deny/i);
  });

  it('explains a citation in a Scottish letter from the Freedom of Information (Scotland) Act 2002', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const text = fs.readFileSync(path.join(extension.extensionPath, FOISA_LETTER), 'utf8');
    const { 'letter.foi.txt': letter } = writeFiles(scratchFolder('foisa-hover'), { 'letter.foi.txt': text });
    const { document } = await show(letter);
    await waitForDiagnostics(letter, (list) => list.length > 0);
    const at = (needle: string) => document.positionAt(text.indexOf(needle) + 3);

    const s18 = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', letter, at('Section 18')));
    assert.match(s18, /s18: Further provision as respects responses to request/);
    assert.match(s18, /Freedom of Information \(Scotland\) Act 2002/);
    assert.doesNotMatch(s18, /Information Commissioner$/m, 'not section 18 of the Act of 2000');

    const s31 = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', letter, at('Sections 31(1)')));
    assert.match(s31, /s31\(1\): National security and defence/);
    assert.match(s31, /provision is s18/);
  });

  it('explains an NCND statement on hover with the sections this letter relies on', async () => {
    const { document } = await openFixture(WEST_MIDLANDS);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'neither confirm nor deny', 3));
    const text = hoverText(hovers);
    assert.match(text, /Neither confirm nor deny/i);
    assert.match(text, /s24\(2\)/);
  });

  it('outlines the letter: harm test, public interest test with its factors, balance test, review', async () => {
    const { document } = await openFixture(HERTFORDSHIRE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const kinds = symbols.map((symbol) => symbol.detail);
    assert.ok(kinds.includes('public interest test'), `outline was ${kinds.join(', ')}`);
    assert.ok(kinds.includes('balance test'), `outline was ${kinds.join(', ')}`);
    assert.ok(kinds.includes('review'), `outline was ${kinds.join(', ')}`);
    const test = symbols.find((symbol) => symbol.detail === 'public interest test');
    assert.ok(test && test.children.length >= 2, 'the public interest test lists its factors');
  });

  it('offers folding ranges for the parts of the letter', async () => {
    const { document } = await openFixture(HERTFORDSHIRE);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    assert.ok(ranges.length >= 3, `only ${ranges.length} folding ranges`);
  });

  it('offers the FOI snippets in a letter', async () => {
    const { document } = await openFixture(WEST_MIDLANDS);
    const end = document.positionAt(document.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
    const snippets = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(snippets.length >= 3, `snippets offered: ${snippets.join(', ')}`);
    assert.ok(snippets.some((label) => /review/i.test(label)), `no internal review snippet among ${snippets.join(', ')}`);
  });

  it('reports the seed letters’ exemptions, NCND and not-held statements as diagnostics', async () => {
    const expectations: Record<string, string[]> = {
      [WEST_MIDLANDS]: ['exemption', 'ncnd', 'opinion-question', 'untagged-tool'],
      [HERTFORDSHIRE]: ['exemption', 'ncnd', 'untagged-tool'],
      'letters/cambridgeshire-opcc-19-026-037.foi.txt': ['not-held', 'referral', 'opinion-question', 'untagged-tool'],
      'letters/northamptonshire-opfcc-13062019.foi.txt': ['not-held', 'referral', 'untagged-tool'],
      'letters/norfolk-suffolk-007663-17.foi.txt': ['exemption', 'ncnd', 'untagged-tool'],
    };
    for (const [fixture, codes] of Object.entries(expectations)) {
      await openFixture(fixture);
      const diagnostics = await waitForDiagnostics(fixtureUri(fixture), (list) => codes.every((code) => codesOf(list).includes(code)), {
        description: `${codes.join(', ')} on ${fixture}`,
      });
      assert.ok(diagnostics.every((d) => d.source === 'foi'));
    }
  });

  it('highlights a letter in the default dark and light themes', async () => {
    const configuration = vscode.workspace.getConfiguration('workbench');
    const before = configuration.inspect<string>('colorTheme')?.globalValue;
    try {
      for (const [theme, name] of [
        ['Default Dark Modern', 'letter-highlighted-dark'],
        ['Default Light Modern', 'letter-highlighted-light'],
      ]) {
        await configuration.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        const editor = await openFixture(WEST_MIDLANDS);
        editor.revealRange(new vscode.Range(18, 0, 18, 0), vscode.TextEditorRevealType.AtTop);
        await waitForDiagnostics(editor.document.uri);
        await screenshot(name);
      }
    } finally {
      await configuration.update('colorTheme', before, vscode.ConfigurationTarget.Global);
    }
  });
});
