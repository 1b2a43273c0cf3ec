// The workspace summary end to end: tagging the seed letters fills the authorities × tools matrix the export returns
// (the same text as `foi summary`), sidecars written or deleted outside the editor show up through the watcher, an
// invalid sidecar is reported without hiding the rest, and the Summary panel shows it all, markup as plain text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { runSummary } from '../../src/cli/summary';
import { CAMPAIGN_TOOLS } from '../unit/support/fixtures';
import { screenshot } from './util/screenshot';
import { waitFor } from './util/wait';
import { canInspectWebviews, evaluateInFrames } from './util/webviews';
import { closeAllEditors, fixtureUri, workspaceRoot } from './util/workspace';

const SEEDS = {
  cambridgeshire: 'letters/cambridgeshire-opcc-19-026-037.foi.txt',
  hertfordshire: 'letters/hertfordshire-2017-01696.foi.txt',
  norfolkSuffolk: 'letters/norfolk-suffolk-007663-17.foi.txt',
  northamptonshire: 'letters/northamptonshire-opfcc-13062019.foi.txt',
  westMidlands: 'letters/west-midlands-pcc-2019-01031.foi.txt',
} as const;


const NCND_SECTIONS = ['s24(2)', 's31(3)'];
const PAYLOAD_IMG = '<img src=x onerror="window.__foiPwned=1">';
const PAYLOAD_SCRIPT = '<script>window.__foiPwned=1</script>';

/** The parts of the JSON export these tests read. */
interface SummaryJson {
  readonly progress: { tagged: number; letters: number };
  readonly letters: { file: string; sidecar: string | null; authority: string | null; tools: Record<string, { status: string; recorded: boolean; exemptions: string[] }> }[];
  readonly matrix: Record<string, Record<string, string | string[]>>;
  readonly counts: Record<string, Record<string, { recorded: number; suggested: number }>>;
  readonly exemptions: Record<string, string[]>;
  readonly problems: { sidecar: string; severity: string; code: string; message: string }[];
}

async function exportText(format: 'csv' | 'markdown' | 'json'): Promise<string> {
  const text = await vscode.commands.executeCommand<unknown>('foi.exportSummary', { format });
  assert.equal(typeof text, 'string');
  return text as string;
}

async function exportJson(): Promise<SummaryJson> {
  return JSON.parse(await exportText('json')) as SummaryJson;
}

/** The authority the engine reads from a fixture letter: the name tagging records in its sidecar. */
function authorityOf(letter: string): string {
  const authority = analyze(fs.readFileSync(fixtureUri(letter).fsPath, 'utf8')).letter.authority;
  assert.ok(authority, `the engine finds no authority in ${letter}`);
  return authority;
}

function allTools(status: string): Record<string, string> {
  return Object.fromEntries(CAMPAIGN_TOOLS.map((tool) => [tool, status]));
}

/** Writes a file under the workspace from outside VS Code, as another program (or git) would. */
function writeOutside(relativePath: string, text: string): string {
  const file = path.join(workspaceRoot().fsPath, ...relativePath.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

function sidecarText(document: string, authority: string, tools: string): string {
  return `foi: 1\ndocument: ${document}\nletter:\n  authority: ${authority}\n  reference: TEST-1\ntools:\n${tools}`;
}

/** The Summary panel's table as the browser shows it, from whichever frame holds it; undefined until it is there. */
interface PanelProbe {
  readonly rows: number;
  readonly text: string;
  readonly images: number;
  readonly scripts: number;
  readonly pwned: unknown;
}

const PANEL_PROBE = `(() => {
  const app = document.getElementById('app');
  const table = document.querySelector('table.matrix');
  if (!app || !table || app.dataset.ready !== 'true') return null;
  return {
    rows: table.querySelectorAll('tbody tr').length,
    text: app.textContent,
    titles: [...app.querySelectorAll('[title]')].map((element) => element.title).join('\\n'),
    images: app.querySelectorAll('img').length,
    scripts: app.querySelectorAll('script').length,
    pwned: window.__foiPwned ?? null,
  };
})()`;

async function panelState(accept: (probe: PanelProbe & { titles: string }) => boolean): Promise<PanelProbe & { titles: string }> {
  return waitFor(
    async () => {
      const frames = (await evaluateInFrames<(PanelProbe & { titles: string }) | null>(PANEL_PROBE)) ?? [];
      return frames.map((frame) => frame.value).find((value) => value && accept(value)) ?? undefined;
    },
    { description: 'the Summary panel to show the expected table', timeout: 20_000, interval: 200 },
  );
}

const TREE_VIEWS = ['foi.letters', 'foi.tools', 'foi.exemptions'];

/** Opens the FOI container with the Summary panel as its only view, and widens the side bar, for screenshots. */
async function showPanelAlone(): Promise<void> {
  await vscode.commands.executeCommand('foi.showSummary');
  for (const view of TREE_VIEWS) await vscode.commands.executeCommand(`${view}.toggleVisibility`);
  await vscode.commands.executeCommand('foi.summary.focus');
  for (let step = 0; step < 10; step++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
}

/** The focused row of the focused tree, as the workbench's DOM has it (read through the launcher). */
async function focusedRow(): Promise<{ label: string; expanded: string | null } | undefined> {
  const frames = (await evaluateInFrames<{ label: string; expanded: string | null } | null>(`(() => {
    const row = document.activeElement?.closest('.monaco-list')?.querySelector('.monaco-list-row.focused');
    return row ? { label: row.getAttribute('aria-label') ?? '', expanded: row.getAttribute('aria-expanded') } : null;
  })()`)) ?? [];
  return frames.map((frame) => frame.value).find((value) => value !== null && value !== undefined) ?? undefined;
}

/** Expands the focused row and waits until the workbench shows it expanded. */
async function expandFocusedRow(): Promise<void> {
  await vscode.commands.executeCommand('list.expand');
  await waitFor(async () => (await focusedRow())?.expanded === 'true', { description: 'the row to expand', interval: 200 });
}

/** Expands the first authority of the Letters view and its first letter, down to the tools, for a screenshot. */
async function showLettersExpanded(): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.treeView.foi.letters.collapseAll');
  await vscode.commands.executeCommand('foi.letters.focus');
  await vscode.commands.executeCommand('list.focusFirst');
  // Problems, when other suites left broken sidecars behind, come before the authorities.
  const first = await waitFor(focusedRow, { description: 'a focused row in the Letters view', interval: 200 });
  if (first.label.startsWith('Problems')) await vscode.commands.executeCommand('list.focusDown');
  await expandFocusedRow();
  await vscode.commands.executeCommand('list.focusDown');
  await expandFocusedRow();
}

/** Shows the trees again and gives the editor its width back. */
async function restoreTrees(): Promise<void> {
  for (let step = 0; step < 10; step++) await vscode.commands.executeCommand('workbench.action.increaseViewWidth');
  for (const view of TREE_VIEWS) await vscode.commands.executeCommand(`${view}.toggleVisibility`);
}

describe('the workspace summary', function () {
  /** Files the tests wrote, removed afterwards so later suites see the fixture workspace as it was. */
  const written: string[] = [];

  before(async function () {
    this.timeout(60_000);
    for (const letter of Object.values(SEEDS)) {
      await vscode.commands.executeCommand('foi.tagAllSuggested', fixtureUri(letter));
      written.push(`${fixtureUri(letter).fsPath}.foi.yaml`);
    }
  });

  afterEach(closeAllEditors);

  after(() => {
    for (const file of written) fs.rmSync(file, { force: true, recursive: true });
  });

  it('exports the authorities × tools matrix of the tagged seed letters, with engine-read authority names', async () => {
    const expected: Record<string, Record<string, string>> = {
      [SEEDS.cambridgeshire]: { ...allTools('not-held'), 'body-worn-video': 'used' },
      [SEEDS.hertfordshire]: { 'facial-recognition': 'partial-ncnd' },
      [SEEDS.norfolkSuffolk]: { 'facial-recognition': 'partial-ncnd' },
      [SEEDS.northamptonshire]: allTools('not-held'),
      [SEEDS.westMidlands]: {
        'body-worn-video': 'used',
        'facial-recognition': 'partial-ncnd',
        hacking: 'ncnd',
        'imsi-catchers': 'ncnd',
        'mobile-phone-extraction': 'used',
        'predictive-policing': 'used',
        'social-media-intelligence': 'used',
      },
    };
    // Other suites may have tagged copies of the seeds elsewhere in the workspace, so each seed is read by its file.
    const summary = await waitFor(
      async () => {
        const json = await exportJson();
        for (const [letter, tools] of Object.entries(expected)) {
          const entry = json.letters.find((candidate) => candidate.file === letter);
          assert.ok(entry, `${letter} is listed`);
          assert.deepEqual(Object.fromEntries(Object.entries(entry.tools).map(([tool, record]) => [tool, record.status])), tools, letter);
        }
        return json;
      },
      { description: 'the five tagged seeds in the export' },
    );
    for (const [letter, tools] of Object.entries(expected)) {
      const authority = authorityOf(letter);
      const entry = summary.letters.find((candidate) => candidate.file === letter);
      assert.equal(entry?.authority, authority);
      assert.equal(entry.sidecar, `${letter}.foi.yaml`);
      for (const [tool, record] of Object.entries(entry.tools)) assert.equal(record.recorded, true, `${letter} ${tool}`);
      // The matrix row: the status itself when the authority has one letter, else one status per letter.
      const lettersOfAuthority = summary.letters.filter((candidate) => candidate.authority === authority).length;
      for (const [tool, status] of Object.entries(tools)) {
        const cell = summary.matrix[authority]?.[tool];
        if (lettersOfAuthority === 1) assert.equal(cell, status, `${authority} ${tool}`);
        else assert.ok(Array.isArray(cell) && cell.includes(status), `${authority} ${tool}: ${JSON.stringify(cell)}`);
      }
    }
    assert.deepEqual(summary.letters.find((letter) => letter.file === SEEDS.hertfordshire)?.tools['facial-recognition'].exemptions, NCND_SECTIONS);
    assert.ok(summary.counts['facial-recognition']['partial-ncnd'].recorded >= 3);
    for (const section of NCND_SECTIONS) {
      for (const letter of [SEEDS.hertfordshire, SEEDS.norfolkSuffolk, SEEDS.westMidlands]) {
        assert.ok(summary.exemptions[section].includes(letter), `${letter} relies on ${section}`);
      }
      assert.ok(!summary.exemptions[section].includes(SEEDS.cambridgeshire));
    }
  });

  it('exports CSV with the very rows `foi summary` prints, and Markdown', async () => {
    let cli = '';
    const exit = await runSummary(['--format', 'csv', 'letters'], { stdout: (text) => (cli += text), stderr: () => undefined, cwd: workspaceRoot().fsPath });
    assert.equal(exit, 0);
    const csv = await exportText('csv');
    const [header, ...rows] = csv.split('\r\n');
    assert.equal(header, 'authority,reference,date,file,tool,status,recorded,exemptions,evidence,note');
    const seedRows = rows.filter((row) => row.includes(',letters/'));
    assert.deepEqual(seedRows, cli.split('\r\n').slice(1).filter(Boolean));
    assert.ok(seedRows.some((row) => row.includes(`,${SEEDS.hertfordshire},facial-recognition,partial-ncnd,true,s24(2); s31(3),`)));

    const markdown = await exportText('markdown');
    assert.match(markdown, /^# FOI summary\n/);
    assert.ok(markdown.includes('Partial NCND'), 'status words in the table');
  });

  it('writes the export to a target uri and returns the uri', async () => {
    const target = vscode.Uri.joinPath(workspaceRoot(), 'summary-export.json');
    written.push(target.fsPath);
    const returned = await vscode.commands.executeCommand<vscode.Uri>('foi.exportSummary', { format: 'json', target });
    assert.equal(returned.toString(), target.toString());
    const json = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as SummaryJson;
    assert.equal(json.letters.find((letter) => letter.file === SEEDS.hertfordshire)?.tools['facial-recognition'].status, 'partial-ncnd');
  });

  it('refuses an unknown export format', async () => {
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('foi.exportSummary', { format: 'xlsx' })), /format must be one of csv, markdown, json/);
  });

  it('reads every sidecar again on Refresh and gives the same summary', async () => {
    const before = await exportJson();
    await vscode.commands.executeCommand('foi.refreshSummary');
    const after = await exportJson();
    assert.deepEqual(after.letters, before.letters);
    assert.deepEqual(after.problems, before.problems);
  });

  it('adds a sidecar written outside the editor once the watcher reports it, and drops it when deleted', async () => {
    const letter = 'outside/avon-2020-001.foi.txt';
    writeOutside(letter, 'Avon and Somerset Constabulary\nFreedom of Information request 2020-001\n');
    const sidecar = writeOutside(`${letter}.foi.yaml`, sidecarText('avon-2020-001.foi.txt', 'Avon and Somerset Constabulary', '  drones:\n    status: used\n'));
    written.push(sidecar, path.dirname(sidecar));
    await waitFor(
      async () => (await exportJson()).matrix['Avon and Somerset Constabulary']?.drones === 'used',
      { description: 'the new sidecar in the summary' },
    );
    fs.rmSync(sidecar);
    await waitFor(
      async () => (await exportJson()).matrix['Avon and Somerset Constabulary'] === undefined,
      { description: 'the deleted sidecar to leave the summary' },
    );
  });

  it('reports a sidecar whose letter is deleted outside the editor, until the letter is back', async () => {
    const letter = 'orphan/gwent-2020-002.foi.txt';
    const letterFile = writeOutside(letter, 'Gwent Police\nFreedom of Information request 2020-002\n');
    const sidecar = writeOutside(`${letter}.foi.yaml`, sidecarText('gwent-2020-002.foi.txt', 'Gwent Police', '  anpr:\n    status: used\n'));
    written.push(sidecar, path.dirname(sidecar));
    const missing = (json: SummaryJson) => json.problems.filter((problem) => problem.sidecar === `${letter}.foi.yaml` && problem.code === 'missing-letter');
    await waitFor(async () => (await exportJson()).matrix['Gwent Police']?.anpr === 'used', { description: 'the sidecar in the summary' });
    assert.deepEqual(missing(await exportJson()), []);

    fs.rmSync(letterFile);
    const reported = await waitFor(async () => missing(await exportJson())[0], { description: 'the missing letter among the problems' });
    assert.equal(reported.severity, 'warning');
    assert.equal((await exportJson()).matrix['Gwent Police']?.anpr, 'used', 'the sidecar is still summarised');

    writeOutside(letter, 'Gwent Police\nFreedom of Information request 2020-002\n');
    await waitFor(async () => missing(await exportJson()).length === 0, { description: 'the problem to go when the letter is back' });
  });

  it('reports an invalid sidecar as a problem and still summarises the rest', async () => {
    const sidecar = writeOutside('broken/dorset.foi.txt.foi.yaml', 'foi: 1\ndocument: dorset.foi.txt\ntools: [unclosed\n');
    written.push(sidecar, path.dirname(sidecar));
    const summary = await waitFor(
      async () => {
        const json = await exportJson();
        return json.problems.some((problem) => problem.sidecar === 'broken/dorset.foi.txt.foi.yaml' && problem.severity === 'error') ? json : undefined;
      },
      { description: 'the broken sidecar among the problems' },
    );
    const westMidlands = summary.letters.find((letter) => letter.file === SEEDS.westMidlands);
    assert.equal(westMidlands?.tools.hacking.status, 'ncnd', 'the other letters are still summarised');
    fs.rmSync(sidecar);
    await waitFor(async () => (await exportJson()).problems.every((problem) => !problem.sidecar.startsWith('broken/')), {
      description: 'the problem to go with the sidecar',
    });
  });

  it('shows an open letter without a sidecar with its suggested statuses, until a sidecar records them', async () => {
    const letter = 'suggested/hertfordshire-copy.foi.txt';
    writeOutside(letter, fs.readFileSync(fixtureUri(SEEDS.hertfordshire).fsPath, 'utf8'));
    written.push(path.dirname(fixtureUri(letter).fsPath));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri(letter)));
    const suggested = await waitFor(
      async () => (await exportJson()).letters.find((entry) => entry.file === letter),
      { description: 'the open letter among the summary’s letters' },
    );
    assert.equal(suggested.sidecar, null);
    assert.deepEqual(
      Object.fromEntries(Object.entries(suggested.tools).map(([tool, record]) => [tool, [record.status, record.recorded]])),
      { 'facial-recognition': ['partial-ncnd', false] },
    );

    await vscode.commands.executeCommand('foi.tagAllSuggested', fixtureUri(letter));
    const recorded = await waitFor(
      async () => {
        const entry = (await exportJson()).letters.find((candidate) => candidate.file === letter);
        return entry?.sidecar ? entry : undefined;
      },
      { description: 'the tagged letter to show its recorded status' },
    );
    assert.deepEqual(recorded.tools['facial-recognition'].recorded, true);
  });

  it('opens a letter at the recorded evidence for a tool', async () => {
    const letter = fixtureUri(SEEDS.westMidlands);
    const opened = await vscode.commands.executeCommand<{ range: vscode.Range; source: string }>('foi.openEvidence', letter, 'hacking');
    assert.equal(opened.source, 'recorded');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), letter.toString());
    const selected = editor.document.getText(editor.selection);
    assert.match(selected, /neither confirm nor deny/i);
    assert.ok(editor.selection.isEqual(opened.range));
  });

  it('fills the Summary panel with the matrix and opens the letter at the evidence from a cell', async function () {
    if (!canInspectWebviews()) this.skip();
    await showPanelAlone();
    try {
      const panel = await panelState((probe) => probe.rows >= 5 && probe.text.includes(authorityOf(SEEDS.hertfordshire)));
      assert.ok(panel.text.includes('Partial NCND'), 'status words are shown');
      assert.match(panel.text, /\d+ of \d+ letters tagged/, 'progress is shown');
      await screenshot('summary-panel');
    } finally {
      await restoreTrees();
    }
    await showLettersExpanded();
    await screenshot('summary-trees');

    const keyboard = await evaluateInFrames<{ tabStops: number; right?: string; down?: string; from?: string } | null>(`(() => {
      const table = document.querySelector('table.matrix');
      if (!table) return null;
      const start = table.querySelector('tbody tr:not([hidden]) .nav:not([hidden])');
      start.focus();
      const press = (key) => document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      press('ArrowRight');
      const right = document.activeElement.dataset.tool;
      press('ArrowDown');
      const down = document.activeElement.dataset.row;
      return { tabStops: table.querySelectorAll('[tabindex="0"]').length, right, down, from: start.dataset.row };
    })()`);
    const moves = keyboard?.map((frame) => frame.value).find(Boolean);
    assert.ok(moves, 'the table is in the panel');
    assert.equal(moves.tabStops, 1, 'the table is one tab stop');
    assert.equal(moves.right, 'facial-recognition', 'ArrowRight moves to the next tool');
    assert.ok(moves.down && moves.down !== moves.from, 'ArrowDown moves to the next authority');

    const clicked = await evaluateInFrames<boolean>(`(() => {
      const button = [...document.querySelectorAll('button.status')].find(
        (candidate) => candidate.dataset.file === ${JSON.stringify(SEEDS.hertfordshire)} && candidate.dataset.tool === 'facial-recognition',
      );
      if (!button) return false;
      button.focus();
      button.click();
      return true;
    })()`);
    assert.ok(clicked?.some((frame) => frame.value === true), 'the cell is in the panel');
    const editor = await waitFor(
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.toString() === fixtureUri(SEEDS.hertfordshire).toString() && !active.selection.isEmpty ? active : undefined;
      },
      { description: 'the letter to open at the evidence' },
    );
    assert.match(editor.document.getText(editor.selection), /neither confirms? nor denies?/i);
  });

  it('shows markup from letters and sidecars as text in the panel, never as HTML', async function () {
    if (!canInspectWebviews()) this.skip();
    const letter = 'markup/evil.foi.txt';
    writeOutside(letter, `${PAYLOAD_IMG}\n${PAYLOAD_SCRIPT}\nWe neither confirm nor deny that we use hacking.\n`);
    const sidecar = writeOutside(
      `${letter}.foi.yaml`,
      [
        'foi: 1',
        'document: evil.foi.txt',
        'letter:',
        `  authority: '${PAYLOAD_IMG}'`,
        `  reference: '${PAYLOAD_SCRIPT}'`,
        'tools:',
        '  hacking:',
        '    status: ncnd',
        `    note: '${PAYLOAD_SCRIPT}'`,
        '    evidence:',
        `      - exact: '${PAYLOAD_IMG}'`,
        '',
      ].join('\n'),
    );
    written.push(sidecar, path.dirname(sidecar));
    await waitFor(async () => (await exportJson()).matrix[PAYLOAD_IMG]?.hacking === 'ncnd', { description: 'the markup letter in the summary' });

    await showPanelAlone();
    try {
      const panel = await panelState((probe) => probe.text.includes(PAYLOAD_IMG));
      assert.ok(panel.titles.includes(`Note: ${PAYLOAD_SCRIPT}`), 'the note shows as text in the tooltip');
      assert.ok(panel.titles.includes(`“${PAYLOAD_IMG}”`), 'the evidence shows as text in the tooltip');
      assert.ok(panel.titles.includes(`${PAYLOAD_SCRIPT} · markup/evil.foi.txt`), 'the reference shows as text in the tooltip');
      assert.equal(panel.images, 0, 'no <img> element was created');
      assert.equal(panel.scripts, 0, 'no <script> element inside the panel');
      await screenshot('summary-panel-markup');
    } finally {
      await restoreTrees();
    }
    const everywhere = (await evaluateInFrames<unknown>('window.__foiPwned ?? null')) ?? [];
    assert.ok(everywhere.length > 0);
    for (const frame of everywhere) assert.equal(frame.value ?? null, null, `window.__foiPwned is set in ${frame.url}`);
  });
  it('takes its colours from the theme: dark and high contrast', async function () {
    if (!canInspectWebviews()) this.skip();
    const configuration = vscode.workspace.getConfiguration('workbench');
    const before = configuration.inspect<string>('colorTheme')?.globalValue;
    await showPanelAlone();
    try {
      for (const [theme, bodyClass, name] of [
        ['Default Dark Modern', 'vscode-dark', 'summary-panel-dark'],
        ['Default High Contrast', 'vscode-high-contrast', 'summary-panel-high-contrast'],
      ]) {
        await configuration.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        const colours = await waitFor(
          async () => {
            const frames = (await evaluateInFrames<{ foreground: string; icon: string } | null>(`(() => {
              const icon = document.querySelector('button.status .codicon');
              if (!icon || !document.body.classList.contains(${JSON.stringify(bodyClass)})) return null;
              return { foreground: getComputedStyle(document.body).color, icon: getComputedStyle(icon).color };
            })()`)) ?? [];
            return frames.map((frame) => frame.value).find(Boolean) ?? undefined;
          },
          { description: `the panel in ${theme}`, interval: 200 },
        );
        assert.notEqual(colours.icon, colours.foreground, 'status icons take their own theme colour');
        await screenshot(name);
      }
    } finally {
      await configuration.update('colorTheme', before, vscode.ConfigurationTarget.Global);
      await restoreTrees();
    }
  });

  it('stays responsive with 500 authorities', async function () {
    this.timeout(120_000);
    if (!canInspectWebviews()) this.skip();
    const statuses = ['used', 'trialled', 'not-used', 'ncnd', 'partial-ncnd', 'not-held', 'refused', 'referred', 'no-answer'];
    const folder = path.join(workspaceRoot().fsPath, 'many');
    written.push(folder);
    const started = Date.now();
    for (let i = 0; i < 500; i++) {
      const tools = CAMPAIGN_TOOLS.map((tool, t) => `  ${tool}:\n    status: ${statuses[(i + t) % statuses.length]}\n`).join('');
      writeOutside(`many/force-${i}.foi.txt.foi.yaml`, sidecarText(`force-${i}.foi.txt`, `Synthetic Constabulary ${i}`, tools));
    }
    const exported = await waitFor(
      async () => Object.keys((await exportJson()).matrix).filter((authority) => authority.startsWith('Synthetic Constabulary')).length === 500,
      { description: '500 new sidecars in the summary', timeout: 60_000, interval: 250 },
    );
    assert.ok(exported);
    const indexed = Date.now() - started;

    await showPanelAlone();
    try {
      await panelState((probe) => probe.rows >= 500);
      const shown = Date.now() - started;
      const timings = await evaluateInFrames<{ render: number; status: number; tool: number; clear: number; search: number } | null>(`(() => {
        const table = document.querySelector('table.matrix');
        const selects = document.querySelectorAll('.filters select');
        if (!table || selects.length < 3) return null;
        const renders = performance.getEntriesByName('foi.summary.render');
        const render = renders.length > 0 ? renders[renders.length - 1].duration : -1;
        const time = (change) => { const start = performance.now(); change(); return performance.now() - start; };
        const pick = (select, value) => { select.value = value; select.dispatchEvent(new Event('change')); };
        const status = time(() => pick(selects[1], 'ncnd'));
        const tool = time(() => pick(selects[0], 'hacking'));
        const clear = time(() => { pick(selects[0], ''); pick(selects[1], ''); });
        const input = document.querySelector('.filters input');
        input.value = 'constabulary 42';
        const search = time(() => input.dispatchEvent(new Event('input')));
        input.value = '';
        input.dispatchEvent(new Event('input'));
        return { render, status, tool, clear, search };
      })()`);
      const measured = timings?.map((frame) => frame.value).find(Boolean);
      assert.ok(measured, 'the filters are in the panel');
      Mocha.reporters.Base.consoleLog(
        `      500 sidecars: in the export after ${indexed} ms, in the panel after ${shown} ms (longest render step ${measured.render.toFixed(1)} ms); ` +
          `filters: status ${measured.status.toFixed(1)} ms, tool ${measured.tool.toFixed(1)} ms, clear ${measured.clear.toFixed(1)} ms, search keystroke ${measured.search.toFixed(1)} ms`,
      );
      // A generous bound: it catches work growing faster than the table, not a busy machine's jitter.
      const { render, ...filters } = measured;
      assert.ok(render > 0 && render < 2_000, `rendering took ${render} ms`);
      for (const [filter, ms] of Object.entries(filters)) assert.ok(ms < 400, `${filter} filter took ${ms} ms`);
    } finally {
      await restoreTrees();
      fs.rmSync(folder, { recursive: true, force: true });
    }
    await waitFor(async () => !Object.keys((await exportJson()).matrix).some((authority) => authority.startsWith('Synthetic Constabulary')), {
      description: 'the deleted folder’s sidecars to leave the summary',
      timeout: 30_000,
      interval: 250,
    });
  });
});
