// `npm start`: builds and packages the extension, installs the .vsix (as a user would, not the development folder)
// into the VS Code server of the test rig (.vscode-test/, from `npm run setup`), and serves a working copy of
// samples/ at http://127.0.0.1:8080 until Ctrl+C. No browser is started; open the address printed.
//   npm start -- [--port 8080] [--host 127.0.0.1] [--folder <path>] [--reset]
// --folder serves that folder instead of the samples; --reset replaces the working copy of the samples with a fresh
// one. The functions are exported for the end-to-end test (scripts/e2e/run.mjs).
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildAndPackage } from './package.mjs';
import { CODE_SERVER_VERSION, cacheDir, codeServerDir, isHostInstalled, nodeBinary, repoRoot, serverMain } from './vscode-host/layout.mjs';
import { answers, ended, hasEnded, signalGroup } from './vscode-host/serverProcess.mjs';
import { settingsJson } from './vscode-host/settings.mjs';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
export const samplesDir = path.join(repoRoot, 'samples');
/** Where `npm start` keeps the samples it serves; edits made in the browser land here, never in samples/. */
export const samplesWorkspace = path.join(cacheDir, 'samples-workspace');
/** Server, user and extension data of `npm start`, made afresh on each start; server.log stays after it stops. */
const startDataDir = path.join(cacheDir, 'start');

/**
 * User settings for the served workbench: the rig's quiet settings (no telemetry, no trust prompt, nothing
 * online), with the workspace's README opened at start and sidecars nested under their letters.
 */
export const startSettings = {
  'workbench.startupEditor': 'readme',
  'explorer.fileNesting.enabled': true,
  'explorer.fileNesting.expand': false,
  'editor.minimap.enabled': false,
};

/** Server environment with no extension gallery (code-server reads EXTENSIONS_GALLERY), so nothing goes online. */
const offlineEnv = { EXTENSIONS_GALLERY: '{}' };
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

export class StartError extends Error {}

/** The data directories of one server: where its settings, extensions and logs go. */
export function serverDirs(dataDir) {
  return {
    dataDir,
    serverDataDir: path.join(dataDir, 'server-data'),
    userDataDir: path.join(dataDir, 'user-data'),
    extensionsDir: path.join(dataDir, 'extensions'),
    serverLog: path.join(dataDir, 'server.log'),
  };
}

function serverArgs(dirs) {
  return [
    '--accept-server-license-terms',
    '--server-data-dir', dirs.serverDataDir,
    '--user-data-dir', dirs.userDataDir,
    '--extensions-dir', dirs.extensionsDir,
  ];
}

/** Fails with the set-up command when the pinned VS Code server is not installed. */
export function requireHost() {
  if (!isHostInstalled()) {
    throw new StartError(`the VS Code server (code-server ${CODE_SERVER_VERSION}) is not installed in .vscode-test/; run \`npm run setup\` first`);
  }
}

/** Installs a .vsix into the server's extensions folder with the server's own `--install-extension`. */
export function installVsix(vsix, dirs) {
  for (const dir of [dirs.serverDataDir, dirs.userDataDir, dirs.extensionsDir]) mkdirSync(dir, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBinary, [serverMain, ...serverArgs(dirs), '--install-extension', vsix, '--force'], {
      env: { ...process.env, ...offlineEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && /successfully installed/i.test(output)) resolve();
      else reject(new StartError(`installing ${path.basename(vsix)} failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

/** The VS Code release inside the installed code-server. */
function vscodeVersion() {
  return JSON.parse(readFileSync(path.join(codeServerDir, 'lib', 'vscode', 'package.json'), 'utf8')).version;
}

/** Resolves when nothing listens on host:port, and fails saying so when something does. */
export function requirePortFree(host, port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => {
      if (error.code === 'EADDRINUSE') {
        reject(new StartError(`port ${port} on ${host} is already in use (another \`npm start\`?); stop it, or pick another port: npm start -- --port ${port + 1}`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new StartError(`cannot listen on ${host}: no such address on this machine`));
      } else reject(error);
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Copies samples/ to `target` unless it is there already (so edits survive restarts), or always with `reset`. */
export function prepareSamples(target, { reset = false } = {}) {
  if (reset) rmSync(target, { recursive: true, force: true });
  if (existsSync(target)) return false;
  cpSync(samplesDir, target, { recursive: true });
  return true;
}

/** The address that opens `folder` in the workbench. */
export function workbenchAddress(host, port, folder) {
  const shown = host === '0.0.0.0' || host === '::' ? DEFAULT_HOST : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
}

/**
 * Starts the VS Code server in its own process group, with the extensions already installed in `dirs`, and
 * resolves once it answers HTTP. `stop()` ends the whole group (SIGTERM, then SIGKILL after 5 s); the group is
 * also killed if this process exits without calling it.
 * @param {{ dirs: ReturnType<typeof serverDirs>, host: string, port: number, settings?: Record<string, unknown> }} options
 */
export async function startServer({ dirs, host, port, settings = {} }) {
  mkdirSync(path.join(dirs.userDataDir, 'User'), { recursive: true });
  // The web workbench keeps user settings on the server, under --user-data-dir.
  writeFileSync(path.join(dirs.userDataDir, 'User', 'settings.json'), settingsJson({ ...startSettings, ...settings }));
  const log = createWriteStream(dirs.serverLog);
  const server = spawn(
    nodeBinary,
    [serverMain, '--host', host, '--port', String(port), '--without-connection-token', ...serverArgs(dirs)],
    { env: { ...process.env, ...offlineEnv }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.pipe(log, { end: false });
  server.stderr.pipe(log, { end: false });
  const killOnExit = () => signalGroup(server, 'SIGKILL');
  process.on('exit', killOnExit);

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      signalGroup(server, 'SIGTERM');
      if (!(await ended(server, STOP_GRACE_MS))) signalGroup(server, 'SIGKILL');
      // Children of the server (extension host, watcher) may outlive it by a moment; the group takes them too.
      signalGroup(server, 'SIGKILL');
      process.off('exit', killOnExit);
      await new Promise((resolve) => log.end(resolve));
    })();
    return stopping;
  };

  const probeHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      if (hasEnded(server)) throw new StartError(`the VS Code server exited (${server.exitCode ?? server.signalCode}) before answering; see ${dirs.serverLog}`);
      if (await answers(`http://${probeHost}:${port}/`)) break;
      if (Date.now() > deadline) throw new StartError(`the VS Code server did not answer within ${READY_TIMEOUT_MS / 1000} s; see ${dirs.serverLog}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { server, stop, ended: new Promise((resolve) => server.once('exit', (code, signal) => resolve(code ?? signal))) };
}

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: String(DEFAULT_PORT) },
      host: { type: 'string', default: DEFAULT_HOST },
      folder: { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new StartError(`--port must be a port number, not "${values.port}"`);
  let folder;
  if (values.folder !== undefined) {
    folder = path.resolve(values.folder);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new StartError(`--folder ${values.folder}: no such folder`);
  }
  return { port, host: values.host, folder, reset: values.reset, help: values.help };
}

const USAGE = `npm start -- [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}] [--folder <path>] [--reset]
Serves VS Code with the packaged extension installed, on a working copy of samples/
(${path.relative(repoRoot, samplesWorkspace)}), or on --folder. --reset makes that copy afresh.`;

async function main() {
  const started = Date.now();
  const say = (line) => console.log(`start: ${line}`);
  const options = parseOptions(process.argv.slice(2));
  if (options.help) return console.log(USAGE);
  requireHost();
  await requirePortFree(options.host, options.port);

  say('building and packaging the extension');
  const vsix = await buildAndPackage();
  const dirs = serverDirs(startDataDir);
  rmSync(startDataDir, { recursive: true, force: true });
  await installVsix(vsix, dirs);
  say(`installed ${path.relative(repoRoot, vsix)} into the VS Code ${vscodeVersion()} server`);

  let folder = options.folder;
  if (!folder) {
    folder = samplesWorkspace;
    const fresh = prepareSamples(folder, { reset: options.reset });
    say(`${fresh ? 'copied samples/ to' : 'serving your working copy of the samples in'} ${path.relative(repoRoot, folder)} (edits go there; \`npm start -- --reset\` starts it afresh)`);
  }

  // Ctrl+C during start-up must not leave the server behind either.
  let host;
  let stopRequested = false;
  const onSignal = (signal) => {
    if (stopRequested) return;
    stopRequested = true;
    say('stopping');
    void (host?.stop() ?? Promise.resolve()).then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);

  host = await startServer({ dirs, host: options.host, port: options.port });
  if (stopRequested) return;
  if (options.host !== DEFAULT_HOST && options.host !== 'localhost') {
    say(`WARNING: listening on ${options.host} without a connection token: anyone who can reach this port can run code here`);
  }
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s; server log: ${path.relative(repoRoot, dirs.serverLog)}`);
  console.log(`\n  Open ${workbenchAddress(options.host, options.port, folder)}\n\n  Press Ctrl+C to stop.\n`);
  const exit = await host.ended;
  if (!stopRequested) {
    console.error(`start: the VS Code server stopped on its own (${exit}); see ${path.relative(repoRoot, dirs.serverLog)}`);
    await host.stop();
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`start: ${error instanceof StartError ? error.message : (error?.stack ?? error)}`);
    process.exit(1);
  });
}
