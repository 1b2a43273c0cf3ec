import * as assert from 'node:assert/strict';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverLetterFiles, readLetterFile } from '../../../src/cli/files';
import { makeTempDir } from './tempDir';

describe('discoverLetterFiles', () => {
  let temp: ReturnType<typeof makeTempDir>;

  before(() => {
    temp = makeTempDir();
    const files = [
      'letters/a.txt',
      'letters/b.foi',
      'letters/c.foi.txt',
      'letters/UPPER.TXT',
      'letters/notes.md',
      'letters/deep/er/d.txt',
      'letters/node_modules/pkg/readme.txt',
      'letters/.git/description.txt',
      'letters/.hidden/e.txt',
      'pictures/scan.png',
      'other.md',
    ];
    for (const file of files) {
      mkdirSync(join(temp.dir, file, '..'), { recursive: true });
      writeFileSync(join(temp.dir, file), 'Our ref: 1');
    }
  });

  after(() => temp.remove());

  const relative = (files: readonly string[]): string[] => files.map((file) => file.slice(temp.dir.length + 1)).sort();

  it('reads a directory as every .txt and .foi file below it, skipping node_modules and .git', async () => {
    const { files, problems } = await discoverLetterFiles(['letters'], temp.dir);
    assert.deepEqual(problems, []);
    assert.deepEqual(relative(files), [
      join('letters', '.hidden', 'e.txt'),
      join('letters', 'UPPER.TXT'),
      join('letters', 'a.txt'),
      join('letters', 'b.foi'),
      join('letters', 'c.foi.txt'),
      join('letters', 'deep', 'er', 'd.txt'),
    ]);
  });

  it('takes a named file whatever its extension', async () => {
    const { files } = await discoverLetterFiles(['other.md'], temp.dir);
    assert.deepEqual(relative(files), ['other.md']);
  });

  it('expands a glob and lists each file once however many arguments name it', async () => {
    const { files, problems } = await discoverLetterFiles(['letters/*.txt', 'letters/a.txt', 'letters', './letters/a.txt'], temp.dir);
    assert.deepEqual(problems, []);
    assert.equal(files.filter((file) => file.endsWith('a.txt')).length, 1);
    assert.equal(files.length, 6);
  });

  it('reports a missing path, a glob with no match and a directory without letters, one reason each', async () => {
    const { files, problems } = await discoverLetterFiles(['missing.txt', 'letters/*.pdf', 'pictures', 'letters/a.txt'], temp.dir);
    assert.deepEqual(relative(files), [join('letters', 'a.txt')]);
    assert.deepEqual(problems, [
      { path: 'missing.txt', reason: 'no such file or directory' },
      { path: 'letters/*.pdf', reason: 'no files match this pattern' },
      { path: 'pictures', reason: 'no .txt or .foi files in this directory' },
    ]);
  });

  it('prefers an existing file over reading its name as a glob', async () => {
    writeFileSync(join(temp.dir, 'letter[1].txt'), 'Our ref: 2');
    const { files, problems } = await discoverLetterFiles(['letter[1].txt'], temp.dir);
    assert.deepEqual(problems, []);
    assert.deepEqual(relative(files), ['letter[1].txt']);
  });
});

describe('readLetterFile', () => {
  let temp: ReturnType<typeof makeTempDir>;

  before(() => {
    temp = makeTempDir();
  });

  after(() => temp.remove());

  it('returns the decoded text of a letter with CRLF endings and a byte order mark', async () => {
    const file = join(temp.dir, 'crlf.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Our Ref: 7\r\nNot held.\r\n')]));
    assert.deepEqual(await readLetterFile(file), { ok: true, text: 'Our Ref: 7\r\nNot held.\r\n' });
  });

  it('refuses a 50 MB file from its size alone', async () => {
    const file = join(temp.dir, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 50 * 1024 * 1024);
    const started = performance.now();
    const result = await readLetterFile(file);
    assert.deepEqual(result, { ok: false, reason: 'file is too large to analyse: 50 MB, over the 20 MB limit' });
    // Reading and scanning 50 MB would take far longer than a stat.
    assert.ok(performance.now() - started < 500, 'the file should not have been read');
  });

  it('passes on the decoder reason for an empty file', async () => {
    const file = join(temp.dir, 'empty.txt');
    writeFileSync(file, '');
    assert.deepEqual(await readLetterFile(file), { ok: false, reason: 'empty file' });
  });

  it('reports a file that vanished between discovery and reading', async () => {
    assert.deepEqual(await readLetterFile(join(temp.dir, 'gone.txt')), { ok: false, reason: 'no such file or directory' });
  });
});
