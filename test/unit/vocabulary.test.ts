import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_TOOLS, buildVocabulary, findToolMentions, toolLabel, type Vocabulary } from '../../src/core/vocabulary/tools';

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
      ['equipment for remote access to devices', 'hacking'],
      ['monitors social media', 'social-media-intelligence'],
      ['social media / open source monitoring', 'social-media-intelligence'],
      ['IMSI grabbers', 'imsi-catchers'],
      ['covert communications data capture', 'imsi-catchers'],
      ['CCDC', 'imsi-catchers'],
      ['| IMSI | NCND |', 'imsi-catchers'],
      ['whether it uses EI', 'hacking'],
      ['cell site simulators', 'imsi-catchers'],
      ['Stingray devices', 'imsi-catchers'],
      ['digital device extraction', 'mobile-phone-extraction'],
      ['self-service kiosks', 'mobile-phone-extraction'],
      ['cyber kiosks', 'mobile-phone-extraction'],
      ['Mobile phone and device extraction', 'mobile-phone-extraction'],
      ['digital forensic examination of mobile phones', 'mobile-phone-extraction'],
      ['Cellebrite devices', 'mobile-phone-extraction'],
      ['a UFED', 'mobile-phone-extraction'],
      ['Digital extraction of phones', 'mobile-phone-extraction'],
      ['extracting data from the phones of victims', 'mobile-phone-extraction'],
      ['the NeoFace system', 'facial-recognition'],
      ['predictive crime mapping', 'predictive-policing'],
      ['open source research on social media', 'social-media-intelligence'],
      ['quadcopters', 'drones'],
      ['algorithms for predicting crime', 'predictive-policing'],
      ['crime forecasting', 'predictive-policing'],
      ['SOCMINT', 'social-media-intelligence'],
      ['open source intelligence', 'social-media-intelligence'],
      ['Automatic Number Plate Recognition', 'anpr'],
      ['unmanned aerial vehicles', 'drones'],
      ['RPAS', 'drones'],
      ['a drone', 'drones'],
      ['the force does not \'hack\' devices', 'hacking'],
      ['remote interference with devices', 'hacking'],
      ['digital kiosks in custody', 'mobile-phone-extraction'],
      ['it extracts data from mobile devices', 'mobile-phone-extraction'],
      ['other means of extracting data from phones', 'mobile-phone-extraction'],
      ['do you download data from mobile phones', 'mobile-phone-extraction'],
      ['the capability to examine mobile telephones', 'mobile-phone-extraction'],
      ['software to predict crime', 'predictive-policing'],
      ['the monitoring of social media', 'social-media-intelligence'],
      ['kiosks were introduced at all hubs', 'mobile-phone-extraction'],
      // Described rather than named, and named by product.
      ['officers wear body cameras', 'body-worn-video'],
      ['Axon Body 3 cameras', 'body-worn-video'],
      ['DJI Matrice aircraft', 'drones'],
      ['devices that download the contents of phones', 'mobile-phone-extraction'],
      ['software that forecasts where crime is likely to happen', 'predictive-policing'],
      ['a hotspot forecasting tool', 'predictive-policing'],
      ['open source internet research', 'social-media-intelligence'],
      ['monitoring of public posts online', 'social-media-intelligence'],
      ['number plate recognition cameras', 'anpr'],
      ['IMSI capture devices', 'imsi-catchers'],
      ['a fake mobile phone mast', 'imsi-catchers'],
      ['any capability to interfere with equipment', 'hacking'],
      ['the PND facial search capability', 'facial-recognition'],
      ['Police National Database facial matching', 'facial-recognition'],
      ['equipment that mimics a mobile phone mast', 'imsi-catchers'],
      ['IMSI-catching technology', 'imsi-catchers'],
      ['a fake cell tower', 'imsi-catchers'],
      ['the XRY software', 'mobile-phone-extraction'],
      ['the Radio Tactics Aceso system', 'mobile-phone-extraction'],
      ['a GrayKey device', 'mobile-phone-extraction'],
      ['algorithmic tools to predict who is likely to reoffend', 'predictive-policing'],
      ['a model predicting re-offending', 'predictive-policing'],
      ['the Harm Assessment Risk Tool', 'predictive-policing'],
      ['facial image comparison software', 'facial-recognition'],
      ['body worn footage', 'body-worn-video'],
      ['social media scraping tools', 'social-media-intelligence'],
      ['Internet Intelligence and Investigations training', 'social-media-intelligence'],
      ["how often has the force hacked into a suspect's phone", 'hacking'],
      ['technology that downloads data from mobile phones', 'mobile-phone-extraction'],
      ['officers take data from phones seized at arrest', 'mobile-phone-extraction'],
      ['the unit does examine mobile devices', 'mobile-phone-extraction'],
      ['a hot-spot forecasting tool', 'predictive-policing'],
      ['software that predicts where offences may occur', 'predictive-policing'],
      ['the unit carries out extraction from mobile devices', 'mobile-phone-extraction'],
      ['the force has not used Clearview AI', 'facial-recognition'],
      ['a licence for Babel X', 'social-media-intelligence'],
      ['Dataminr alerts', 'social-media-intelligence'],
      ['all frontline officers now have an Axon camera', 'body-worn-video'],
      ['Motorola VB400 cameras', 'body-worn-video'],
      ['Magnet AXIOM licences', 'mobile-phone-extraction'],
      ['a trial of the DJI Mavic Pro', 'drones'],
      ['have officers used PimEyes', 'facial-recognition'],
      ['Has the force used HART?', 'predictive-policing'],
      ['the Gangs Violence Matrix', 'predictive-policing'],
      ['is the Gangs Matrix still in operation', 'predictive-policing'],
      ['risk terrain modelling (RTM)', 'predictive-policing'],
      ['a risk-scoring algorithm for domestic abuse', 'predictive-policing'],
      ['reads submitted to the NADC', 'anpr'],
      ['network investigative techniques', 'hacking'],
      ['a Digital Stakeout licence', 'social-media-intelligence'],
      ['do officers create fake social media profiles', 'social-media-intelligence'],
      ['covert social media accounts run by the unit', 'social-media-intelligence'],
      ['officers may use a covert online identity', 'social-media-intelligence'],
      ['software to score individuals for risk of offending', 'predictive-policing'],
      ['algorithmic risk scoring of offenders', 'predictive-policing'],
      ['any risk-scoring software', 'predictive-policing'],
      ['a risk scoring tool for offenders', 'predictive-policing'],
    ];
    for (const [text, tool] of cases) assert.deepEqual(toolsIn(text), [tool], text);
  });

  it("does not take the force's own social media accounts or a risk assessment for the tools (near misses)", () => {
    assert.deepEqual(toolsIn("Follow the force's social media accounts; each case has a DASH risk assessment."), []);
  });

  it('does not take "Hart" as a name or place for the HART risk tool (near miss)', () => {
    assert.deepEqual(toolsIn('Hart District Council and Sergeant Hart attended.'), []);
  });

  it('does not take the maker of the TASER for body worn video', () => {
    assert.deepEqual(toolsIn('Officers carry the Axon TASER 7.'), []);
  });

  it('does not take what counters a tool for the tool: "counter-drone", "anti-drone", "drone detection", "IMSI catcher detectors"', () => {
    assert.deepEqual(toolsIn('Counter-drone capability, anti drone systems, drone detection and IMSI catcher detectors.'), []);
    // Near miss: the tool itself, beside the words.
    assert.deepEqual(toolsIn('The drone unit counters crime; detection of offences by drone.'), ['drones', 'drones']);
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

  it('reads the name of IMSI catchers spelt out with the acronym in brackets, and not across other bracketed words', () => {
    assert.deepEqual(matchedTexts('International Mobile Subscriber Identity (IMSI) catchers'), ['International Mobile Subscriber Identity (IMSI) catchers']);
    assert.deepEqual(toolsIn('International Mobile Subscriber Identity (see note 3) catchers'), []);
  });

  it('matches short all-caps acronyms case-sensitively, so ordinary words do not count', () => {
    assert.deepEqual(toolsIn('AFR and UAV'), ['facial-recognition', 'drones']);
    assert.deepEqual(toolsIn('afr, uas, cne in lower case'), []);
    assert.deepEqual(toolsIn('imsi catchers in lower case'), ['imsi-catchers']);
  });

  it('matches in any case the acronyms no word is spelt like, as terse e-mails write them', () => {
    assert.deepEqual(toolsIn('bwv - yes, anpr - yes, we dont do lfr'), ['body-worn-video', 'anpr', 'facial-recognition']);
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

  describe('finds exactly the mentions the one pattern finds', () => {
    /** What `text.matchAll(vocabulary.pattern)` names, each match's tool read from its capture group. */
    const byPattern = (text: string, v: Vocabulary): [number, string, string][] =>
      [...text.matchAll(v.pattern)].map((m) => [m.index, m[0], v.groupTools[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]]);
    const byFinder = (text: string, v: Vocabulary): [number, string, string][] =>
      findToolMentions(text, v).map((m) => [m.span.start, text.slice(m.span.start, m.span.end), m.tool]);
    const odd = buildVocabulary([
      { id: 'x-ray', label: 'X-ray', synonyms: ['X ray', 'x', 'ANPR camera', 'body', 'live facial', 'Drones at night'] },
    ]);
    const FRAGMENTS = [
      'ANPR', 'ANPRs', 'anpr camera', 'ANPR camera', 'AnPR', 'body worn video', 'body-worn\nvideo cameras', 'bodyworn video', 'body',
      'live facial recognition', 'Live Facial', 'facial recognition', 'face recognition', 'drones', 'drone', 'Drones at night', 'UAVs',
      'x', 'X ray', 'x–ray', 'xs', 'X', 'IMSI catchers', 'imsi-grabber', 'covert communications data capture', 'covert', 'cyber kiosks',
      ' ', '  ', '\n', '.', ',', '-', '_', 'é', 'É', '٣', '𝐀', '\ud835', '\udc00', '’', 'a', 'S', '5',
    ];
    const texts = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(''));

    it('with the default tools', () => {
      assert.ok(vocabulary.byOpening, 'the default synonyms are looked up by their openings');
      fc.assert(fc.property(texts, (text) => assert.deepEqual(byFinder(text, vocabulary), byPattern(text, vocabulary))), { seed: 42, numRuns: 500 });
    });

    it('with one-letter words, an acronym inside a phrase and synonyms that overlap the defaults', () => {
      assert.ok(odd.byOpening);
      fc.assert(fc.property(texts, (text) => assert.deepEqual(byFinder(text, odd), byPattern(text, odd))), { seed: 7, numRuns: 500 });
    });

    it('with a synonym opening with a digit or a letter outside ASCII, read by the pattern alone', () => {
      const wide = buildVocabulary([{ id: 'z', label: 'Z', synonyms: ['5G masts', 'élan vital'] }]);
      assert.equal(wide.byOpening, undefined);
      const text = 'the 5G masts, an élan vital, and ANPR; x5G masts';
      assert.deepEqual(byFinder(text, wide), byPattern(text, wide));
      assert.deepEqual(toolsIn(text, wide), ['z', 'z', 'anpr']);
    });
  });

  it('does not count a synonym straight after a letter or number of any script, even one written as a surrogate pair', () => {
    assert.deepEqual(matchedTexts('éANPR ٣ANPR 𝐀ANPR xANPR 5ANPR'), []);
    assert.deepEqual(matchedTexts('_ANPR ’ANPR “drones” \ud835ANPR'), ['ANPR', 'ANPR', 'drones', 'ANPR']);
  });

  it('finds every mention of a large text in one linear pass', () => {
    const text = 'nothing to see here, the force uses ANPR. '.repeat(40_000);
    const started = performance.now();
    assert.equal(findToolMentions(text, vocabulary).length, 40_000);
    assert.ok(performance.now() - started < 3_000);
  });
});
