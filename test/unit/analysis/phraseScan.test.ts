// The phrase scanner must find exactly what `String.prototype.matchAll` finds, pattern by pattern, while trying
// each pattern only where a word it can open with begins. Checked on patterns shaped like the recognisers' own
// (word lists, case-sensitive acronyms, the tool matcher's lookbehind) and on generated texts.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { forgetText, matchAllOf, matchEach, matchStarts, openingKeys, phraseList } from '../../../src/core/analysis/phraseScan';
import { buildVocabulary } from '../../../src/core/vocabulary/tools';

const GAP = '[\\s\\u00a0]{1,6}';

/** Patterns like the recognisers', including ones the scanner cannot index and must scan in full. */
const PATTERNS = phraseList([
  new RegExp(`\\b(?:is|are|was|were)(?:${GAP}not|n['’]t)${GAP}(?:currently${GAP})?held\\b`, 'gi'),
  new RegExp(`\\b(?:duty${GAP}to${GAP}confirm|(?:section|s\\.?)[\\s\\u00a0]{0,3}1)\\b`, 'gi'),
  new RegExp(`(?:\\b(?:will|we|is)${GAP}NCND\\b|\\bNCND${GAP}applies\\b)`, 'g'),
  new RegExp(`\\b(?:please${GAP})?(?:re-?direct|send)${GAP}your${GAP}request`, 'gi'),
  new RegExp(`(?:^|[–—:-])[ \\t\\u00a0]*not${GAP}held\\b`, 'gim'),
  /\bno\b/gi,
]);

const FRAGMENTS = [
  'is not held', 'isn’t held', 'are not currently held', 'This was not\nheld.', 'the duty to confirm', 's.1', 'section 1',
  'subsection 1', 'we NCND', 'We NCND', 'NCND applies', 'ncnd applies', 'please redirect your request', 'send your request',
  'resend your request', '– not held', ':not held', 'no', 'No', 'noted', 'isis not held', '_is not held', '1is not held', 'ſ',
  ' ', '\n', '\r\n', '.', ',', 'drones', 'facial recognition', 'Body-worn video', 'BWV', 'bwv', 'the UAV', 'xANPR', 'ANPRs',
];
const texts = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));

/** What matchAll gives, reduced to what the recognisers read: where each match is and what it matched. */
function expected(text: string, pattern: RegExp): [number, string][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
}

function found(matches: readonly RegExpExecArray[]): [number, string][] {
  return matches.map((m) => [m.index, m[0]]);
}

describe('phraseScan', () => {
  describe('openingKeys', () => {
    const keysOf = (pattern: RegExp): string[] | undefined => {
      const keys = openingKeys(pattern);
      if (!keys) return undefined;
      // Symbols: a-z, then the digits, then one for every other character (shown as "_").
      const symbol = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : n < 36 ? String(n - 26) : '_');
      return [...keys.keys()].filter((k) => keys[k] === 1).map((k) => symbol(Math.floor(k / 37)) + symbol(k % 37));
    };

    it('reads the first two letters of the words a pattern opens with', () => {
      assert.deepEqual(keysOf(/\b(?:is|are)\s+held/gi), ['ar', 'is']);
      assert.deepEqual(keysOf(/\b(?:please\s)?send/gi), ['pl', 'se']);
    });

    it('reads what may follow a one-letter opening: "s." and "s1" as well as "section"', () => {
      assert.deepEqual(keysOf(/\b(?:section|s\.?)\s?1/gi), ['se', 's1', 's_']);
      assert.deepEqual(keysOf(/\bs\d/gi), ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9']);
      const anyAfterA = keysOf(/\b(?:a|the)\s+trial|\bab?/gi)!;
      assert.equal(anyAfterA.filter((k) => k[0] === 'a').length, 37);
      assert.deepEqual(anyAfterA.filter((k) => k[0] !== 'a'), ['th']);
    });

    it('treats a lookbehind refusing letters and digits like a word boundary, as the tool matcher has', () => {
      assert.ok(keysOf(buildVocabulary().pattern)!.includes('dr'));
      assert.deepEqual(keysOf(/(?<![A-Za-z0-9])ab/g), ['ab']);
      assert.equal(keysOf(/(?<![a-z])ab/g), undefined);
    });

    it('gives up on patterns that do not open a word with a letter, or fold case beyond ASCII', () => {
      for (const pattern of [/(?:^|-)not/gim, /\bab|c/g, /\b[^a]b/g, /\b\d+/g, /\b(a)\1/g, /\bx?/g, /\bstraße/giu, /ab/g]) {
        assert.equal(keysOf(pattern), undefined, pattern.source);
      }
    });
  });

  describe('matchEach', () => {
    it('finds exactly what matchAll finds, for every pattern, on generated texts', () => {
      fc.assert(
        fc.property(texts, (text) => {
          const each = matchEach(text, PATTERNS);
          PATTERNS.forEach((pattern, p) => assert.deepEqual(found(each[p]), expected(text, pattern), pattern.source));
        }),
        { seed: 20190613, numRuns: 300 },
      );
    });

    it('gives the same matches for a list that was never declared', () => {
      const undeclared = [/\bheld\b/gi, /\bnot\b/g];
      const text = 'not held, Not HELD, nothing held';
      assert.deepEqual(matchEach(text, undeclared).map(found), undeclared.map((p) => expected(text, p)));
    });

    it('reads a new text after forgetText, even one equal to the last', () => {
      const text = 'The information is not held.';
      const before = found(matchEach(text, PATTERNS)[0]);
      forgetText();
      assert.deepEqual(found(matchEach(`${text}`, PATTERNS)[0]), before);
      assert.deepEqual(before, [[16, 'is not held']]);
    });
  });

  describe('matchAllOf', () => {
    it('finds the tool mentions matchAll finds, including after an underscore and in odd case', () => {
      const pattern = buildVocabulary().pattern;
      fc.assert(
        fc.property(texts, (text) => assert.deepEqual(found(matchAllOf(text, pattern)), expected(text, pattern))),
        { seed: 7, numRuns: 300 },
      );
    });
  });

  describe('matchStarts', () => {
    it('gives every offset where a pattern matches, including inside another match', () => {
      const patterns = [/\bab\w*/gi, /(?:^|-)x/gm];
      assert.deepEqual(matchStarts('abab ab-ab x\n-x xab', patterns), [0, 5, 8, 13]);
    });

    it('agrees with trying each pattern at every offset', () => {
      fc.assert(
        fc.property(texts, (text) => {
          const sticky = PATTERNS.map((p) => new RegExp(p.source, p.flags.replace('g', '') + 'y'));
          const everywhere: number[] = [];
          for (let i = 0; i < text.length; i++) {
            if (sticky.some((p) => ((p.lastIndex = i), p.test(text)))) everywhere.push(i);
          }
          assert.deepEqual(matchStarts(text, PATTERNS), everywhere);
        }),
        { seed: 11, numRuns: 200 },
      );
    });
  });
});
