// A Scottish letter, written for these tests in the way Police Scotland answers, read end to end: the engine must
// read its sections from the Freedom of Information (Scotland) Act 2002 and count its working days with Scottish
// bank holidays. Each expectation is set against what the same text gives when read as a letter under the Act of 2000.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCitations } from '../../src/core/analysis/citations';
import { analyze } from '../../src/core/analyze';
import { describeCitation, describeNcnd } from '../../src/core/explain';
import type { LetterAnalysis } from '../../src/core/model';

const LETTER = readFileSync(
  join(__dirname, '..', 'fixtures', 'foisa', 'scottish-ncnd-s18-not-held-s17-within-20-days-after-st-andrews-day.txt'),
  'utf8',
);

describe('a Scottish letter (FOISA)', () => {
  let analysis: LetterAnalysis;
  before(() => {
    analysis = analyze(LETTER);
  });

  const cited = (section: string) => {
    const citation = analysis.citations.find((c) => c.section === section);
    assert.ok(citation, `${section} is cited`);
    return citation;
  };
  const codes = (code: string) => analysis.diagnostics.filter((d) => d.code === code);

  it('is read under the Scottish Act', () => {
    assert.equal(analysis.act, 'foisa');
  });

  it('gives each citation the Scottish Act\'s title and kind', () => {
    const expected: Record<string, [string, string]> = {
      s18: ['Further provision as respects responses to request', 'ncnd-provision'],
      's31(1)': ['National security and defence', 'exemption'],
      's35(1)(a)': ['Law enforcement', 'exemption'],
      's35(1)(b)': ['Law enforcement', 'exemption'],
      s17: ['Notice that information is not held', 'procedural'],
      's38(1)(b)': ['Personal information', 'exemption'],
      s16: ['Refusal of request', 'procedural'],
      's25(1)': ['Information otherwise accessible', 'exemption'],
      s20: ['Requirement for review of refusal etc.', 'procedural'],
      s21: ['Review by Scottish public authority', 'procedural'],
      's47(1)': ['Application for decision by Commissioner', 'procedural'],
    };
    assert.deepEqual(analysis.citations.map((c) => c.section), Object.keys(expected));
    for (const [section, [title, kind]] of Object.entries(expected)) {
      assert.deepEqual([cited(section).title, cited(section).kind, cited(section).known], [title, kind, true], section);
    }
  });

  it('where the Act of 2000 would read other sections: s18 the Commissioner, s21 an absolute exemption', () => {
    const english = Object.fromEntries(findCitations(LETTER, 'foia').map((c) => [c.section, c]));
    assert.equal(english.s18?.kind, 'procedural');
    assert.equal(english.s21?.kind, 'exemption');
    assert.equal(english['s38(1)(b)']?.title, 'Health and safety');
    // The Scottish Act named after a citation is another Act for a letter under the Act of 2000.
    assert.equal(english.s17, undefined);
  });

  it('reads a list that names each section\'s title without brackets, Police Scotland\'s way', () => {
    assert.equal(cited('s35(1)(a)').text, '35(1)(a)');
    assert.equal(cited('s35(1)(b)').text, '(b)');
  });

  it('relies on section 18 and the exemptions it names for the NCND statement', () => {
    assert.equal(analysis.ncnd.length, 1);
    assert.deepEqual(analysis.ncnd[0].sections, ['s18', 's31(1)', 's35(1)(a)', 's35(1)(b)']);
    const imsi = analysis.tools.find((t) => t.tool === 'imsi-catchers');
    assert.equal(imsi?.status, 'ncnd');
  });

  it('reports section 18 as an NCND provision and the qualified exemptions without a public interest test', () => {
    const exemption = codes('exemption').map((d) => d.message);
    assert.ok(exemption.includes('Section 18 Further Provision As Respects Responses to Request — NCND provision'), exemption.join('\n'));
    assert.ok(exemption.includes('Section 31(1) National Security and Defence — exemption, qualified, prejudice-based'));
    assert.ok(exemption.includes('Section 25(1) Information Otherwise Accessible — exemption, absolute, class-based'));
    assert.deepEqual(
      codes('missing-public-interest-test').map((d) => d.data?.section),
      ['s31', 's35', 's38'],
      'not s18 (a provision, not an exemption) nor s25 (absolute)',
    );
    assert.deepEqual(codes('unknown-section'), []);
  });

  it('reports the section 17 notice as information not held', () => {
    assert.equal(analysis.notHeld.length, 1);
    assert.match(analysis.notHeld[0].text, /is not held by Police Scotland/);
  });

  it('counts 20 working days with St Andrew\'s Day (moved to Monday 2 December 2024) skipped, so is not late', () => {
    assert.deepEqual([analysis.letter.received, analysis.letter.date], ['2024-11-04', '2024-12-03']);
    assert.equal(analysis.letter.workingDays, 20);
    assert.equal(analysis.letter.late, false);
    assert.deepEqual(codes('late-response'), []);
  });

  it('is late by England and Wales days: the same dates under the Act of 2000 count 21', () => {
    const english = analyze(LETTER.replace('FREEDOM OF INFORMATION (SCOTLAND) ACT 2002', 'FREEDOM OF INFORMATION ACT 2000'));
    assert.equal(english.act, 'foia');
    assert.equal(english.letter.workingDays, 21);
    assert.equal(english.letter.late, true);
  });

  it('explains a citation from the Scottish Act in hovers', () => {
    const s18 = describeCitation(cited('s18'), analysis.act);
    assert.equal(s18.heading, 's18: Further provision as respects responses to request');
    assert.match(s18.lines.join(' '), /neither confirm nor deny/);
    assert.match(s18.lines.join(' '), /Freedom of Information \(Scotland\) Act 2002/);
    const s31 = describeCitation(cited('s31(1)'), analysis.act);
    assert.equal(s31.heading, 's31(1): National security and defence');
    assert.ok(s31.lines.includes('Its "neither confirm nor deny" provision is s18.'), s31.lines.join('\n'));
    assert.match(describeNcnd(analysis.ncnd[0], analysis).lines.join(' '), /s18 \(Further provision as respects responses to request\)/);
  });

  it('reports a number the Scottish Act does not have as not a section of that Act', () => {
    const stray = analyze('Freedom of Information (Scotland) Act 2002\n\nThe information is exempt under section 80 of the Act.');
    const unknown = stray.diagnostics.filter((d) => d.code === 'unknown-section');
    assert.deepEqual(
      unknown.map((d) => d.message),
      ['Section 80 is not a section of the Freedom of Information (Scotland) Act 2002'],
    );
    assert.equal(describeCitation(stray.citations[0], stray.act).heading, 'section 80: not a section of the Freedom of Information (Scotland) Act 2002');
  });
});
