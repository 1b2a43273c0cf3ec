import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text';

describe('LineIndex', () => {
  it('maps offsets to lines across LF, CRLF and lone CR endings', () => {
    const index = new LineIndex('a\nbc\r\nd\re');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(3), { line: 1, character: 1 });
    assert.deepEqual(index.positionAt(6), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(8), { line: 3, character: 0 });
  });

  it('round-trips every offset through positions', () => {
    const text = 'line one\r\nline two\n\nlast';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between CR and LF is not a position
      assert.equal(index.offsetAt(index.positionAt(offset)), offset);
    }
  });

  it('clamps positions outside the text', () => {
    const index = new LineIndex('ab');
    assert.deepEqual(index.positionAt(99), { line: 0, character: 2 });
    assert.equal(index.offsetAt({ line: 5, character: 0 }), 2);
  });
});
