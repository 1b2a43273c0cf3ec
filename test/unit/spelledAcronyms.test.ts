import * as assert from 'node:assert/strict';
import { withSpelledAcronyms } from '../../src/core/vocabulary/spelledAcronyms';
import { buildVocabulary, findToolMentions } from '../../src/core/vocabulary/tools';

const vocabulary = buildVocabulary();

/** The tools named in `text` and the words naming them, with acronyms spelled letter by letter read. */
function named(text: string): [string, string][] {
  return withSpelledAcronyms(text, vocabulary, findToolMentions(text, vocabulary)).map((m) => [m.tool, text.slice(m.span.start, m.span.end)]);
}

describe('acronyms spelled letter by letter', () => {
  it('reads an acronym with a stop after each letter, the span covering the stops', () => {
    assert.deepEqual(named('Kent Police operates A.N.P.R. cameras and issues B.W.V. to officers.'), [
      ['anpr', 'A.N.P.R.'],
      ['body-worn-video', 'B.W.V.'],
    ]);
  });

  it('reads the words of a synonym after its spelled acronym: "I.M.S.I. catchers"', () => {
    assert.deepEqual(named('No information on I.M.S.I. catchers is held.'), [['imsi-catchers', 'I.M.S.I. catchers']]);
  });

  it('reads capitals spaced apart, as a letter-spaced PDF heading gives them: "A N P R"', () => {
    assert.deepEqual(named('A N P R\nThe force operates cameras.'), [['anpr', 'A N P R']]);
  });

  it('leaves initials that make no acronym of the vocabulary, and letters inside words, alone (near misses)', () => {
    assert.deepEqual(named('The U.K. and the E.U. were named by J. R. R. Tolkien.'), []);
    assert.deepEqual(named('Reference A N 1234 was filed under ref. X.A.N.P.R.Z'), []);
    assert.deepEqual(named('ANPR is used.'), [['anpr', 'ANPR']]);
  });
});
