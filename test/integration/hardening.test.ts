// Hostile and broken input in the real editor: binary files, huge files and lines, odd encodings and line endings,
// typographic characters inside citations, empty files, and sidecars built to explode, mislead or break. Each gets a
// clear message or a sensible result, nothing hangs, and no file is changed that the user did not ask to change.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  assertUnchanged,
  codeOf,
  describeDiagnostics,
  longestBlock,
  reportFigure,
  scratchFolder,
  seedText,
  show,
  snapshotFiles,
  writeFiles,
} from './hardening-support';
import { MAX_SIDECAR_LENGTH } from '../../src/core/sidecar/format';
import { waitFor, waitForDiagnostics } from './util/wait';
import { closeAllEditors } from './util/workspace';

const MB = 1024 * 1024;

/** Diagnostics of `uri` whose code is `code`. */
function withCode(diagnostics: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => codeOf(d) === code);
}

/** The texts under the ranges of the document's exemption diagnostics, once they are published. */
async function exemptionTexts(uri: vscode.Uri): Promise<string[]> {
  const document = await vscode.workspace.openTextDocument(uri);
  const diagnostics = await waitForDiagnostics(uri, (list) => withCode(list, 'exemption').length > 0);
  return withCode(diagnostics, 'exemption').map((d) => document.getText(d.range));
}

describe('hardening: hostile letters', () => {
  afterEach(closeAllEditors);

  it('changes no byte of the fixture letters by opening, analysing, outlining and hovering them', async () => {
    const letters = await vscode.workspace.findFiles('{letters,plain}/*.txt');
    assert.ok(letters.length >= 6);
    const untouched = snapshotFiles(letters);
    const sidecars = () => letters.filter((uri) => fs.existsSync(`${uri.fsPath}.foi.yaml`)).map((uri) => uri.path);
    const sidecarsBefore = sidecars();
    for (const uri of letters) {
      const { document } = await show(uri);
      await waitFor(() => document.languageId === 'foi', { description: `${uri.path} to be a letter` });
      await waitForDiagnostics(uri);
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
      await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri);
      await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, document.positionAt(document.getText().search(/Section \d/) + 2));
    }
    await closeAllEditors();
    assertUnchanged(untouched);
    assert.deepEqual(sidecars(), sidecarsBefore, 'no sidecar was created');
  });

  it('refuses a binary .txt file as text, and never switches a .txt holding binary data to the foi language', async () => {
    const folder = scratchFolder('binary-txt');
    const letter = seedText();
    const files = writeFiles(folder, {
      'scan.txt': Buffer.concat([Buffer.from('Dear Sir\n'), Buffer.from([0, 1, 2, 3, 0, 0xff, 0xfe]), Buffer.from(letter)]),
      // Readable words first and binary data after the first 512 bytes, which VS Code itself does not catch.
      'letter-with-junk.txt': Buffer.concat([Buffer.from(letter), Buffer.from([0, 1, 2, 3, 0, 0xff, 0xfe, 0x89, 0x50])]),
      'letter-with-junk.txt.foi.yaml': 'foi: 1\ndocument: letter-with-junk.txt\n',
      'control.txt': letter,
    });
    const untouched = snapshotFiles(Object.values(files));

    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(files['scan.txt'])), /binary/i);
    const junk = await show(files['letter-with-junk.txt']);
    const control = await show(files['control.txt']);
    await waitFor(() => control.document.languageId === 'foi', { description: 'the control letter to become foi' });
    assert.equal(junk.document.languageId, 'plaintext', 'a file holding NUL bytes is not a letter, even with a sidecar beside it');
    assertUnchanged(untouched);
  });

  it('gives a binary file opened as .foi one clear message instead of garbage diagnostics', async () => {
    const folder = scratchFolder('binary-foi');
    const words = Buffer.from('Section 24(2) neither confirm nor deny body worn video Section 99 ');
    const files = writeFiles(folder, {
      'report.foi': Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'), Buffer.alloc(600, 0x41), words, Buffer.from([0, 1, 2, 0, 0x1b, 7]), words]),
    });
    const untouched = snapshotFiles(Object.values(files));
    const { document } = await show(files['report.foi']);
    assert.equal(document.languageId, 'foi');
    const diagnostics = await waitForDiagnostics(document.uri);
    assert.deepEqual(diagnostics.map(codeOf), ['letter-not-text']);
    assert.match(diagnostics[0].message, /not the text of a letter \(binary file/);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.equal(symbols?.length ?? 0, 0);
    assertUnchanged(untouched);
  });

  it('opens a letter over 50 MB in the editor without the extension, whose commands say why, and nothing hangs', async function () {
    this.timeout(120_000);
    const folder = scratchFolder('huge');
    const file = path.join(folder, 'huge.foi.txt');
    // VS Code's limit counts characters, not bytes.
    const chunk = `${seedText()}\n`;
    const fd = fs.openSync(file, 'w');
    for (let characters = 0; characters <= 51 * MB; characters += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const uri = vscode.Uri.file(file);
    const untouched = snapshotFiles([uri]);
    try {
      const { longestMs, elapsedMs } = await longestBlock(async () => {
        await vscode.commands.executeCommand('vscode.open', uri);
        await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(uri)), /above 50MB cannot be synchronized with extensions/);
        await assert.rejects(Promise.resolve(vscode.commands.executeCommand('foi.tagTool', uri, 'hacking', 'ncnd')), /above 50MB/);
      });
      reportFigure('50 MB letter: longest extension host block while opening and tagging', longestMs, 'ms', `${Math.round(elapsedMs)} ms in all`);
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      assert.ok(tab?.input instanceof vscode.TabInputText && tab.input.uri.fsPath === file, 'the editor shows the file');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === file), 'the extension host never receives its text');
      assert.ok(!fs.existsSync(`${file}.foi.yaml`), 'no sidecar was written');
      assertUnchanged(untouched);
    } finally {
      await closeAllEditors();
      fs.rmSync(file, { force: true });
    }
  });

  it('tells why a 45 MB letter is not analysed, tags it without evidence, and stays responsive', async function () {
    this.timeout(120_000);
    const folder = scratchFolder('large');
    const file = path.join(folder, 'large.foi.txt');
    const chunk = `${seedText()}\n`;
    const fd = fs.openSync(file, 'w');
    for (let characters = 0; characters <= 45 * MB; characters += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const uri = vscode.Uri.file(file);
    const untouched = snapshotFiles([uri]);
    try {
      const { value: diagnostics, longestMs: openMs } = await longestBlock(async () => {
        await show(uri);
        return waitForDiagnostics(uri);
      });
      reportFigure('45 MB letter: longest block while opening', openMs);
      assert.deepEqual(diagnostics.map(codeOf), ['letter-too-large']);
      const { value: outcome, longestMs: tagMs } = await longestBlock(async () =>
        vscode.commands.executeCommand<{ kind: string }>('foi.tagTool', uri, 'hacking', 'ncnd'),
      );
      reportFigure('45 MB letter: longest block while tagging', tagMs);
      assert.equal(outcome.kind, 'written');
      assert.match(fs.readFileSync(`${file}.foi.yaml`, 'utf8'), /hacking:\n\s+status: ncnd/);
      assertUnchanged(untouched);
    } finally {
      await closeAllEditors();
      fs.rmSync(file, { force: true });
    }
  });

  it('reports a single 2 MB line as too large to analyse, with the letter-too-large information diagnostic', async () => {
    const folder = scratchFolder('long-line');
    const line = 'The force neither confirms nor denies holding information by virtue of Section 24(2) National Security. ';
    const files = writeFiles(folder, { 'one-line.foi.txt': line.repeat(Math.ceil((2 * MB) / line.length)) });
    const untouched = snapshotFiles(Object.values(files));
    const { value: diagnostics, longestMs } = await longestBlock(async () => {
      await show(files['one-line.foi.txt']);
      return waitForDiagnostics(files['one-line.foi.txt']);
    });
    reportFigure('2 MB single line: longest block while opening', longestMs);
    assert.deepEqual(diagnostics.map(codeOf), ['letter-too-large']);
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(diagnostics[0].message, /too large to analyse/);
    assertUnchanged(untouched);
  });

  it('keeps every citation range on "Section 24(2)" in a CRLF letter and in a lone-CR letter', async () => {
    const folder = scratchFolder('line-endings');
    const lines = seedText().split(/\r?\n/);
    const files = writeFiles(folder, { 'crlf.foi.txt': lines.join('\r\n'), 'lone-cr.foi.txt': lines.join('\r'), 'mixed.foi.txt': lines.map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('') });
    const untouched = snapshotFiles(Object.values(files));
    for (const name of Object.keys(files)) {
      const texts = await exemptionTexts(files[name]);
      assert.ok(texts.includes('Section 24(2)'), `${name}: exemption ranges cover ${JSON.stringify(texts)}`);
      assert.ok(texts.every((text) => /^Section \d+\(\d+\)$/.test(text)), `${name}: every range is a citation: ${JSON.stringify(texts)}`);
    }
    assert.ok(vscode.workspace.textDocuments.every((d) => !d.isDirty), 'normalising line endings in memory does not dirty a letter');
    assertUnchanged(untouched);
  });

  it('analyses a letter with a byte order mark, and one with bytes that are not UTF-8, and writes neither', async () => {
    const folder = scratchFolder('encodings');
    const letter = Buffer.from(seedText());
    const files = writeFiles(folder, {
      'bom.foi.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), letter]),
      'windows-1252.foi.txt': Buffer.concat([Buffer.from('Our ref \x93FOI 1\x94 \u2013 '), Buffer.from([0x93, 0x41, 0x94, 0x0a]), letter]),
    });
    const untouched = snapshotFiles(Object.values(files));
    for (const name of Object.keys(files)) {
      const texts = await exemptionTexts(files[name]);
      assert.ok(texts.includes('Section 24(2)'), `${name}: exemption ranges cover ${JSON.stringify(texts)}`);
    }
    assertUnchanged(untouched);
  });

  it('reads citations written with tabs, non-breaking spaces, en and em dashes and curly quotes', async () => {
    const folder = scratchFolder('typography');
    const letter = [
      'Freedom of Information request 2024/123',
      '',
      'Facial recognition – the force neither confirms nor denies that it holds information, by virtue of Section 24(2) – National Security.',
      'Hacking — exempt under Section\u00a031(3)\u00a0Law Enforcement.',
      'IMSI catchers:\tSection\t23(5) applies.',
      'Drones: “Section 40(2)” — personal information.',
      '',
    ].join('\n');
    const files = writeFiles(folder, { 'typography.foi.txt': letter });
    const untouched = snapshotFiles(Object.values(files));
    const uri = files['typography.foi.txt'];
    const document = await vscode.workspace.openTextDocument(uri);
    const wanted = ['Section 24(2)', 'Section\u00a031(3)', 'Section\t23(5)', 'Section 40(2)'];
    const diagnostics = await waitForDiagnostics(uri, (list) => wanted.every((text) => list.some((d) => document.getText(d.range) === text)));
    assert.ok(diagnostics.length > 0, describeDiagnostics(document, diagnostics).join('\n'));
    assertUnchanged(untouched);
  });

  it('shows nothing for an empty letter and starts analysing once text is typed into it', async () => {
    const folder = scratchFolder('empty');
    const files = writeFiles(folder, { 'empty.foi.txt': '' });
    const untouched = snapshotFiles(Object.values(files));
    const editor = await show(files['empty.foi.txt']);
    assert.equal(editor.document.languageId, 'foi');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.equal(symbols?.length ?? 0, 0);
    assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri), []);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Information is exempt under Section 24(2) National Security.\n'));
    await waitForDiagnostics(editor.document.uri, (list) => withCode(list, 'exemption').length === 1);
    await closeAllEditors();
    assertUnchanged(untouched);
  });
});

describe('hardening: hostile sidecars', () => {
  afterEach(closeAllEditors);

  /** A letter copy with the given sidecar text beside it. */
  function letterWithSidecar(label: string, sidecar: string): { letter: vscode.Uri; sidecar: vscode.Uri } {
    const folder = scratchFolder(label);
    const files = writeFiles(folder, { 'letter.foi.txt': seedText(), 'letter.foi.txt.foi.yaml': sidecar });
    return { letter: files['letter.foi.txt'], sidecar: files['letter.foi.txt.foi.yaml'] };
  }

  it('refuses an alias bomb ("billion laughs") at once, still analyses the letter, and never writes the sidecar', async () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const bomb = [
      'foi: 1',
      'document: letter.foi.txt',
      'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
      ...levels.slice(1).map((level, i) => `${level}: &${level} [${Array(9).fill(`*${levels[i]}`).join(', ')}]`),
      'tools: *i',
      '',
    ].join('\n');
    const { letter, sidecar } = letterWithSidecar('billion-laughs', bomb);
    const untouched = snapshotFiles([letter, sidecar]);
    const { longestMs } = await longestBlock(async () => {
      await show(letter);
      await waitForDiagnostics(letter, (list) => withCode(list, 'untagged-tool').length > 0);
      await show(sidecar);
      const problems = await waitForDiagnostics(sidecar, (list) => list.some((d) => /Aliases/.test(d.message)));
      assert.ok(problems.every((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning));
      const outcome = await vscode.commands.executeCommand<{ kind: string }>('foi.tagTool', letter, 'hacking', 'ncnd');
      assert.equal(outcome.kind, 'refused');
    });
    reportFigure('alias bomb sidecar: longest block while opening, diagnosing and tagging', longestMs);
    assertUnchanged(untouched);
  });

  it('reports a sidecar of 100 000 keys as too large instead of stalling the editor, and never writes it', async function () {
    this.timeout(60_000);
    const keys = Array.from({ length: 100_000 }, (_, i) => `note-${i}: ${i}`);
    const { letter, sidecar } = letterWithSidecar('many-keys', ['foi: 1', 'document: letter.foi.txt', ...keys, ''].join('\n'));
    const untouched = snapshotFiles([letter, sidecar]);
    const { value: outcome, longestMs } = await longestBlock(async () => {
      await show(letter);
      await waitForDiagnostics(letter, (list) => withCode(list, 'untagged-tool').length > 0);
      await show(sidecar);
      const problems = await waitForDiagnostics(sidecar);
      assert.deepEqual(problems.map(codeOf), ['sidecar-invalid']);
      assert.match(problems[0].message, /too large to be a sidecar/);
      return vscode.commands.executeCommand<{ kind: string }>('foi.tagTool', letter, 'hacking', 'ncnd');
    });
    reportFigure('100 000-key sidecar: longest block while opening, diagnosing and tagging', longestMs);
    assert.equal(outcome.kind, 'refused');
    assertUnchanged(untouched);
  });

  it('reads and tags a sidecar just under the size limit', async function () {
    this.timeout(60_000);
    const annotation = (i: number) =>
      `  - label: key-quote\n    note: note ${i} on a passage the researcher wants to come back to later\n    anchor:\n      exact: neither confirm nor deny\n      prefix: can\n      suffix: that this\n    at: 2026-01-01T10:00:00Z\n`;
    let text = 'foi: 1\ndocument: letter.foi.txt\nannotations:\n';
    for (let i = 0; text.length + annotation(i).length < MAX_SIDECAR_LENGTH; i++) text += annotation(i);
    const { letter } = letterWithSidecar('large-sidecar', text);
    // Warm up first, so the figures are of the sidecar's size, not of the first tag of the session.
    const small = letterWithSidecar('small-sidecar', 'foi: 1\ndocument: letter.foi.txt\n');
    await show(small.letter);
    await vscode.commands.executeCommand('foi.tagTool', small.letter, 'hacking', 'ncnd');
    const { longestMs: openMs } = await longestBlock(async () => {
      await show(letter);
      await waitForDiagnostics(letter, (list) => withCode(list, 'untagged-tool').length > 0);
    });
    reportFigure(`${Math.round(text.length / 1024)} K-character sidecar: longest block while opening its letter`, openMs);
    const { value: outcome, longestMs: tagMs } = await longestBlock(async () =>
      vscode.commands.executeCommand<{ kind: string }>('foi.tagTool', letter, 'hacking', 'ncnd'),
    );
    reportFigure(`${Math.round(text.length / 1024)} K-character sidecar: longest block while tagging`, tagMs);
    assert.equal(outcome.kind, 'written');
  });

  it('flags values of the wrong type where they are, keeps the letter analysed, and refuses to guess when tagging', async () => {
    const wrong = [
      'foi: "one"',
      'document: [a, b]',
      'letter: 42',
      'tools:',
      '  hacking: used',
      '  anpr: {status: 7, exemptions: "s24", evidence: {exact: 1}, note: [x], at: yesterday}',
      '  drones: [1, 2]',
      'annotations: {a: 1}',
      '',
    ].join('\n');
    const { letter, sidecar } = letterWithSidecar('wrong-types', wrong);
    const untouched = snapshotFiles([letter, sidecar]);
    await show(letter);
    await waitForDiagnostics(letter, (list) => withCode(list, 'untagged-tool').length > 0);
    const { document } = await show(sidecar);
    const problems = await waitForDiagnostics(sidecar, (list) => list.length >= 6);
    const flagged = problems.map((d) => document.getText(d.range));
    for (const value of ['"one"', '[a, b]', '42', 'used', '[1, 2]', '{a: 1}']) {
      assert.ok(flagged.includes(value), `nothing flagged at ${value}: ${describeDiagnostics(document, problems).join(' | ')}`);
    }
    const outcome = await vscode.commands.executeCommand<{ kind: string }>('foi.tagTool', letter, 'hacking', 'ncnd');
    assert.equal(outcome.kind, 'refused');
    assertUnchanged(untouched);
  });

  it('flags a document naming another file or a path outside the workspace, and never opens it', async () => {
    for (const named of ['other-letter.foi.txt', '../../etc/passwd']) {
      const { letter, sidecar } = letterWithSidecar('document-elsewhere', `foi: 1\ndocument: ${named}\ntools:\n  hacking: {status: ncnd}\n`);
      const untouched = snapshotFiles([letter, sidecar]);
      await show(letter);
      const { document } = await show(sidecar);
      const problems = await waitForDiagnostics(sidecar, (list) => list.some((d) => d.severity === vscode.DiagnosticSeverity.Warning));
      const warning = problems.find((d) => d.severity === vscode.DiagnosticSeverity.Warning);
      assert.ok(warning && document.getText(warning.range).includes(named), describeDiagnostics(document, problems).join(' | '));
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('/etc/passwd') || d.uri.path.endsWith('/other-letter.foi.txt')));
      // The sidecar still belongs to the letter beside it: its record counts for that letter.
      await waitForDiagnostics(letter, (list) => !list.some((d) => codeOf(d) === 'untagged-tool' && /Hacking/.test(d.message)));
      assertUnchanged(untouched);
      await closeAllEditors();
    }
  });

  it('summarises a sidecar whose letter is missing, and one naming a path, without crashing or leaving the folder', async function () {
    this.timeout(60_000);
    const folder = scratchFolder('orphans');
    writeFiles(folder, {
      'ghost.txt.foi.yaml': 'foi: 1\ndocument: ghost.txt\nletter:\n  authority: Ghost Police\ntools:\n  drones: {status: used}\n',
      'escape.txt': seedText(),
      'escape.txt.foi.yaml': 'foi: 1\ndocument: ../../etc/passwd\nletter:\n  authority: Escape Police\ntools:\n  hacking: {status: ncnd}\n',
    });
    const relative = vscode.workspace.asRelativePath(folder, false);
    await vscode.commands.executeCommand('foi.refreshSummary');
    const summary = JSON.parse(await vscode.commands.executeCommand<string>('foi.exportSummary', { format: 'json' })) as {
      letters: { file: string; authority?: string }[];
      problems: { sidecar: string; message: string }[];
    };
    const files = summary.letters.map((letter) => letter.file);
    assert.ok(files.includes(`${relative}/ghost.txt`), 'the orphan sidecar is still summarised');
    assert.ok(files.includes(`${relative}/escape.txt`), 'a path in document is not followed: the sidecar stays with its letter');
    assert.ok(files.every((file) => !file.includes('..') && !file.includes('passwd')), files.join(', '));
    assert.ok(summary.problems.some((problem) => problem.sidecar === `${relative}/escape.txt.foi.yaml` && /not a path/.test(problem.message)));
  });

  it('finds sidecars in a workspace holding symbolic link loops, each once, without hanging', async function () {
    this.timeout(60_000);
    const folder = scratchFolder('links');
    fs.mkdirSync(path.join(folder, 'a', 'b'), { recursive: true });
    writeFiles(path.join(folder, 'a'), { 'linked.foi.txt': seedText(), 'linked.foi.txt.foi.yaml': 'foi: 1\ndocument: linked.foi.txt\n' });
    fs.symlinkSync('..', path.join(folder, 'a', 'b', 'up'));
    fs.symlinkSync('.', path.join(folder, 'self'));
    fs.symlinkSync(path.join(folder, 'loop-2'), path.join(folder, 'loop-1'));
    fs.symlinkSync(path.join(folder, 'loop-1'), path.join(folder, 'loop-2'));
    const relative = vscode.workspace.asRelativePath(folder, false);
    const { value: found, elapsedMs } = await longestBlock(async () => vscode.workspace.findFiles(`${relative}/**/*.foi.yaml`));
    reportFigure('findFiles over a folder with symbolic link loops', elapsedMs);
    const real = new Set(found.map((uri) => fs.realpathSync(uri.fsPath)));
    assert.equal(real.size, 1, `found ${found.map((uri) => uri.fsPath).join(', ')}`);
    assert.ok(found.length <= 4, `the same sidecar was listed ${found.length} times`);
  });
});
