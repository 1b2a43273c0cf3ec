// `npm run test:integration`: runs the mocha suite in test/integration (bundled into out/integration by
// esbuild.mjs) inside a real VS Code 1.139 extension host, reached through the VS Code server and headless
// Chromium, on a fresh copy of test/fixtures/workspace. Prints the spec output as it comes, writes
// test-results/integration.json ({stats, failures}) and test-results/screenshots/, and exits non-zero on any
// failure or timeout. Environment: FOI_INTEGRATION_TIMEOUT (seconds, default 600), FOI_INTEGRATION_GREP (run
// only the tests whose full title contains this text), FOI_INTEGRATION_RESTRICTED=1 (the Restricted Mode pass:
// Workspace Trust on and the folder not trusted; runs the tests titled "Restricted Mode" unless FOI_INTEGRATION_GREP
// says otherwise, and writes test-results/integration-restricted.json and screenshots-restricted/),
// FOI_INTEGRATION_PSEUDO_LOCALE=1 (the pseudo-locale pass: VS Code in `qps-ploc` with pseudo-translated bundles;
// runs the tests titled "Pseudo-locale" and writes test-results/integration-pseudo-locale.json).
import { closeSync, cpSync, existsSync, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startHost } from './host.mjs';
import { CODE_SERVER_VERSION, isHostInstalled, repoRoot } from './layout.mjs';
import { PSEUDO_LOCALE, writePseudoTranslations } from './pseudoLocale.mjs';
import { startScreenshotEndpoint } from './screenshotEndpoint.mjs';
import { restrictedModeSettings } from './settings.mjs';
import { prepareRun, recordResults, resultsDir, suiteEntry } from './suite.mjs';
import { requireSystemPackages } from './systemDeps.mjs';

const POLL_MS = 250;
/** From opening the workbench to the suite's first line of output. */
const START_TIMEOUT_MS = 120_000;

const timeoutSeconds = Number(process.env.FOI_INTEGRATION_TIMEOUT ?? 600);
const restricted = process.env.FOI_INTEGRATION_RESTRICTED === '1';
const pseudoLocale = process.env.FOI_INTEGRATION_PSEUDO_LOCALE === '1';
const grep = process.env.FOI_INTEGRATION_GREP || undefined;
const pass = restricted
  ? { name: 'integration-restricted', grep: grep ?? 'Restricted Mode', settings: restrictedModeSettings, suffix: '-restricted' }
  : pseudoLocale
    ? { name: 'integration-pseudo-locale', grep: grep ?? 'Pseudo-locale', settings: {}, suffix: '-pseudo-locale', locale: PSEUDO_LOCALE }
    : { name: 'integration', grep, settings: {}, suffix: '' };
const screenshotsDir = path.join(resultsDir, `screenshots${pass.suffix}`);
const logDir = path.join(resultsDir, `integration${pass.suffix}-logs`);

const say = (line) => console.log(`vscode-host: ${line}`);

function fail(message) {
  console.error(`vscode-host: ${message}`);
  process.exit(1);
}

/** Copies what a growing file gains to stdout. */
class Tail {
  #offset = 0;
  constructor(file) {
    this.file = file;
  }
  get started() {
    return existsSync(this.file);
  }
  flush() {
    if (!this.started) return;
    const fd = openSync(this.file, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size <= this.#offset) return;
      const buffer = Buffer.alloc(size - this.#offset);
      readSync(fd, buffer, 0, buffer.length, this.#offset);
      this.#offset = size;
      process.stdout.write(buffer);
    } finally {
      closeSync(fd);
    }
  }
}

/** Follows the suite until its done file appears; returns undefined then, or why it will not. */
async function followSuite(host, channel, tail) {
  const opened = Date.now();
  const deadline = opened + timeoutSeconds * 1000;
  for (;;) {
    tail.flush();
    if (existsSync(channel.doneFile)) return undefined;
    if (host.server.exitCode !== null || host.server.signalCode !== null) return 'the VS Code server exited during the run';
    // The done file is written before the extension host ends, so look again before blaming the host.
    if (host.extensionHostExit && !existsSync(channel.doneFile)) {
      return `the extension host ended (${host.extensionHostExit}) before the suite finished; its errors are in browser.log`;
    }
    if (!tail.started && Date.now() - opened > START_TIMEOUT_MS) {
      return `the suite did not start within ${START_TIMEOUT_MS / 1000} s of opening the workbench`;
    }
    if (Date.now() > deadline) return `the suite did not finish within ${timeoutSeconds} s (FOI_INTEGRATION_TIMEOUT)`;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function main() {
  requireSystemPackages({ build: false });
  if (!isHostInstalled()) fail(`the VS Code host (code-server ${CODE_SERVER_VERSION}) is not installed; run \`npm run setup\``);
  if (!(timeoutSeconds > 0)) fail('FOI_INTEGRATION_TIMEOUT must be a positive number of seconds');
  if (!existsSync(suiteEntry)) fail(`${path.relative(repoRoot, suiteEntry)} is missing; build it with \`node esbuild.mjs\``);

  const started = Date.now();
  for (const dir of [screenshotsDir, logDir]) rmSync(dir, { recursive: true, force: true });
  let host;
  const screenshots = await startScreenshotEndpoint({ dir: screenshotsDir, page: () => host?.page });
  const { workspace, channel, entry, env } = prepareRun({ logFile: true, screenshotEndpoint: screenshots.url, grep: pass.grep });

  let problem;
  const removePseudoTranslations = pass.locale ? writePseudoTranslations() : () => undefined;
  try {
    host = await startHost({
      folder: workspace,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: entry,
      env,
      logDir,
      settings: pass.settings,
      locale: pass.locale,
    });
    say(`VS Code server on 127.0.0.1:${host.port}, workbench open in headless Chromium${restricted ? ', Restricted Mode' : ''}${pass.locale ? `, display language ${pass.locale}` : ''}`);
    const tail = new Tail(channel.logFile);
    problem = await followSuite(host, channel, tail);
    tail.flush();
    if (problem || !existsSync(channel.resultsFile)) {
      await host.page?.screenshot({ path: path.join(screenshotsDir, 'integration-unfinished.png') }).catch(() => undefined);
      if (existsSync(host.vscodeLogsDir)) cpSync(host.vscodeLogsDir, path.join(logDir, 'vscode'), { recursive: true });
    }
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  } finally {
    await host?.stop();
    await screenshots.close();
    removePseudoTranslations();
  }

  const { stats } = recordResults(pass.name, channel, problem);
  if (problem) console.error(`vscode-host: ${problem}; logs in ${path.relative(repoRoot, logDir)}/`);
  say(`${stats.passes} passed, ${stats.failures} failed in ${Math.round((Date.now() - started) / 1000)} s (test-results/${pass.name}.json)`);
  process.exit(stats.failures > 0 ? 1 : 0);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
