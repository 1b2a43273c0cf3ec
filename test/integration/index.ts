// Suite entry: the extension host calls `run()` (the `extensionTestsPath` of the VS Code host or of
// @vscode/test-electron). It runs every `*.test.js` bundled next to it with mocha's BDD interface and the
// project's spec reporter, and reports through the launcher's channel (util/channel.ts): spec output to a log
// file, `{stats, failures}` to a results file, then a done file. A failing test makes `run()` reject.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { type TestChannel, testChannel } from './util/channel';
import { screenshot, screenshotName } from './util/screenshot';

const TEST_TIMEOUT_MS = 30_000;

function testFiles(): string[] {
  return fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(__dirname, file));
}

/** Sends mocha's console output to the channel's log file (the extension host's console is not the launcher's). */
function redirectReporterOutput(logFile: string): void {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, '');
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => fs.appendFileSync(logFile, `${format(...data)}\n`);
}

async function runSuite(channel: TestChannel): Promise<number> {
  if (channel.resultsFile) process.env.MOCHA_JSON = channel.resultsFile;
  Mocha.reporters.Base.consoleLog(`VS Code ${vscode.version}, Node ${process.versions.node}`);
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: TEST_TIMEOUT_MS,
    color: channel.color ?? false,
    grep: channel.grep,
    reporter: path.resolve(__dirname, '../../test/support/specWithSummary.cjs'),
  });
  mocha.suite.afterEach(async function () {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    await screenshot(`failed-${screenshotName(test.fullTitle())}`).catch((error: unknown) =>
      Mocha.reporters.Base.consoleLog(`  (no screenshot of the failure: ${error instanceof Error ? error.message : String(error)})`),
    );
  });
  for (const file of testFiles()) mocha.addFile(file);
  return new Promise((resolve) => mocha.run(resolve));
}

export async function run(): Promise<void> {
  const channel = testChannel();
  if (channel.logFile) redirectReporterOutput(channel.logFile);
  let failures: number;
  try {
    failures = await runSuite(channel);
  } catch (error) {
    Mocha.reporters.Base.consoleLog(`The suite could not run: ${error instanceof Error ? error.stack : String(error)}`);
    throw error;
  } finally {
    if (channel.doneFile) fs.writeFileSync(channel.doneFile, `${new Date().toISOString()}\n`);
  }
  if (failures > 0) throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`);
}
