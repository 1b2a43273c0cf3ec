import * as assert from 'node:assert/strict';
import { DEFAULT_TOOLS, buildVocabulary, findToolMentions, toolLabel } from '../../src/core/vocabulary/tools';

const vocabulary = buildVocabulary();

function toolsIn(text: string, v = vocabulary): string[] {
  return findToolMentions(text, v).map((m) => m.tool);
}

function matchedTexts(text: string, v = vocabulary): string[] {
  return findToolMentions(text, v).map((m) => text.slice(m.span.start, m.span.end));
}

describe('tool vocabulary', () => {
  it('has the nine research tools with stable ids', () => {
    assert.deepEqual(
      DEFAULT_TOOLS.map((t) => t.id),
      [
        'body-worn-video',
        'facial-recognition',
        'hacking',
        'imsi-catchers',
        'mobile-phone-extraction',
        'predictive-policing',
        'social-media-intelligence',
        'anpr',
        'drones',
      ],
    );
  });

  it('names each default tool by the synonyms letters use', () => {
    const cases: [string, string][] = [
      ['Body-worn video cameras are issued to officers', 'body-worn-video'],
      ['our BWV policy', 'body-worn-video'],
      ['body worn cameras', 'body-worn-video'],
      ['Automated Facial Recognition', 'facial-recognition'],
      ['LFR deployments', 'facial-recognition'],
      ['retrospective facial recognition', 'facial-recognition'],
      ['operator initiated facial recognition', 'facial-recognition'],
      ['equipment interference warrants', 'hacking'],
      ['computer network exploitation', 'hacking'],
      ['IMSI grabbers', 'imsi-catchers'],
      ['covert communications data capture', 'imsi-catchers'],
      ['CCDC', 'imsi-catchers'],
      ['cell site simulators', 'imsi-catchers'],
      ['Stingray devices', 'imsi-catchers'],
      ['digital device extraction', 'mobile-phone-extraction'],
      ['self-service kiosks', 'mobile-phone-extraction'],
      ['cyber kiosks', 'mobile-phone-extraction'],
      ['algorithms for predicting crime', 'predictive-policing'],
      ['crime forecasting', 'predictive-policing'],
      ['SOCMINT', 'social-media-intelligence'],
      ['open source intelligence', 'social-media-intelligence'],
      ['Automatic Number Plate Recognition', 'anpr'],
      ['unmanned aerial vehicles', 'drones'],
      ['RPAS', 'drones'],
      ['a drone', 'drones'],
    ];
    for (const [text, tool] of cases) assert.deepEqual(toolsIn(text), [tool], text);
  });

  it('prefers the longest phrase at a place: "live facial recognition" is one mention', () => {
    assert.deepEqual(matchedTexts('The force uses live facial recognition.'), ['live facial recognition']);
    assert.deepEqual(matchedTexts('Body worn video cameras – yes'), ['Body worn video cameras']);
  });

  it('matches across a line break and blank line inside a phrase, as PDF text wraps', () => {
    assert.deepEqual(toolsIn('biometric facial \n\nrecognition technology'), ['facial-recognition']);
  });

  it('accepts a hyphen or dash between words and a plural s', () => {
    assert.deepEqual(toolsIn('body-worn video; IMSI-catchers; drones; UAVs'), ['body-worn-video', 'imsi-catchers', 'drones', 'drones']);
  });

  it('matches short all-caps acronyms case-sensitively, so ordinary words do not count', () => {
    assert.deepEqual(toolsIn('AFR and UAV'), ['facial-recognition', 'drones']);
    assert.deepEqual(toolsIn('afr, uas, cne, anpr in lower case'), []);
    assert.deepEqual(toolsIn('imsi catchers in lower case'), ['imsi-catchers']);
  });

  it('respects word boundaries', () => {
    assert.deepEqual(toolsIn('whacking, dronesque, BWVX, hackingly'), []);
  });

  it('adds synonyms to a default tool whose id matches, and adds new tools', () => {
    const v = buildVocabulary([
      { id: 'drones', label: 'ignored', synonyms: ['quadcopter'] },
      { id: 'gait-analysis', label: 'Gait analysis', synonyms: ['gait recognition'] },
    ]);
    assert.deepEqual(toolsIn('a quadcopter and gait recognition', v), ['drones', 'gait-analysis']);
    assert.equal(toolLabel(v, 'drones'), 'Drones');
    assert.equal(toolLabel(v, 'gait-analysis'), 'Gait analysis');
    assert.equal(v.tools.length, DEFAULT_TOOLS.length + 1);
  });

  it('escapes user synonyms, so regular expression characters match literally', () => {
    const v = buildVocabulary([{ id: 'x', label: 'X', synonyms: ['C++ (v2.0)*', 'a|b'] }]);
    assert.deepEqual(matchedTexts('uses C++ (v2.0)* and a|b but not ab', v), ['C++ (v2.0)*', 'a|b']);
  });

  it('ignores empty and oversized synonyms and tools without an id', () => {
    const v = buildVocabulary([
      { id: '', label: 'none', synonyms: ['ghost'] },
      { id: 'y', label: 'Y', synonyms: ['', '   ', 'z'.repeat(500)] },
    ]);
    assert.deepEqual(toolsIn('ghost ' + 'z'.repeat(500), v), []);
    assert.ok(v.byId.has('y'));
  });

  it('falls back to the id for an unknown tool label', () => {
    assert.equal(toolLabel(vocabulary, 'unknown-tool'), 'unknown-tool');
  });

  it('finds every mention of a large text in one linear pass', () => {
    const text = 'nothing to see here, the force uses ANPR. '.repeat(40_000);
    const started = performance.now();
    assert.equal(findToolMentions(text, vocabulary).length, 40_000);
    assert.ok(performance.now() - started < 3_000);
  });
});
