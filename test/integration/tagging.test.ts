// Recording statuses and annotations in sidecars from the editor: quick fixes, commands, and the safety rules
// (comments kept, broken sidecars untouched, unsaved buffers respected, rapid tags all landing).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { codesOf, readText, scratchLetter, sidecarOf } from './util/letters';
import { screenshot } from './util/screenshot';
import { waitFor, waitForDiagnostics } from './util/wait';
import { closeAllEditors } from './util/workspace';

const WEST_MIDLANDS = 'letters/west-midlands-pcc-2019-01031.foi.txt';
const HERTFORDSHIRE = 'letters/hertfordshire-2017-01696.foi.txt';

async function openLetter(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  assert.equal(editor.document.languageId, 'foi');
  return editor;
}

function lineContaining(document: vscode.TextDocument, needle: string): vscode.Range {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not found`);
  return document.lineAt(document.positionAt(offset).line).range;
}

function sidecarValue(letter: vscode.Uri): { tools?: Record<string, { status: string; exemptions?: string[]; evidence?: { exact: string }[] }>; letter?: Record<string, unknown>; annotations?: unknown[] } {
  const text = readText(sidecarOf(letter));
  assert.ok(text, 'the sidecar exists');
  return parse(text);
}

describe('tagging tools into the sidecar', () => {
  afterEach(closeAllEditors);

  it('offers tag actions at a tool’s answer and applying the preferred one writes the sidecar', async () => {
    const letter = scratchLetter(WEST_MIDLANDS);
    const { document } = await openLetter(letter);
    await waitForDiagnostics(letter, (list) => codesOf(list).includes('untagged-tool'));
    const range = lineContaining(document, 'Hacking –');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', letter, range);
    const titles = actions.map((action) => action.title);
    const preferred = actions.find((action) => action.isPreferred);
    assert.ok(preferred, `no preferred action among ${titles.join(' | ')}`);
    assert.equal(preferred.title, 'Tag Hacking as NCND');
    assert.ok(titles.includes('Tag Hacking as Used'), 'every other status is offered too');
    await screenshot('quick-fix-offered');

    await vscode.commands.executeCommand(preferred.command!.command, ...(preferred.command!.arguments ?? []));
    const value = sidecarValue(letter);
    assert.equal(value.tools?.hacking.status, 'ncnd');
    assert.deepEqual(value.tools?.hacking.exemptions, ['s24(2)', 's31(3)']);
    assert.match(value.tools?.hacking.evidence?.[0].exact ?? '', /neither confirm nor deny/);
    assert.equal(value.letter?.reference, '2019-01031');
    await waitForDiagnostics(letter, (list) => !list.some((d) => codesOf([d])[0] === 'untagged-tool' && /Hacking/.test(d.message)));
  });

  it('keeps a hand-written comment when a tag is added', async () => {
    const letter = scratchLetter(HERTFORDSHIRE);
    const sidecar = sidecarOf(letter);
    fs.writeFileSync(sidecar.fsPath, '# checked by hand on 3 March\nfoi: 1\ndocument: hertfordshire-2017-01696.foi.txt # the letter\nmy-own-key: keep me\n');
    await vscode.commands.executeCommand('foi.tagTool', letter, 'facial-recognition', 'partial-ncnd');
    const text = readText(sidecar) ?? '';
    assert.match(text, /^# checked by hand on 3 March\n/);
    assert.match(text, /# the letter/);
    assert.match(text, /my-own-key: keep me/);
    assert.equal(parse(text).tools['facial-recognition'].status, 'partial-ncnd');
  });

  it('leaves a malformed sidecar byte-for-byte as it was, and flags it', async () => {
    const letter = scratchLetter(HERTFORDSHIRE);
    const sidecar = sidecarOf(letter);
    const broken = 'foi: 1\ntools:\n  facial-recognition: {status: used\n  hacking: [\n';
    fs.writeFileSync(sidecar.fsPath, broken);
    const outcome = await vscode.commands.executeCommand<{ kind: string }>('foi.tagTool', letter, 'facial-recognition', 'ncnd');
    assert.equal(outcome.kind, 'refused');
    assert.equal(fs.readFileSync(sidecar.fsPath, 'utf8'), broken);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sidecar));
    const diagnostics = await waitForDiagnostics(sidecar, (list) => list.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(codesOf(diagnostics).includes('sidecar-syntax'));
  });

  it('keeps an annotation attached when the letter is edited above it, and reports it stale when its quote is deleted', async () => {
    const letter = scratchLetter(WEST_MIDLANDS);
    const editor = await openLetter(letter);
    const quote = 'This is an opinion based question.';
    const start = editor.document.positionAt(editor.document.getText().indexOf(quote));
    const range = new vscode.Range(start, start.translate(0, quote.length));
    await vscode.commands.executeCommand('foi.annotate', letter, range, 'key-quote', 'refused as opinion');
    assert.equal(sidecarValue(letter).annotations?.length, 1);

    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Re-extracted from the PDF on 1 May.\n\n'));
    const stale = (list: readonly vscode.Diagnostic[]) => codesOf(list).includes('stale-annotation');
    await waitForDiagnostics(letter, (list) => list.length > 0 && !stale(list));

    const moved = editor.document.getText().indexOf(quote);
    await editor.edit((edit) => edit.delete(new vscode.Range(editor.document.positionAt(moved), editor.document.positionAt(moved + quote.length))));
    await waitForDiagnostics(letter, stale);
  });

  it('lands ten tags fired without waiting for each other', async () => {
    const letter = scratchLetter(WEST_MIDLANDS);
    const tools = ['body-worn-video', 'facial-recognition', 'hacking', 'imsi-catchers', 'mobile-phone-extraction', 'predictive-policing', 'social-media-intelligence', 'anpr', 'drones', 'hacking'];
    const statuses = ['used', 'partial-ncnd', 'used', 'ncnd', 'used', 'used', 'used', 'no-answer', 'no-answer', 'ncnd'];
    await Promise.all(tools.map((tool, i) => vscode.commands.executeCommand('foi.tagTool', letter, tool, statuses[i])));
    const recorded = sidecarValue(letter).tools ?? {};
    assert.equal(Object.keys(recorded).length, 9);
    assert.equal(recorded.hacking.status, 'ncnd', 'the last tag of a tool wins');
    assert.equal(recorded.anpr.status, 'no-answer');
  });

  it('puts the tag into an open sidecar’s unsaved buffer instead of the disk', async () => {
    const letter = scratchLetter(HERTFORDSHIRE);
    const sidecar = sidecarOf(letter);
    const onDisk = 'foi: 1\ndocument: hertfordshire-2017-01696.foi.txt\n';
    fs.writeFileSync(sidecar.fsPath, onDisk);
    const sidecarEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sidecar));
    await sidecarEditor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# unsaved thought\n'));
    assert.ok(sidecarEditor.document.isDirty);

    const outcome = await vscode.commands.executeCommand<{ kind: string }>('foi.tagTool', letter, 'facial-recognition', 'partial-ncnd');
    assert.equal(outcome.kind, 'buffer');
    assert.equal(fs.readFileSync(sidecar.fsPath, 'utf8'), onDisk, 'the disk is untouched');
    const buffer = sidecarEditor.document.getText();
    assert.match(buffer, /^# unsaved thought\n/);
    assert.equal(parse(buffer).tools['facial-recognition'].status, 'partial-ncnd');
  });

  it('records every suggestion with Tag All Suggested Statuses, never replacing a status a person set', async () => {
    const letter = scratchLetter(WEST_MIDLANDS);
    await vscode.commands.executeCommand('foi.tagTool', letter, 'hacking', 'used');
    await vscode.commands.executeCommand('foi.tagAllSuggested', letter);
    const recorded = sidecarValue(letter).tools ?? {};
    assert.equal(recorded.hacking.status, 'used', 'the person’s status stays');
    assert.equal(recorded['body-worn-video'].status, 'used');
    assert.equal(recorded['facial-recognition'].status, 'partial-ncnd');
    assert.equal(recorded['imsi-catchers'].status, 'ncnd');
  });

  it('shows recorded statuses and tagging progress for the active letter', async () => {
    const letter = scratchLetter(WEST_MIDLANDS);
    await vscode.commands.executeCommand('foi.tagTool', letter, 'body-worn-video', 'used');
    const editor = await openLetter(letter);
    await waitFor(() => fs.existsSync(sidecarOf(letter).fsPath));
    await waitForDiagnostics(letter, (list) => !list.some((d) => /Body worn video/.test(d.message) && codesOf([d])[0] === 'untagged-tool'));
    editor.revealRange(lineContaining(editor.document, 'Body worn video cameras –'), vscode.TextEditorRevealType.AtTop);
    await screenshot('letter-with-diagnostics-and-decorations');
  });
});
