import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { isTempName, removeStaleTempFiles, STALE_TEMP_AGE_MS, tempNameFor, writeFileAtomic } from '../../../src/extension/sidecar/atomicWrite';
import { generation, nodeFileSystem } from './nodeFileSystem';

const encode = (text: string) => new TextEncoder().encode(text);

describe('atomic sidecar writes', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'foi-atomic-'));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('replaces the file’s content and leaves no temporary file', async () => {
    const target = path.join(folder, 'a.txt.foi.yaml');
    fs.writeFileSync(target, 'old');
    await writeFileAtomic(nodeFileSystem, target, encode('new'));
    assert.equal(fs.readFileSync(target, 'utf8'), 'new');
    assert.deepEqual(fs.readdirSync(folder), ['a.txt.foi.yaml']);
  });

  it('removes its temporary file and rethrows when the rename fails, leaving the old content', async () => {
    const target = path.join(folder, 'a.txt.foi.yaml');
    fs.writeFileSync(target, 'old');
    const failing = { ...nodeFileSystem, rename: () => Promise.reject(new Error('disk full')) };
    await assert.rejects(writeFileAtomic(failing, target, encode('new')), /disk full/);
    assert.equal(fs.readFileSync(target, 'utf8'), 'old');
    assert.deepEqual(fs.readdirSync(folder), ['a.txt.foi.yaml']);
  });

  it('names temporary files so that only its own are recognised', () => {
    const name = tempNameFor('a.txt.foi.yaml');
    assert.match(name, /^\.a\.txt\.foi\.yaml\.[0-9a-f]{12}\.foi-tmp$/);
    assert.ok(isTempName(name));
    for (const other of ['a.txt.foi.yaml', 'notes.foi-tmp', '.a.foi-tmp', '.a.txt.foi.yaml.0123.foi-tmp', '.a.txt.foi.yaml.0123456789AB.foi-tmp']) {
      assert.ok(!isTempName(other), other);
    }
  });

  it('clears only stale temporary files of its own making', async () => {
    const stale = tempNameFor('a.txt.foi.yaml');
    const fresh = tempNameFor('b.txt.foi.yaml');
    const folderNamedLikeOne = tempNameFor('c.txt.foi.yaml');
    for (const name of [stale, fresh, 'notes.foi-tmp', 'a.txt.foi.yaml']) fs.writeFileSync(path.join(folder, name), 'x');
    fs.mkdirSync(path.join(folder, folderNamedLikeOne));
    const old = new Date(Date.now() - STALE_TEMP_AGE_MS - 1000);
    for (const name of [stale, 'notes.foi-tmp']) fs.utimesSync(path.join(folder, name), old, old);
    assert.equal(await removeStaleTempFiles(nodeFileSystem, folder), 1);
    assert.deepEqual(fs.readdirSync(folder).sort(), [fresh, folderNamedLikeOne, 'a.txt.foi.yaml', 'notes.foi-tmp'].sort());
  });

  it('leaves the old or the new content, never a mix or a truncated file, when the writer is killed mid-loop', async () => {
    const target = path.join(folder, 'letter.txt.foi.yaml');
    const contents = new Set([generation('old'), generation('new')]);
    const child = path.join(__dirname, 'writeLoop.ts');
    let leftovers = 0;
    for (let kill = 0; kill < 8; kill++) {
      const writer = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), child, target], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        writer.stdout.once('data', () => resolve());
        writer.once('exit', (code) => reject(new Error(`the writer exited (${code}) before its first write`)));
      });
      // Kill at a different point of the loop each time: the writes take a few milliseconds each.
      await new Promise((resolve) => setTimeout(resolve, 5 + kill * 7));
      const exited = new Promise((resolve) => writer.once('exit', resolve));
      writer.kill('SIGKILL');
      await exited;
      const text = fs.readFileSync(target, 'utf8');
      assert.ok(contents.has(text), `after kill ${kill} the file holds ${text.length} characters of neither content`);
      assert.ok(['old', 'new'].includes((parse(text) as { generation: string }).generation));
      leftovers += fs.readdirSync(folder).filter(isTempName).length;
      await removeStaleTempFiles(nodeFileSystem, folder, Date.now() + STALE_TEMP_AGE_MS + 1);
      assert.deepEqual(fs.readdirSync(folder), ['letter.txt.foi.yaml'], 'a later write clears what the crash left');
    }
    // Not asserted, since it depends on timing: how often a kill landed between writing the temporary file and renaming it.
    console.log(`      ${leftovers} of 8 kills left a temporary file behind`);
  }).timeout(120_000);
});
