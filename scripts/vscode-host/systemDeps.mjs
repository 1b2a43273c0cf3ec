// The two Debian packages the VS Code host needs: Chromium (to open the workbench) and libkrb5-dev
// (to build code-server's `kerberos` module). Missing ones are reported with the command that installs them.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export const APT_INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium libkrb5-dev';

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Path of Debian's Chromium, or undefined when it is not installed. */
export function findChromium() {
  try {
    accessSync('/usr/bin/chromium', constants.X_OK);
    return '/usr/bin/chromium';
  } catch {
    return onPath('chromium');
  }
}

function hasKerberosHeaders() {
  if (onPath('krb5-config')) return true;
  return spawnSync('dpkg', ['-s', 'libkrb5-dev'], { stdio: 'ignore' }).status === 0;
}

/**
 * Exits with status 1 and the apt command when a package is missing.
 * @param {{ build: boolean }} needs build: the Kerberos headers are needed too (install time only).
 */
export function requireSystemPackages({ build }) {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (build && !hasKerberosHeaders()) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  console.error(`vscode-host: missing Debian package${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  console.error(`Install with:\n  ${APT_INSTALL_COMMAND}`);
  process.exit(1);
}
