import * as assert from 'node:assert/strict';
import { anyOf, anyOfParts, firstMatchOfParts } from '../../../src/core/analysis/toolAnswers/anyOf';

/** Branches enough to take one pattern's source well past V8's 20 KB limit, none matching the texts below. */
const filler = Array.from({ length: 400 }, (_, i) => String.raw`\b(?:filler|padding)\s+number\s+${i}\s+(?:of|in)\s+the\s+list\b`);

describe('anyOf: one pattern for a list of cue phrases', () => {
  it('matches where any branch matches, the earlier branch winning at one place', () => {
    const pattern = anyOf([String.raw`\bcat\s+sat\b`, String.raw`\bdog\b`, String.raw`\bcat\s+sat\s+down\b`]);
    assert.equal(pattern.exec('the dog and the cat sat down')?.[0], 'dog');
    assert.equal(pattern.exec('the cat sat down')?.[0], 'cat sat');
  });

  it('reads a group of words as its opening', () => {
    assert.equal(anyOf([String.raw`\b(?:is|are)\s+used\b`]).exec('they are used')?.[0], 'are used');
  });

  it('refuses a branch that does not open at a word boundary', () => {
    assert.throws(() => anyOf(['cat']), /without/);
    assert.throws(() => anyOf([String.raw`\b\d+\s+cats`]), /neither a word nor a group of words/);
  });
});

describe('anyOfParts: a list too long for one pattern V8 optimises', () => {
  const branches = [String.raw`\bcat\s+sat\b`, ...filler, String.raw`\bcat\s+sat\s+down\b`, String.raw`\bmat\b`];
  const parts = anyOfParts(branches);

  it('cuts the list into parts each within 20 KB of source', () => {
    assert.ok(anyOf(branches).source.length > 20 * 1024);
    assert.ok(parts.length > 1);
    for (const part of parts) assert.ok(part.source.length <= 20 * 1024, `${part.source.length}`);
  });

  it('keeps a short list in one pattern, the same as anyOf', () => {
    const short = [String.raw`\bcat\b`, String.raw`\bmat\b`];
    assert.deepEqual(
      anyOfParts(short).map((part) => part.source),
      [anyOf(short).source],
    );
  });

  for (const text of ['the cat sat down on the mat', 'on the mat the cat sat down', 'nothing here', 'filler number 7 in the list']) {
    it(`finds the match the whole list would: "${text}"`, () => {
      const whole = anyOf(branches).exec(text);
      const found = firstMatchOfParts(text, parts);
      assert.deepEqual(found && [found.index, found[0]], whole && [whole.index, whole[0]]);
    });
  }
});
