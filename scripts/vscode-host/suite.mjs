// What every launcher of the integration suite shares: the bundled entry, a scratch copy of the fixture
// workspace, the channel file through which the suite reports (read by test/integration/util/channel.ts), and
// the `{stats, failures}` summary in test-results/ that `npm test` adds up.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './layout.mjs';

/** Environment variable naming the channel file; test/integration/util/channel.ts reads the same name. */
export const CHANNEL_ENV = 'FOI_TEST_CHANNEL';

const builtSuite = path.join(repoRoot, 'out', 'integration');
export const suiteEntry = path.join(builtSuite, 'index.js');
export const resultsDir = path.join(repoRoot, 'test-results');
const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/**
 * Copies the built suite to a sibling of out/integration (same depth, so the entry still finds the repository's
 * node_modules and test/support), so a rebuild by `node esbuild.mjs` during the run cannot pull files from under it.
 * Returns the copy's entry; the copy is removed when the launcher exits.
 */
function snapshotSuite() {
  const snapshot = mkdtempSync(path.join(repoRoot, 'out', 'integration-run-'));
  process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
  cpSync(builtSuite, snapshot, { recursive: true });
  return path.join(snapshot, 'index.js');
}

/**
 * Creates a scratch folder, removed when the launcher exits, holding a fresh copy of the fixture workspace and
 * the channel file, and snapshots the built suite. Returns `entry`, the snapshot's index.js, to run.
 * @param {{ logFile: boolean, screenshotEndpoint?: string, grep?: string }} options logFile: the suite writes its
 *   spec output to a file (the browser host's extension host has no terminal) rather than to its console; grep: run
 *   only the tests whose full title contains this text (default: FOI_INTEGRATION_GREP)
 */
export function prepareRun({ logFile, screenshotEndpoint, grep }) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'foi-integration-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const workspace = path.join(work, 'workspace');
  cpSync(fixtureWorkspace, workspace, { recursive: true });
  const channelDir = path.join(work, 'channel');
  mkdirSync(channelDir);
  const channel = {
    resultsFile: path.join(channelDir, 'results.json'),
    logFile: logFile ? path.join(channelDir, 'spec.log') : undefined,
    doneFile: path.join(channelDir, 'done'),
    screenshotEndpoint,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    grep: grep || process.env.FOI_INTEGRATION_GREP || undefined,
  };
  const channelFile = path.join(work, 'channel.json');
  writeFileSync(channelFile, JSON.stringify(channel));
  return { work, workspace, channel, entry: snapshotSuite(), env: { [CHANNEL_ENV]: channelFile } };
}

/**
 * Writes test-results/<name>.json from the suite's results; when the suite did not finish (`problem`), wrote
 * nothing, or ran no test at all (a pass whose tests never registered, such as the pseudo-locale pass in a host
 * that did not take the locale), the summary holds one failure saying why. Returns the summary.
 */
export function recordResults(name, channel, problem) {
  let summary;
  const results = !problem && existsSync(channel.resultsFile) ? JSON.parse(readFileSync(channel.resultsFile, 'utf8')) : undefined;
  if (results && results.stats.tests === 0) problem = 'no test ran: none registered or none matched the grep';
  if (!problem && results) {
    summary = { stats: results.stats, failures: results.failures };
  } else {
    summary = {
      stats: { suites: 0, tests: 0, passes: 0, pending: 0, failures: 1 },
      failures: [{ title: `${name} suite`, message: problem ?? 'the suite ended without writing results' }],
    };
  }
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
