// splitLines and NextOccurrence: a letter's lines as offsets, and the next place a character occurs.

import { strict as assert } from 'node:assert';
import { lineIndexAt, NextOccurrence, splitLines } from '../../../src/core/analysis/lines';

describe('splitLines', () => {
  it('gives each line its offsets, text, indent and blankness, without the CR of a CRLF', () => {
    const lines = splitLines('Dear Sir\r\n\r\n  Q1. Drones?\n \t\nEnd');
    assert.deepEqual(
      lines.map(({ start, end, text, indent, blank }) => [start, end, text, indent, blank]),
      [
        [0, 8, 'Dear Sir', 0, false],
        [10, 10, '', 0, true],
        [12, 25, '  Q1. Drones?', 2, false],
        [26, 28, ' \t', 2, true],
        [29, 32, 'End', 0, false],
      ],
    );
  });

  it('finds the line holding an offset, a line break counting as its line', () => {
    const lines = splitLines('one\ntwo\n\nthree');
    assert.deepEqual([0, 3, 4, 8, 9, 14].map((offset) => lineIndexAt(lines, offset)), [0, 0, 1, 2, 3, 3]);
  });
});

describe('NextOccurrence', () => {
  it('finds the next occurrence at or after each offset, and the text length past the last', () => {
    const colons = new NextOccurrence('a:b:c', ':');
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((offset) => colons.from(offset)), [1, 1, 3, 3, 5, 5]);
  });

  it('answers an offset before the last one asked about as well', () => {
    const colons = new NextOccurrence('a:b:c', ':');
    assert.equal(colons.from(4), 5);
    assert.equal(colons.from(0), 1);
    assert.equal(colons.from(2), 3);
  });

  it('tells whether the character occurs in a range', () => {
    const marks = new NextOccurrence('Why? Because.', '?');
    assert.equal(marks.within(0, 4), true);
    assert.equal(marks.within(0, 3), false);
    assert.equal(marks.within(4, 13), false);
  });
});
