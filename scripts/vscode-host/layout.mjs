// The pinned VS Code host (Node 24 + code-server's VS Code server) and where it lives under `.vscode-test/`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Node release the server runs on; code-server 4.139 requires Node 24. */
export const NODE_VERSION = '24.21.0';
/** code-server release; it ships the VS Code 1.139.1 server and web workbench. */
export const CODE_SERVER_VERSION = '4.139.1';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = path.join(repoRoot, '.vscode-test');
export const nodeDir = path.join(cacheDir, `node-v${NODE_VERSION}`);
export const nodeBinary = path.join(nodeDir, 'bin', 'node');
export const codeServerPrefix = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerDir = path.join(codeServerPrefix, 'node_modules', 'code-server');
export const serverMain = path.join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js');
export const stampFile = path.join(cacheDir, 'vscode-host.json');
export const installLog = path.join(cacheDir, 'vscode-host-install.log');

/** What a completed install writes to the stamp file; any other content means "install again". */
export const expectedStamp = { node: NODE_VERSION, codeServer: CODE_SERVER_VERSION };

/** True when the pinned Node and code-server were installed completely. */
export function isHostInstalled() {
  if (!existsSync(stampFile) || !existsSync(nodeBinary) || !existsSync(serverMain)) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return stamp.node === NODE_VERSION && stamp.codeServer === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}
