import * as assert from 'node:assert/strict';
import {
  SIDECAR_HEADER,
  addAnnotation,
  parseSidecar,
  removeToolStatus,
  setToolStatus,
  type EditResult,
  type ToolStatusEdit,
} from '../../../src/core/sidecar';
import { COMMENTED_SIDECAR, commentLines, spanOf } from './fixtures';

/** The new text of a successful edit; fails the test on a refusal. */
function textOf(result: EditResult): string {
  if (!result.ok) assert.fail(`edit refused: ${result.reason}`);
  return result.text;
}

/** The lines of `after` that are not in `before` (as a multiset), in order. */
function addedLines(before: string, after: string): string[] {
  const pool = new Map<string, number>();
  for (const line of before.split('\n')) pool.set(line, (pool.get(line) ?? 0) + 1);
  return after.split('\n').filter((line) => {
    const left = pool.get(line) ?? 0;
    pool.set(line, left - 1);
    return left <= 0;
  });
}

const HACKING_USED: ToolStatusEdit = { document: 'letter.txt', tool: 'hacking', status: 'used' };

describe('sidecar edits', () => {
  describe('a new file', () => {
    it('starts with the header comment, then the version, the letter, facts and the tool', () => {
      const text = textOf(
        setToolStatus(undefined, {
          document: 'hertfordshire-2017-01696.txt',
          letter: { authority: 'Hertfordshire Constabulary', reference: 'FOI2017/01696', date: '2018-01-15', received: '2017-12-13' },
          tool: 'facial-recognition',
          status: 'partial-ncnd',
          exemptions: ['s24(2)', 's31(3)'],
          evidence: [{ exact: 'neither confirms nor denies', prefix: 'Constabulary ', suffix: ' that it', start: 1262 }],
          by: 'alice',
          at: '2026-11-22T10:00:00Z',
        }),
      );
      assert.equal(
        text,
        [
          `#${SIDECAR_HEADER}`,
          '',
          'foi: 1',
          'document: hertfordshire-2017-01696.txt',
          'letter:',
          '  authority: Hertfordshire Constabulary',
          '  reference: FOI2017/01696',
          '  date: 2018-01-15',
          '  received: 2017-12-13',
          'tools:',
          '  facial-recognition:',
          '    status: partial-ncnd',
          '    exemptions: [s24(2), s31(3)]',
          '    evidence:',
          '      - exact: "neither confirms nor denies"',
          '        prefix: "Constabulary "',
          '        suffix: " that it"',
          '        start: 1262',
          '    by: alice',
          '    at: 2026-11-22T10:00:00Z',
          '',
        ].join('\n'),
      );
      assert.deepEqual(parseSidecar(text).problems, []);
    });

    it('writes a one-line header that says what the file is and that comments are kept', () => {
      const text = textOf(setToolStatus(undefined, HACKING_USED));
      const [first, second] = text.split('\n');
      assert.match(first, /^# FOI Annotator .*Comments .* kept/);
      assert.notEqual(second.startsWith('#'), true);
    });

    it('creates a file for a first annotation', () => {
      const text = textOf(addAnnotation(undefined, { document: 'letter.txt', label: 'follow-up', anchor: { exact: 'Section 24(2)', start: 10 } }));
      const { value, problems } = parseSidecar(text);
      assert.deepEqual(problems, []);
      assert.deepEqual(value?.annotations, [{ label: 'follow-up', anchor: { exact: 'Section 24(2)', start: 10 } }]);
    });

    it('quotes tool ids and texts that YAML would otherwise read as something else', () => {
      const text = textOf(setToolStatus(undefined, { document: 'letter.txt', tool: '2019', status: 'used', letter: { reference: '12345' }, by: 'yes' }));
      const { value, problems } = parseSidecar(text);
      assert.deepEqual(problems, []);
      assert.equal(value?.letter?.reference, '12345');
      assert.equal(value?.tools?.['2019'].by, 'yes');
    });
  });

  describe('an existing file', () => {
    it('keeps every comment, key order and unknown key through a status, a new tool and an annotation', () => {
      let text = textOf(setToolStatus(COMMENTED_SIDECAR, { ...HACKING_USED, letter: { reference: 'REF-1', received: '2019-06-13' } }));
      text = textOf(setToolStatus(text, { document: 'letter.txt', tool: 'drones', status: 'not-held', exemptions: ['s12'] }));
      text = textOf(addAnnotation(text, { document: 'letter.txt', label: 'key-quote', anchor: { exact: 'not held', start: 5 } }));
      assert.deepEqual(commentLines(text), commentLines(COMMENTED_SIDECAR));
      const order = ['foi:', 'document:', 'letter:', 'reviewer:', 'tools:', '    hacking:', '    body-worn-video:', '    drones:', 'annotations:'];
      const positions = order.map((key) => text.indexOf(key));
      assert.ok(positions.every((position, i) => position >= 0 && (i === 0 || position > positions[i - 1])), text);
      const { value, document, problems } = parseSidecar(text);
      assert.deepEqual(problems, []);
      assert.equal(document.get('reviewer'), 'bob');
      assert.deepEqual(value?.letter, { authority: 'Example Police', reference: 'REF-1', date: '2019-07-04', received: '2019-06-13' });
      assert.equal(value?.tools?.hacking.status, 'used');
      assert.equal(value?.tools?.hacking.note, 'the letter cites s23(5) only\n');
      assert.equal(value?.tools?.drones.status, 'not-held');
      assert.equal(value?.annotations?.length, 1);
    });

    it('changes only the lines the edit concerns, keeping the person\'s spacing, indentation and folded text', () => {
      const text = textOf(setToolStatus(COMMENTED_SIDECAR, HACKING_USED));
      assert.equal(text, COMMENTED_SIDECAR.replace('status: ncnd      # checked twice', 'status: used # checked twice'));
    });

    it('adds a new tool as new lines only', () => {
      const text = textOf(setToolStatus(COMMENTED_SIDECAR, { document: 'letter.txt', tool: 'drones', status: 'not-held' }));
      assert.deepEqual(addedLines(COMMENTED_SIDECAR, text), ['    drones:', '        status: not-held']);
      assert.deepEqual(addedLines(text, COMMENTED_SIDECAR), []);
    });

    it('keeps Windows line endings', () => {
      const windows = COMMENTED_SIDECAR.replace(/\n/g, '\r\n');
      const text = textOf(setToolStatus(windows, { document: 'letter.txt', tool: 'drones', status: 'not-held' }));
      assert.equal(text.replace(/\r\n/g, '').includes('\n'), false);
      assert.ok(text.includes('    drones:\r\n        status: not-held\r\n'));
    });

    it('fills letter facts only where absent and never overwrites what a person wrote', () => {
      const text = textOf(
        setToolStatus(COMMENTED_SIDECAR, { ...HACKING_USED, letter: { authority: 'Someone Else', date: '2020-01-01', reference: 'R1', received: '2019-02-30' } }),
      );
      assert.deepEqual(parseSidecar(text).value?.letter, { authority: 'Example Police', date: '2019-07-04', reference: 'R1' });
    });

    it('fills an empty letter fact', () => {
      const text = textOf(setToolStatus('foi: 1\ndocument: letter.txt\nletter:\n  authority:   # to do\n', { ...HACKING_USED, letter: { authority: 'Kent Police' } }));
      assert.ok(text.includes('authority: Kent Police # to do'), text);
    });

    it('adds the version and document when a hand-made file lacks them', () => {
      const text = textOf(setToolStatus('# started by hand\ntools:\n  drones:\n    status: used\n', HACKING_USED));
      const { value, problems } = parseSidecar(text);
      assert.deepEqual(problems, []);
      assert.equal(value?.document, 'letter.txt');
      assert.ok(text.startsWith('# started by hand\nfoi: 1\ndocument: letter.txt\n'), text);
    });

    it('keeps a file of comments only and writes below them', () => {
      const text = textOf(setToolStatus('# my notes\n# more notes\n', HACKING_USED));
      assert.deepEqual(commentLines(text), ['# my notes', '# more notes']);
      assert.equal(parseSidecar(text).value?.tools?.hacking.status, 'used');
    });

    it('turns an empty flow mapping or list into block style when it gains entries', () => {
      let text = textOf(setToolStatus('foi: 1\ndocument: letter.txt\ntools: {}\nannotations: []\n', HACKING_USED));
      text = textOf(addAnnotation(text, { document: 'letter.txt', label: 'key-quote', anchor: { exact: 'words' } }));
      assert.equal(text, 'foi: 1\ndocument: letter.txt\ntools:\n  hacking:\n    status: used\nannotations:\n  - label: key-quote\n    anchor:\n      exact: "words"\n');
    });
  });

  describe('statuses', () => {
    it('replaces an existing status by default, keeping its comment', () => {
      const text = textOf(setToolStatus(COMMENTED_SIDECAR, { ...HACKING_USED, status: 'refused' }));
      assert.ok(text.includes('status: refused # checked twice'));
    });

    it('never replaces an existing status when overwrite is false', () => {
      const result = setToolStatus(COMMENTED_SIDECAR, { ...HACKING_USED, overwrite: false, by: 'carol', at: '2026-11-22T10:00:00Z' });
      assert.deepEqual(result, { ok: true, text: COMMENTED_SIDECAR, changed: false });
    });

    it('records a new tool when overwrite is false', () => {
      const text = textOf(setToolStatus(COMMENTED_SIDECAR, { document: 'letter.txt', tool: 'drones', status: 'not-held', overwrite: false }));
      assert.equal(parseSidecar(text).value?.tools?.drones.status, 'not-held');
    });

    it('still fills letter facts when overwrite is false and the status stays', () => {
      const text = textOf(setToolStatus(COMMENTED_SIDECAR, { ...HACKING_USED, overwrite: false, letter: { reference: 'R9' } }));
      const value = parseSidecar(text).value;
      assert.equal(value?.letter?.reference, 'R9');
      assert.equal(value?.tools?.hacking.status, 'ncnd');
    });

    it('reports no change, and keeps the text, when the same status is recorded again', () => {
      const result = setToolStatus(COMMENTED_SIDECAR, { ...HACKING_USED, status: 'ncnd', by: 'carol', at: '2026-11-22T10:00:00Z' });
      assert.deepEqual(result, { ok: true, text: COMMENTED_SIDECAR, changed: false });
    });

    it('stamps who and when only on a record that changed', () => {
      const text = textOf(setToolStatus(COMMENTED_SIDECAR, { ...HACKING_USED, by: 'carol', at: '2026-11-22T10:00:00Z' }));
      const record = parseSidecar(text).value?.tools?.hacking;
      assert.equal(record?.by, 'carol');
      assert.equal(record?.at, '2026-11-22T10:00:00Z');
      assert.ok(text.includes('        at: 2026-11-22T10:00:00Z\n'), 'timestamps are written without quotes');
    });

    it('replaces exemptions when given and removes them when given none', () => {
      let text = textOf(setToolStatus(undefined, { ...HACKING_USED, status: 'ncnd', exemptions: ['s23(5)', 's24(2)'] }));
      text = textOf(setToolStatus(text, { ...HACKING_USED, status: 'ncnd', exemptions: ['s31(3)'] }));
      assert.deepEqual(parseSidecar(text).value?.tools?.hacking.exemptions, ['s31(3)']);
      text = textOf(setToolStatus(text, { ...HACKING_USED, status: 'used', exemptions: [] }));
      assert.deepEqual(parseSidecar(text).value?.tools?.hacking, { status: 'used' });
    });

    it('adds evidence without repeating a quote already recorded', () => {
      const first = { exact: 'We do not use hacking.', start: 40 };
      let text = textOf(setToolStatus(undefined, { ...HACKING_USED, status: 'not-used', evidence: [first] }));
      const again = setToolStatus(text, { ...HACKING_USED, status: 'not-used', evidence: [{ exact: 'We  do not\nuse hacking.', start: 41 }] });
      assert.equal(again.ok && again.changed, false);
      text = textOf(setToolStatus(text, { ...HACKING_USED, status: 'not-used', evidence: [{ exact: 'No equipment is held.' }] }));
      assert.deepEqual(parseSidecar(text).value?.tools?.hacking.evidence, [first, { exact: 'No equipment is held.' }]);
    });

    it('writes quotes with quotation marks, backslashes and line breaks so that they read back exactly', () => {
      const exact = 'He said "no" \\ twice\nand left';
      const text = textOf(setToolStatus(undefined, { ...HACKING_USED, evidence: [{ exact, prefix: ' ', suffix: '# not a comment' }] }));
      assert.deepEqual(parseSidecar(text).value?.tools?.hacking.evidence, [{ exact, prefix: ' ', suffix: '# not a comment' }]);
    });

    it('refuses an empty tool id or a status that does not exist', () => {
      assert.equal(setToolStatus(undefined, { ...HACKING_USED, tool: ' ' }).ok, false);
      assert.equal(setToolStatus(undefined, { ...HACKING_USED, status: 'maybe' as never }).ok, false);
    });
  });

  describe('refusals', () => {
    it('refuses to edit broken YAML and returns the problem at its exact position', () => {
      const broken = 'foi: 1\ndocument: letter.txt\ntools:\n  hacking: [ncnd\n';
      const result = setToolStatus(broken, HACKING_USED);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.match(result.reason, /YAML errors/);
      assert.ok(result.problems.length > 0);
      assert.ok(result.problems.every((problem) => problem.code === 'sidecar-syntax'));
      assert.ok(result.problems[0].span.start >= broken.indexOf('[ncnd'));
      assert.equal('text' in result, false, 'no new text is offered');
    });

    it('refuses a file with repeated keys, pointing at the repeat', () => {
      const text = 'foi: 1\ndocument: letter.txt\ntools:\n  hacking:\n    status: ncnd\n  hacking:\n    status: used\n';
      const result = addAnnotation(text, { document: 'letter.txt', label: 'key-quote', anchor: { exact: 'x' } });
      assert.equal(result.ok, false);
      if (!result.ok) assert.deepEqual(result.problems.map((problem) => problem.span), [spanOf(text, 'hacking', 1)]);
    });

    it('refuses a file with aliases', () => {
      assert.equal(setToolStatus('foi: 1\ndocument: &d letter.txt\nother: *d\n', HACKING_USED).ok, false);
    });

    it('refuses when tools is a list, pointing at the list', () => {
      const text = 'foi: 1\ndocument: letter.txt\ntools:\n  - hacking\n';
      const result = setToolStatus(text, HACKING_USED);
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(text.slice(result.problems[0].span.start, result.problems[0].span.end), '- hacking\n');
    });

    it('refuses when the tool\'s record is not a mapping', () => {
      const result = setToolStatus('foi: 1\ndocument: letter.txt\ntools:\n  hacking: used\n', HACKING_USED);
      assert.equal(result.ok, false);
    });

    it('refuses to write into a later format version', () => {
      const result = setToolStatus('foi: 2\ndocument: letter.txt\n', HACKING_USED);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.reason, /version 2/);
    });
  });

  describe('annotations', () => {
    it('appends annotations in order with their notes, authors and times', () => {
      let text = textOf(addAnnotation(COMMENTED_SIDECAR, { document: 'letter.txt', label: 'key-quote', anchor: { exact: 'first' } }));
      text = textOf(
        addAnnotation(text, {
          document: 'letter.txt',
          label: 'inconsistency',
          note: 'contradicts page 1',
          anchor: { exact: 'second', prefix: 'a ', suffix: ' b', start: 9 },
          by: 'alice',
          at: '2026-11-22T10:00:00Z',
        }),
      );
      assert.deepEqual(parseSidecar(text).value?.annotations, [
        { label: 'key-quote', anchor: { exact: 'first' } },
        { label: 'inconsistency', note: 'contradicts page 1', anchor: { exact: 'second', prefix: 'a ', suffix: ' b', start: 9 }, by: 'alice', at: '2026-11-22T10:00:00Z' },
      ]);
    });

    it('does not add the same annotation twice', () => {
      const edit = { document: 'letter.txt', label: 'key-quote', anchor: { exact: 'first', start: 3 } };
      const text = textOf(addAnnotation(COMMENTED_SIDECAR, edit));
      assert.deepEqual(addAnnotation(text, edit), { ok: true, text, changed: false });
    });

    it('refuses an annotation without a label or without words', () => {
      assert.equal(addAnnotation(undefined, { document: 'letter.txt', label: '  ', anchor: { exact: 'x' } }).ok, false);
      assert.equal(addAnnotation(undefined, { document: 'letter.txt', label: 'key-quote', anchor: { exact: ' ' } }).ok, false);
    });
  });

  describe('removing a status', () => {
    it('removes the record and moves the comment above it to the next entry', () => {
      const text = textOf(removeToolStatus(COMMENTED_SIDECAR, { tool: 'hacking' }));
      assert.deepEqual(Object.keys(parseSidecar(text).value?.tools ?? {}), ['body-worn-video']);
      assert.ok(text.includes('# covert tools'));
      assert.ok(text.includes('# overt tools'));
      assert.equal(text.includes('# checked twice'), false, 'comments inside the record go with it');
    });

    it('keeps the comment above the last record', () => {
      const text = textOf(removeToolStatus(COMMENTED_SIDECAR, { tool: 'body-worn-video' }));
      assert.ok(text.includes('# overt tools'));
      assert.deepEqual(Object.keys(parseSidecar(text).value?.tools ?? {}), ['hacking']);
    });

    it('changes nothing when the tool has no record or there is no file', () => {
      assert.deepEqual(removeToolStatus(COMMENTED_SIDECAR, { tool: 'drones' }), { ok: true, text: COMMENTED_SIDECAR, changed: false });
      assert.deepEqual(removeToolStatus(undefined, { tool: 'drones' }), { ok: true, text: '', changed: false });
    });
  });
});
