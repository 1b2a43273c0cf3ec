// Starts and stops one VS Code host: the VS Code 1.139 server (from code-server, on Node 24) on a free loopback
// port, with fresh data directories, and optionally headless or headed Chromium showing its web workbench.
// Used by the integration test launcher, and meant for `npm start` and workbench-driving end-to-end tests.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { isHostInstalled, nodeBinary, serverMain } from './layout.mjs';
import { answers, ended, hasEnded, signalGroup } from './serverProcess.mjs';
import { settingsJson } from './settings.mjs';
import { findChromium } from './systemDeps.mjs';

/** Server environment with no extension gallery (code-server reads it from EXTENSIONS_GALLERY), so nothing goes online. */
const offlineEnv = { EXTENSIONS_GALLERY: '{}' };

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const SERVER_START_TIMEOUT_MS = 60_000;
/** The server's log line when an extension host process ends (a test host ends once its `run()` settles). */
const EXTENSION_HOST_EXIT = /Extension Host Process exited with code: (\S+), signal: ([^\s.]+)/;
const STOP_GRACE_MS = 5_000;

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The workbench URL that opens `folder` and, when given, loads an extension under development and its tests. */
export function workbenchUrl(port, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query}`;
}

async function waitUntilAnswering(url, server, spawnError) {
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (spawnError()) throw new Error(`the VS Code server could not start: ${spawnError().message}`);
    if (hasEnded(server)) {
      throw new Error(`the VS Code server exited (${server.exitCode ?? server.signalCode}) before answering`);
    }
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the VS Code server did not answer at ${url} within ${SERVER_START_TIMEOUT_MS / 1000} s`);
}

/** Signals the server and every process it started (extension host, file watcher, pty host). */
/**
 * Starts the server (and a browser unless `browser` is 'none'). The returned `stop()` must be awaited; it is also
 * run on SIGINT, SIGTERM and SIGHUP, and the server's process group is killed if the launcher exits without it.
 * @param {object} options
 * @param {string} [options.folder] workspace folder to open
 * @param {string} [options.extensionDevelopmentPath] extension folder to load as under development
 * @param {string} [options.extensionTestsPath] compiled test entry whose `run()` the extension host calls
 * @param {Record<string, string>} [options.env] extra environment for the server, inherited by the extension host
 * @param {Record<string, unknown>} [options.settings] user settings, over settings.mjs's `quietSettings`
 * @param {'headless' | 'headed' | 'none'} [options.browser]
 * @param {string} options.logDir folder for server.log and browser.log
 * @param {string} [options.locale] VS Code's display language, e.g. `qps-ploc` (English when absent)
 * @param {{ width: number, height: number }} [options.viewport]
 */
export async function startHost(options) {
  const { folder, extensionDevelopmentPath, extensionTestsPath, env = {}, settings = {}, browser: browserMode = 'headless', logDir } = options;
  if (!isHostInstalled()) throw new Error('the VS Code host is not installed; run `npm run setup`');
  const executablePath = browserMode === 'none' ? undefined : findChromium();
  if (browserMode !== 'none' && !executablePath) throw new Error('Chromium is not installed');

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'foi-vscode-host-'));
  const serverDataDir = path.join(dataDir, 'server-data');
  const userDataDir = path.join(dataDir, 'user-data');
  const extensionsDir = path.join(dataDir, 'extensions');
  for (const dir of [path.join(userDataDir, 'User'), serverDataDir, extensionsDir]) mkdirSync(dir, { recursive: true });
  // code-server's workbench keeps user settings on the server, under --user-data-dir.
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), settingsJson(settings));

  mkdirSync(logDir, { recursive: true });
  const serverLog = createWriteStream(path.join(logDir, 'server.log'));
  const browserLog = createWriteStream(path.join(logDir, 'browser.log'));

  const port = await freePort();
  const server = spawn(
    nodeBinary,
    [
      serverMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--server-data-dir', serverDataDir,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      ...(options.locale ? ['--locale', options.locale] : []),
    ],
    { env: { ...process.env, ...offlineEnv, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let spawnError;
  server.once('error', (error) => (spawnError = error));
  server.stdout.pipe(serverLog, { end: false });
  server.stderr.pipe(serverLog, { end: false });
  let extensionHostExit;
  createInterface({ input: server.stdout }).on('line', (line) => {
    const exit = EXTENSION_HOST_EXIT.exec(line);
    if (exit) extensionHostExit = `code ${exit[1]}, signal ${exit[2]}`;
  });

  let browser;
  let stopping;
  const killOnExit = () => signalGroup(server, 'SIGKILL');
  const onSignal = (signal) => {
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('exit', killOnExit);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);

  /** Closes the browser, ends the server's process group and deletes the data directories. Idempotent. */
  function stop() {
    stopping ??= (async () => {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(signal, onSignal);
      if (browser) await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS))]);
      signalGroup(server, 'SIGTERM');
      await ended(server, STOP_GRACE_MS);
      signalGroup(server, 'SIGKILL');
      process.off('exit', killOnExit);
      await new Promise((resolve) => serverLog.end(resolve));
      await new Promise((resolve) => browserLog.end(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    })();
    return stopping;
  }

  try {
    const url = workbenchUrl(port, { folder, extensionDevelopmentPath, extensionTestsPath });
    await waitUntilAnswering(`http://127.0.0.1:${port}/`, server, () => spawnError);
    let page;
    if (browserMode !== 'none') {
      browser = await chromium.launch({
        executablePath,
        headless: browserMode === 'headless',
        args: chromiumFlags,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 } });
      page.on('console', (message) => browserLog.write(`[${message.type()}] ${message.text()}\n`));
      page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error.message}\n`));
      // A language pack's messages script names the display language this way; without a pack for `locale`, the
      // server serves the English messages, which name none, so the page names it before the workbench starts.
      if (options.locale) await page.addInitScript((locale) => (globalThis._VSCODE_NLS_LANGUAGE = locale), options.locale);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    }
    return {
      port,
      url,
      page,
      browser,
      server,
      /** VS Code's own logs (server, extension host, built-in extensions); code-server keeps them under --user-data-dir. */
      vscodeLogsDir: path.join(userDataDir, 'logs'),
      /** How the last extension host process ended ("code 0, signal null"), or undefined while none has. */
      get extensionHostExit() {
        return extensionHostExit;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
