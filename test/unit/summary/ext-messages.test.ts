import * as assert from 'node:assert/strict';
import { MAX_MESSAGE_TEXT, type PanelData, parseHostMessage, parsePanelMessage } from '../../../src/extension/summary/webview/messages';

const DATA: PanelData = {
  tools: [
    { id: 'hacking', label: 'Hacking' },
    { id: 'facial-recognition', label: 'Facial recognition' },
  ],
  rows: [
    {
      authority: '<img src=x onerror="window.__foiPwned=1">',
      cells: [
        [{ file: 'letters/a.txt', reference: null, date: '2019-01-02', status: 'ncnd', recorded: true, evidence: 'quote', note: null }],
        null,
      ],
    },
  ],
  counts: [[{ status: 'ncnd', recorded: 1, suggested: 0 }], []],
  exemptions: [{ section: 's24(2)', title: 'National security', letters: 1 }],
  progress: { tagged: 1, letters: 1 },
  problems: 0,
};

/** DATA with one part replaced, as JSON would carry it. */
function withData(change: (data: Record<string, unknown>) => void): unknown {
  const data = structuredClone(DATA) as unknown as Record<string, unknown>;
  change(data);
  return { type: 'summary', data };
}

describe('Summary panel messages', () => {
  describe('from the panel', () => {
    it('accepts ready, showProblems and openEvidence with a file and a tool', () => {
      assert.deepEqual(parsePanelMessage({ type: 'ready' }), { type: 'ready' });
      assert.deepEqual(parsePanelMessage({ type: 'showProblems' }), { type: 'showProblems' });
      assert.deepEqual(parsePanelMessage({ type: 'openEvidence', file: 'letters/a.txt', tool: 'hacking' }), {
        type: 'openEvidence',
        file: 'letters/a.txt',
        tool: 'hacking',
      });
    });

    it('keeps only the known fields', () => {
      assert.deepEqual(parsePanelMessage({ type: 'ready', command: 'workbench.action.terminal.new' }), { type: 'ready' });
    });

    it('ignores unknown types, missing or non-string fields, empty and overlong strings, and non-objects', () => {
      for (const message of [
        null,
        'ready',
        ['ready'],
        { type: 'runCommand', command: 'x' },
        { type: 'openEvidence', file: 'letters/a.txt' },
        { type: 'openEvidence', file: 42, tool: 'hacking' },
        { type: 'openEvidence', file: '', tool: 'hacking' },
        { type: 'openEvidence', file: 'x'.repeat(MAX_MESSAGE_TEXT + 1), tool: 'hacking' },
        { type: { toString: () => 'ready' } },
      ]) {
        assert.equal(parsePanelMessage(message), undefined, JSON.stringify(message));
      }
    });
  });

  describe('from the extension', () => {
    it('accepts a well-formed summary, whatever text the sidecars hold', () => {
      assert.deepEqual(parseHostMessage({ type: 'summary', data: DATA }), { type: 'summary', data: DATA });
    });

    it('ignores a summary whose rows do not have one cell per tool', () => {
      assert.equal(parseHostMessage(withData((data) => ((data.rows as { cells: unknown[] }[])[0].cells = [null]))), undefined);
    });

    it('ignores an unknown status, a non-boolean recorded flag, an empty cell list and negative counts', () => {
      const entry = (data: Record<string, unknown>) => (data.rows as { cells: Record<string, unknown>[][] }[])[0].cells[0][0];
      assert.equal(parseHostMessage(withData((data) => (entry(data).status = 'maybe'))), undefined);
      assert.equal(parseHostMessage(withData((data) => (entry(data).recorded = 'yes'))), undefined);
      assert.equal(parseHostMessage(withData((data) => ((data.rows as { cells: unknown[] }[])[0].cells[1] = []))), undefined);
      assert.equal(parseHostMessage(withData((data) => (data.problems = -1))), undefined);
      assert.equal(parseHostMessage(withData((data) => (data.progress = { tagged: 1.5, letters: 2 }))), undefined);
    });

    it('ignores counts that are not aligned with the tools, and unknown message types', () => {
      assert.equal(parseHostMessage(withData((data) => (data.counts = [[]]))), undefined);
      assert.equal(parseHostMessage({ type: 'eval', data: DATA }), undefined);
      assert.equal(parseHostMessage(undefined), undefined);
    });
  });
});
