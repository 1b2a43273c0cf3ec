import * as assert from 'node:assert/strict';
import { MAX_MESSAGE_TEXT, parsePanelMessage } from '../../../src/extension/summary/webview/messages';

describe('messages from the Summary panel, as a hostile page could send them', () => {
  it('ignores anything that is not one of the three messages, whole', () => {
    const junk: unknown[] = [
      undefined,
      null,
      42,
      'openEvidence',
      ['openEvidence', 'a.txt', 'hacking'],
      {},
      { type: 'OPENEVIDENCE', file: 'a.txt', tool: 'hacking' },
      { type: 'runCommand', command: 'workbench.action.quit' },
      { type: 'openEvidence', file: 'a.txt' },
      { type: 'openEvidence', file: { toString: () => 'a.txt' }, tool: 'hacking' },
      { type: 'openEvidence', file: '', tool: 'hacking' },
      { type: 'openEvidence', file: 'a'.repeat(MAX_MESSAGE_TEXT + 1), tool: 'hacking' },
      { type: 'openEvidence', file: 'a.txt', tool: ['hacking'] },
      JSON.parse('{"__proto__": {"type": "ready"}}'),
    ];
    for (const message of junk) assert.equal(parsePanelMessage(message), undefined, JSON.stringify(message));
  });

  it('passes on only the known fields, so nothing else a message carries reaches the extension', () => {
    const message = JSON.parse('{"type": "openEvidence", "file": "../../etc/passwd", "tool": "hacking", "uri": "file:///etc/passwd", "__proto__": {"polluted": true}}');
    const parsed = parsePanelMessage(message);
    assert.deepEqual(parsed, { type: 'openEvidence', file: '../../etc/passwd', tool: 'hacking' });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(parsePanelMessage({ type: 'ready', extra: 'x' }), { type: 'ready' });
  });
});
