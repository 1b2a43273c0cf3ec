import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { DIAGNOSTIC_CODES, isDiagnosticCode, resolveSeverity } from '../../src/core/diagnostics/codes';
import type { Finding } from '../../src/core/model';

function findings(text: string, recorded = {}): readonly Finding[] {
  return analyze(text, { recorded }).diagnostics;
}

function withCode(text: string, code: string, recorded = {}): Finding[] {
  return findings(text, recorded).filter((f) => f.code === code);
}

describe('diagnostic codes', () => {
  it('lists every code the engine and the sidecar layer use, each with a severity and a description', () => {
    const expected = [
      'exemption',
      'ncnd',
      'not-held',
      'referral',
      'opinion-question',
      'missing-public-interest-test',
      'unknown-section',
      'late-response',
      'untagged-tool',
      'status-mismatch',
      'stale-annotation',
      'sidecar-syntax',
      'sidecar-duplicate-key',
      'sidecar-unknown-status',
      'sidecar-unknown-tool',
      'sidecar-bad-date',
      'sidecar-invalid',
    ];
    for (const code of expected) {
      assert.ok(isDiagnosticCode(code), code);
      assert.ok(DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES].description.length > 10);
    }
  });

  it('gives the documented default severities', () => {
    assert.equal(DIAGNOSTIC_CODES.exemption.severity, 'information');
    assert.equal(DIAGNOSTIC_CODES['untagged-tool'].severity, 'information');
    assert.equal(DIAGNOSTIC_CODES['late-response'].severity, 'warning');
    assert.equal(DIAGNOSTIC_CODES['missing-public-interest-test'].severity, 'warning');
    assert.equal(DIAGNOSTIC_CODES['status-mismatch'].severity, 'warning');
    assert.equal(DIAGNOSTIC_CODES['sidecar-invalid'].severity, 'error');
  });

  it('resolves a severity from the user\'s overrides, dropping ignored codes', () => {
    assert.equal(resolveSeverity('late-response', {}), 'warning');
    assert.equal(resolveSeverity('late-response', { 'late-response': 'error' }), 'error');
    assert.equal(resolveSeverity('late-response', { 'late-response': 'ignore' }), undefined);
    assert.equal(resolveSeverity('late-response', { 'late-response': 'loud' as never }), 'warning');
    assert.equal(resolveSeverity('no-such-code', {}), undefined);
    assert.equal(resolveSeverity('toString', {}), undefined);
  });
});

describe('findings', () => {
  it('describes an NCND provision by its title and nature', () => {
    const text = 'You asked: hacking?\n\nHacking – we neither confirm nor deny that this is used, by virtue of Section 24(2). A public interest test is attached.';
    const [exemption] = withCode(text, 'exemption');
    assert.equal(exemption.message, 'Section 24(2) National Security — NCND provision, qualified, prejudice-based');
    assert.deepEqual(exemption.data?.sections, ['s24(2)']);
    assert.equal(text.slice(exemption.span.start, exemption.span.end), 'Section 24(2)');
  });

  it('describes an absolute class-based exemption', () => {
    const [exemption] = withCode('The information is exempt under section 23(1) and is withheld.', 'exemption');
    assert.match(exemption.message, /^Section 23\(1\) Information Supplied by, or Concerning, Certain Security Bodies — exemption, absolute, class-based$/);
  });

  it('reports an NCND statement with its scope and sections', () => {
    const text = 'You asked: drones?\n\nThe force does not use drones overtly but neither confirms nor denies any covert use, relying on section 24(2) and section 31(3). Public interest test: the balance favours NCND.';
    const [ncnd] = withCode(text, 'ncnd');
    assert.equal(ncnd.message, 'Neither confirm nor deny (partial: overt use answered) relying on s24(2), s31(3)');
    assert.deepEqual(ncnd.data?.sections, ['s24(2)', 's31(3)']);
  });

  it('warns once per qualified exemption relied on without a public interest test', () => {
    const text = 'The locations are exempt under section 31(1)(a) and section 31(1)(b) and are withheld.';
    const warnings = withCode(text, 'missing-public-interest-test');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].message, 'Qualified exemption s31 relied on without a public interest test');
    assert.equal(warnings[0].severity, 'warning');
  });

  it('does not warn when the letter carries a public interest test, or for an absolute exemption', () => {
    assert.equal(withCode('Exempt under section 31(1)(a). Public Interest Test: factors favouring disclosure are few.', 'missing-public-interest-test').length, 0);
    assert.equal(withCode('The information is exempt under section 23(1) and is withheld.', 'missing-public-interest-test').length, 0);
  });

  it('reports a section the Act does not have', () => {
    const [unknown] = withCode('The information is exempt under Section 99 and is withheld.', 'unknown-section');
    assert.equal(unknown.message, 'Section 99 is not a section of the Freedom of Information Act 2000');
    assert.equal(unknown.severity, 'warning');
  });

  it('reports a late response on the letter\'s date', () => {
    const text = '4th July 2019\n\nYour request for information dated 31st May 2019 asked about drones.';
    const [late] = withCode(text, 'late-response');
    assert.equal(late.message, 'Response took 24 working days; section 10 allows 20');
    assert.equal(text.slice(late.span.start, late.span.end), '4th July 2019');
  });

  it('suggests a status for each untagged tool on its evidence, with what a quick fix needs', () => {
    const text = 'You asked: Is the force using facial recognition?\n\nThe force does not use overt facial recognition. It neither confirms nor denies covert use of facial recognition under section 24(2) and section 31(3). Public interest test: see attached.';
    const [untagged] = withCode(text, 'untagged-tool');
    assert.equal(untagged.message, 'Facial recognition: suggested status Partial NCND — not yet recorded');
    assert.deepEqual(untagged.data, { tool: 'facial-recognition', status: 'partial-ncnd', sections: ['s24(2)', 's31(3)'] });
    assert.ok(text.slice(untagged.span.start, untagged.span.end).includes('neither confirms nor denies'));
  });

  it('leaves out tools whose status is recorded, and flags a recorded status the letter contradicts', () => {
    const text = 'You asked: Do you use drones or ANPR?\n\nWe do not use drones. ANPR is used across the force area.';
    assert.deepEqual(withCode(text, 'untagged-tool', { drones: 'not-used', anpr: 'used' }), []);
    const [mismatch] = withCode(text, 'status-mismatch', { drones: 'used', anpr: 'used' });
    assert.equal(mismatch.message, 'Drones: recorded as Used, but the letter reads as Not used');
    assert.deepEqual(mismatch.data, { tool: 'drones', status: 'not-used', recordedStatus: 'used' });
  });

  it('does not contradict a record with a "no answer" suggestion', () => {
    assert.deepEqual(withCode('You asked: Do you use drones?\n\nThank you.', 'status-mismatch', { drones: 'used' }), []);
  });

  it('returns findings in text order, with every span inside the text', () => {
    const text = 'Our Ref: 1/2\nYou asked: drones?\n\nWe do not use drones. Exempt under section 99. Section 31(1)(a) applies.';
    const found = findings(text);
    assert.ok(found.length >= 3);
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].span.start <= found[i].span.start);
    for (const f of found) assert.ok(f.span.end <= text.length);
  });
});
