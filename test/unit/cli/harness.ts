// Runs the `foi` command line in-process and collects what it prints.

import { join } from 'node:path';
import { main } from '../../../src/cli/main';

export const SEEDS = join(__dirname, '../../fixtures/seeds');

/** What one run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: readonly string[], cwd: string = SEEDS): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
  });
  return { code, stdout, stderr };
}
