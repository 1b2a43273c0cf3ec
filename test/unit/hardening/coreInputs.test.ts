import * as assert from 'node:assert/strict';
import { findCitations } from '../../../src/core/analysis/citations';
import { analyze } from '../../../src/core/analyze';
import { binaryTextProblem } from '../../../src/core/decode';
import { SummaryIndex } from '../../../src/core/summary';
import { letterFileOf } from '../../../src/core/summary/letters';

describe('hostile text reaching the core', () => {
  describe('binaryTextProblem', () => {
    it('finds a NUL character anywhere in text an editor decoded', () => {
      assert.match(binaryTextProblem(`${'Dear Sir, '.repeat(2000)}\u0000`) ?? '', /NUL/);
    });

    it('counts characters the editor could not decode as control characters', () => {
      assert.match(binaryTextProblem('%PDF-1.4\n' + '\ufffd\u0001\u0002abc'.repeat(300)) ?? '', /control or undecodable/);
    });

    it('accepts letters with tabs, form feeds, CRLF, typographic characters and a few undecodable quotes', () => {
      const letter = 'Section 24(2) \u2013 “National Security”\r\n\tnext\fpage \ufffdquoted\ufffd\u00a0text.\n'.repeat(50);
      assert.equal(binaryTextProblem(letter), undefined);
      assert.equal(binaryTextProblem(''), undefined);
    });
  });

  describe('findCitations on typographic and odd whitespace', () => {
    const cases: [string, string][] = [
      ['Section 24(2) – National Security', 'Section 24(2)'],
      ['Section 24(2) — National Security', 'Section 24(2)'],
      ['Section\u00a024(2)', 'Section\u00a024(2)'],
      ['\tSection\t24(2)', 'Section\t24(2)'],
      ['“Section 24(2)”', 'Section 24(2)'],
      ['by virtue of Section\r\n24(2)', 'Section\r\n24(2)'],
      ['by virtue of Section\r24(2)', 'Section\r24(2)'],
    ];
    for (const [text, cited] of cases) {
      it(`reads ${JSON.stringify(text)} as a citation of s24(2)`, () => {
        const citations = findCitations(text);
        assert.deepEqual(citations.map((c) => [c.section, c.text]), [['s24(2)', cited]]);
      });
    }
  });

  describe('text ending in a line that holds only a list marker', () => {
    // Found by `FOI_FUZZ_RUNS=5000`: the sentence splitter looked at the character after the marker, past the end.
    for (const text of ['Section \nequipment interference\n–', 'Hacking\n\n–', 'Answer:\n-', 'We hold it\n•']) {
      it(`analyses ${JSON.stringify(text)} without throwing`, () => {
        assert.doesNotThrow(() => analyze(text));
      });
    }
  });

  describe('a sidecar whose document is a path', () => {
    it('is never followed out of its folder: the summary keeps it with the letter beside it', () => {
      assert.equal(letterFileOf('letters/a.txt.foi.yaml', '../../etc/passwd'), 'letters/a.txt');
      assert.equal(letterFileOf('letters\\a.txt.foi.yaml', '..\\..\\secret.txt'), 'letters\\a.txt');
      assert.equal(letterFileOf('letters/a.txt.foi.yaml', '..'), 'letters/a.txt');
      assert.equal(letterFileOf('letters/a.txt.foi.yaml', 'a.txt'), 'letters/a.txt');
    });

    it('is summarised under its own letter, with a warning', () => {
      const index = new SummaryIndex();
      index.upsert('letters/a.txt.foi.yaml', 'foi: 1\ndocument: ../../etc/passwd\ntools:\n  hacking: {status: ncnd}\n');
      assert.deepEqual(index.letters().map((letter) => letter.file), ['letters/a.txt']);
      assert.ok(index.problems().some((problem) => problem.severity === 'warning' && /not a path/.test(problem.message)));
    });
  });
});
