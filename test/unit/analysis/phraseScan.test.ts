// The phrase scanner must find exactly what `String.prototype.matchAll` finds, pattern by pattern, while trying
// each pattern only where a word it can open with begins. Checked on patterns shaped like the recognisers' own
// (word lists, case-sensitive acronyms, the tool matcher's lookbehind) and on generated texts.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstMatch, forgetText, matchAllOf, matchEach, matchStarts, openingWords, phraseList, startList } from '../../../src/core/analysis/phraseScan';
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

/**
 * Patterns whose openings are read past their first word: the scanner tries them only where the words that follow
 * can go on as they do, so each comes with its near misses among the fragments below.
 */
const DEEP = [
  new RegExp(`\\b(?:is|are)(?:${GAP}not|n['’]t)${GAP}(?:currently${GAP})?(?:held|recorded)\\b`, 'gi'),
  // Opens as the one above does, so both are tried at "is not held".
  /\bis\s+not\b/gi,
  // Read to the depth of the tree, then whatever follows: "section 1(1)" is told from "section 40(2)".
  new RegExp(`\\b(?:section|s\\.?)[\\s\\u00a0]{0,3}1[\\s\\u00a0]{0,3}\\(1\\)[^.;:]{0,40}?\\bdoes${GAP}not${GAP}apply\\b`, 'gi'),
  /\bneither\s+confirm(?:s|ed)?\s+nor\s+den(?:y|ies|ied)\b/gi,
  // A boundary after the last letter: "deny" then anything but a letter or digit, or the end of the text.
  /\bdeny\b/gi,
  /\b(?:do|does)\s+not\s+(?:hold|keep)\s+(?:any|the)\s+information\b/gi,
  // Opens in the punctuation before a word, or at a line start; or only in the punctuation, which it also ends with.
  new RegExp(`(?:^|[–—:-])[ \\t\\u00a0]*not${GAP}held\\b`, 'gim'),
  /-[ \t]*qq[-\s]*/g,
  /\bNCND\s+applies\b/g,
  // A class of any character after the first words leaves the rest unread.
  /\bpublic\s+interest\b[^.;]{0,20}?\boutweigh/gi,
  /\bx\w+z\b/gi,
  // Long repetitions, and more alternatives than are read.
  /\bx(?:-|ab){3,40}y\b/gi,
  /\b[a-f]{4}[a-f0-9]z\b/gi,
  // A word of one letter, also at the end of the text.
  /\b[ai]\b/gi,
  // Groups of digits, which multiply the openings a thousandfold each when read: left unread after the word.
  /\bholds\s+\d{1,3}(?:,\d{3})+\s+cameras\b/gi,
];

const NEAR_MISSES = [
  'is not held', 'is not helder', 'IS  NOT\tHELD', 'isn’t held', "isn't recorded", 'is not', 'is no', 'is', 'i', 's',
  'is the', 'is not currently held', 'is not currentl', 'are not recorded.', 'this not held', 'section 1(1)',
  'section 1 (1) it does not apply',
  's.1(1)(a) does not apply', 's. 1(1) does not apply', 'S1(1) - does not apply', 'section 40(2)', 'neither confirm nor deny',
  'Neither Confirming nor Denying', 'neither confirms nor denies', 'deny', 'denying', 'DENY', 'do not hold any information',
  'does not keep the informatio', 'do not hold the information.', 'not held', '- not held', ':not held', '—not held',
  'NCND applies', 'ncnd applies', 'NCND apply', 'public interest', 'public interest test outweighs', 'x', 'z', 'xyz', 'ab', 'abab',
  'y', 'a', 'f', 'b', 'd', 'c', 'e', 'qq', '-qq', '-qq--qq', '0', '9', ' ', '  ', '\n', '.', ',', '-', '_', '’', 'é', '1',
  'holds 10,212 cameras', 'holds 1,000,000 cameras', 'holds 12 cameras', 'holds 1,00 cameras', 'holds ', ',000', 'cameras',
];
const nearMissTexts = fc.array(fc.constantFrom(...NEAR_MISSES), { maxLength: 30 }).map((parts) => parts.join(''));

/** What matchAll gives, reduced to what the recognisers read: where each match is and what it matched. */
function expected(text: string, pattern: RegExp): [number, string][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
}

function found(matches: readonly RegExpExecArray[]): [number, string][] {
  return matches.map((m) => [m.index, m[0]]);
}

/** What `run` gives, and where each regular expression it ran was tried (its lastIndex at each exec). */
function withTries<T>(run: () => T): { result: T; tried: number[] } {
  const tried: number[] = [];
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, string: string) {
    tried.push(this.lastIndex);
    return exec.call(this, string);
  };
  try {
    return { result: run(), tried };
  } finally {
    RegExp.prototype.exec = exec;
  }
}

describe('phraseScan', () => {
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

    it('finds what matchAll finds where the words after the first go on as a pattern does, or nearly', () => {
      fc.assert(
        fc.property(nearMissTexts, (text) => {
          const each = matchEach(text, DEEP);
          DEEP.forEach((pattern, p) => assert.deepEqual(found(each[p]), expected(text, pattern), pattern.source));
        }),
        { seed: 4242, numRuns: 400 },
      );
    });

    it('tries a pattern only where the words after the first can go on as it does', () => {
      const patterns = [/\bis\s+not\s+held\b/gi];
      const text = 'This is the list; is it all? It is a list, and it is not held.';
      matchEach('', patterns);
      const { result, tried } = withTries(() => found(matchEach(text, patterns)[0]));
      assert.deepEqual(result, [[50, 'is not held']]);
      assert.deepEqual(tried, [50]);
    });

    it('gives the same matches for a list that was never declared', () => {
      const undeclared = [/\bheld\b/gi, /\bnot\b/g];
      const text = 'not held, Not HELD, nothing held';
      assert.deepEqual(matchEach(text, undeclared).map(found), undeclared.map((p) => expected(text, p)));
    });

    it('finds what matchAll finds, empty matches included, for a pattern scanned in full, text after text', () => {
      // Opening with a digit, these cannot be tried word by word; an empty match moves on by a whole character.
      const patterns = [/\d*/gu, /(?:-|\d)+/g];
      for (const text of ['a1-2😀b', '', '😀😀', '--9']) {
        patterns.forEach((pattern) => assert.deepEqual(found(matchAllOf(text, pattern)), expected(text, pattern), `${pattern.source} in ${text}`));
      }
    });

    it('finds what matchAll finds in a text longer than the index keeps buffers for', () => {
      const text = 'The information is not held; section 1 applies. '.repeat(1500);
      assert.ok(text.length > 65536);
      const each = matchEach(text, PATTERNS);
      PATTERNS.forEach((pattern, p) => assert.deepEqual(found(each[p]), expected(text, pattern), pattern.source));
    });

    it('finds what matchAll finds for more openings than a tree of 65536 nodes holds', () => {
      // 10,000 words of twelve letters, spread so that few share more than their first letters.
      const words = Array.from({ length: 10000 }, (_, i) => {
        let n = (i * 2654435761) % 26 ** 9;
        let word = 'q';
        for (let k = 0; k < 11; k++, n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
        return word;
      });
      const patterns = Array.from({ length: 100 }, (_, p) => new RegExp(`\\b(?:${words.slice(p * 100, p * 100 + 100).join('|')})\\b`, 'g'));
      const text = [words[0], `${words[4321]}s`, words[4321], words[9999].slice(0, 11), words[9999], 'quiet'].join(' ');
      const each = matchEach(text, patterns);
      patterns.forEach((pattern, p) => assert.deepEqual(found(each[p]), expected(text, pattern), `pattern ${p}`));
      assert.equal(each.flat().length, 3);
    });

    describe('a pattern with more openings than are kept whole', () => {
      // 2,000 phrases of two words after one boundary: too many openings to read in full, so they are read shorter.
      const phrases = Array.from({ length: 2000 }, (_, i) => {
        const letter = (k: number): string => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26));
        return `q${letter(0)}${letter(1)}${letter(2)}\\s+(?:use|deploy)s?`;
      });
      const longAlternation = new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'gi');
      const listed = (i: number): string => phrases[i].replace('\\s+(?:use|deploy)s?', ' uses');

      it('finds what matchAll finds', () => {
        const fragments = [listed(0), listed(1234), listed(1999), 'qzzz uses', 'qaaa', 'QBAA DEPLOY', 'q', 'quse', ' ', '.', 'the'];
        fc.assert(
          fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 20 }), (parts) => {
            const text = parts.join('');
            assert.deepEqual(found(matchAllOf(text, longAlternation)), expected(text, longAlternation));
          }),
          { seed: 31, numRuns: 200 },
        );
      });

      it('is tried only at the words that open as one of its phrases does', () => {
        const text = `The force ${listed(1234)} them; a qu and a q follow, then ${listed(7)}.`;
        matchAllOf('', longAlternation);
        const { result, tried } = withTries(() => found(matchAllOf(text, longAlternation)));
        assert.deepEqual(result, expected(text, longAlternation));
        assert.deepEqual(tried, [text.indexOf(listed(1234)), text.indexOf(listed(7))]);
      });
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
    it('gives every offset where a pattern matches, including inside another match, with the patterns matching there', () => {
      const patterns = [/\bab\w*/gi, /(?:^|-)x/gm, /\bab\b/gi];
      assert.deepEqual(matchStarts('abab ab-ab x\n-x xab', patterns), { offsets: [0, 5, 8, 13], matching: [1, 5, 5, 2] });
    });

    /** Every offset where one of `patterns` matches, each tried at every offset, with the bits of those matching. */
    function everywhere(text: string, patterns: readonly RegExp[]): { offsets: number[]; matching: number[] } {
      const sticky = patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '') + 'y'));
      const offsets: number[] = [];
      const matching: number[] = [];
      for (let i = 0; i < text.length; i++) {
        let bits = 0;
        sticky.forEach((p, b) => {
          p.lastIndex = i;
          if (p.test(text)) bits |= 1 << b;
        });
        if (bits === 0) continue;
        offsets.push(i);
        matching.push(bits);
      }
      return { offsets, matching };
    }

    it('agrees with trying each pattern at every offset', () => {
      fc.assert(
        fc.property(texts, (text) => assert.deepEqual(matchStarts(text, PATTERNS), everywhere(text, PATTERNS))),
        { seed: 11, numRuns: 200 },
      );
    });

    it('agrees with trying each pattern at every offset, for patterns read past their first word', () => {
      fc.assert(
        fc.property(nearMissTexts, (text) => assert.deepEqual(matchStarts(text, DEEP), everywhere(text, DEEP))),
        { seed: 17, numRuns: 300 },
      );
    });

    it('finds the same for a list declared with startList, in the pass that matches the phrase lists', () => {
      const declared = startList(DEEP.map((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', ''))));
      fc.assert(
        fc.property(nearMissTexts, (text) => {
          forgetText();
          assert.deepEqual(matchStarts(text, declared), everywhere(text, DEEP));
          assert.deepEqual(found(matchEach(text, PATTERNS)[0]), expected(text, PATTERNS[0]));
        }),
        { seed: 19, numRuns: 200 },
      );
    });
  });

  describe('firstMatch', () => {
    const firstOf = (text: string, pattern: RegExp): [number, string] | null => {
      const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
      return match && [match.index, match[0]];
    };

    it('finds what exec finds, for patterns tried word by word and patterns scanned in full', () => {
      fc.assert(
        fc.property(nearMissTexts, (text) => {
          for (const pattern of DEEP) {
            const match = firstMatch(text, pattern);
            assert.deepEqual(match && [match.index, match[0]], firstOf(text, pattern), pattern.source);
          }
        }),
        { seed: 37, numRuns: 300 },
      );
    });

    it('tries a pattern opening at words only at the words it can open with', () => {
      const pattern = /\bis\s+not\s+held\b/i;
      const text = 'This is the list; is it all? It is a list, and it is not held.';
      firstMatch('', pattern);
      const { result: match, tried } = withTries(() => firstMatch(text, pattern));
      assert.deepEqual(match && [match.index, match[0]], [50, 'is not held']);
      // "is the", "is it" and "is a" leave the opening "is n" at their third symbol.
      assert.deepEqual(tried, [50]);
    });
  });

  describe('openingWords', () => {
    it('gives every offset where a pattern matches, and perhaps more, all where a word or a match opens', () => {
      const check = (text: string, patterns: readonly RegExp[]): void => {
        const may = openingWords(text, patterns);
        assert.deepEqual(may, [...new Set(may)].sort((a, b) => a - b));
        const { offsets } = matchStarts(text, patterns);
        const mayAt = new Set(may);
        for (const at of offsets) assert.ok(mayAt.has(at), `${at} in ${JSON.stringify(text)}`);
        for (const at of may) assert.ok(/[A-Za-z]/.test(text[at]) || offsets.includes(at));
      };
      fc.assert(fc.property(texts, (text) => check(text, PATTERNS)), { seed: 23, numRuns: 100 });
      fc.assert(fc.property(nearMissTexts, (text) => check(text, DEEP)), { seed: 29, numRuns: 150 });
    });

    it('passes over the words no pattern can open with, and the words that follow them', () => {
      // "is not held", and "not held" (held, at a line start, by the pattern opening in the run before it); "is the"
      // leaves every opening.
      assert.deepEqual(openingWords('the body is not held; is the drone held', DEEP), [9, 12]);
    });
  });
});
