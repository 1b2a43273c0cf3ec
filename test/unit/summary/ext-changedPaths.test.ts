import { strict as assert } from 'node:assert';
import { ChangedPaths, type Located } from '../../../src/extension/summary/changedPaths';

const file = (path: string, authority = ''): Located => ({ scheme: 'file', authority, path });

describe('ChangedPaths (which files a batch of created or deleted paths touches)', () => {
  const deleted = new ChangedPaths([file('/work/letters/2019'), file('/work/old.txt')]);

  it('finds a file inside a deleted folder, however deep', () => {
    assert.equal(deleted.covers(file('/work/letters/2019/norfolk.foi.yaml')), true);
    assert.equal(deleted.covers(file('/work/letters/2019/kent/q1/a.foi.yaml')), true);
  });

  it('does not take a folder whose name only begins the same for a parent', () => {
    assert.equal(deleted.covers(file('/work/letters/2019-extra/a.foi.yaml')), false);
    assert.equal(deleted.covers(file('/work/letters/a.foi.yaml')), false);
  });

  it('counts the path itself only when asked to', () => {
    assert.equal(deleted.covers(file('/work/old.txt')), false);
    assert.equal(deleted.covers(file('/work/old.txt'), true), true);
    assert.equal(deleted.covers(file('/work/letters/2019'), true), true);
  });

  it('keeps files of another scheme or authority apart', () => {
    assert.equal(deleted.covers({ scheme: 'vscode-remote', authority: '', path: '/work/letters/2019/a.foi.yaml' }), false);
    assert.equal(deleted.covers(file('/work/letters/2019/a.foi.yaml', 'server')), false);
  });

  it('covers nothing when no path changed', () => {
    const none = new ChangedPaths([]);
    assert.equal(none.isEmpty, true);
    assert.equal(none.covers(file('/work/a.txt'), true), false);
  });

  it('answers in time that grows with the depth of the file, not the number of paths', () => {
    const many = new ChangedPaths(Array.from({ length: 20_000 }, (_, i) => file(`/work/deleted-${i}`)));
    let covered = 0;
    for (let i = 0; i < 20_000; i++) if (many.covers(file(`/work/kept-${i}/letter.foi.yaml`))) covered++;
    assert.equal(covered, 0);
    assert.equal(many.covers(file('/work/deleted-19999/letter.foi.yaml')), true);
  });
});
