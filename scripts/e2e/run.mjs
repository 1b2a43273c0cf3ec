// `npm run e2e`: the extension as a person meets it. Packages the .vsix and installs it into the VS Code server
// the way `npm start` does (its functions, on a temporary copy of samples/ and a free port), then drives headless
// Chromium through Playwright: opens a sample letter from the Explorer, finds a diagnostic in the Problems panel,
// goes to the tool's answer, tags it from the quick fix menu with the keyboard, checks the sidecar on disk and that
// the FOI side bar and Summary panel count one more tagged letter, opens the sample letter shipped in the package
// (the walkthrough's first step), and reads the extension's activation time from Developer: Show Running Extensions.
// Steps that need parts not registered yet (summary views, foi.openSample) are reported as skipped.
// Writes test-results/e2e.json and test-results/screenshots/e2e-*.png; exits non-zero on any failure. The server
// and the browser are always stopped, also on Ctrl+C.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { buildAndPackage } from '../package.mjs';
import { installVsix, prepareSamples, requireHost, serverDirs, startServer, workbenchAddress } from '../start.mjs';
import { chromiumFlags, freePort } from '../vscode-host/host.mjs';
import { repoRoot } from '../vscode-host/layout.mjs';
import { findChromium } from '../vscode-host/systemDeps.mjs';
import { StepRunner, StepSkipped } from './steps.mjs';
import {
  UI_TIMEOUT_MS,
  activationTime,
  explorerItem,
  goToLine,
  openFromExplorer,
  openProblems,
  openQuickFixMenu,
  openViewContainer,
  pickQuickFix,
  runCommand,
  sideBarPane,
  webviewView,
  waitForExplorer,
  waitForLanguage,
  waitForNoProblem,
  waitForProblem,
  waitForStartupFinished,
} from './workbench.mjs';

const HOST = '127.0.0.1';
const EXTENSION_NAME = 'FOI Annotator';
const EXTENSION_ID = 'foi-tools.foi-annotator';
/** An untagged letter saved as plain .txt: the extension must recognise it before anything else works. */
const LETTER = 'west-midlands-pcc-2019-01031.txt';
/** A letter with a sidecar, which the Explorer should show nested under it. */
const TAGGED_LETTER = 'hertfordshire-2017-01696.txt';
const SIDECAR_SUFFIX = '.foi.yaml';
/** The walkthrough's first step: a command that opens the letter shipped in the package (see .vscodeignore). */
const OPEN_SAMPLE = { id: 'foi.openSample', title: 'FOI: Open Sample Letter', letter: 'west-midlands-pcc-2019-01031.txt' };
const ACTIVATION_GOAL_MS = 50;
/** How the summary's views and panel count progress: "3 of 4 letters tagged". */
const PROGRESS = /(\d+) of (\d+) letters? tagged/;

const resultsDir = path.join(repoRoot, 'test-results');
const resultsFile = path.join(resultsDir, 'e2e.json');
const logDir = path.join(resultsDir, 'e2e-logs');

const say = (line) => console.log(`e2e: ${line}`);

/** Polls `read` until it returns a value other than undefined, or fails after `timeoutMs`. */
async function eventually(read, what, timeoutMs = UI_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await read();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s${lastError ? ` (${lastError.message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The tagged and total letter counts the Letters view shows in its header, once the view and the Summary panel
 * show them; skips the step when the summary is not registered in the extension.
 */
async function summaryProgress(page) {
  const header = sideBarPane(page, 'Letters').locator('.pane-header').filter({ hasText: PROGRESS });
  const noProvider = page.locator('.sidebar').getByText('There is no data provider registered').filter({ visible: true });
  await Promise.race([header.waitFor({ timeout: UI_TIMEOUT_MS }), noProvider.first().waitFor({ timeout: UI_TIMEOUT_MS })]).catch(() => undefined);
  if (!(await header.count()) && (await noProvider.count())) throw new StepSkipped('the FOI views have no data provider registered (summary not wired into extension.ts yet)');
  const [, tagged, letters] = PROGRESS.exec((await header.textContent()) ?? '') ?? [];
  await webviewView(page, EXTENSION_ID).getByText(PROGRESS).first().waitFor({ timeout: UI_TIMEOUT_MS });
  return { tagged: Number(tagged), letters: Number(letters) };
}

/** The status id a quick fix's status words stand for: "Partial NCND" → partial-ncnd (model.ts TOOL_STATUS_INFO). */
function statusIdOf(words) {
  return words.trim().toLowerCase().replace(/\s+/g, '-');
}

async function main() {
  const started = Date.now();
  const runner = new StepRunner({ screenshotsDir: path.join(resultsDir, 'screenshots') });
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'foi-e2e-'));
  const dirs = { ...serverDirs(path.join(work, 'data')), serverLog: path.join(logDir, 'server.log') };
  const workspace = path.join(work, 'samples');
  let server;
  let browser;
  let cleaning;
  const cleanUp = () => {
    cleaning ??= (async () => {
      if (browser) await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      await server?.stop();
      const vscodeLogs = path.join(dirs.userDataDir, 'logs');
      if (existsSync(vscodeLogs)) cpSync(vscodeLogs, path.join(logDir, 'vscode'), { recursive: true });
      rmSync(work, { recursive: true, force: true });
    })();
    return cleaning;
  };
  const onSignal = (signal) => {
    say(`${signal}: stopping the server and the browser`);
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);

  try {
    requireHost();
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium is not installed (sudo apt-get install -y chromium)');
    say('building and packaging the extension');
    const vsix = await buildAndPackage({ packagePath: path.join(work, 'foi-annotator.vsix') });
    await installVsix(vsix, dirs);
    prepareSamples(workspace);
    const port = await freePort();
    const serverStarted = Date.now();
    // npm start opens the samples' README at start-up; it would open at an unknown moment and take the focus.
    server = await startServer({ dirs, host: HOST, port, settings: { 'workbench.startupEditor': 'none' } });
    runner.measurements.serverReadyMs = Date.now() - serverStarted;
    say(`VS Code server on ${HOST}:${port} (ready in ${runner.measurements.serverReadyMs} ms); server log in ${path.relative(repoRoot, logDir)}/`);
    browser = await chromium.launch({ executablePath, headless: true, args: chromiumFlags, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    runner.page = page;
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    await page.goto(workbenchAddress(HOST, port, workspace), { waitUntil: 'domcontentloaded' });

    await runner.step('workbench', 'the workbench shows the samples, each sidecar nested under its letter', async () => {
      await waitForExplorer(page, LETTER);
      runner.measurements.workbenchReadyMs = Date.now() - serverStarted;
      // A letter with nested files is a collapsed, expandable row; its sidecar is not a row of its own.
      await explorerItem(page, TAGGED_LETTER).and(page.locator('[aria-expanded="false"]')).waitFor({ timeout: UI_TIMEOUT_MS });
      await explorerItem(page, TAGGED_LETTER + SIDECAR_SUFFIX).waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    });

    await runner.step('letter', `clicking ${LETTER} in the Explorer opens it as an FOI letter`, async () => {
      // Opened once VS Code's own start-up is done, so that the activation time read at the end is ours alone.
      await waitForStartupFinished(page);
      await openFromExplorer(page, LETTER);
      await waitForLanguage(page, 'FOI Letter');
    });

    const before = await runner.step('summary-before', 'the FOI side bar counts the tagged letters before the new tag', async () => {
      await openViewContainer(page, 'FOI');
      return summaryProgress(page);
    });

    const problem = await runner.step('problems', 'the Problems panel lists a tool whose answer is not yet recorded', async () => {
      await openProblems(page);
      const found = await waitForProblem(page, /untagged-tool/);
      if (!(found.line > 0)) throw new Error(`no position in the Problems row "${found.text}"`);
      const tool = /^(.+?): suggested status /.exec(found.message)?.[1];
      if (!tool) throw new Error(`unexpected message "${found.message}"`);
      return { ...found, tool };
    });

    const menu = await runner.step('quick-fix-menu', "Ctrl+. on the tool's answer line offers Tag … as … quick fixes", async () => {
      await goToLine(page, problem.line, problem.column);
      const labels = await openQuickFixMenu(page);
      if (!labels.some((label) => label.startsWith(`Tag ${problem.tool} as `))) {
        throw new Error(`no "Tag ${problem.tool} as …" among the quick fixes: ${labels.join(' | ')}`);
      }
      return labels;
    });

    const picked = await runner.step('tagged', 'choosing a Tag … as … quick fix with the keyboard records the tool', async () => {
      const label = await pickQuickFix(page, new RegExp(`^Tag ${escapeRegExp(problem.tool)} as `));
      await waitForNoProblem(page, `${problem.tool}: suggested status`);
      return { label, status: statusIdOf(label.slice(`Tag ${problem.tool} as `.length)) };
    });
    if (menu && picked) say(`picked "${picked.label}" from ${menu.length} quick fixes`);

    await runner.step('sidecar', 'the sidecar beside the letter records the status with its evidence', async () => {
      const sidecarFile = path.join(workspace, LETTER + SIDECAR_SUFFIX);
      const sidecar = await eventually(() => (existsSync(sidecarFile) ? parseYaml(readFileSync(sidecarFile, 'utf8')) : undefined), 'writing the sidecar');
      const records = Object.entries(sidecar?.tools ?? {});
      if (sidecar?.foi !== 1 || sidecar.document !== LETTER) throw new Error(`unexpected sidecar head: foi ${sidecar?.foi}, document ${sidecar?.document}`);
      if (records.length !== 1) throw new Error(`expected one tool record, found ${records.length}`);
      const [tool, record] = records[0];
      if (record.status !== picked.status) throw new Error(`${tool} is recorded as ${record.status}, the quick fix said ${picked.status}`);
      const answerLine = readFileSync(path.join(workspace, LETTER), 'utf8').split(/\r?\n/)[problem.line - 1].replace(/\s+/g, ' ').trim();
      const evidence = String(record.evidence?.[0]?.exact ?? '').replace(/\s+/g, ' ');
      if (!evidence || !(answerLine.includes(evidence) || evidence.includes(answerLine))) {
        throw new Error(`the evidence "${evidence}" is not the answer line "${answerLine}"`);
      }
    });

    await runner.step('summary', 'the FOI side bar and summary panel show the new tag', async () => {
      if (!before) throw new StepSkipped('the summary views were not there before tagging');
      await openViewContainer(page, 'FOI');
      // One more letter tagged; the total may have grown too if the letter was not yet counted before.
      const expected = new RegExp(`(?<!\\d)${before.tagged + 1} of \\d+ letters? tagged`);
      await sideBarPane(page, 'Letters').locator('.pane-header').filter({ hasText: expected }).waitFor({ timeout: UI_TIMEOUT_MS });
      await webviewView(page, EXTENSION_ID).getByText(expected).first().waitFor({ timeout: UI_TIMEOUT_MS });
      // The letter sits under its authority, now from its sidecar rather than as the engine's suggestion.
      const { letter } = parseYaml(readFileSync(path.join(workspace, LETTER + SIDECAR_SUFFIX), 'utf8'));
      const letters = sideBarPane(page, 'Letters');
      const authority = letters.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(letter.authority)} \\d+ letter`) });
      if ((await authority.getAttribute('aria-expanded')) === 'false') await authority.click();
      const row = letters.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(LETTER)}\\b`) });
      await row.waitFor({ timeout: UI_TIMEOUT_MS });
      const label = (await row.getAttribute('aria-label')) ?? '';
      if (/suggested/i.test(label)) throw new Error(`the Letters view still shows ${LETTER} as suggested: "${label}"`);
    });

    await runner.step('open-sample', `${OPEN_SAMPLE.title} opens the letter shipped in the package`, async () => {
      const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
      if (!manifest.contributes?.commands?.some((command) => command.command === OPEN_SAMPLE.id)) {
        throw new StepSkipped(`package.json does not contribute ${OPEN_SAMPLE.id} yet`);
      }
      // The workspace has a letter of the same name open: close it, so that the tab found is the sample's.
      await runCommand(page, 'View: Close All Editors');
      await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      await runCommand(page, OPEN_SAMPLE.title);
      await page.locator('.tabs-container .tab.active').filter({ hasText: OPEN_SAMPLE.letter }).waitFor({ timeout: UI_TIMEOUT_MS });
      // The copy lives in the extension's global storage, whose folder VS Code names after the extension.
      await page.locator('.editor-group-container.active .breadcrumbs-control').filter({ hasText: EXTENSION_ID }).waitFor({ timeout: UI_TIMEOUT_MS });
      await waitForLanguage(page, 'FOI Letter');
    });

    await runner.step('activation', `Developer: Show Running Extensions shows ${EXTENSION_NAME}'s activation time`, async () => {
      const activation = await activationTime(page, EXTENSION_NAME);
      if (!(activation.ms >= 0)) throw new Error(`cannot read an activation time from "${activation.text}"`);
      runner.measurements.activationMs = activation.ms;
      say(`${EXTENSION_NAME} activation: ${activation.ms} ms (goal: under ${ACTIVATION_GOAL_MS} ms; load average ${os.loadavg()[0].toFixed(1)})`);
    });
  } catch (error) {
    runner.fail('starting the workbench', error);
  } finally {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(signal, onSignal);
    await cleanUp().catch((error) => runner.fail('stopping the server and the browser', error));
  }
  const stats = runner.write(resultsFile);
  say(`${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped in ${Math.round((Date.now() - started) / 1000)} s (test-results/e2e.json)`);
  process.exit(stats.failures > 0 ? 1 : 0);
}

main();
