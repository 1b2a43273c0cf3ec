import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { withDescriptions } from '../../src/core/vocabulary/descriptions';
import { buildVocabulary, findToolMentions } from '../../src/core/vocabulary/tools';

const vocabulary = buildVocabulary();

/** The tools named or described in `text`, with the words naming them. */
function named(text: string): [string, string][] {
  return withDescriptions(text, vocabulary, findToolMentions(text, vocabulary)).map((m) => [m.tool, text.slice(m.span.start, m.span.end)]);
}

/** The tools described in `text`, whatever the words. */
function tools(text: string): string[] {
  return named(text).map(([tool]) => tool);
}

describe('tools described rather than named', () => {
  it('reads cameras worn by officers as body worn video', () => {
    assert.deepEqual(named("Does the force issue cameras worn on officers' uniforms?"), [['body-worn-video', 'cameras worn on officers']]);
    assert.deepEqual(tools('Every officer has a small recording device clipped to the uniform.'), ['body-worn-video']);
    assert.deepEqual(tools('Cameras on their chest: yes.'), ['body-worn-video']);
    assert.deepEqual(tools('Officer-worn cameras were issued in 2016.'), ['body-worn-video']);
  });

  it('reads matching faces against a watchlist as facial recognition', () => {
    assert.deepEqual(tools('Does the force use software that matches faces in CCTV against a watchlist?'), ['facial-recognition']);
    assert.deepEqual(tools('a system that picks out faces that match people on a list'), ['facial-recognition']);
    assert.deepEqual(tools('software that recognises faces'), ['facial-recognition']);
  });

  it('reads remote access to computers and phones as hacking', () => {
    assert.deepEqual(tools("remotely accessing suspects' computers or phones"), ['hacking']);
    assert.deepEqual(tools("Does the force access a suspect's phone remotely?"), ['hacking']);
    assert.deepEqual(tools('covertly accessing devices'), ['hacking']);
  });

  it('reads equipment posing as a phone mast or capturing phone identifiers as IMSI catchers', () => {
    assert.deepEqual(tools('devices that pretend to be a mobile phone mast'), ['imsi-catchers']);
    assert.deepEqual(tools('equipment that simulates a mobile phone base station'), ['imsi-catchers']);
    assert.deepEqual(tools('kit that can capture phone identifiers nearby'), ['imsi-catchers']);
  });

  it('reads downloading the contents of phones as mobile phone extraction', () => {
    assert.deepEqual(tools('equipment used to download the contents of seized phones'), ['mobile-phone-extraction']);
    assert.deepEqual(tools('a machine that copies the data off mobile phones'), ['mobile-phone-extraction']);
    assert.deepEqual(tools('Officers download mobile phones at the hubs.'), ['mobile-phone-extraction']);
    assert.deepEqual(tools('the total number of mobile phones examined in each year'), ['mobile-phone-extraction']);
    assert.deepEqual(tools('How many handsets were downloaded by the force?'), ['mobile-phone-extraction']);
    assert.deepEqual(tools('the examination of seized mobile phones'), ['mobile-phone-extraction']);
  });

  it('reads software forecasting crime as predictive policing', () => {
    assert.deepEqual(tools('software that forecasts where crime is likely to happen'), ['predictive-policing']);
    assert.deepEqual(tools('any product that forecasts the times or places of crimes'), ['predictive-policing']);
    assert.deepEqual(tools('a reoffending-prediction tool'), ['predictive-policing']);
  });

  it('reads watching what people post online as social media intelligence', () => {
    assert.deepEqual(tools('monitoring what people post on Twitter and Facebook'), ['social-media-intelligence']);
    assert.deepEqual(tools('social media and other open source material is monitored by trained officers'), ['social-media-intelligence']);
    assert.deepEqual(tools('Staff may view open social media when investigating.'), ['social-media-intelligence']);
  });

  it('reads cameras reading registration plates as ANPR, and pilotless aircraft as drones', () => {
    assert.deepEqual(tools('cameras that read vehicle registration plates'), ['anpr']);
    assert.deepEqual(tools('a camera which photographs number plates automatically'), ['anpr']);
    assert.deepEqual(tools('remotely operated aircraft'), ['drones']);
  });

  it('needs both what the tool does and what it acts on (near misses)', () => {
    assert.deepEqual(tools('CCTV cameras are installed in the custody suite.'), []);
    assert.deepEqual(tools('It is not possible to predict how many offences will be reported.'), []);
    assert.deepEqual(tools('Officers face many challenges on patrol.'), []);
    assert.deepEqual(tools('Please view our website and follow us on social media.'), []);
    assert.deepEqual(tools('The suspect was identified from the registration, and the phone was seized.'), []);
    assert.deepEqual(tools('Officers may access the network remotely from home.'), []);
    assert.deepEqual(tools('Cameras on patrol vehicles record journeys.'), []);
    assert.deepEqual(tools('Mobile phones issued to officers are replaced every three years.'), []);
  });

  describe('more ways of describing each tool', () => {
    it('reads cameras officers wear, or worn on the body, as body worn video', () => {
      assert.deepEqual(named('cameras that Norfolk police officers wear while on duty'), [['body-worn-video', 'cameras that Norfolk police officers wear']]);
      assert.deepEqual(tools("Both forces issue personal cameras, worn on the officer's uniform, to all frontline officers."), ['body-worn-video']);
      assert.deepEqual(tools('Do you use cameras worn on the body?'), ['body-worn-video']);
    });

    it('reads identifying people from their faces, or comparing photographs with custody images, as facial recognition', () => {
      assert.deepEqual(tools('technology which automatically identifies individuals from an image of their face'), ['facial-recognition']);
      assert.deepEqual(tools('software to match the faces of passengers against images of wanted individuals'), ['facial-recognition']);
      assert.deepEqual(tools("a system that checks people's faces against police photographs"), ['facial-recognition']);
      assert.deepEqual(tools('an app to compare a photograph of a person against custody images'), ['facial-recognition']);
    });

    it('reads remote access to a list of devices as hacking', () => {
      assert.deepEqual(tools("Does the force access people's phones, tablets or computers remotely, without their knowledge?"), ['hacking']);
    });

    it('reads picking up the phones in an area, or tricking them into connecting, as IMSI catchers', () => {
      assert.deepEqual(tools('devices which pick up the details of every mobile phone in an area'), ['imsi-catchers']);
      assert.deepEqual(tools('equipment which may capture identifying information from mobile phones in a particular area'), ['imsi-catchers']);
      assert.deepEqual(tools('equipment that tricks nearby phones into connecting to it'), ['imsi-catchers']);
    });

    it('reads viewing or recovering the data on devices as mobile phone extraction', () => {
      assert.deepEqual(tools('desktop equipment which enables officers to view data held on a mobile phone or tablet'), ['mobile-phone-extraction']);
      assert.deepEqual(tools('Data is recovered from devices seized or voluntarily provided.'), ['mobile-phone-extraction']);
      assert.deepEqual(tools('How many devices had their contents downloaded?'), ['mobile-phone-extraction']);
    });

    it('reads software estimating or working out who will offend, or identifying those at risk of offending, as predictive policing', () => {
      assert.deepEqual(tools('computer programs which work out who is likely to commit crime in future'), ['predictive-policing']);
      assert.deepEqual(tools('a model which estimates which streets are at greatest risk of residential burglary'), ['predictive-policing']);
      assert.deepEqual(tools('any computer system that identifies neighbourhoods or individuals at risk of future offending'), ['predictive-policing']);
    });

    it('reads aircraft flown remotely, or with a word between, or without a pilot, as drones', () => {
      assert.deepEqual(tools('a trial of two small remotely flown aircraft'), ['drones']);
      assert.deepEqual(tools('a small fleet of unmanned camera aircraft'), ['drones']);
      assert.deepEqual(tools('Does the PSNI operate small aircraft without a pilot on board?'), ['drones']);
    });

    it('does not read near misses of these as tools', () => {
      assert.deepEqual(tools('Super recognisers compare CCTV images with each other by eye.'), []);
      assert.deepEqual(tools('Software blurs faces in footage before disclosure.'), []);
      assert.deepEqual(tools('Officers identify the owner of a seized phone.'), []);
      assert.deepEqual(tools("Detainees' mobile phones in the custody area are logged."), []);
      assert.deepEqual(tools('A model which estimates the number of calls the control room will receive.'), []);
      assert.deepEqual(tools('The system identifies repeat callers at risk of harm.'), []);
    });
  });

  describe('descriptions in the words of a lay requester', () => {
    it('reads looking at what is stored on phones, copying a list of their data, or triaging devices as mobile phone extraction', () => {
      assert.deepEqual(tools('Does the force look at what is stored on mobile phones that it has seized?'), ['mobile-phone-extraction']);
      assert.deepEqual(tools('equipment that lets officers look at the data on a phone'), ['mobile-phone-extraction']);
      assert.deepEqual(named('Do the forces take copies of messages, photos and other data from phones?'), [
        ['mobile-phone-extraction', 'take copies of messages, photos and other data from phones'],
      ]);
      assert.deepEqual(tools('Can officers retrieve data from devices without specialist training?'), ['mobile-phone-extraction']);
      assert.deepEqual(tools('How many phones, tablets and laptops had their contents downloaded?'), ['mobile-phone-extraction']);
      assert.deepEqual(tools('Officers examine seized handsets.'), ['mobile-phone-extraction']);
      assert.deepEqual(tools('Police Scotland uses digital device triage systems.'), ['mobile-phone-extraction']);
    });

    it('reads covertly accessing devices over the internet as hacking, and putting a name to a face as facial recognition', () => {
      assert.deepEqual(tools("Does the NCA obtain data from suspects' computers by covertly accessing them over the internet?"), ['hacking']);
      assert.deepEqual(tools('Do the forces use any technology to put a name to an unknown face?'), ['facial-recognition']);
    });

    it('reads cameras that record number plates as ANPR', () => {
      assert.deepEqual(tools('Are there cameras which record the number plates of vehicles coming in?'), ['anpr']);
    });

    it('does not read a phone\'s contract, bill or mast, or a look at a document, as mobile phone extraction (near misses)', () => {
      assert.deepEqual(tools('We have reviewed the information on mobile phone contracts held by the force.'), []);
      assert.deepEqual(tools('Please look at the data on mobile phone masts published by Ofcom.'), []);
      assert.deepEqual(tools('Officers look at what is stored in the property store.'), []);
      assert.deepEqual(tools('The unit covertly accessed them through the back door.'), []);
    });
  });

  it('gives way to a synonym at the same place', () => {
    assert.deepEqual(named('remote access to devices'), [['hacking', 'remote access to devices']]);
    assert.deepEqual(named('remotely piloted aircraft systems'), [['drones', 'remotely piloted aircraft systems']]);
  });

  it('describes only the tools of the vocabulary in use', () => {
    const onlyDrones = buildVocabulary().tools.filter((tool) => tool.id === 'drones');
    assert.ok(onlyDrones.length === 1);
    const text = 'cameras worn on uniforms and remotely operated aircraft';
    const custom = { ...vocabulary, byId: new Map([['drones', onlyDrones[0]]]) };
    assert.deepEqual(
      withDescriptions(text, custom, []).map((m) => m.tool),
      ['drones'],
    );
  });

  it('answers a request that describes its tools', () => {
    const letter = [
      'You asked:',
      "1. Does the force use cameras worn on officers' uniforms?",
      '2. Does the force use devices that pretend to be a mobile phone mast?',
      '',
      'Response',
      '1. Yes, all frontline officers wear one.',
      '2. The force can neither confirm nor deny whether it holds any information, by virtue of sections 24(2) and 31(3).',
    ].join('\n');
    const statuses = Object.fromEntries(analyze(letter).tools.map((t) => [t.tool, t.status]));
    assert.deepEqual(statuses, { 'body-worn-video': 'used', 'imsi-catchers': 'ncnd' });
  });
});
