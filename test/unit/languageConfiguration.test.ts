// language-configuration.json: its word pattern (double-click, word highlights) keeps section ids and joined
// words whole, and it declares the brackets and quotes letters use.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LanguageConfiguration {
  readonly wordPattern: { readonly pattern: string; readonly flags: string };
  readonly brackets: readonly (readonly [string, string])[];
  readonly autoClosingPairs: readonly { readonly open: string; readonly close: string }[];
  readonly surroundingPairs: readonly (readonly [string, string])[];
  readonly folding?: unknown;
}

const configuration = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'language-configuration.json'), 'utf8'),
) as LanguageConfiguration;

/** The words of a line as VS Code would find them (it always adds the `g` flag). */
const wordsOf = (line: string): string[] => line.match(new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags}g`)) ?? [];

describe('language configuration', () => {
  it('reads "24(2)", "s31(1)(a)" and "1(1)(a)" as single words', () => {
    assert.deepEqual(wordsOf('Section 24(2) National Security'), ['Section', '24(2)', 'National', 'Security']);
    assert.deepEqual(wordsOf('under s31(1)(a) and Section 1(1)(a).'), ['under', 's31(1)(a)', 'and', 'Section', '1(1)(a)']);
  });

  it('keeps apostrophes and hyphens inside words, and leaves punctuation out', () => {
    assert.deepEqual(wordsOf('The force doesn’t use body-worn video, it’s “not held”.'), [
      'The',
      'force',
      'doesn’t',
      'use',
      'body-worn',
      'video',
      'it’s',
      'not',
      'held',
    ]);
  });

  it('keeps hyphenated references and accented names whole', () => {
    assert.deepEqual(wordsOf('FOI 007663-17 for Chopra-Miah, Zoë'), ['FOI', '007663-17', 'for', 'Chopra-Miah', 'Zoë']);
  });

  it('never matches the empty string, which would hang word navigation', () => {
    assert.equal(new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags).test(''), false);
  });

  it('auto-closes and surrounds with curly quotes, and pairs round and square brackets', () => {
    assert.ok(configuration.autoClosingPairs.some((pair) => pair.open === '“' && pair.close === '”'));
    assert.ok(configuration.surroundingPairs.some(([open, close]) => open === '“' && close === '”'));
    assert.deepEqual(configuration.brackets, [
      ['(', ')'],
      ['[', ']'],
    ]);
  });

  it('declares no folding markers: folding comes from the extension’s outline', () => {
    assert.equal(configuration.folding, undefined);
  });
});
