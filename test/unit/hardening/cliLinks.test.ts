import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, SEEDS } from '../cli/harness';
import { makeTempDir } from '../cli/tempDir';

/**
 * A folder with one letter and its sidecar, a link to the letter, and link loops of three kinds: a link to the
 * folder itself, a link to a parent, and two links to each other. fast-glob follows such loops without end.
 */
function folderWithLoops(dir: string): void {
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  copyFileSync(join(SEEDS, 'hertfordshire-2017-01696.txt'), join(dir, 'a', 'letter.txt'));
  writeFileSync(join(dir, 'a', 'letter.txt.foi.yaml'), 'foi: 1\ndocument: letter.txt\ntools:\n  facial-recognition: {status: partial-ncnd}\n');
  symlinkSync(join(dir, 'a', 'letter.txt'), join(dir, 'linked.txt'));
  symlinkSync('.', join(dir, 'self'));
  symlinkSync('..', join(dir, 'a', 'b', 'up'));
  mkdirSync(join(dir, 'c'));
  symlinkSync('..', join(dir, 'c', 'up'));
  symlinkSync(join(dir, 'loop-2'), join(dir, 'loop-1'));
  symlinkSync(join(dir, 'loop-1'), join(dir, 'loop-2'));
}

describe('the command line in a folder with symbolic link loops', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
    folderWithLoops(temp.dir);
  });
  afterEach(() => temp.remove());

  it('foi check lists each letter once, a link to a letter included, and does not follow links to folders', async () => {
    const run = await runCli(['check', '--format', 'json', '.'], temp.dir);
    const files = (JSON.parse(run.stdout) as { file: string }[]).map((report) => report.file).sort();
    assert.deepEqual(files, [join('a', 'letter.txt'), 'linked.txt']);
  });

  it('foi check expands a ** glob over the loops just as finitely', async () => {
    const run = await runCli(['check', '--format', 'json', '**/*.txt'], temp.dir);
    assert.equal((JSON.parse(run.stdout) as unknown[]).length, 2);
  });

  it('foi summary finds the one sidecar once', async () => {
    const run = await runCli(['summary', '--format', 'json', '.'], temp.dir);
    assert.equal(run.code, 0, run.stderr);
    const summary = JSON.parse(run.stdout) as { letters: { file: string }[] };
    assert.deepEqual(
      summary.letters.map((letter) => letter.file),
      [join('a', 'letter.txt')],
    );
  });
});
