import * as assert from 'node:assert/strict';
import { withBrokenWords } from '../../src/core/vocabulary/brokenWords';
import { buildVocabulary, findToolMentions } from '../../src/core/vocabulary/tools';

const vocabulary = buildVocabulary();

/** The tools named in `text` and the words naming them, with names broken across hyphenated line breaks read. */
function named(text: string): [string, string][] {
  return withBrokenWords(text, vocabulary, findToolMentions(text, vocabulary)).map((m) => [m.tool, text.slice(m.span.start, m.span.end)]);
}

describe('tool names broken across lines with a hyphen', () => {
  it('reads a name whose word a line wrap broke with a hyphen, the span covering the break', () => {
    assert.deepEqual(named('The force does not use any social media moni-\ntoring tool.'), [['social-media-intelligence', 'social media moni-\ntoring']]);
    assert.deepEqual(named('about facial\nrecog-\r\n  nition and drones'), [
      ['facial-recognition', 'facial\nrecog-\r\n  nition'],
      ['drones', 'drones'],
    ]);
  });

  it('gives way to nothing where the hyphen is part of the name ("body-" / "worn video")', () => {
    assert.deepEqual(named('The force issues body-\nworn video to officers.'), [['body-worn-video', 'body-\nworn video']]);
  });

  it('leaves a hyphen before a capital or a new item alone (near misses)', () => {
    assert.deepEqual(named('Contact the unit for dro-\nNes.'), []);
    assert.deepEqual(named('Drones -\n- ANPR'), [['drones', 'Drones'], ['anpr', 'ANPR']]);
  });

  it('returns the same mentions where no line ends with a hyphen', () => {
    const text = 'ANPR, drones and body worn video are used.';
    const mentions = findToolMentions(text, vocabulary);
    assert.equal(withBrokenWords(text, vocabulary, mentions), mentions);
  });

  it('is linear on a text of many hyphenated line breaks', () => {
    const text = 'social media moni-\ntoring and drones; '.repeat(5_000);
    const started = process.hrtime.bigint();
    assert.equal(withBrokenWords(text, vocabulary, findToolMentions(text, vocabulary)).length, 10_000);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2_000);
  });
});
