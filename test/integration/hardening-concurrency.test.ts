// Concurrency and crashes in the real host: a hundred tags fired at once all land, a sidecar someone else rewrote
// between our read and our write is merged rather than clobbered, and temporary files a crashed write left behind
// are cleared by the next write in their folder. (Killing a writer mid-write is tested under plain Node, in
// test/unit/hardening/atomicWrite.test.ts, since killing the extension host would end this suite.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { setToolStatus, type EditResult } from '../../src/core/sidecar';
import { SidecarStore } from '../../src/extension/sidecar/sidecarStore';
import { longestBlock, reportFigure, scratchFolder, seedText, writeFiles } from './hardening-support';
import { withStore } from './util/disposables';
import { waitFor } from './util/wait';
import { closeAllEditors } from './util/workspace';

const TOOLS = ['body-worn-video', 'facial-recognition', 'hacking', 'imsi-catchers', 'mobile-phone-extraction', 'predictive-policing', 'social-media-intelligence', 'anpr', 'drones'];
const STATUSES = ['used', 'trialled', 'not-used', 'ncnd', 'partial-ncnd', 'not-held', 'refused', 'referred', 'no-answer'];

function recordedStatuses(sidecar: string): Record<string, string> {
  const value = parse(fs.readFileSync(sidecar, 'utf8')) as { tools?: Record<string, { status: string }> };
  return Object.fromEntries(Object.entries(value.tools ?? {}).map(([tool, record]) => [tool, record.status]));
}

function tempFilesIn(folder: string): string[] {
  return fs.readdirSync(folder).filter((name) => name.endsWith('.foi-tmp'));
}

describe('hardening: concurrent tags and crashed writes', () => {
  afterEach(closeAllEditors);

  it('lands all of 100 tags fired at once across 10 letters, the last tag of each tool winning', async function () {
    this.timeout(120_000);
    const folder = scratchFolder('hundred-tags');
    const letters = Array.from({ length: 10 }, (_, i) => writeFiles(folder, { [`letter-${i}.foi.txt`]: seedText() })[`letter-${i}.foi.txt`]);
    // Per letter: every tool once, then the first tool again with another status. Calls are interleaved across letters.
    const calls: { letter: number; tool: string; status: string }[] = [];
    for (let round = 0; round < 10; round++) {
      for (let letter = 0; letter < 10; letter++) {
        const tool = TOOLS[round % TOOLS.length];
        const status = round < TOOLS.length ? STATUSES[(round + letter) % STATUSES.length] : 'no-answer';
        calls.push({ letter, tool, status });
      }
    }
    const { value: outcomes, longestMs, elapsedMs } = await longestBlock(async () =>
      Promise.all(calls.map((call) => vscode.commands.executeCommand<{ kind: string }>('foi.tagTool', letters[call.letter], call.tool, call.status))),
    );
    reportFigure('100 concurrent tags over 10 letters: elapsed', elapsedMs);
    reportFigure('100 concurrent tags over 10 letters: longest block', longestMs);
    assert.ok(outcomes.every((outcome) => outcome.kind === 'written' || outcome.kind === 'unchanged'), outcomes.map((o) => o.kind).join(', '));
    letters.forEach((letter, i) => {
      const expected = Object.fromEntries(TOOLS.map((tool, round) => [tool, round === 0 ? 'no-answer' : STATUSES[(round + i) % STATUSES.length]]));
      assert.deepEqual(recordedStatuses(`${letter.fsPath}.foi.yaml`), expected, `letter-${i}`);
    });
    assert.deepEqual(tempFilesIn(folder), [], 'no temporary file is left behind');
  });

  describe('a sidecar rewritten by someone else between our read and our write', () => {
    /** An edit that tags hacking, after the first call also rewrites the file on disk as another program would. */
    function racingEdit(sidecar: string, rewrite: () => void): { edit: (text: string | undefined) => EditResult; calls: () => number } {
      let calls = 0;
      const edit = (text: string | undefined): EditResult => {
        if (calls++ === 0) rewrite();
        return setToolStatus(text, { document: path.basename(sidecar, '.foi.yaml'), tool: 'hacking', status: 'ncnd' });
      };
      return { edit, calls: () => calls };
    }

    it(
      'is read again and merged when its size and time changed',
      withStore(async (store) => {
        const folder = scratchFolder('race-size');
        const { 'letter.foi.txt': letter } = writeFiles(folder, { 'letter.foi.txt': seedText(), 'letter.foi.txt.foi.yaml': 'foi: 1\ndocument: letter.foi.txt\n' });
        const sidecar = `${letter.fsPath}.foi.yaml`;
        const sidecars = store.add(new SidecarStore());
        const { edit, calls } = racingEdit(sidecar, () =>
          fs.writeFileSync(sidecar, 'foi: 1\ndocument: letter.foi.txt\n# added by another window\ntools:\n  drones:\n    status: used\n'),
        );
        const outcome = await sidecars.update(letter, edit);
        assert.equal(outcome.kind, 'written');
        assert.equal(calls(), 2, 'the edit ran again on the new content');
        const text = fs.readFileSync(sidecar, 'utf8');
        assert.match(text, /# added by another window/);
        assert.deepEqual(recordedStatuses(sidecar), { drones: 'used', hacking: 'ncnd' });
      }),
    );

    it(
      'is read again and merged when only its content changed, within the same size and modification time',
      withStore(async (store) => {
        const folder = scratchFolder('race-content');
        const before = 'foi: 1\ndocument: letter.foi.txt\ntools:\n  drones:\n    status: used\n';
        const { 'letter.foi.txt': letter } = writeFiles(folder, { 'letter.foi.txt': seedText(), 'letter.foi.txt.foi.yaml': before });
        const sidecar = `${letter.fsPath}.foi.yaml`;
        const { atime, mtime } = fs.statSync(sidecar);
        const sidecars = store.add(new SidecarStore());
        const { edit, calls } = racingEdit(sidecar, () => {
          fs.writeFileSync(sidecar, before.replace('status: used', 'status: ncnd'));
          fs.utimesSync(sidecar, atime, mtime);
        });
        const outcome = await sidecars.update(letter, edit);
        assert.equal(outcome.kind, 'written');
        assert.equal(calls(), 2);
        assert.deepEqual(recordedStatuses(sidecar), { drones: 'ncnd', hacking: 'ncnd' });
      }),
    );

    it(
      'is given up on with a clear reason when it keeps changing',
      withStore(async (store) => {
        const folder = scratchFolder('race-forever');
        const { 'letter.foi.txt': letter } = writeFiles(folder, { 'letter.foi.txt': seedText(), 'letter.foi.txt.foi.yaml': 'foi: 1\ndocument: letter.foi.txt\n' });
        const sidecar = `${letter.fsPath}.foi.yaml`;
        const sidecars = store.add(new SidecarStore());
        let generation = 0;
        const outcome = await sidecars.update(letter, (text) => {
          fs.writeFileSync(sidecar, `foi: 1\ndocument: letter.foi.txt\n# rewrite ${generation++}\n`);
          return setToolStatus(text, { document: 'letter.foi.txt', tool: 'hacking', status: 'ncnd' });
        });
        assert.equal(outcome.kind, 'refused');
        assert.match(outcome.kind === 'refused' ? outcome.reason : '', /kept changing/);
        assert.match(fs.readFileSync(sidecar, 'utf8'), /# rewrite \d+\n$/, 'the other program’s last content stays');
      }),
    );
  });

  it('clears a temporary file a crashed write left behind when the next tag writes in its folder', async () => {
    const folder = scratchFolder('leftovers');
    const { 'letter.foi.txt': letter } = writeFiles(folder, {
      'letter.foi.txt': seedText(),
      '.letter.foi.txt.foi.yaml.0123456789ab.foi-tmp': 'foi: 1\ndocument: letter.foi.txt\ntools:\n  hacking: {sta',
      '.other.foi.txt.foi.yaml.abcdef012345.foi-tmp': 'a write under way in another window',
      'notes.foi-tmp': 'not a name FOI Annotator makes',
    });
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(path.join(folder, '.letter.foi.txt.foi.yaml.0123456789ab.foi-tmp'), hourAgo, hourAgo);
    fs.utimesSync(path.join(folder, 'notes.foi-tmp'), hourAgo, hourAgo);

    const outcome = await vscode.commands.executeCommand<{ kind: string }>('foi.tagTool', letter, 'hacking', 'ncnd');
    assert.equal(outcome.kind, 'written');
    await waitFor(() => !fs.existsSync(path.join(folder, '.letter.foi.txt.foi.yaml.0123456789ab.foi-tmp')), {
      description: 'the stale temporary file to be removed',
    });
    assert.deepEqual(tempFilesIn(folder).sort(), ['.other.foi.txt.foi.yaml.abcdef012345.foi-tmp', 'notes.foi-tmp'], 'a fresh temporary file and a foreign name stay');
  });
});
