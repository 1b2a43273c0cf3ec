// The language of an authority's answer, which the request finder, the outline and the tool answers share. Each
// function passes over most lines without running its expression, so these cases pin what the expression decides,
// near the places where the quick checks before it stop.

import * as assert from 'node:assert/strict';
import { isAnswerHeading, opensWithAnswer, stripListMarker } from '../../../src/core/analysis/answerLanguage';

describe('answer language', () => {
  describe('answer headings', () => {
    const headings = [
      'Response',
      'RESPONSE:',
      'Responses',
      'Answer',
      '**Response**',
      '  – Decision –',
      '1. Response',
      'OPCC response:',
      'Our reply',
      'Final decision',
      'Response to your Freedom of Information request 12:',
      'Response to question 3',
      'Answer to your enquiry',
      'Decisions',
      'Replys',
      'Response to your questions 12 –',
      'Response:  ***',
      'FINAL DECISION…',
      // With the request's reference.
      'RESPONSE - REFERENCE 2024-0031',
      'Response (Ref: FOI/24/118)',
      'Response to FOI 2024-0031',
      'Response to your request 2024/118',
      // Naming the part of the request answered.
      'Response to (ii)',
      'Answer to part b',
      'Response to questions 1 and 2:',
      'Answer to Q2',
      'Reply to (a), (b) & (c)',
      // After the same heading in Welsh.
      'Ymateb / Response:',
      'Penderfyniad/Decision',
    ];
    for (const line of headings) {
      it(`reads ${JSON.stringify(line)} as a heading`, () => assert.equal(isAnswerHeading(line), true));
    }

    it('reads a heading whose "s" is a long s, which Unicode case folding makes one', () => {
      assert.equal(isAnswerHeading('Reſponse'), true);
    });

    const notHeadings = [
      'The response is attached.',
      'Our detailed response',
      'A response',
      'Responsible officer',
      'Dear requester',
      '   •',
      'Response to your request for information about drones',
      'Responses.......................:',
      'Response 2b',
      'Response to the Home Office',
      'Response to your',
      'Answer to paragraph',
      'Response times for 999 calls',
      'Yes / No response',
      'Overall / Response times',
    ];
    for (const line of notHeadings) {
      it(`does not read ${JSON.stringify(line)} as a heading`, () => assert.equal(isAnswerHeading(line), false));
    }
  });

  describe('list markers', () => {
    const cases: [string, string][] = [
      ['1) In response', 'In response'],
      ['(b) we hold', 'we hold'],
      ['a) The force', 'The force'],
      ['iv. In response', 'In response'],
      ['ii) the force', 'the force'],
      ['• Yes', 'Yes'],
      ['In response to your request', 'In response to your request'],
      ['I can confirm', 'I can confirm'],
      ['It is held', 'It is held'],
      ['iiiii. x', 'iiiii. x'],
    ];
    for (const [line, words] of cases) {
      it(`reads ${JSON.stringify(line)} as ${JSON.stringify(words)}`, () => assert.equal(stripListMarker(line), words));
    }
  });

  describe('answer openings', () => {
    const openings = [
      'I can confirm that the force uses drones.',
      'Please find below our response.',
      'No information is held.',
      'We hold records.',
      '1) In response to your request',
      'i. We can confirm that',
      '• There is no information held',
      'Norfolk Constabulary has considered your request',
      // A reviewer's findings.
      'I uphold the decision to neither confirm nor deny.',
      'I do not agree that a neither confirm nor deny response was appropriate.',
      'I am satisfied that section 12(1) was correctly applied.',
      // An office named in full, as the subject of what it does or holds.
      'The Office of the Police and Crime Commissioner is not itself an operational body.',
      'The Office of the Police & Crime Commissioner for Gloucestershire does not use any of the listed tools.',
    ];
    for (const sentence of openings) {
      it(`reads ${JSON.stringify(sentence)} as opening an answer`, () => assert.equal(opensWithAnswer(sentence), true));
    }

    const others = ['Thank you for your request', 'It is confirmed', 'Q1.', '', 'I have considered the original response afresh.', 'I would like to know', 'The Office of the Police and Crime Commissioner for Kent, and what it spends'];
    for (const sentence of others) {
      it(`does not read ${JSON.stringify(sentence)} as opening an answer`, () => assert.equal(opensWithAnswer(sentence), false));
    }
  });
});
