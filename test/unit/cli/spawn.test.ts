import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SEEDS } from './harness';

const ROOT = join(__dirname, '../../..');

/** Runs `npx tsx src/cli/main.ts ...` as a user would, from the seeds folder. */
function foi(...args: string[]): { status: number | null; stdout: string } {
  const run = spawnSync('npx', ['tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: SEEDS,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  return { status: run.status, stdout: run.stdout };
}

describe('foi as a process', function () {
  this.timeout(60_000);

  it('exits 0 after analysing the seeds, 1 when a file is missing and 2 for a bad --format', () => {
    const ok = foi('check', '--format', 'json', '.');
    assert.equal(ok.status, 0);
    assert.equal((JSON.parse(ok.stdout) as unknown[]).length, 5);
    assert.equal(foi('check', 'hertfordshire-2017-01696.txt', 'missing.txt').status, 1);
    assert.equal(foi('check', '--format', 'xml', '.').status, 2);
  });
});
