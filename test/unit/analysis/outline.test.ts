// outlineLetter: the parts of a letter for the Outline view and folding, on the five seed letters and on letters
// written for each kind of heading and for lines that only look like headings.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outlineLetter } from '../../../src/core/analysis/outline';
import { findRequestRegions } from '../../../src/core/analysis/request';
import { splitSentences } from '../../../src/core/analysis/sentences';
import type { LetterPart } from '../../../src/core/model';
import { fasterOfTwo } from '../support/fixtures';

const seed = (name: string): string => readFileSync(join(__dirname, '..', '..', 'fixtures', 'seeds', name), 'utf8');
const outline = (text: string): LetterPart[] => outlineLetter(text, findRequestRegions(text, splitSentences(text)));
const lines = (...parts: string[]): string => parts.join('\n');

/** Parts as `kind: title` (titles cut to `titleLength`), children indented, for compact comparisons. */
function shape(parts: readonly LetterPart[], titleLength = Infinity, depth = 0): string[] {
  return parts.flatMap((part) => [
    `${'  '.repeat(depth)}${part.kind}: ${part.title.slice(0, titleLength)}`,
    ...shape(part.children, titleLength, depth + 1),
  ]);
}

/** The text a part spans, from the letter. */
const spanned = (text: string, part: LetterPart): string => text.slice(part.span.start, part.span.end);
const selected = (text: string, part: LetterPart): string => text.slice(part.selection.start, part.selection.end);

/** Every part lies inside its parent, follows its elder sibling, and holds its own selection. */
function assertWellNested(text: string, parts: readonly LetterPart[], parent?: LetterPart): void {
  let previousEnd = parent ? parent.span.start : 0;
  for (const part of parts) {
    assert.ok(part.span.start >= previousEnd, `${part.title} starts before the part above it ends`);
    assert.ok(part.span.start < part.span.end, `${part.title} is empty`);
    if (parent) assert.ok(part.span.end <= parent.span.end, `${part.title} runs past ${parent.title}`);
    assert.ok(part.selection.start >= part.span.start && part.selection.end <= part.span.end, `${part.title} selection`);
    assert.equal(spanned(text, part), spanned(text, part).trim(), `${part.title} has spaces at its ends`);
    assertWellNested(text, part.children, part);
    previousEnd = part.span.end;
  }
}

describe('outlineLetter', () => {
  describe('on the seed letters', () => {
    it('hertfordshire: request with three questions, response, harm test, public interest test with four factors, balance test, review', () => {
      const text = seed('hertfordshire-2017-01696.txt');
      const parts = outline(text);
      assert.deepEqual(shape(parts), [
        'request: Request',
        '  question: 1. Is your force currently using automated facial recognition systems or biomet…',
        '  question: 2. If yes, please provide detail',
        '  question: 3. If no, is your force planning to introduce automated facial recognition syst…',
        'answer: Response',
        'harm-test: Overall Prejudice (Harm) test Section 24 and Section 31',
        'public-interest-test: Public Interest Test – Section 24 and Section 31',
        '  factors-for: Section 24: Factors in favour of compliance with Section 1 (1)(a)',
        '  factors-against: Section 24: Factors against compliance with Section 1 (1)(a)',
        '  factors-for: Section 31: Factors in favour of compliance with Section 1 (1)(a)',
        '  factors-against: Section 31: Factors against compliance with Section 1 (1)(a)',
        'balance-test: Balance Test',
        'review: Review and appeal',
      ]);
      assertWellNested(text, parts);
    });

    it('hertfordshire: a factors part starts at its "## Section 24" line and is selected at its own heading', () => {
      const text = seed('hertfordshire-2017-01696.txt');
      const factors = outline(text).find((p) => p.kind === 'public-interest-test')!.children[0];
      assert.match(spanned(text, factors), /^## \*\*Section 24\*\*\n\n### \*\*Factors in favour/);
      assert.equal(selected(text, factors), '### **Factors in favour of compliance with Section 1 (1)(a)**');
      assert.match(spanned(text, factors), /take steps to protect themselves\.$/);
    });

    it('hertfordshire: the balance test ends before "Yours sincerely" and the review runs to the end of the letter', () => {
      const text = seed('hertfordshire-2017-01696.txt');
      const parts = outline(text);
      const balance = parts.find((p) => p.kind === 'balance-test')!;
      const review = parts.find((p) => p.kind === 'review')!;
      assert.match(spanned(text, balance), /quoting the above reference number\.$/);
      assert.doesNotMatch(spanned(text, balance), /Yours sincerely/);
      assert.match(spanned(text, review), /^Hertfordshire Constabulary provides you the right to request an independent review/);
      assert.equal(review.span.end, text.trimEnd().length);
    });

    it('cambridgeshire: Q1, Q2 and Q3, each with its answer, then the review', () => {
      const text = seed('cambridgeshire-opcc-19-026-037.txt');
      const parts = outline(text);
      assert.deepEqual(shape(parts), [
        'question: Q1. As my elected Police and Crime Commissioner, please can you tell me which,…',
        '  answer: OPCC response',
        'question: Q2. If the police are using any of the above, please let me know what impact as…',
        '  answer: OPCC response',
        'question: Q3. And can you guarantee that intrusive police tech will not be used in the fu…',
        '  answer: Answer',
        'review: Review and appeal',
      ]);
      assertWellNested(text, parts);
      const [q1, q2, q3] = parts;
      assert.match(spanned(text, q1.children[0]), /^OPCC response:[\s\S]*does use body worn video cameras[\s\S]*you refer to\.$/);
      assert.match(spanned(text, q2.children[0]), /The OPCC does not hold the information requested\.$/);
      assert.match(spanned(text, q3.children[0]), /^This question is not valid under s8 of the Act/);
      assert.match(spanned(text, parts[3]), /^We trust that the information provided above meets your needs\.\s+However, if you are unhappy/);
    });

    it('norfolk: request, response, harm test, factors favouring and against for s24 and s31, balance test, review', () => {
      const text = seed('norfolk-suffolk-007663-17.txt');
      const parts = outline(text);
      assert.deepEqual(shape(parts), [
        'request: Request',
        '  question: 1. “Is your force currently using automated facial recognition systems or biome…',
        '  question: 2. If yes, please provide detail',
        '  question: 3. If no, is your force planning to introduce automated facial recognition syst…',
        'answer: Response to your Request',
        'harm-test: Harm for the partial NCND',
        'factors-for: Factors favouring Neither Confirming Nor Denying for Section 24',
        'factors-against: Factors against Neither Confirming Nor Denying for Section 24',
        'factors-for: Factors favouring Neither Confirming Nor Denying for Section 31',
        'factors-against: Factors against Neither Confirming Nor Denying for Section 31',
        'balance-test: Balance test',
        'review: Your Right to Request a Review of Decisions Made Under the Terms of the',
      ]);
      assertWellNested(text, parts);
      const request = parts[0];
      assert.match(spanned(text, request), /^1\. “Is your force[\s\S]*be introduced\.”$/);
      assert.match(spanned(text, parts.at(-1)!), /Telephone: 01625 545 700$/);
    });

    it('west midlands: the request with its three questions, then the numbered answers', () => {
      const text = seed('west-midlands-pcc-2019-01031.txt');
      const parts = outline(text);
      assert.deepEqual(shape(parts, 24), [
        'request: Request',
        '  question: 1.As my elected Police a',
        '  question: 2.If the police are usin',
        '  question: 3.And can you guarantee ',
        'answer: Response',
        'answer: Answer 1',
        'answer: 2) The Office of the Pol',
        'answer: 3) This is an opinion ba',
      ]);
      assertWellNested(text, parts);
      assert.match(spanned(text, parts[2]), /^1\)\s+Body worn video cameras[\s\S]*Social media intelligence - I can confirm this is used by the Force\.$/);
    });

    it('northamptonshire: the pasted request with its numbered question, then the response', () => {
      const text = seed('northamptonshire-opfcc-13062019.txt');
      const parts = outline(text);
      assert.deepEqual(shape(parts, 20), ['request: Request', '  question: 1. And can you guara', 'answer: Response']);
      assertWellNested(text, parts);
      assert.match(spanned(text, parts[1]), /^Following a search[\s\S]*may hold some of the information you are seeking\.$/);
    });
  });

  describe('on letters written for each heading', () => {
    const letter = lines(
      'Our Ref: FOI 123/19',
      '',
      'You asked:',
      '',
      '“Does the force use drones? Does it use ANPR?”',
      '',
      'We can confirm that the force uses ANPR.',
      '',
      'Evidence of Harm',
      '',
      'Confirming or denying would harm law enforcement.',
      '',
      'Public Interest Test',
      '',
      'Public interest considerations favouring disclosure',
      '',
      'Transparency is in the public interest.',
      '',
      'Public interest considerations against disclosure',
      '',
      'Tactics would be revealed.',
      '',
      'Balancing Test',
      '',
      'The balance favours withholding.',
      '',
      'Yours faithfully',
      '',
      'Information Manager',
      '',
      'Right of Appeal',
      '',
      'You may ask for an internal review within 40 working days.',
    );

    it('reads plain-text headings: evidence of harm, public interest test with its considerations, balancing test, right of appeal', () => {
      const parts = outline(letter);
      assert.deepEqual(shape(parts), [
        'request: Request',
        'answer: Response',
        'harm-test: Evidence of Harm',
        'public-interest-test: Public Interest Test',
        '  factors-for: Public interest considerations favouring disclosure',
        '  factors-against: Public interest considerations against disclosure',
        'balance-test: Balancing Test',
        'review: Right of Appeal',
      ]);
      assertWellNested(letter, parts);
    });

    it('ends the last test at the sign-off and gives the review the rest of the letter', () => {
      const parts = outline(letter);
      assert.equal(spanned(letter, parts.find((p) => p.kind === 'balance-test')!), 'Balancing Test\n\nThe balance favours withholding.');
      assert.equal(spanned(letter, parts.at(-1)!), 'Right of Appeal\n\nYou may ask for an internal review within 40 working days.');
    });

    it('gives the same parts, at the same places, when lines end in CRLF', () => {
      const crlf = letter.replace(/\n/g, '\r\n');
      const parts = outline(crlf);
      assert.deepEqual(shape(parts), shape(outline(letter)));
      assert.equal(spanned(crlf, parts[2]), 'Evidence of Harm\r\n\r\nConfirming or denying would harm law enforcement.');
    });

    it('pairs "Question 1:" with "Answer 1:" and numbered questions in turn', () => {
      const text = lines(
        'Question 1: Do you use drones?',
        '',
        'Answer 1: Yes, since 2018.',
        '',
        'Question 2: Do you use IMSI catchers?',
        '',
        'Answer 2: The force neither confirms nor denies this.',
      );
      const parts = outline(text);
      assert.deepEqual(shape(parts), [
        'question: Question 1: Do you use drones?',
        '  answer: Answer 1: Yes, since 2018.',
        'question: Question 2: Do you use IMSI catchers?',
        '  answer: Answer 2: The force neither confirms nor denies this.',
      ]);
      assert.equal(spanned(text, parts[0]), 'Question 1: Do you use drones?\n\nAnswer 1: Yes, since 2018.');
    });

    it('keeps factors top-level when no public interest test heading holds them', () => {
      const text = lines('Harm Test', '', 'It would harm.', '', 'Factors for disclosure', '', 'Openness.', '', 'Factors against disclosure', '', 'Tactics.');
      assert.deepEqual(shape(outline(text)), ['harm-test: Harm Test', 'factors-for: Factors for disclosure', 'factors-against: Factors against disclosure']);
    });

    it('reads a review that starts mid-paragraph, with "unhappy with" wrapped onto the next line', () => {
      const text = lines('Balance test', '', 'The balance favours withholding.', '', 'If you are unhappy with', '', 'this response you may ask for a review.');
      const parts = outline(text);
      assert.deepEqual(shape(parts), ['balance-test: Balance test', 'review: Review and appeal']);
      assert.equal(spanned(text, parts[1]), 'If you are unhappy with\n\nthis response you may ask for a review.');
    });
  });

  describe('titles and cues across lines', () => {
    it('reads a review whose first words end one line and whose cue word starts the next', () => {
      const text = lines('Balance test', '', 'The balance favours withholding.', '', 'You have the right', 'to request an internal review of this decision.');
      const parts = outline(text);
      assert.deepEqual(shape(parts), ['balance-test: Balance test', 'review: Review and appeal']);
      assert.equal(spanned(text, parts[1]), 'You have the right\nto request an internal review of this decision.');
    });

    it('reads the same cue across CRLF line breaks, with a space before the break', () => {
      const text = ['Balance test', '', 'The balance favours withholding.', '', 'You have the right ', 'to request an internal review.'].join('\r\n');
      const parts = outline(text);
      assert.deepEqual(shape(parts), ['balance-test: Balance test', 'review: Review and appeal']);
      assert.equal(spanned(text, parts[1]), 'You have the right \r\nto request an internal review.');
    });

    it('reads a cue that starts after other words a cue could start with, on a line longer than the next line\'s head', () => {
      const prose = 'The force has considered whether it is not possible to answer, and in case you are '.repeat(3);
      const text = lines('Balance test', '', 'The balance favours withholding.', '', `${prose}not satisfied with the way we answered, ask for a review.`);
      const parts = outline(text);
      assert.deepEqual(shape(parts), ['balance-test: Balance test', 'review: Review and appeal']);
    });

    it('does not open the review at a line whose cue words start only on the next line', () => {
      const text = lines('Balance test', '', 'The balance favours withholding.', '', 'We note your request.', 'You have the right to request an internal review.');
      const parts = outline(text);
      assert.deepEqual(shape(parts), ['balance-test: Balance test', 'review: Review and appeal']);
      assert.equal(spanned(text, parts[1]), 'You have the right to request an internal review.');
    });

    it('tidies titles: bold marks, runs of spaces and tabs and end spaces go, and a long one is cut at 80 characters', () => {
      const long = 'The force uses automatic number plate recognition on every main road in the county, and has done since 2012.';
      const text = lines('Question 1: Do you use drones?', '', '**Answer 1:**   Yes,  since\t2018.  ', '', 'Question 2:  Do you use ANPR?', '', `Answer 2: ${long}`);
      assert.deepEqual(shape(outline(text)), [
        'question: Question 1: Do you use drones?',
        '  answer: Answer 1: Yes, since 2018.',
        'question: Question 2: Do you use ANPR?',
        '  answer: Answer 2: The force uses automatic number plate recognition on every main road…',
      ]);
    });
  });

  describe('near misses', () => {
    it('does not open a heading at a wrapped prose line that starts with "Harm", "Balance" or "Factors"', () => {
      const text = lines(
        'Public Interest Test',
        '',
        'The force has weighed the arguments and the following',
        'Harm in confirming or denying would be to covert tactics and the',
        'Balance test set out by the Commissioner and the',
        'Factors against disclosure listed in the guidance apply here',
      );
      assert.deepEqual(shape(outline(text)), ['public-interest-test: Public Interest Test']);
    });

    it('does not take a sentence that mentions a test, or ends with a full stop, for a heading', () => {
      const text = lines('', 'A public interest test was carried out', '', 'Balance test results were weighed.', '', 'Harm would be caused to the force.');
      assert.deepEqual(outline(text), []);
    });

    it('does not start the review at words of complaint that come before the tests', () => {
      const text = lines(
        'You said you were unhappy with the delay in answering.',
        '',
        'Harm Test',
        '',
        'It would harm law enforcement.',
      );
      assert.deepEqual(shape(outline(text)), ['harm-test: Harm Test']);
    });

    it('gives no parts for a letter without structure', () => {
      assert.deepEqual(outline('Thank you for your email. We will reply shortly.'), []);
      assert.deepEqual(outline(''), []);
    });
  });

  it('is linear: 100 KB of blank lines, bullet lines or greetings finish quickly', () => {
    for (const text of ['\n'.repeat(100_000), '  •\n'.repeat(25_000), 'Dear requester\n'.repeat(7_000)]) {
      const requests = findRequestRegions(text, splitSentences(text));
      const took = fasterOfTwo(() => outlineLetter(text, requests));
      assert.ok(took < 500, `took ${took} ms`);
    }
  });

  it('outlines a letter of 2 700 lines and 600 parts well within two seconds', () => {
    const block = lines('', 'Harm Test', '', 'Confirming or denying would harm law enforcement in this area.', '', 'Factors against disclosure', '', 'Tactics.', '');
    const big = block.repeat(300);
    const started = Date.now();
    const parts = outline(big);
    const elapsed = Date.now() - started;
    assert.equal(parts.length, 600);
    assert.ok(elapsed < 2000, `took ${elapsed} ms`);
  });
});
