// The five real letters, read as a careful human reads them.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { LetterAnalysis, ToolStatus } from '../../src/core/model';
import { CAMPAIGN_TOOLS } from './support/fixtures';


function read(name: string): { text: string; analysis: LetterAnalysis } {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'seeds', name), 'utf8');
  return { text, analysis: analyze(text) };
}

function statuses(analysis: LetterAnalysis): Record<string, ToolStatus> {
  return Object.fromEntries(analysis.tools.map((t) => [t.tool, t.status]));
}

function exemptionsOf(analysis: LetterAnalysis, tool: string): readonly string[] | undefined {
  return analysis.tools.find((t) => t.tool === tool)?.exemptions;
}

function codes(analysis: LetterAnalysis): Set<string> {
  return new Set(analysis.diagnostics.map((d) => d.code));
}

describe('analyze on the seed letters', () => {
  describe('Cambridgeshire OPCC', () => {
    const { analysis } = read('cambridgeshire-opcc-19-026-037.txt');

    it('reads body worn video as used and the six other tools as not held', () => {
      const expected = Object.fromEntries(CAMPAIGN_TOOLS.map((tool) => [tool, tool === 'body-worn-video' ? 'used' : 'not-held']));
      assert.deepEqual(statuses(analysis), expected);
    });

    it('reads the letter facts', () => {
      const { letter } = analysis;
      assert.equal(letter.date, '2019-07-04');
      assert.equal(letter.received, '2019-06-13');
      assert.equal(letter.reference, 'FOI/OPCC/19-026-037, 19-040-043');
      assert.equal(letter.workingDays, 15);
      assert.equal(letter.late, false);
      assert.equal(letter.authority, 'Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough');
    });

    it('reports not held, the opinion question, the referral and untagged tools', () => {
      for (const code of ['not-held', 'opinion-question', 'referral', 'untagged-tool']) assert.ok(codes(analysis).has(code), code);
      assert.ok(!codes(analysis).has('late-response'));
    });
  });

  describe('Hertfordshire Constabulary', () => {
    const { analysis } = read('hertfordshire-2017-01696.txt');

    it('reads facial recognition as partial NCND relying on s24(2) and s31(3)', () => {
      assert.deepEqual(statuses(analysis), { 'facial-recognition': 'partial-ncnd' });
      assert.deepEqual(exemptionsOf(analysis, 'facial-recognition'), ['s24(2)', 's31(3)']);
    });

    it('infers the year of receipt and skips Christmas, Boxing Day and New Year in the working days', () => {
      const { letter } = analysis;
      assert.equal(letter.date, '2018-01-15');
      assert.equal(letter.received, '2017-12-13');
      assert.equal(letter.workingDays, 20);
      assert.equal(letter.late, false);
      assert.equal(letter.reference, 'FOI2017/01696');
      assert.equal(letter.authority, 'Hertfordshire Constabulary');
    });

    it('reports the NCND, the exemptions relied on and the untagged tool, but no missing public interest test', () => {
      for (const code of ['ncnd', 'exemption', 'untagged-tool']) assert.ok(codes(analysis).has(code), code);
      assert.ok(!codes(analysis).has('missing-public-interest-test'));
    });

    it('keeps the requester\'s questions out of the answers', () => {
      const inRequest = analysis.mentions.filter((m) => m.inRequest);
      assert.ok(inRequest.length >= 3 && inRequest.every((m) => m.tool === 'facial-recognition'));
    });
  });

  describe('Norfolk and Suffolk Constabularies', () => {
    const { analysis } = read('norfolk-suffolk-007663-17.txt');

    it('reads facial recognition as partial NCND relying on s24(2) and s31(3)', () => {
      assert.deepEqual(statuses(analysis), { 'facial-recognition': 'partial-ncnd' });
      assert.deepEqual(exemptionsOf(analysis, 'facial-recognition'), ['s24(2)', 's31(3)']);
    });

    it('reads the reference, receipt and authority; the letter has no date of its own', () => {
      const { letter } = analysis;
      assert.equal(letter.reference, 'FOI 007663-17');
      assert.equal(letter.received, '2017-12-13');
      assert.equal(letter.date, null);
      assert.equal(letter.workingDays, null);
      assert.equal(letter.authority, 'Norfolk and Suffolk Constabularies');
    });

    it('reports the partial NCND', () => {
      const ncnd = analysis.diagnostics.find((d) => d.code === 'ncnd');
      assert.ok(ncnd);
      assert.equal(ncnd.message, 'Neither confirm nor deny (partial: overt use answered) relying on s24(2), s31(3)');
    });
  });

  describe('Northamptonshire OPFCC', () => {
    const { analysis } = read('northamptonshire-opfcc-13062019.txt');

    it('reads all seven tools as not held', () => {
      assert.deepEqual(statuses(analysis), Object.fromEntries(CAMPAIGN_TOOLS.map((tool) => [tool, 'not-held'])));
    });

    it('treats the unmarked pasted request as the requester\'s words', () => {
      assert.ok(analysis.mentions.length > 0 && analysis.mentions.every((m) => m.inRequest));
    });

    it('reads the heading reference and the authority, and reports not held and the referral', () => {
      assert.equal(analysis.letter.reference, 'FOI 13062019-1');
      assert.equal(analysis.letter.authority, 'Office of the Northamptonshire Police, Fire and Crime Commissioner');
      for (const code of ['not-held', 'referral', 'untagged-tool']) assert.ok(codes(analysis).has(code), code);
    });
  });

  describe('West Midlands PCC', () => {
    const { analysis } = read('west-midlands-pcc-2019-01031.txt');

    it('reads each per-tool answer line', () => {
      assert.deepEqual(statuses(analysis), {
        'body-worn-video': 'used',
        'facial-recognition': 'partial-ncnd',
        hacking: 'ncnd',
        'imsi-catchers': 'ncnd',
        'mobile-phone-extraction': 'used',
        'predictive-policing': 'used',
        'social-media-intelligence': 'used',
      });
    });

    it('carries s24(2) and s31(3) for every NCND tool', () => {
      for (const tool of ['facial-recognition', 'hacking', 'imsi-catchers']) assert.deepEqual(exemptionsOf(analysis, tool), ['s24(2)', 's31(3)'], tool);
    });

    it('gives each answer line as evidence', () => {
      const hacking = analysis.tools.find((t) => t.tool === 'hacking')!;
      assert.ok(hacking.text.startsWith('Hacking – I can neither confirm nor deny'));
      assert.ok(hacking.confidence >= 0.8);
    });

    it('reads the heading reference and reports the opinion question and referral', () => {
      assert.equal(analysis.letter.reference, '2019-01031');
      for (const code of ['ncnd', 'exemption', 'opinion-question', 'referral', 'not-held']) assert.ok(codes(analysis).has(code), code);
    });
  });

  it('keeps every span of every seed inside its text', () => {
    for (const name of [
      'cambridgeshire-opcc-19-026-037.txt',
      'hertfordshire-2017-01696.txt',
      'norfolk-suffolk-007663-17.txt',
      'northamptonshire-opfcc-13062019.txt',
      'west-midlands-pcc-2019-01031.txt',
    ]) {
      const { text, analysis } = read(name);
      const spans = [
        ...analysis.tools.map((t) => t.evidence),
        ...analysis.diagnostics.map((d) => d.span),
        ...analysis.mentions.map((m) => m.span),
        ...analysis.request,
      ];
      for (const span of spans) assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, name);
      for (const tool of analysis.tools) assert.equal(text.slice(tool.evidence.start, tool.evidence.end), tool.text);
    }
  });
});
