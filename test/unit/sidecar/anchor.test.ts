import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnchor, resolveAnchor } from '../../../src/core/sidecar';
import { foldText } from '../../../src/core/sidecar/foldedText';
import { spanOf, timeOf } from './fixtures';

const LETTER = [
  'Dear Requester,',
  '',
  'Kent Police is not currently using facial recognition technology.',
  '',
  'Kent Police neither confirms nor denies that it holds information concerning the covert use of',
  'facial recognition, by virtue of Section 24(2) and Section 31(3).',
  '',
  'Yours sincerely,',
].join('\n');
const QUOTE = 'neither confirms nor denies that it holds information concerning the covert use of\nfacial recognition';

function textAt(text: string, span: { start: number; end: number } | undefined): string | undefined {
  return span && text.slice(span.start, span.end);
}

describe('anchors', () => {
  describe('createAnchor', () => {
    it('records the words, up to 32 characters either side, and the start', () => {
      const span = spanOf(LETTER, 'neither confirms nor denies');
      assert.deepEqual(createAnchor(LETTER, span), {
        exact: 'neither confirms nor denies',
        prefix: 'gnition technology. Kent Police ',
        suffix: ' that it holds information conce',
        start: span.start,
      });
    });

    it('puts a quote that spans lines on one line', () => {
      const anchor = createAnchor(LETTER, spanOf(LETTER, QUOTE));
      assert.equal(anchor.exact, 'neither confirms nor denies that it holds information concerning the covert use of facial recognition');
    });

    it('leaves out context at the edges of the text', () => {
      const anchor = createAnchor('Not held.', { start: 0, end: 9 });
      assert.deepEqual(anchor, { exact: 'Not held.', start: 0 });
    });

    it('does not split a character outside the basic plane at the edge of the context', () => {
      const text = `${'😀'.repeat(20)}quote${'😀'.repeat(20)}`;
      const anchor = createAnchor(text, spanOf(text, 'quote'), 5);
      assert.equal(anchor.prefix, '😀😀');
      assert.equal(anchor.suffix, '😀😀');
    });

    it('refuses a span of nothing but whitespace', () => {
      assert.throws(() => createAnchor('a   b', { start: 1, end: 4 }), RangeError);
    });
  });

  describe('resolveAnchor', () => {
    it('finds a quote where it was recorded', () => {
      const span = spanOf(LETTER, QUOTE);
      assert.deepEqual(resolveAnchor(LETTER, createAnchor(LETTER, span)), span);
    });

    it('re-attaches after text is inserted above the quote', () => {
      const anchor = createAnchor(LETTER, spanOf(LETTER, QUOTE));
      const edited = `Our ref: 123/19\nDate: 4 July 2019\n\n${LETTER}`;
      assert.deepEqual(resolveAnchor(edited, anchor), spanOf(edited, QUOTE));
    });

    it('re-attaches after the letter is re-extracted with other line breaks and spacing', () => {
      const anchor = createAnchor(LETTER, spanOf(LETTER, QUOTE));
      const rewrapped = LETTER.replace(/\n(?!\n)/g, ' ').replace('that it holds', 'that  it\r\n holds').replace('covert use', 'covert\nuse');
      const span = resolveAnchor(rewrapped, anchor);
      assert.equal(textAt(rewrapped, span), 'neither confirms nor denies that  it\r\n holds information concerning the covert\nuse of facial recognition');
    });

    it('matches "neither confirms\\nnor denies" to "neither confirms nor denies"', () => {
      const span = resolveAnchor('It neither confirms nor denies it.', { exact: 'neither confirms\nnor denies' });
      assert.deepEqual(span, { start: 3, end: 30 });
    });

    it('ignores curly or straight quotes and kinds of dash', () => {
      const text = 'The force\u2019s position \u2013 \u201cneither confirm nor deny\u201d \u2014 stands.';
      const span = resolveAnchor(text, { exact: `The force's position - "neither confirm nor deny" - stands.` });
      assert.deepEqual(span, { start: 0, end: text.length });
    });

    it('reads ligatures, non-breaking spaces and soft hyphens as the plain letters', () => {
      const text = 'no in\ufb01rmation is held\u00a0by the con\u00adstabulary';
      assert.equal(textAt(text, resolveAnchor(text, { exact: 'no infirmation is held by the constabulary' })), text);
    });

    it('finds a quote whose words were hyphenated across a line break or re-cased', () => {
      const text = 'We neither con-\nfirm nor deny that information is held.';
      assert.equal(textAt(text, resolveAnchor(text, { exact: 'Neither confirm nor deny' })), 'neither con-\nfirm nor deny');
    });

    it('picks, among repeated quotes, the one whose context agrees', () => {
      const text = 'Facial recognition: not held. ANPR: not held. Drones: not held.';
      const anchor = { exact: 'not held.', prefix: 'ANPR: ', suffix: ' Drones', start: 0 };
      assert.deepEqual(resolveAnchor(text, anchor), spanOf(text, 'not held.', 1));
    });

    it('picks, among repeated quotes with the same context, the one nearest the recorded start', () => {
      const text = 'Not held. Not held. Not held.';
      assert.deepEqual(resolveAnchor(text, { exact: 'held', start: 13 }), spanOf(text, 'held', 1));
      assert.deepEqual(resolveAnchor(text, { exact: 'held', start: 40 }), spanOf(text, 'held', 2));
    });

    it('prefers context over the start hint when text has moved', () => {
      const original = 'A: used. B: not used.';
      const anchor = createAnchor(original, spanOf(original, 'used.', 1));
      const edited = 'B: not used. A: used.';
      assert.deepEqual(resolveAnchor(edited, anchor), spanOf(edited, 'used.', 0));
    });

    it('is stale once the quote is deleted', () => {
      const anchor = createAnchor(LETTER, spanOf(LETTER, QUOTE));
      const edited = LETTER.replace(QUOTE, 'does not hold information about');
      assert.equal(resolveAnchor(edited, anchor), undefined);
    });

    it('is stale when a short quote is gone, even if its letters occur elsewhere', () => {
      assert.equal(resolveAnchor('Part a was answered; part b was not.', { exact: '(a)' }), undefined);
      assert.equal(resolveAnchor('Part a was answered; part b was not.', { exact: 's.24' }), undefined);
    });

    it('is stale when a word of the quote changed', () => {
      assert.equal(resolveAnchor('The force does not use drones.', { exact: 'The force does use drones.' }), undefined);
    });

    it('re-attaches every evidence sentence of a real letter after its lines are re-wrapped', () => {
      const letter = readFileSync(join(__dirname, '../../fixtures/seeds/hertfordshire-2017-01696.txt'), 'utf8');
      const sentences = [...letter.matchAll(/[A-Z][^.\n]{40,200}\./g)].slice(0, 20);
      assert.ok(sentences.length >= 10);
      const rewrapped = letter.replace(/ /g, '\n').replace(/\n\n+/g, '\n');
      for (const sentence of sentences) {
        const anchor = createAnchor(letter, { start: sentence.index, end: sentence.index + sentence[0].length });
        const span = resolveAnchor(rewrapped, anchor);
        assert.ok(span, sentence[0]);
        assert.equal(textAt(rewrapped, span)?.replace(/\s+/g, ' '), sentence[0].replace(/\s+/g, ' '));
      }
    });

    it('resolves in time linear in the text, even for a quote that occurs everywhere', () => {
      const unit = 'The information is not held. ';
      const big = unit.repeat(40_000);
      const small = unit.repeat(4_000);
      const anchor = { exact: 'not held', prefix: 'is ', suffix: '. The', start: 500 };
      const smallTime = timeOf(() => resolveAnchor(small, anchor));
      const bigTime = timeOf(() => resolveAnchor(big, anchor));
      assert.ok(bigTime < smallTime * 30 + 200, `${smallTime.toFixed(0)} ms vs ${bigTime.toFixed(0)} ms`);
    });
  });

  describe('foldText', () => {
    it('maps every folded character back to the character it came from', () => {
      const text = 'A\u2014b \ufb01 \u2026!';
      const folded = foldText(text, 'typographic');
      assert.equal(folded.text, 'A-bfi...!');
      assert.deepEqual([...folded.starts], [0, 1, 2, 4, 4, 6, 6, 6, 7]);
      assert.deepEqual([...folded.ends], [1, 2, 3, 5, 5, 7, 7, 7, 8]);
    });

    it('keeps only lower-case letters and digits at the letters level', () => {
      assert.equal(foldText('Section 24(2) – Ça va', 'letters').text, 'section242çava');
    });
  });
});
