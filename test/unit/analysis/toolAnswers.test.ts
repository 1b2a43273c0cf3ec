// Tool answers are read through analyze(), so each letter runs through the same finders (sentences, citations,
// NCND, statements, request regions) that feed the tool answers in the engine.

import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { ToolAnswer, ToolStatus } from '../../../src/core/model';

function answers(text: string): Record<string, ToolStatus> {
  return Object.fromEntries(analyze(text).tools.map((t) => [t.tool, t.status]));
}

function answerFor(text: string, tool: string): ToolAnswer {
  const found = analyze(text).tools.find((t) => t.tool === tool);
  assert.ok(found, `no answer for ${tool}`);
  return found;
}

interface LetterCase {
  readonly name: string;
  readonly text: string;
  readonly expected: Record<string, ToolStatus>;
}

const LETTERS: readonly LetterCase[] = [
  {
    name: '"We do not currently use drones" is not used',
    text: 'Thank you for your request in which you asked:\n1. Does your force use drones?\n\nResponse:\nWe do not currently use drones.',
    expected: { drones: 'not-used' },
  },
  {
    name: '"The force has trialled live facial recognition" is trialled',
    text: 'You asked: Has the force used live facial recognition?\n\nThe force has trialled live facial recognition at two events in 2019.',
    expected: { 'facial-recognition': 'trialled' },
  },
  {
    name: '"ANPR is used across the force area" is used',
    text: 'Request:\nPlease tell me whether you use ANPR.\n\nResponse:\nANPR is used across the force area.',
    expected: { anpr: 'used' },
  },
  {
    name: 'a table of "Tool: Yes/No" rows gives each tool its own answer',
    text: 'Your request:\nPlease confirm which of these you use: drones, ANPR, body worn video, facial recognition.\n\nResponse:\nDrones: Yes\nANPR: Yes\nBody worn video: Yes\nFacial recognition: No',
    expected: { drones: 'used', anpr: 'used', 'body-worn-video': 'used', 'facial-recognition': 'not-used' },
  },
  {
    name: 'bare "Yes" / "No" answers follow the numbers of the questions',
    text: 'In your request you asked the following questions:\n1. Does the force use drones?\n2. Does the force use predictive policing?\n\nOur response:\n1. Yes.\n2. No.',
    expected: { drones: 'used', 'predictive-policing': 'not-used' },
  },
  {
    name: '"We can confirm that the force uses body worn video" is used',
    text: 'You asked: Do you use body worn video?\n\nWe can confirm that the force uses body worn video.',
    expected: { 'body-worn-video': 'used' },
  },
  {
    name: 'information held but exempt and withheld is refused',
    text: 'You requested: the contracts for your mobile phone extraction kiosks.\n\nIn response to your request, the force holds this information. The contracts for mobile phone extraction are exempt by virtue of section 31(1)(a) and the information is withheld.',
    expected: { 'mobile-phone-extraction': 'refused' },
  },
  {
    name: 'a referral naming the tool ("please contact the Home Office") is referred',
    text: 'You asked: Does your force use IMSI catchers?\n\nFor information about IMSI catchers, please contact the Home Office at foirequests@homeoffice.gov.uk.',
    expected: { 'imsi-catchers': 'referred' },
  },
  {
    name: 'a numbered NCND answer is NCND for the tool of that question',
    text: 'You asked:\n1. Does the force use IMSI catchers?\n2. Does the force use ANPR?\n\nResponse:\n1. The force can neither confirm nor deny whether it holds this information by virtue of section 24(2) and section 31(3).\n2. Yes.',
    expected: { 'imsi-catchers': 'ncnd', anpr: 'used' },
  },
  {
    name: 'an overt denial and a covert NCND in separate sentences make partial NCND',
    text: 'You asked: Does the force use drones?\n\nThe force does not use drones overtly. The force neither confirms nor denies whether it holds any information about the covert use of drones by virtue of section 24(2) and section 31(3).',
    expected: { drones: 'partial-ncnd' },
  },
  {
    name: '"is being piloted" and "planning to introduce" are trialled',
    text: 'You asked: Do you use cyber kiosks or predictive policing?\n\nCyber kiosks are being piloted in two custody suites. The force is planning to introduce predictive policing next year.',
    expected: { 'mobile-phone-extraction': 'trialled', 'predictive-policing': 'trialled' },
  },
  {
    name: '"no plans to introduce" is not used, not trialled',
    text: 'You asked: Will you introduce live facial recognition?\n\nThe force has no plans to introduce live facial recognition.',
    expected: { 'facial-recognition': 'not-used' },
  },
  {
    name: '"no business case to introduce" and "no proposal to procure" are not used',
    text: 'You asked: Do you use drones or ANPR?\n\nThere is no business case to introduce drones. There is no proposal to procure ANPR.',
    expected: { drones: 'not-used', anpr: 'not-used' },
  },
  {
    name: '"no budget lines for these" beside information not held is no denial of use',
    text: "You asked: Do you use drones or ANPR?\n\nThe OPCC does not hold information about drones or ANPR, and there are no budget lines for these in the Commissioner's budgets.",
    expected: { drones: 'not-held', anpr: 'not-held' },
  },
  {
    name: 'a refusal of the whole request covers the tools named only in its summary ("Your latest request seeks details of ...")',
    text: "Your latest request seeks details of the force's use of hacking and IMSI catchers.\n\nI have decided that the request is vexatious and I am refusing it under section 14(1) of the Act.",
    expected: { hacking: 'refused', 'imsi-catchers': 'refused' },
  },
  {
    name: 'a warning that a broad request would exceed the cost limit refuses nothing',
    text:
      'Thank you for your request for "all information" held about the use of drones.\n\nPlease could you clarify what you need. ' +
      'It may help to know that, if your request remains broad, it is likely that the cost of compliance would exceed the appropriate limit.',
    expected: { drones: 'no-answer' },
  },
  {
    name: '"the Independent Office for Police Conduct" is no police use',
    text: 'You asked: Do you use body worn video?\n\nComplaints about body worn video are handled by the Independent Office for Police Conduct.',
    expected: { 'body-worn-video': 'no-answer' },
  },
  {
    name: 'a "No" to a numbered question about something other than use (an audit, complaints) tells nothing of use',
    text:
      "You asked:\n1) Has the force's use of facial recognition been audited?\n2) Has the force received any complaints about body worn video?\n" +
      '3) Does the force use drones?\n\nResponse\n\n1) No.\n2) No.\n3) No.',
    expected: { 'facial-recognition': 'no-answer', 'body-worn-video': 'no-answer', drones: 'not-used' },
  },
  {
    name: 'an office issuing guidance ("has issued guidance to forces") is no use',
    text: "You asked: Do you use drones?\n\nThe National Police Chiefs' Council has issued guidance to forces on drones.",
    expected: { drones: 'no-answer' },
  },
  {
    name: '"the information requested is not held" with no per-tool answer covers every requested tool',
    text: 'Request:\nDo you use drones, ANPR or hacking?\n\nResponse:\nThe information requested is not held by this office.',
    expected: { drones: 'not-held', anpr: 'not-held', hacking: 'not-held' },
  },
  {
    name: 'a tool the request asks about that the answer never addresses has no answer',
    text: 'You asked: Do you use drones and ANPR?\n\nANPR is used by the force.',
    expected: { drones: 'no-answer', anpr: 'used' },
  },
  {
    name: 'per-tool lines with "this" read the tool of their own line',
    text: 'You asked which of these are used: hacking, social media intelligence.\n\nHacking – we can neither confirm nor deny that this is used, by virtue of section 24(2) and section 31(3).\nSocial media intelligence – I can confirm this is used by the Force.',
    expected: { hacking: 'ncnd', 'social-media-intelligence': 'used' },
  },
  {
    name: '"such technology" in a one-tool letter refers to that tool',
    text: 'You asked: Is your force using automated facial recognition?\n\nResponse to your Request\n\nThe force does not use overt facial recognition systems. The force neither confirms nor denies that it holds any other information regarding the covert use of such technology, by virtue of the following exemptions:\n\nSection 24(2) National Security\nSection 31(3) Law Enforcement',
    expected: { 'facial-recognition': 'partial-ncnd' },
  },
  {
    name: '"the other tools you refer to" covers the requested tools not answered so far',
    text: 'Q1. Do you use drones, ANPR or IMSI catchers?\n\nOPCC response:\n\nThe force does use ANPR. The OPCC does not hold information on the other tools you refer to.',
    expected: { drones: 'not-held', anpr: 'used', 'imsi-catchers': 'not-held' },
  },
  {
    name: 'a tool named only in the answer, with a clear answer, is answered even if the request never named it',
    text: 'You asked what surveillance the force uses.\n\nIn response, the force uses ANPR and body worn video.',
    expected: { anpr: 'used', 'body-worn-video': 'used' },
  },
];

describe('tool answers', () => {
  for (const letter of LETTERS) {
    it(`reads ${letter.name}`, () => {
      assert.deepEqual(answers(letter.text), letter.expected);
    });
  }

  describe('near misses that must not give a status', () => {
    it('gives no status from the request\'s own words ("Do you use drones?")', () => {
      assert.deepEqual(answers('You asked: Do you use drones? Is ANPR used by the force?\n\nThank you.'), { drones: 'no-answer', anpr: 'no-answer' });
    });

    it('does not read a hypothetical in a harm argument as an answer', () => {
      const text = 'You asked: Do you use drones?\n\nConfirming whether drones are used would show criminals where the force operates. It would harm law enforcement if the force disclosed that drones are not deployed in an area.';
      assert.deepEqual(answers(text), { drones: 'no-answer' });
    });

    it('does not read "whether it is used covertly" inside an NCND clause as use', () => {
      assert.equal(answerFor('You asked: Hacking?\n\nHacking – I can neither confirm nor deny whether it is used covertly by virtue of section 24(2).', 'hacking').status, 'ncnd');
    });

    it('does not give a tool named in passing in the answer a status', () => {
      assert.deepEqual(answers('You asked about fees.\n\nA paper about body worn video was presented to the board; you may find it useful.'), {});
    });

    it('does not apply a general "not held" to tools that have their own answers', () => {
      const text = 'You asked:\n1. Do you use drones?\n2. What impact assessments exist?\n\nResponse:\n1. We do not use drones.\n2. This information is not held.';
      assert.deepEqual(answers(text), { drones: 'not-used' });
    });

    it('reads use in a per-tool answer that goes on to refuse further details', () => {
      const text =
        'You asked: Do you use drones? Please state the cost.\n\n' +
        'Drones: The force has used drones since 2017. To provide the purchase costs would exceed the appropriate limit under section 12 of the Act.';
      assert.equal(answerFor(text, 'drones').status, 'used');
    });

    it('reads a question left in the answer ("5. Does the force carry out hacking?") as no answer', () => {
      const text = 'Thank you for your email.\n\n5. Does the force carry out hacking of devices?\n\nWe are unable to help further.';
      assert.deepEqual(answers(text), { hacking: 'no-answer' });
      assert.equal(answers('Drones.\n\nQ2 Does the force operate drones?\n\nThe force operates drones.').drones, 'used');
    });

    it('does not take "No information is held" for a bare "No"', () => {
      const text = 'You asked:\n1. Do you use drones?\n\nResponse:\n1. No information is held.';
      assert.deepEqual(answers(text), { drones: 'not-held' });
    });
  });

  describe('cue phrases that open with the commonest words of a letter', () => {
    // The finder looks for these phrases from a rarer word they hold ("trial", "pilot", "to introduce",
    // "be provided", "deny"), so these letters check that no phrase is lost on the way.
    const cases: [string, string, ToolStatus][] = [
      ['"a trial of drones"', 'The force ran a trial of drones in 2019.', 'trialled'],
      ['"as a pilot"', 'Drones were used as a pilot in one district.', 'trialled'],
      ['"intends to introduce"', 'The force intends to introduce drones next year.', 'trialled'],
    ];
    for (const [name, answer, status] of cases) {
      it(`reads ${name}`, () => {
        assert.equal(answerFor(`You asked: Do you use drones?\n\nResponse:\n${answer}`, 'drones').status, status);
      });
    }

    it('reads "could not be provided" as a refusal', () => {
      const text = 'You asked: Where are your ANPR cameras?\n\nResponse:\nThe ANPR camera locations could not be provided, under section 31(1)(a).';
      assert.deepEqual([answerFor(text, 'anpr').status, answerFor(text, 'anpr').exemptions], ['refused', ['s31(1)(a)']]);
    });

    it('reads "cannot confirm or deny", alone and beside an overt answer', () => {
      const alone = 'You asked: Do you use IMSI catchers?\n\nResponse:\nThe force cannot confirm or deny whether it uses IMSI catchers, by virtue of section 24(2).';
      const beside = 'You asked: Do you use drones?\n\nResponse:\nWe have no overt use of drones, but cannot confirm or deny covert use of drones by virtue of section 23(5).';
      assert.equal(answerFor(alone, 'imsi-catchers').status, 'ncnd');
      assert.equal(answerFor(beside, 'drones').status, 'partial-ncnd');
    });
  });

  it('takes a request reported in one sentence ("You asked whether ...") as the tools asked about', () => {
    const text = 'You asked whether the force uses drones or ANPR.\n\nResponse:\nDrones | Yes';
    assert.deepEqual(answers(text), { drones: 'used', anpr: 'no-answer' });
  });

  it('takes "Thank you for your request about ..." and "Your request of <date> asked for information about ..." as the tools asked about', () => {
    const thanks =
      'Thank you for your request about the use of facial recognition, drones and ANPR by the force.\n\n' +
      'Operational policing is a matter for the Chief Constable, and we have forwarded your request to the force, who will reply to you directly.';
    assert.deepEqual(answers(thanks), { 'facial-recognition': 'referred', drones: 'referred', anpr: 'referred' });
    const dated =
      'Your request of 26 August 2019 asked for information about the use of IMSI catchers and drones.\n\n' +
      'The force considers this request vexatious. Section 14(1) of the Act therefore applies and we will not comply with it.';
    assert.deepEqual(answers(dated), { 'imsi-catchers': 'refused', drones: 'refused' });
    // Near miss: thanks in a sentence that also answers leaves the answer the authority's.
    assert.deepEqual(answers('Thank you for your request about drones; I can confirm that the force has two drones.'), { drones: 'used' });
  });

  it('takes the list after "Thank you for your request of <date>, which asked the Commissioner which of the following are used by <force>:" as asked', () => {
    const text =
      'Thank you for your request of 13 June 2019, which asked the Commissioner which of the following are used by Devon & Cornwall Police: body worn video, hacking and drones.\n\n' +
      'The Commissioner can tell you that:\n- Drones: the alliance drone section is used for searches.\n\n' +
      'The other items on your list (body worn video and hacking) relate to operational policing, which is the responsibility of the Chief Constable. ' +
      'I have therefore passed that part of your request to Devon & Cornwall Police.';
    assert.deepEqual(answers(text), { 'body-worn-video': 'referred', hacking: 'referred', drones: 'used' });
  });

  it('sends on the tools of numbered questions answered together: "(2) to (3): ... not held" then a referral', () => {
    const request = 'You asked whether the force uses (1) body-worn video, (2) facial recognition,\n(3) drones and (4) ANPR.\n\n(1) The force uses body-worn video.\n\n';
    const referred = `${request}(2) to (3): the office does not hold this information. Please ask Essex Police.\n\n(4) Not held.`;
    assert.deepEqual(answers(referred), { 'body-worn-video': 'used', 'facial-recognition': 'referred', drones: 'referred', anpr: 'not-held' });
    // Near miss: asking for a review sends nobody on.
    const review = `${request}(2) to (3): the office does not hold this information. You may wish to ask for an internal review.\n\n(4) Not held.`;
    assert.deepEqual(answers(review), { 'body-worn-video': 'used', 'facial-recognition': 'not-held', drones: 'not-held', anpr: 'not-held' });
  });

  it('reads no use in a sentence whose subject is a question: "Whether, and how, the force makes use of ... is an operational matter"', () => {
    const text =
      'You asked the Commissioner which of these the force uses: facial recognition; hacking.\n\n' +
      'Whether, and how, North Yorkshire Police makes use of facial recognition or hacking is an operational matter for the Chief Constable.';
    assert.deepEqual(answers(text), { 'facial-recognition': 'referred', hacking: 'referred' });
    // Near miss: the same words told as a fact are use.
    assert.equal(answers(text.replace('Whether, and how, North', 'North')).hacking, 'used');
  });

  it('takes the tools of a subject line as asked, so a statement about "these techniques" answers them', () => {
    const text =
      'Sussex Police\nRe: your request about equipment interference ("hacking") and IMSI catchers\n\n' +
      'Sussex Police will neither confirm nor deny whether it holds any information regarding either of these techniques, by virtue of sections 24(2) and 31(3).';
    assert.deepEqual(answers(text), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    const email =
      'Subject: Your FOI - facial recognition and predictive policing\n\nThanks for your email asking the Commissioner whether the force uses facial recognition or predictive policing.\n\n' +
      'These are operational questions for the Chief Constable. Please resend your questions to Cumbria Constabulary, who will be able to help you.';
    assert.deepEqual(answers(email), { 'facial-recognition': 'referred', 'predictive-policing': 'referred' });
  });

  it('reads a sentence opening "Yes," or "No," as the answer about the one tool asked about', () => {
    const asked = 'You asked whether the force uses drones.\n\nResponse:\n';
    assert.deepEqual(answers(`${asked}No, the force does not have a drone unit.`), { drones: 'not-used' });
    assert.deepEqual(answers(`${asked}Yes, since 2016.`), { drones: 'used' });
    assert.deepEqual(answers(`${asked}No, this information is not held by the force.`), { drones: 'not-held' });
  });

  it('takes "extract data from mobile phones" in a question for mobile phone extraction', () => {
    const text = 'Q1 Does the force extract data from mobile phones?\nA1 Yes.';
    assert.deepEqual(answers(text), { 'mobile-phone-extraction': 'used' });
  });

  it('reads a Markdown table of tools and answers', () => {
    const text =
      'You asked whether the force uses drones or facial recognition.\n\nResponse:\n' +
      '| Technology | Used by the force |\n|---|---|\n| Drones | Yes |\n| Facial recognition | No |';
    assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'not-used' });
  });

  describe('refusals of the whole request', () => {
    it('reads "would exceed the 18 hour limit, and Section 12 is engaged" as a refusal of every tool asked about', () => {
      const text =
        'You asked: how many times the force has used drones each day since 2017.\n\nTo extract this would require a manual review ' +
        'of every flight record. We estimate this would exceed the 18 hour limit, and Section 12 of the Act is therefore engaged.';
      assert.equal(answers(text).drones, 'refused');
    });

    const questions = 'You asked:\n1. Does the force use drones?\n2. Does the force use ANPR?\n\nResponse:\n';
    it('does not read a request for clarification under s1(3), "not obliged to comply ... until ...", as a refusal', () => {
      const text = `${questions}Please note that under section 1(3) of the Act we are not obliged to comply with your request until the further information is received.`;
      assert.deepEqual(answers(text), { drones: 'no-answer', anpr: 'no-answer' });
      // Near miss: a refusal as vexatious says the same without "until".
      assert.deepEqual(answers(`${questions}The request is vexatious and we are not obliged to comply with it.`), { drones: 'refused', anpr: 'refused' });
    });

    it('reads "the information ... is already publicly available" under section 21 as a refusal, not as use', () => {
      const text =
        'You asked: How many times were drones deployed in 2023?\n\nAs the information is already publicly available, Section 21 of ' +
        'the Act applies, and we are not required to provide it in response to this request.';
      assert.equal(answers(text).drones, 'refused');
      // Near miss: information published about the force's use of the tool tells of the use.
      assert.equal(answers('You asked: Do you use ANPR?\n\nInformation on the force\'s use of ANPR is publicly available.').anpr, 'used');
    });

    it('gives every requested tool "refused" when the cost of answering would exceed the appropriate cost limit (s12)', () => {
      const text = `${questions}To locate and extract the information would exceed the appropriate cost limit under section 12 of the Act.`;
      assert.deepEqual(answers(text), { drones: 'refused', anpr: 'refused' });
      assert.deepEqual(answerFor(text, 'drones').exemptions, ['s12']);
    });

    it('gives every requested tool "refused" when the cost limit is given before section 12 is cited', () => {
      const text = `${questions}This letter acts as a refusal notice, as we estimate that the cost of complying with your request would exceed the appropriate limit. Section 12(1) of the Act does not oblige a public authority to comply. Deployments of drones and ANPR reads are not recorded in a way that could be retrieved centrally.`;
      assert.deepEqual(answers(text), { drones: 'refused', anpr: 'refused' });
    });

    it('refuses on the cost limit every tool left unanswered, even beside use told outside the Act', () => {
      const text =
        `${questions}We are refusing your request in full under Section 12(1), as the cost of complying would exceed the appropriate limit.\n\n` +
        'By way of assistance, and outside the scope of the Act, I can tell you that the force has a drone unit.';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'refused' });
    });

    it('does not spread to other tools the use told beside a cost refusal that names no tool', () => {
      const text = `${questions}Officers use it daily, but to find each record would exceed the appropriate limit under section 12.`;
      assert.deepEqual(answers(text), { drones: 'refused', anpr: 'refused' });
    });

    it('gives every requested tool "refused" when section 14(2) is applied to a repeated request', () => {
      const text =
        'Your request asks whether the force uses drones or ANPR.\n\nThis is the same as your request of 12 January. As a reasonable ' +
        'interval has not passed, we are applying section 14(2) of the Act (repeated requests) and will not be responding to it.';
      assert.deepEqual(answers(text), { drones: 'refused', anpr: 'refused' });
      // Near miss: the section named as what the requester may read, not applied.
      assert.deepEqual(answers(text.replace(/we are applying[^]*$/, 'we answered it then.')), { drones: 'no-answer', anpr: 'no-answer' });
    });

    it('reads "For each of the other tools you list, please refer to ..." with the section 21 refusal after it as refusing the rest', () => {
      const asked = 'You asked whether the force uses body worn video, drones, ANPR and IMSI catchers.\n\nBody worn video – the force uses body worn video.\n\n';
      const pointer = "For each of the other tools you list, please refer to the 'Technology FAQ' on our website:\n\n   https://example.police.uk/faq\n\n";
      const refusal = 'That document answers the many requests we receive. The information is reasonably accessible to you and is therefore exempt under section 21.';
      const text = `${asked}${pointer}${refusal}`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'refused', anpr: 'refused', 'imsi-catchers': 'refused' });
      // Near misses: the pointer alone refuses nothing, and a refusal naming its own tool is about that tool only.
      assert.deepEqual(answers(`${asked}${pointer}`), { 'body-worn-video': 'used', drones: 'no-answer', anpr: 'no-answer', 'imsi-catchers': 'no-answer' });
      const named = `${asked}${pointer}Information on ANPR is reasonably accessible to you and is therefore exempt under section 21.`;
      assert.deepEqual(answers(named), { 'body-worn-video': 'used', drones: 'no-answer', anpr: 'refused', 'imsi-catchers': 'no-answer' });
    });

    it('reads information "reasonably accessible to you" with section 21 cited as withheld under that section', () => {
      const said = (sentence: string): Record<string, string> => answers(`${questions}1. ${sentence}\n\n2. No.`);
      assert.deepEqual(said('As this information is reasonably accessible to you, section 21 of the Act applies.'), { drones: 'refused', anpr: 'not-used' });
      assert.deepEqual(said('The information is already reasonably accessible to you on our website (s21).'), { drones: 'refused', anpr: 'not-used' });
      // Near miss: a page pointed to with no section cited withholds nothing.
      assert.deepEqual(said('Our drone page is reasonably accessible to you at https://example.police.uk/drones.'), { drones: 'no-answer', anpr: 'not-used' });
    });

    it('gives every requested tool "refused" when the request is found vexatious (s14)', () => {
      const text = `${questions}The force considers your request vexatious under section 14(1) of the Act.`;
      assert.deepEqual(answers(text), { drones: 'refused', anpr: 'refused' });
    });
  });

  describe('more ways of saying a tool is or is not used', () => {
    it('reads a count of licences held for a product as use', () => {
      const text = 'You asked: the number of Cellebrite licences held.\n\nThe force holds 14 Cellebrite UFED licences across its three hubs.';
      assert.deepEqual(answers(text), { 'mobile-phone-extraction': 'used' });
    });

    const cases: [string, ToolStatus][] = [
      ['The force does make use of drones.', 'used'],
      ['Body worn video cameras are issued to all response officers.', 'used'],
      ['Officers are issued with body worn video.', 'used'],
      ['Kent Police owns two drones.', 'used'],
      ['The force has access to drones through a regional collaboration.', 'used'],
      ['The force does not make use of drones.', 'not-used'],
      ['The force does not currently undertake predictive policing.', 'not-used'],
      ['Facial recognition is not something the force uses.', 'not-used'],
      ['The force is not aware of any trial or use of facial recognition.', 'not-used'],
      ['The force has two drones.', 'used'],
      ['The force no longer uses drones.', 'not-used'],
      ['The force is currently evaluating drones.', 'trialled'],
      ['The force is testing drones in one district.', 'trialled'],
      ['Digital device extraction is carried out by the Digital Forensics Unit.', 'used'],
      ['All response officers are equipped with body worn video.', 'used'],
      ['All frontline officers wear body worn video cameras.', 'used'],
      ['There are 1,200 body worn video cameras in use across the force.', 'used'],
      ['Cyber kiosks are located at six police stations.', 'used'],
      ['BWV was rolled out to all officers in 2018.', 'used'],
      ['The force has issued body worn cameras to every officer.', 'used'],
      ['This force has no drones.', 'not-used'],
      ['We do not have body worn video.', 'not-used'],
      ['The force does not currently have a drone capability.', 'not-used'],
      ['There is no predictive policing software within the force.', 'not-used'],
      ['The force ceased using drones in 2020.', 'not-used'],
      ['The force has a dedicated drone unit.', 'used'],
      ['The force does not have a drone unit.', 'not-used'],
      ['Facial recognition was discontinued in 2019.', 'not-used'],
      ['The force is exploring the use of drones.', 'trialled'],
      ['The force is considering the introduction of live facial recognition.', 'trialled'],
      ['The force uses remotely piloted aircraft for searches.', 'used'],
      ['Predictive crime mapping was piloted between May and August 2018.', 'trialled'],
      ['The force ran a six-week pilot of retrospective facial recognition.', 'trialled'],
      ['A drone trial is under way in the north of the county.', 'trialled'],
      ['Drones were used between 2015 and 2018.', 'used'],
      ['The force conducts open source research on social media.', 'used'],
      ['Body worn video is being rolled out to all officers.', 'used'],
      ['Use of facial recognition ceased in 2020.', 'not-used'],
      ['The force uses neither facial recognition nor predictive policing.', 'not-used'],
      ['Neither facial recognition nor predictive policing is used.', 'not-used'],
      ['The force has had a drone unit since 2017.', 'used'],
      ['The force is rolling out body worn video to all officers.', 'used'],
      ['Predictive policing is not, although the College of Policing has published guidance on it.', 'not-used'],
      ['The force does not currently use facial recognition but is considering it for the future.', 'trialled'],
      ['The force is considering introducing drones next year.', 'trialled'],
      ['A business case for cyber kiosks is being developed.', 'trialled'],
      ['The force has drones.', 'used'],
      ['The force has operated unmanned aerial vehicles since 2016.', 'used'],
      ['Officers use body worn video cameras.', 'used'],
      ['The force has self-service kiosks in each district.', 'used'],
      ['The force has no drones.', 'not-used'],
      ['This is not a tactic employed by the force; it concerns hacking.', 'not-used'],
      ['The force used predictive mapping from 2014 to 2016 but discontinued it.', 'not-used'],
      // A trial that ended: the later clause tells the present state.
      ['The force ran a drone pilot in 2018 and the drones were not taken forward.', 'not-used'],
      ['The force ran a proof of concept with drones and decided not to continue.', 'not-used'],
      ['The force does not use drones; it took part in a drone trial between April and October 2018.', 'not-used'],
      // Near misses: a trial over a period still running or yet to come is a trial.
      ['The force does not yet use drones; a drone trial will run between April and October 2027.', 'trialled'],
      ['The force does not yet use drones; a drone trial is running from March to September 2026.', 'trialled'],
      ['The force has eleven drones.', 'used'],
      ['The force has fourteen cyber kiosks in custody suites.', 'used'],
      ['Nine RPAS are in operational use.', 'used'],
      ['The force issues body worn cameras to all frontline officers.', 'used'],
      ['The force issues body worn video cameras to every officer.', 'used'],
      ['The force holds licences for a social media monitoring tool.', 'used'],
      ['The force holds no licences for predictive policing software.', 'not-used'],
      ['The force does not hold any licences for predictive analytics software.', 'not-used'],
      ['The force does have the capability to carry out mobile phone extraction.', 'used'],
      ['Funding has been approved for a drone capability.', 'trialled'],
      ['The force has allocated funding in 2021/22 to explore retrospective facial recognition.', 'trialled'],
      ['Cyber kiosks are expected to go live next spring.', 'trialled'],
      ['Body worn video will be rolled out to all officers in 2021.', 'trialled'],
      ['We do not employ predictive analytics to forecast where crime may occur.', 'not-used'],
      ['The force does not make overt use of facial recognition.', 'not-used'],
      ['The force makes routine use of ANPR.', 'used'],
      ['No drones are operated by the force.', 'not-used'],
      ['The force has a dedicated Open Source Intelligence team.', 'used'],
      ['Body worn video was first rolled out in 2015.', 'used'],
      ['The force is in the process of procuring two drones.', 'trialled'],
      ['We are able to tell you that the force deploys drones.', 'used'],
      ['Self-service kiosks are available at three stations.', 'used'],
      ['Drones were operated until 2019, but the capability was then withdrawn.', 'not-used'],
      ['The force shares an alliance drone unit with its neighbour.', 'used'],
      ['All frontline officers are issued body worn video.', 'used'],
      ['A pilot of body worn video ran in 2014, and cameras were issued force-wide in 2016.', 'used'],
      ['The force does undertake open source research.', 'used'],
      ['It is not our policy to confirm or deny the use of IMSI catchers.', 'ncnd'],
      ['The MPS does continue to use body worn video.', 'used'],
      ['Officers continue to use body worn video.', 'used'],
      ['The force has not stopped using ANPR anywhere in the county.', 'used'],
      ['Retrospective facial recognition searches are occasionally carried out by the Intelligence Directorate.', 'used'],
      ['Open source research is occasionally carried out by the Intelligence Hub around large events.', 'used'],
      ['Retrospective facial recognition searches are seldom used by the force.', 'used'],
      ['Police Scotland does not wish to confirm nor deny whether it holds any information about IMSI catchers.', 'ncnd'],
      ['It is the practice of the NCA not to confirm or deny whether it uses IMSI catchers.', 'ncnd'],
      ['The force can nether confirm nor deny that it uses IMSI catchers.', 'ncnd'],
      ['The force extracts data from mobile devices at its Digital Forensics Unit.', 'used'],
      ['The Intelligence Hub monitors open source intelligence during events.', 'used'],
      ['Evidence is gathered by means of cyber kiosks located at investigation hubs.', 'used'],
      ['Funding for drones was approved in 2017, and they have been in service since.', 'used'],
      ['The force licensed predictive policing software until 2018, when the contract was ended.', 'not-used'],
      ['There are 112 fixed ANPR cameras across the force area.', 'used'],
      ['There are 3,480 body worn video cameras assigned to officers and staff.', 'used'],
      // Near miss: a count of the people a tool recorded is not a count of the tool.
      ['The predictive policing matrix was decommissioned in 2024; at closure there were 1,018 individuals on it.', 'not-used'],
      ['As at 1 August 2024, Police Scotland holds 10,212 body worn video devices.', 'used'],
      ['HART was decommissioned in 2020. It has not been replaced by any other algorithmic tool.', 'not-used'],
      ['The force has 10,212 body worn video cameras.', 'used'],
      ['The force does not hold or use any predictive policing software.', 'not-used'],
      ['The force does not purchase or use any automated predictive policing tool.', 'not-used'],
      // A pilot that ended without being taken forward leaves the tool unused, as readers of the labelled sets record it.
      ['The force piloted drones in 2021, but the pilot was not taken forward.', 'not-used'],
      ['The force piloted drones in 2021.', 'trialled'],
      ['The force is taking part in a national project to test facial recognition; this work is at an evaluation stage.', 'trialled'],
      ['Predictive policing is at the development and testing stage, and no model has been deployed into live use.', 'trialled'],
      ['The force has not deployed live facial recognition to date. It is in the procurement stage for an LFR capability.', 'trialled'],
      ['Drones are at the tender stage.', 'trialled'],
      ['Predictive policing software is being developed by the force. It has not been deployed operationally.', 'trialled'],
      ['The predictive policing project is developing models, but none has been put into operational use.', 'not-used'],
      ['Predictive policing software was put into operational use in 2019.', 'used'],
      ['Self-service kiosks are installed for evaluation purposes only and are not yet live.', 'trialled'],
      ['Body worn video - expenditure in 2021/22 was £298,612.', 'used'],
      ['£48,260 was spent on two drones and pilot training.', 'used'],
      ['The force spent £1.2m on ANPR cameras last year.', 'used'],
      ['No predictive policing software is used by the force. The force trialled no such product either.', 'not-used'],
      ['The force uses none of these drones.', 'not-used'],
      ['The force has piloted no facial recognition software.', 'not-used'],
      // Near miss: a limit on how much a tool was used is use.
      ['Drones were used no more than five times last year.', 'used'],
      ['Two drones are held for trial purposes while the business case is considered.', 'trialled'],
      // Near miss: equipment installed for a purpose of its own is in use.
      ['Self-service kiosks are installed for the purposes of examining seized phones.', 'used'],
      ['The force has installed digital forensic kiosks at its custody suites.', 'used'],
      ['Officers and staff conduct overt open source research where appropriate.', 'used'],
      ['Whilst body worn video is available to all officers, its use is not mandatory.', 'used'],
      ['Predictive policing software has not yet been put into operational use.', 'not-used'],
      ['A project is exploring the use of predictive policing. It remains a development project and is not in operational use.', 'trialled'],
      ['We are not aware of any use of facial recognition by this force.', 'not-used'],
      ['The force plans to roll out body worn video later this year. It is not yet in use.', 'trialled'],
      ['The force does not currently deploy live facial recognition. It is preparing to introduce facial recognition next year.', 'trialled'],
      ['The force aims to roll out body worn video to all officers by the spring.', 'trialled'],
      ['The Constabulary does not extract data from mobile phones; devices are sent to the regional unit.', 'not-used'],
      ['The force does not fly drones.', 'not-used'],
      ['Forecasting crime with algorithms is not something the force does.', 'not-used'],
      ['Officers are not issued with body worn cameras.', 'not-used'],
      ['The force has not purchased, leased or otherwise acquired any drones.', 'not-used'],
      ['The force has not procured, tested or deployed facial recognition software of any kind.', 'not-used'],
      // Near miss: not buying more of what is held leaves it used.
      ['The force has not purchased any new body worn video cameras since 2019, when 900 were issued.', 'used'],
      ["The force's drone unit flew 1,140 sorties in 2023.", 'used'],
      ['The force does not use live facial recognition. Since 2024, officers have had access to an operator initiated facial recognition app.', 'used'],
      ['Officers have access to ANPR data through the national system.', 'used'],
      // Near miss: access denied.
      ['The force does not have access to facial recognition software.', 'not-used'],
      ["BTP's drone team made 96 deployments in the year to March 2024.", 'used'],
      ['The drone unit is made up of 26 trained pilots and 11 aircraft.', 'used'],
      ['All our frontline officers have body worn video.', 'used'],
      // A denial of covert use after overt use told limits the use.
      ['Body worn video is worn overtly by all frontline officers. The force does not deploy body worn video covertly.', 'used'],
      ['Body worn video is worn openly by response officers.', 'used'],
      ['Officers carry body worn video on every shift. It does not deploy body worn video covertly.', 'used'],
      // Near miss: a covert denial alone still denies.
      ['The force does not deploy body worn video covertly or overtly.', 'not-used'],
      // Near misses: what officers lack, or are told, is no equipment held.
      ['Officers have no access to drones.', 'not-used'],
      ['Officers have been told that the force does not use drones.', 'not-used'],
      ["The force's two drones were disposed of in 2021 and have not been replaced.", 'not-used'],
      ['The force bought two drones in 2017; both were scrapped in 2020.', 'not-used'],
      // Near miss: none made is no count of use.
      ["The force's drone team made no deployments in 2023 and was disbanded.", 'not-used'],
      ['It would not be appropriate for the Constabulary to confirm or deny whether IMSI catchers are used.', 'ncnd'],
      ['All response officers carry Axon Body 3 cameras, which were issued in 2021.', 'used'],
      ['The force has operated DJI aircraft since 2018.', 'used'],
      ['The force does not yet have a drone capability.', 'not-used'],
      ['Sussex Police operate drones jointly with Surrey Police.', 'used'],
      ['Both forces use ANPR and have done so since at least 2005.', 'used'],
      ['The drone unit was disbanded in 2019. The force no longer has drones and air support is provided by NPAS.', 'not-used'],
      ['The force trialled facial recognition in 2023. Following the trial, the facial recognition app has been made available to all response officers.', 'used'],
      ['All three forces operate drones from a shared base.', 'used'],
      ['Both forces issue body worn video to their frontline officers.', 'used'],
      ['Essex Police used live facial recognition on three occasions in 2022.', 'used'],
      ['Body worn video was first issued to response officers in 2014.', 'used'],
      ['Body worn video has been standard equipment for response officers since 2016.', 'used'],
      ['Enquiries with the Analysis department found no such software in use for predictive policing.', 'not-used'],
      ['No records indicate that the force uses, or has used, predictive policing software.', 'not-used'],
      ['The force does not, nor has it ever, used predictive policing software.', 'not-used'],
      ['The force has commissioned a proof-of-concept to test whether burglary data could be used for predictive policing.', 'trialled'],
      ['A business case for a joint Surrey and Sussex drone unit was approved in January.', 'trialled'],
      ['The first drones are expected to be in service by the autumn.', 'trialled'],
      ['The force has approved a business case for a drone unit and expects the first aircraft to be in service next spring.', 'trialled'],
      ['The force expects its drones to go live in May.', 'trialled'],
      ['The handheld cameras were withdrawn in 2015 and have been replaced by body-worn cameras, which are now carried by all frontline officers.', 'used'],
      ['The old town centre cameras have been replaced with ANPR cameras.', 'used'],
      ['All frontline officers have personal issue body worn video.', 'used'],
      ["Information on the force's use of ANPR is publicly available on our website and is therefore exempt under section 21.", 'used'],
      ['Statistics on facial recognition are published annually by the Home Office and are exempt under section 21.', 'refused'],
      ['Cyber kiosks are located at three custody suites.', 'used'],
      ['The force makes retrospective use of facial recognition only, through the Police National Database.', 'used'],
      ['The report records that every frontline officer was equipped with a body worn video camera by October 2018.', 'used'],
      ['The Commissioner approved the renewal of the body worn video contract in 2018.', 'used'],
      ['The force does not use live facial recognition. Its use of facial recognition is limited to retrospective searches.', 'used'],
      ["The force's Drone Unit has been operational since 2020.", 'used'],
      ['The drone team became operational in 2019.', 'used'],
      // Near miss: a plan.
      ['The drone team is expected to become operational next year.', 'trialled'],
      ['The force maintains a network of fixed and vehicle-mounted ANPR cameras.', 'used'],
      ['The force operates a fleet of six drones.', 'used'],
      ['In the last 12 months 1,382 facial recognition searches were made on behalf of the force.', 'used'],
      ['Examination of mobile phones is now carried out only by the Digital Forensic Unit.', 'used'],
      ['The drones are flown by trained officers within Roads Policing.', 'used'],
      // Near miss: what a search for predictive policing found, not where equipment stands.
      ['On predictive policing, no information has been located which falls within the scope of this question.', 'not-held'],
    ];
    for (const [answer, status] of cases) {
      it(`reads "${answer}" as ${status}`, () => {
        const tool = analyze(`You asked: Which tools do you use?\n\nResponse:\n${answer}`).tools[0];
        assert.equal(tool?.status, status);
      });
    }

    it('reads "A   The Constabulary does not use ..." as the force\'s own denial, not another force\'s', () => {
      const text = 'Q4  Does Cumbria Constabulary use facial recognition technology?\n\nA   The Constabulary does not use facial recognition technology.';
      assert.equal(answers(text)['facial-recognition'], 'not-used');
      // Near miss: another force named as the subject.
      assert.equal(answers(text.replace('The Constabulary', 'Lancashire Constabulary'))['facial-recognition'], 'no-answer');
    });

    it('does not read another body\'s use told in a relative clause ("..., which operates its own drone") as the force\'s', () => {
      const text =
        'You asked whether the force uses drones.\n\nThe force does not own or operate drones. The drone you saw belonged to the ' +
        'county Fire and Rescue Service, which operates its own drone for fire incidents.';
      assert.equal(answers(text).drones, 'not-used');
      // Near miss: the force's own unit as the antecedent.
      const own = 'You asked whether the force uses drones.\n\nDrones are flown by the Roads Policing Unit, which operates four aircraft.';
      assert.equal(answers(own).drones, 'used');
    });

    it('does not read a tool named only in a web address as answered about', () => {
      const text =
        'You asked: How many drones and ANPR cameras does the force have?\n\nThe information was released in response to FOI 2024/0962 and is ' +
        'published on our disclosure log: https://www.example.police.uk/disclosure-2024/drones-and-anpr-cameras/\n\n' +
        'As it is reasonably accessible to you, section 21 of the Act applies and we will not provide it again.';
      assert.deepEqual(answers(text), { drones: 'refused', anpr: 'refused' });
      // Near miss: named in the words before the address.
      assert.equal(answers(text.replace('The information was', 'Information on drones was')).drones, 'used');
    });

    it('does not read "does not hold information about whether, or how, the force uses X" as use (near miss)', () => {
      const text = 'You asked: Does Police Scotland use facial recognition?\n\nThe Authority does not hold information about whether, or how, Police Scotland uses facial recognition.';
      assert.equal(answers(text)['facial-recognition'], 'not-held');
    });

    it('does not read an answer on a tool "replaced with the following" as its use (near miss)', () => {
      const text = 'You asked: Do you use IMSI catchers?\n\nThe answer given on IMSI catchers is withdrawn. It is replaced with the following:';
      assert.notEqual(answers(text)['imsi-catchers'], 'used');
    });

    it('does not read "has never been operational" or "0 searches were made" as use (near misses)', () => {
      assert.notEqual(answers('You asked: Do you use predictive policing?\n\nThe force decided against the renewal of its predictive policing licence.')['predictive-policing'], 'used');
      assert.notEqual(answers('You asked: Do you use drones?\n\nThe drone team has never been operational.').drones, 'used');
      const none = 'You asked: Do you use facial recognition?\n\nIn the last 12 months 0 facial recognition searches were made.';
      assert.notEqual(answers(none)['facial-recognition'], 'used');
    });

    it('does not read documents held about a tool, counted, as the tool held (near miss)', () => {
      assert.equal(answers('You asked: Do you use drones?\n\nThe force holds 40 pages of information about drones.').drones, 'no-answer');
      assert.equal(answers('You asked: Do you use drones?\n\nThe force holds 3 documents about drones.').drones, 'no-answer');
    });
  });

  describe('equipment named as existing', () => {
    it('reads "the force\'s existing drone fleet" as use', () => {
      const text =
        'You asked: How much has the Commissioner spent on drones?\n\nFunding for the replacement of West Yorkshire Police\'s existing drone ' +
        'fleet was approved in Decision Notice 7 (£312,000).';
      assert.equal(answers(text).drones, 'used');
      // Near miss: existing rules, not the force's equipment.
      assert.equal(answers('You asked: Do you use drones?\n\nThe existing drone rules are set by the Civil Aviation Authority.').drones, 'no-answer');
    });
  });

  describe('denials and use told without the usual verbs', () => {
    for (const [answer, expected] of [
      ['The MDP has neither facial recognition technology nor drones.', { 'facial-recognition': 'not-used', drones: 'not-used' }],
      ['No such equipment is held by the Office of the Police and Crime Commissioner.', { 'facial-recognition': 'not-used', drones: 'not-used' }],
      ['The force does not use drones, and no such system has been procured or trialled.', { 'facial-recognition': 'no-answer', drones: 'not-used' }],
      ['No drone has been bought, licensed or trialled by the force.', { 'facial-recognition': 'no-answer', drones: 'not-used' }],
      ['The force does not use facial recognition technology, and none is being procured.', { 'facial-recognition': 'not-used', drones: 'no-answer' }],
      ['The force holds no information, as no drones have been purchased or used by the force.', { 'facial-recognition': 'no-answer', drones: 'not-used' }],
      ['At no time has the force deployed facial recognition technology.', { 'facial-recognition': 'not-used', drones: 'no-answer' }],
      ['Facial recognition is not something North Wales Police has ever adopted.', { 'facial-recognition': 'not-used', drones: 'no-answer' }],
      ['I have checked with the team and facial recognition isn\'t something we use.', { 'facial-recognition': 'not-used', drones: 'no-answer' }],
      ['The terms you have used ("facial recognition", "drones") would capture a very wide range of material.', { 'facial-recognition': 'no-answer', drones: 'no-answer' }],
      ['The force has never adopted facial recognition.', { 'facial-recognition': 'not-used', drones: 'no-answer' }],
      ['The force continues to use drones.', { 'facial-recognition': 'no-answer', drones: 'used' }],
      ['The drones entered service with the Roads Policing team in March 2021.', { 'facial-recognition': 'no-answer', drones: 'used' }],
      ['Traffic officers now carry drones in their vehicles.', { 'facial-recognition': 'no-answer', drones: 'used' }],
      ['Funding was approved in 2016 for the purchase of drones, and these are now used by all road policing teams.', { 'facial-recognition': 'no-answer', drones: 'used' }],
      ['The drones will enter service in 2025.', { 'facial-recognition': 'no-answer', drones: 'trialled' }],
      ['To establish whether the force has made use of drones, and the occasions on which they were used, would take weeks.', { 'facial-recognition': 'no-answer', drones: 'no-answer' }],
      ['The force has not used drones. However, two drones have been ordered and pilots are being trained.', { 'facial-recognition': 'no-answer', drones: 'trialled' }],
      ['Drones are in place at two stations.', { 'facial-recognition': 'no-answer', drones: 'used' }],
      ['The force does run facial recognition searches of custody images.', { 'facial-recognition': 'used', drones: 'no-answer' }],
    ] as const) {
      it(`reads "${answer}"`, () => {
        assert.deepEqual(answers(`You asked: Do you use facial recognition or drones?\n\n${answer}`), expected);
      });
    }

    it('reads "Yes to body-worn video and ANPR." as use of each tool it names', () => {
      const text = 'You asked: Does the force use body-worn video, ANPR and drones?\n\nYes to body-worn video and ANPR. The force does not have drones.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', anpr: 'used', drones: 'not-used' });
    });

    it('reads "does extract data from mobile phones" beside an NCND of another tool as use of the first', () => {
      const text =
        'You asked whether the force uses mobile phone extraction and IMSI catchers.\n\nThe force does extract data from mobile phones in the ' +
        'course of investigations; it neither confirms nor denies the use of IMSI catchers, relying on sections 24(2) and 31(3).';
      assert.deepEqual(answers(text), { 'mobile-phone-extraction': 'used', 'imsi-catchers': 'ncnd' });
    });

    it('reads "officers have carried body worn video" as used', () => {
      assert.equal(answers('You asked: Do you use body worn video?\n\nOfficers have carried body worn video cameras since 2016.')['body-worn-video'], 'used');
    });

    it('reads use told after "and nor" as denied, for the tool named there', () => {
      const text = 'You asked: Do you use facial recognition or predictive policing?\n\nWiltshire Police does not use facial recognition technology, and nor do we use any predictive policing software.';
      assert.deepEqual(answers(text), { 'facial-recognition': 'not-used', 'predictive-policing': 'not-used' });
      // Near miss: "or" alone after use goes on with the use.
      const used = 'You asked: Do you use facial recognition or predictive policing?\n\nThe force uses facial recognition, and we use predictive policing software.';
      assert.deepEqual(answers(used), { 'facial-recognition': 'used', 'predictive-policing': 'used' });
    });

    it('does not read "no such information is held" as a denial of the tools, nor officers who "carry out" searches as use', () => {
      assert.deepEqual(answers('You asked: Do you use drones or ANPR?\n\nNo such information is held.'), { drones: 'not-held', anpr: 'not-held' });
      assert.equal(answers('You asked: Do you use drones?\n\nNo record identifies the officers who carry out drone flights, so drone use is not held.').drones, 'not-held');
    });

    it('does not read the Act\'s own steps ("carry out a public interest test") under a part\'s label as use', () => {
      const letter = (last: string): string =>
        'You asked:\na) Does the force use ANPR?\nb) Does the force use drones?\n\nThe information is reasonably accessible to you by other means ' +
        `and is exempt under section 21. Please find the links below.\n\na) - https://example.police.uk/a/\nb) - https://example.police.uk/b/\n\n${last}`;
      const refused = { anpr: 'refused', drones: 'refused' };
      assert.deepEqual(answers(letter('Section 21 is absolute and there is no requirement to carry out a public interest test.')), refused);
      assert.deepEqual(answers(letter('The force has conducted an internal review of the decision.')), refused);
      // Near miss: carrying out the tool's own work is use.
      assert.equal(answers('You asked: Do you use social media intelligence?\n\nOfficers carry out open source research.')['social-media-intelligence'], 'used');
    });
  });

  describe('near misses of the phrasings above', () => {
    const cases: [string, ToolStatus][] = [
      ['There were issues with the drones last year.', 'no-answer'],
      ['The force does not hold licences for drones.', 'no-answer'],
      ['Drones may be used by the force in future.', 'no-answer'],
      ['If funding were approved, the force would buy drones.', 'no-answer'],
      ['Drones were not in operational use last year, and the force no longer uses them.', 'not-used'],
      ['Drones are mentioned in service delivery plans.', 'no-answer'],
      ['There are a number of reasons why drones are a sensitive subject.', 'no-answer'],
      ['There were 0 complaints about drones.', 'no-answer'],
      ['The force would be able to use drones if it bought them.', 'no-answer'],
      ['Police use of drones is a matter for each chief officer.', 'no-answer'],
      ['The force used to share drones with a neighbouring force.', 'no-answer'],
      ['Drones are not a tactic that is carried out by the force.', 'not-used'],
      ['The drone unit carries out searches; the unit does not have a separate DPIA.', 'used'],
      ['Drones are flown by the NPAS. The force does not have a role in their deployment.', 'no-answer'],
      ['The force does not have a drone.', 'not-used'],
      ['The drone fleet comprises 12 aircraft; their bases are withheld under section 31(1)(a).', 'used'],
      ['The drone policy comprises several sections.', 'no-answer'],
      ["The force's drone team has flown more than 1,000 missions since 2019.", 'used'],
      ['The drone team has flown to 3 incidents abroad as observers.', 'no-answer'],
      ['The force does not use drones. Resources are deployed on the basis of analysis by our analysts.', 'not-used'],
      ['The force does not use drones. Officers are deployed to searches on foot.', 'not-used'],
    ];
    for (const [answer, status] of cases) {
      it(`reads "${answer}" as ${status}`, () => {
        assert.equal(answers(`You asked: Do you use drones?\n\nResponse:\n${answer}`).drones, status);
      });
    }
  });

  describe('one answer for every tool asked about', () => {
    it('reads "either" and "neither" standing for the tools asked about as denying each', () => {
      for (const answer of ['We do not use either.', 'Neither is used by the force.', 'The force does not use either of these.', 'We use neither.']) {
        assert.deepEqual(answers(`You asked whether the force uses drones or facial recognition.\n\n${answer}`), { drones: 'not-used', 'facial-recognition': 'not-used' }, answer);
      }
      // Near miss: "Either way" stands for no tool.
      const either = answers('You asked whether the force uses drones or facial recognition.\n\nEither way, the force does not use it at present.');
      assert.deepEqual(either, { drones: 'no-answer', 'facial-recognition': 'no-answer' });
    });

    it('reads "all three of the tactics you list" as naming each tool, beside an overt answer for one', () => {
      const text =
        'You asked: Does the force use hacking, IMSI catchers or covert facial recognition?\n\nIn relation to all three of the tactics you ' +
        'list, the force neither confirms nor denies that it holds information.\n\nThe force does not make use of overt facial recognition.';
      assert.deepEqual(answers(text), { hacking: 'ncnd', 'imsi-catchers': 'ncnd', 'facial-recognition': 'partial-ncnd' });
    });

    const asked = 'You asked: (1) Do you use ANPR? (2) Do you use drones?\n\n';
    it('reads "Yes to both." and "No to both." as the answer for each tool', () => {
      assert.deepEqual(answers(`${asked}Yes to both.`), { anpr: 'used', drones: 'used' });
      assert.deepEqual(answers(`${asked}No to both.`), { anpr: 'not-used', drones: 'not-used' });
    });

    it('reads "the answer to each of your questions is no", after a short opening clause or "that", as the answer for each tool', () => {
      const bullets = 'You asked:\n\n- Does the force use facial recognition?\n- Does the force use drones?\n\n';
      const each = 'Having made enquiries with the relevant departments, the answer to each of your questions is no.';
      assert.deepEqual(answers(bullets + each), { 'facial-recognition': 'not-used', drones: 'not-used' });
      assert.deepEqual(answers(`${asked}The answer to both of your questions is yes.`), { anpr: 'used', drones: 'used' });
      assert.deepEqual(answers(`${asked}I can tell you that the answer to each of your questions is no.`), { anpr: 'not-used', drones: 'not-used' });
      assert.deepEqual(answers(`${asked}I can confirm that both are in use.`), { anpr: 'used', drones: 'used' });
      // Near miss: the answer to each question is somewhere else.
      assert.deepEqual(answers(`${asked}The answer to each of your questions is set out below.`), { anpr: 'no-answer', drones: 'no-answer' });
    });

    it('reads "Yes and no respectively." and "Yes / No / Yes." as one answer for each tool, in the order asked', () => {
      const three = 'You asked whether the force uses ANPR, drones and facial recognition.\n\n';
      assert.deepEqual(answers(`${three}Yes, yes and no respectively.`), { anpr: 'used', drones: 'used', 'facial-recognition': 'not-used' });
      assert.deepEqual(answers(`${three}Response: No / Yes / No.`), { anpr: 'not-used', drones: 'used', 'facial-recognition': 'not-used' });
      // Near misses: a count that does not match the tools asked about, and a form's "Yes / No" choice.
      assert.deepEqual(answers(`${three}Yes and no respectively.`), { anpr: 'no-answer', drones: 'no-answer', 'facial-recognition': 'no-answer' });
      assert.deepEqual(answers(`${asked}Did you find this page useful?  Yes / No`), { anpr: 'no-answer', drones: 'no-answer' });
    });

    it('reads "The force can answer yes to all." as the answer for each tool', () => {
      assert.deepEqual(answers(`${asked}The force can answer yes to all.`), { anpr: 'used', drones: 'used' });
      assert.deepEqual(answers(`${asked}Having checked, we would answer no to both.`), { anpr: 'not-used', drones: 'not-used' });
      // Near miss: an answer still to come answers nothing.
      assert.deepEqual(answers(`${asked}The force will answer all of your questions by 1 May.`), { anpr: 'no-answer', drones: 'no-answer' });
    });

    it('reads "it uses the technologies at points 1, 2 and 4" as use of each tool those points name', () => {
      const numbered = 'You asked whether the force uses:\n1. Body worn video\n2. Drones\n3. Live facial recognition\n4. ANPR\n\n';
      const text = `${numbered}The force can confirm it uses the technologies at points 1, 2 and 4 of your request.\n\nPoint 3: the force does not use it.`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', 'facial-recognition': 'not-used', anpr: 'used' });
      // Near miss: the tools of the questions not named stay unanswered.
      const one = `${numbered}The force uses the technologies in questions 2 and 4.`;
      assert.deepEqual(answers(one), { 'body-worn-video': 'no-answer', drones: 'used', 'facial-recognition': 'no-answer', anpr: 'used' });
    });

    it('reads "Both are used by the force." as use of each', () => {
      assert.deepEqual(answers(`${asked}Both are used by the force.`), { anpr: 'used', drones: 'used' });
    });

    it('reads "All three are used" and "All 3 tools are used" as use of each', () => {
      const three = 'You asked: Does the force use body-worn cameras, ANPR or drones?\n\n';
      const each = { 'body-worn-video': 'used', anpr: 'used', drones: 'used' };
      assert.deepEqual(answers(`${three}All three are used by the force.`), each);
      assert.deepEqual(answers(`${three}All 3 tools are used.`), each);
    });

    it('does not read "each" or "all" inside a sentence as every tool ("a link to each is given")', () => {
      const text = `${asked}Our policies are published and therefore exempt under section 21 of the Act; a link to each is given below.`;
      assert.deepEqual(answers(text), { anpr: 'no-answer', drones: 'no-answer' });
    });
  });

  it('reads a referral naming no tool as the answer for every tool asked about, and "which owns the system" as the other body\'s', () => {
    const operational = 'You asked whether the force uses hacking or drones.\n\nThis is an operational matter for Kent Police. Please direct your request to their FOI team.';
    assert.deepEqual(answers(operational), { hacking: 'referred', drones: 'referred' });
    const owner = 'You asked about facial recognition.\n\nQuestions about facial recognition should be directed to the Home Office, which owns and manages the system.';
    assert.equal(answers(owner)['facial-recognition'], 'referred');
  });

  describe('use of these tools only', () => {
    const asked = 'You asked which of these the force uses: body worn video, ANPR, drones, facial recognition.\n\n';
    it('reads "uses body worn video and ANPR only" as non-use of the other tools asked about', () => {
      assert.deepEqual(answers(`${asked}Of the tools you list, the force uses body worn video and ANPR only.`), {
        'body-worn-video': 'used',
        anpr: 'used',
        drones: 'not-used',
        'facial-recognition': 'not-used',
      });
      assert.equal(answers(`${asked}The force only uses body worn video and ANPR.`).drones, 'not-used');
    });

    it('leaves the other tools unanswered when "only" limits how a tool is used', () => {
      assert.equal(answers(`${asked}The force uses drones only for missing person searches.`)['facial-recognition'], 'no-answer');
      assert.equal(answers(`${asked}The force uses drones for searches only.`)['facial-recognition'], 'no-answer');
    });
  });

  it('reads answers under numbered questions that name no tool, with no request introducer', () => {
    const text =
      'Your request is replicated below together with the response.\n\n3. Does the force use IMSI catchers?\n\n' +
      'The force can neither confirm nor deny whether it holds the information, by virtue of section 24(2).\n\n' +
      '6. Does the force use predictive policing software?\n\nThe information is not held. By way of explanation, no such software has been procured.';
    assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', 'predictive-policing': 'not-used' });
  });

  describe('one statement about every tool asked about, but those it sets apart', () => {
    const asked = 'You asked whether the force uses any of the following:\n- facial recognition\n- drones\n- ANPR\n- predictive policing\n\nResponse\n\n';

    it('reads "any information relevant to your request" as every tool: "With the exception of ANPR, the force neither confirms nor denies ..."', () => {
      const text = `${asked}ANPR: the force uses ANPR.\n\nWith the exception of ANPR, the force neither confirms nor denies that it holds any information relevant to your request.`;
      assert.deepEqual(answers(text), { 'facial-recognition': 'ncnd', drones: 'ncnd', anpr: 'used', 'predictive-policing': 'ncnd' });
    });

    it('answers the tools set apart the other way: "With the exception of drones and ANPR, the force does not use any of the tools you mention"', () => {
      assert.deepEqual(answers(`${asked}With the exception of drones and ANPR, the force does not use any of the tools you mention.`), {
        'facial-recognition': 'not-used',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'not-used',
      });
      assert.deepEqual(answers(`${asked}The force uses all of the technologies listed with the exception of predictive policing.`), {
        'facial-recognition': 'used',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'not-used',
      });
      assert.deepEqual(answers(`${asked}The force does not use any of the tools listed other than ANPR.`), {
        'facial-recognition': 'not-used',
        drones: 'not-used',
        anpr: 'used',
        'predictive-policing': 'not-used',
      });
    });

    it('sets tools apart with "but for", "barring", "excepting" and a later "the exception is"', () => {
      assert.deepEqual(answers(`${asked}But for drones, none of these are used by the force.`), {
        'facial-recognition': 'not-used',
        drones: 'used',
        anpr: 'not-used',
        'predictive-policing': 'not-used',
      });
      assert.deepEqual(answers(`${asked}Barring ANPR and drones, the force does not use any of the technologies listed.`), {
        'facial-recognition': 'not-used',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'not-used',
      });
      assert.deepEqual(answers(`${asked}All bar one of the listed technologies are in operational use; the exception is predictive policing, which the force has never procured.`), {
        'facial-recognition': 'used',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'not-used',
      });
      // Near miss: "all bar one" naming no tool set apart.
      assert.equal(answers(`${asked}All bar one of the listed technologies are in operational use.`).anpr, 'no-answer');
    });

    it('covers every question of a list when the statement follows its last question', () => {
      const questions = 'In your request you asked:\n\nQ1 Does the force use live facial recognition?\nQ2 Does it use predictive policing software?\nQ3 Does it use IMSI catchers?\n\n';
      const text = `${questions}The force does not use any of the technologies listed, with the exception of IMSI catchers, in respect of which it can neither confirm nor deny that it holds any information.`;
      assert.deepEqual(answers(text), { 'facial-recognition': 'not-used', 'predictive-policing': 'not-used', 'imsi-catchers': 'ncnd' });
      // Near miss: under a numbered answer the statement covers its own question only.
      const numberedAnswer = `${questions}A3. The force does not use any of the technologies you mention, with the exception of IMSI catchers, which are NCND.`;
      assert.equal(answers(numberedAnswer)['facial-recognition'], 'no-answer');
    });

    it('sets questions apart by number: "the answer to each of your questions is no, bar questions 2 and 4"', () => {
      const questions = 'Q1. Does the force use facial recognition?\nQ2. Does it use body worn video?\nQ3. Does it use predictive policing?\nQ4. Does it use drones?\n\nResponse:\n\n';
      assert.deepEqual(answers(`${questions}The answer to each of your questions is no, bar questions 2 and 4.`), {
        'facial-recognition': 'not-used',
        'body-worn-video': 'used',
        'predictive-policing': 'not-used',
        drones: 'used',
      });
      // What the letter says of a question set apart elsewhere is its answer.
      const elsewhere = `${questions}Excluding question 3, no information is held in respect of your request.\n\nQuestion 3: the force uses a predictive policing tool.`;
      assert.deepEqual(answers(elsewhere), { 'facial-recognition': 'not-held', 'body-worn-video': 'not-held', 'predictive-policing': 'used', drones: 'not-held' });
      // Under a label naming several questions, the rest are the label's.
      const labelled = `${questions}Q1 – Q2: Yes to each.\n\nQ3 – Q4: No, with the exception of Q4 – see below.\n\nQ4: The force is trialling drones.`;
      assert.deepEqual(answers(labelled), { 'facial-recognition': 'used', 'body-worn-video': 'used', 'predictive-policing': 'not-used', drones: 'trialled' });
      // Near miss: a number that is no question asked sets nothing apart.
      assert.equal(answers(`${questions}The answer to each of your questions is no, save for question 9.`)['body-worn-video'], 'not-used');
    });

    it('answers questions set apart by number as the words setting them apart say: "apart from items (c) and (d), in respect of which ... NCND"', () => {
      const lettered = 'You asked which of the following the force uses:\n(a) body worn video\n(b) drones\n(c) hacking\n(d) IMSI catchers\n\n';
      assert.deepEqual(answers(`${lettered}The force uses all of the above, apart from items (c) and (d), in respect of which it neither confirms nor denies that it holds any information.`), {
        'body-worn-video': 'used',
        drones: 'used',
        hacking: 'ncnd',
        'imsi-catchers': 'ncnd',
      });
      // Opening the statement, the exception's own clause is the exception's.
      assert.deepEqual(answers(`${lettered}Apart from item (d), which we neither confirm nor deny, the force uses all of the above.`), {
        'body-worn-video': 'used',
        drones: 'used',
        hacking: 'used',
        'imsi-catchers': 'ncnd',
      });
      // Near miss: set apart to be answered below, the rest are the rule's and the item is its own.
      const below = `${lettered}With the exception of item (b), which is answered below, the force neither confirms nor denies that it holds the information requested.\n\n(b) Drones are used by the force.`;
      assert.deepEqual(answers(below), { 'body-worn-video': 'ncnd', drones: 'used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('reads "Other than these" and "Save for the above" as every tool not answered just before', () => {
      assert.deepEqual(answers(`${asked}The force does not use facial recognition or predictive policing. Other than these, all the technologies in your list are used by the force.`), {
        'facial-recognition': 'not-used',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'not-used',
      });
      assert.deepEqual(answers(`${asked}The force uses drones and ANPR.\n\nSave for the above, the force does not use any of the technologies you asked about.`), {
        'facial-recognition': 'not-used',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'not-used',
      });
      // Near miss: a purpose left out of a denial is still the tool's use.
      assert.equal(answers(`${asked}Save for searches for missing people, the force does not deploy drones.`).drones, 'used');
    });

    it('gives the rest "not held" from "other than for ANPR, no information in scope of your request is held"', () => {
      const text = `${asked}I can confirm that, other than for ANPR, no information in scope of your request is held.\n\nThe force has used ANPR since 2006.`;
      assert.deepEqual(answers(text), { 'facial-recognition': 'not-held', drones: 'not-held', anpr: 'used', 'predictive-policing': 'not-held' });
    });

    it('answers the tools set apart from an NCND as the words setting them apart say ("save for drones, which are used")', () => {
      const text = `${asked}The force neither confirms nor denies use of any of the tools listed, save for drones, which are used by the roads unit.`;
      assert.deepEqual(answers(text), { 'facial-recognition': 'ncnd', drones: 'used', anpr: 'ncnd', 'predictive-policing': 'ncnd' });
    });

    it('answers the tools set apart from a rule as the words setting them apart say ("with the exception of drones, which are being trialled")', () => {
      const text = `${asked}The force uses all of the overt camera technologies listed, with the exception of drones, which are currently being trialled by the roads unit.`;
      assert.deepEqual(answers(text), { 'facial-recognition': 'used', drones: 'trialled', anpr: 'used', 'predictive-policing': 'used' });
      // Near miss: words saying nothing of the tools set apart leave them the rule's other way.
      const plain = `${asked}The force uses all of the overt camera technologies listed, with the exception of drones, which the roads unit asked about.`;
      assert.deepEqual(answers(plain), { 'facial-recognition': 'used', drones: 'not-used', anpr: 'used', 'predictive-policing': 'used' });
    });

    it('leaves the rule to the tools the letter answers nowhere else', () => {
      const text = `${asked}Apart from ANPR, the force does not use any of the tools you list.\n\nThe force neither confirms nor denies whether it holds information about facial recognition.`;
      assert.deepEqual(answers(text), { 'facial-recognition': 'ncnd', drones: 'not-used', anpr: 'used', 'predictive-policing': 'not-used' });
    });

    it('sets nothing apart without words covering every tool, or without a tool named after the exception', () => {
      // The purpose left out is the drones' use: nothing is set apart, and the answer is use for that purpose only.
      assert.deepEqual(answers(`${asked}The force does not use drones other than for search and rescue.`), {
        'facial-recognition': 'no-answer',
        drones: 'used',
        anpr: 'no-answer',
        'predictive-policing': 'no-answer',
      });
      assert.deepEqual(answers(`${asked}Other than the force's CCTV, none of the tools you list are used. ANPR is used.`), {
        'facial-recognition': 'not-used',
        drones: 'not-used',
        anpr: 'used',
        'predictive-policing': 'not-used',
      });
    });

    it('reads a bare answer to all but some after an answer label: "Answer: yes to all, except facial recognition, ..."', () => {
      assert.deepEqual(answers(`${asked}Answer: yes to all, except facial recognition, on which the force neither confirms nor denies.`), {
        'facial-recognition': 'ncnd',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'used',
      });
    });

    it('reads a yes or no set before the tools it names, group by group: "Yes – drones and ANPR. No – facial recognition."', () => {
      assert.deepEqual(answers(`${asked}Yes – drones and ANPR. No – facial recognition. NCND – predictive policing.`), {
        'facial-recognition': 'not-used',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'ncnd',
      });
      // Near miss: a word run on after "No" with no dash is no answer to the tools named after it.
      assert.equal(answers(`${asked}No drones were deployed at the event.`).anpr, 'no-answer');
    });

    it('reads a bare answer to all but some: "Yes to all except facial recognition", "No, apart from drones"', () => {
      assert.deepEqual(answers(`${asked}Yes to all except facial recognition.`), {
        'facial-recognition': 'not-used',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'used',
      });
      assert.deepEqual(answers(`${asked}No, apart from drones.`), {
        'facial-recognition': 'not-used',
        drones: 'used',
        anpr: 'not-used',
        'predictive-policing': 'not-used',
      });
      assert.deepEqual(answers(`${asked}Yes, all of them except predictive policing, which is being trialled.`), {
        'facial-recognition': 'used',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'trialled',
      });
      // Near miss: a "Yes" to the tools named, with no exception, answers those alone.
      assert.deepEqual(answers(`${asked}Yes to drones and ANPR.`), {
        'facial-recognition': 'no-answer',
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'no-answer',
      });
    });

    it('reads "I can confirm that none of the above are currently used" as a denial of each', () => {
      assert.deepEqual(answers(`${asked}I can confirm that none of the above are currently used by the force.`), {
        'facial-recognition': 'not-used',
        drones: 'not-used',
        anpr: 'not-used',
        'predictive-policing': 'not-used',
      });
    });
  });

  describe('the answer just above given to every question left', () => {
    const request = 'Request:\nQ1 Do you use IMSI catchers?\nQ2 Do you use hacking?\nQ3 Do you use facial recognition?\n\nResponse:\n\n';
    const ncnd = 'Q1 The force can neither confirm nor deny that it holds any information by virtue of section 24(2).\n\n';
    it('gives the NCND of the first question to the rest: "The same answer applies to your remaining questions."', () => {
      assert.deepEqual(answers(`${request}${ncnd}The same answer applies to your remaining questions.`), {
        'imsi-catchers': 'ncnd',
        hacking: 'ncnd',
        'facial-recognition': 'ncnd',
      });
    });

    it('keeps the answers the letter gives elsewhere: "This response applies equally to the other parts of your request."', () => {
      const text = `${request}${ncnd}This response applies equally to the other parts of your request.\n\nQ3 The force does not use facial recognition.`;
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', hacking: 'ncnd', 'facial-recognition': 'not-used' });
    });

    it('does not pass the answer on from a sentence about other matters', () => {
      assert.equal(answers(`${request}${ncnd}The same answer applies to your remaining questions about budgets.`).hacking, 'no-answer');
    });
  });

  describe('answers given for several questions or items at once', () => {
    it('reads "In answer to points 1 to 3, yes." for the questions it names', () => {
      const text = 'You asked:\n1. Do you use drones?\n2. Do you use ANPR?\n3. Do you use facial recognition?\n\nIn answer to points 1 and 2, yes.';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'used', 'facial-recognition': 'no-answer' });
    });

    it('denies the tools left: "The force does not use any of the others."', () => {
      const text = 'You asked: Do you use drones, ANPR or facial recognition?\n\nThe force uses drones. The force does not use any of the others.';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used', 'facial-recognition': 'not-used' });
    });

    it('denies the tools left when "the others" is the object: "The force has neither used nor trialled the others."', () => {
      const text = 'You asked: Do you use drones, ANPR or facial recognition?\n\nThe force uses drones. It has neither used nor trialled the others.';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used', 'facial-recognition': 'not-used' });
      // Near miss: other forces are not the tools left.
      const forces = 'You asked: Do you use drones, ANPR or facial recognition?\n\nThe force uses drones. It has not used the others in the region.';
      assert.deepEqual(answers(forces), { drones: 'used', anpr: 'no-answer', 'facial-recognition': 'no-answer' });
    });

    const numbered = 'You asked:\n1. Do you use body worn video?\n2. Do you use drones?\n3. Do you use ANPR?\n4. Do you use facial recognition?\n\n';

    it('reads a pair of questions labelled "Q3 & Q4:" or headed "Requests 3 and 4" as answered together', () => {
      assert.deepEqual(answers(`${numbered}Q1 - Q2: Yes.\n\nQ3 & Q4: No. The force uses neither.`), {
        'body-worn-video': 'used',
        drones: 'used',
        anpr: 'not-used',
        'facial-recognition': 'not-used',
      });
      assert.deepEqual(answers(`${numbered}Requests 1 and 2\nYes.\n\nRequests 3 and 4\nThe force does not use either of these technologies.`), {
        'body-worn-video': 'used',
        drones: 'used',
        anpr: 'not-used',
        'facial-recognition': 'not-used',
      });
    });

    it('follows "As per Q1 - Q2." to the answer of the range\'s first question', () => {
      assert.deepEqual(answers(`${numbered}Q1 - Q2: No. The force uses neither.\n\nQ3: Yes.\n\nQ4: As per Q1 - Q2.`), {
        'body-worn-video': 'not-used',
        drones: 'not-used',
        anpr: 'used',
        'facial-recognition': 'not-used',
      });
      assert.equal(answers(`${numbered}Q1 - Q2: No. The force uses neither.\n\nQ3: Yes.\n\nQ4: As per questions 1 to 2.`)['facial-recognition'], 'not-used');
    });

    it('reads several yes and no answers keyed by number in one sentence: "Yes to (a), (b) and (d); no to (c)."', () => {
      const lettered = 'You asked whether the force uses:\n(a) body worn video\n(b) drones\n(c) ANPR\n(d) facial recognition\n\n';
      assert.deepEqual(answers(`${lettered}Yes to (a), (b) and (d); no to (c).`), {
        'body-worn-video': 'used',
        drones: 'used',
        anpr: 'not-used',
        'facial-recognition': 'used',
      });
      assert.deepEqual(answers(`${numbered}The answer to questions 1-2 is yes; to 3-4 is no.`), {
        'body-worn-video': 'used',
        drones: 'used',
        anpr: 'not-used',
        'facial-recognition': 'not-used',
      });
    });

    it('reads a recap\'s quoted answers keyed by number: answered "Yes" to question 1 and "No" to question 2', () => {
      assert.deepEqual(answers(`${numbered}Our response of 1 July answered "Yes" to question 1 and "No" to question 2, and these answers remain correct.`), {
        'body-worn-video': 'used',
        drones: 'not-used',
        anpr: 'no-answer',
        'facial-recognition': 'no-answer',
      });
      assert.equal(answers(`${numbered}The answer to questions 1-2 is “yes”; to 3 it is “no”.`).anpr, 'not-used');
      assert.equal(answers(`${numbered}We said "no" to a degree; "yes" to the rest of your points.`).anpr, 'no-answer');
    });

    it('does not read numbers of no question asked, or "yes to" without a number, as keyed answers (near misses)', () => {
      assert.equal(answers(`${numbered}Yes to 7 and 8; no to 9.`).drones, 'no-answer');
      assert.equal(answers(`${numbered}We would say yes to a degree; no to the rest of your points.`).anpr, 'no-answer');
    });

    it('reads "The answer to questions 2 to 4 is no" and "... 1, 2 and 3 is yes" as that answer to each question named', () => {
      assert.deepEqual(answers(`${numbered}1. Yes.\nThe answer to questions 2 to 4 is no.`), {
        'body-worn-video': 'used',
        drones: 'not-used',
        anpr: 'not-used',
        'facial-recognition': 'not-used',
      });
      assert.deepEqual(answers(`${numbered}The answer to questions 1, 2 and 3 is yes.\n\nIn relation to question 4, the force does not use facial recognition.`), {
        'body-worn-video': 'used',
        drones: 'used',
        anpr: 'used',
        'facial-recognition': 'not-used',
      });
    });

    it('reads "In relation to (b), (c) and (d), ..." as naming the items a request listed inline, but not bare figures', () => {
      const inline = 'You asked: does the force use (a) body worn video, (b) drones, (c) ANPR and (d) facial recognition?\n\n';
      const text = `${inline}(a) Officers are issued with body worn video.\n\nIn relation to (b), (c) and (d), the force neither confirms nor denies that it holds information.`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'ncnd', anpr: 'ncnd', 'facial-recognition': 'ncnd' });
      // Near miss: a key the request did not give names no item, and the sentence answers the tool it names.
      const other = `${inline}In relation to (2) above, the force does not use facial recognition.`;
      assert.deepEqual(answers(other), { 'body-worn-video': 'no-answer', drones: 'no-answer', anpr: 'no-answer', 'facial-recognition': 'not-used' });
    });

    it('reads "Items 1, 3 and 4: yes." and "a) to c): Not used." as labels of several questions', () => {
      const items = 'Your request:\nI would like to know which of these items the force uses.\n  1. Body worn video\n  2. Drones\n  3. ANPR\n  4. Facial recognition\n\nOur response:\n';
      assert.deepEqual(answers(`${items}  Items 1, 3 and 4: yes.\n  Item 2: no.`), {
        'body-worn-video': 'used',
        drones: 'not-used',
        anpr: 'used',
        'facial-recognition': 'used',
      });
      const lettered = 'Please advise whether the force uses:\n a) facial recognition\n b) drones\n c) ANPR\n d) body worn video\n\nResponse:\n\n';
      assert.deepEqual(answers(`${lettered}a) to c): Not used.\nd): Yes.`), {
        'facial-recognition': 'not-used',
        drones: 'not-used',
        anpr: 'not-used',
        'body-worn-video': 'used',
      });
    });

    it('gives "The remainder" and "Everything else" the tools of the request left unanswered', () => {
      const items = 'Your request:\nI would like to know which of these items the force uses.\n  1. Body worn video\n  2. Drones\n  3. ANPR\n  4. Facial recognition\n\nOur response:\n';
      assert.deepEqual(answers(`${items}  Items 1 and 3: yes.\n  The remainder: no information held.`), {
        'body-worn-video': 'used',
        drones: 'not-held',
        anpr: 'used',
        'facial-recognition': 'not-held',
      });
      assert.deepEqual(answers(`${items}Body worn video - yes.\nANPR - yes.\nEverything else - no.`), {
        'body-worn-video': 'used',
        drones: 'not-used',
        anpr: 'used',
        'facial-recognition': 'not-used',
      });
    });

    it('reads a question wrapped onto a second line as the requester\'s, below one that ended with its question mark', () => {
      const text = 'You asked:\n\n  Q1 Does the force use drones?\n  Q2 Does the force download data from mobile phones seized from suspects or given by\n     victims?\n\nThe answer to questions 1 and 2 is yes.';
      assert.deepEqual(answers(text), { drones: 'used', 'mobile-phone-extraction': 'used' });
    });

    it('does not read a near miss as an answer to several questions', () => {
      assert.deepEqual(answers(`${numbered}1. Yes.\nThe answer to this question would take more than 18 hours to find.`), {
        'body-worn-video': 'used',
        drones: 'no-answer',
        anpr: 'no-answer',
        'facial-recognition': 'no-answer',
      });
      assert.deepEqual(answers(`${numbered}1. Yes.\nFor the remainder of the year the force will review its use of cameras.`), {
        'body-worn-video': 'used',
        drones: 'no-answer',
        anpr: 'no-answer',
        'facial-recognition': 'no-answer',
      });
    });
  });

  describe('every tool of the list, or of a part, in one phrase', () => {
    it('reads "makes use of every technology on your list" and "All of the tools in part (a) are used" for each tool', () => {
      const listed = 'Request:\n - Which of these technologies are used by the force:\n     • Drones\n     • ANPR\n     • Body worn cameras\n\nResponse:\n';
      assert.deepEqual(answers(`${listed}I can confirm that the force makes use of every technology on your list.`), {
        drones: 'used',
        anpr: 'used',
        'body-worn-video': 'used',
      });
      const parts = 'You asked:\n"(a) Please confirm whether the force uses body worn video, ANPR and drones.\n (b) Please also confirm whether the force uses facial recognition."\n\n';
      assert.deepEqual(answers(`${parts}All of the tools in part (a) are used by the force.`), {
        'body-worn-video': 'used',
        anpr: 'used',
        drones: 'used',
        'facial-recognition': 'no-answer',
      });
    });

    it('gives "the other tools named in your request", under the answer to a one-tool question, to the other tools', () => {
      const text =
        'Request\n"1) Does the force use body worn video?\n 2) Does the force use ANPR?\n 3) Does the force use drones?"\n\nAnswer\n1) Yes.\n2) Yes. ANPR is used by the force.\n' +
        'We hold no information in respect of the other tools named in your request.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', anpr: 'used', drones: 'not-held' });
    });
  });

  it('reads the cost limit\'s release from the duty to confirm or deny as a refusal, not an NCND', () => {
    const asked = 'You asked whether the force uses predictive policing or IMSI catchers.\n\n';
    const whole = 'As section 12 applies to the request as a whole, the force is not required to confirm or deny whether it holds the information.';
    assert.deepEqual(answers(`${asked}${whole}`), { 'predictive-policing': 'refused', 'imsi-catchers': 'refused' });
    const following =
      'Predictive policing: we are unable to confirm whether this is held without exceeding the appropriate limit, and section 12(2) ' +
      'applies. This means we are not required to confirm or deny whether the information is held.';
    assert.equal(answers(`${asked}${following}`)['predictive-policing'], 'refused');
    // Near miss: an exemption with its own NCND provision beside the cost limit.
    const both = 'IMSI catchers: under sections 12(2) and 24(2) the force is not required to confirm or deny whether it holds the information.';
    assert.equal(answers(`${asked}${both}`)['imsi-catchers'], 'ncnd');
  });

  it('does not read "has not been adopted in routine use" as use, but reads "has not stopped and remains in use" as use', () => {
    const asked = 'You asked whether the force uses predictive policing or body worn video.\n\n';
    const pilot = 'Predictive policing: the force is taking part in a pilot project. It has not yet been adopted in routine use.';
    assert.equal(answers(`${asked}${pilot}`)['predictive-policing'], 'trialled');
    assert.equal(answers(`${asked}Body worn video has not stopped and remains in use across the force.`)['body-worn-video'], 'used');
  });

  it('reads "will not confirm whether or not it holds any information about" a tool as NCND, and "this is not a neither confirm nor deny response" as none', () => {
    const asked = 'You asked whether the force uses IMSI catchers.\n\n';
    const wont = 'Kent Police will not confirm whether or not it holds any information about IMSI catchers, relying on sections 24(2) and 31(3).';
    assert.equal(answers(`${asked}${wont}`)['imsi-catchers'], 'ncnd');
    const notNcnd =
      "IMSI catchers: for the avoidance of doubt, this is not a 'neither confirm nor deny' response. The force does not hold any " +
      'recorded information about IMSI catchers.';
    assert.equal(answers(`${asked}${notNcnd}`)['imsi-catchers'], 'not-held');
  });

  it('reads "Trading Standards may look at publicly available social media content" as use, and "may use open source information" too', () => {
    const asked = 'You asked whether the council uses social media monitoring.\n\n';
    const council = 'The Corporate Fraud Team and Trading Standards may look at publicly available social media content as part of an investigation.';
    assert.equal(answers(`${asked}${council}`)['social-media-intelligence'], 'used');
    const dwp = 'Social media: the Counter Fraud directorate may use open source information, including social media, when investigating fraud.';
    assert.equal(answers(`${asked}${dwp}`)['social-media-intelligence'], 'used');
  });

  it('reads "does not monitor individuals\' social media" and "does not download the contents of mobile phones" as denials', () => {
    const asked = 'You asked whether the Trust uses social media monitoring or mobile phone extraction.\n\n';
    assert.equal(answers(`${asked}The Trust does not monitor the social media of individuals.`)['social-media-intelligence'], 'not-used');
    assert.equal(answers(`${asked}The Trust does not download the contents of mobile phones.`)['mobile-phone-extraction'], 'not-used');
    // Near miss: what is not monitored is no tool.
    assert.equal(answers(`${asked}The Trust does not monitor how often its staff travel.`)['social-media-intelligence'], 'no-answer');
  });

  it('reads a tool\'s line after the name of the department answering: "Operations Support: body worn video – yes"', () => {
    const asked = 'You asked: Do you use body worn video, drones and IMSI catchers?\n\n';
    const text = `${asked}Operations Support: body worn video – yes, all frontline officers. Drones – yes, six aircraft.\nIntelligence: IMSI catchers – NCND.`;
    assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', 'imsi-catchers': 'ncnd' });
  });

  it('reads use told beside a trial "not yet adopted as business as usual", or one on which "no decision has been taken", as the trial', () => {
    const asked = 'You asked whether the force uses drones or facial recognition.\n\n';
    const osprey = 'Drones: two aircraft are flown from two stations. The scheme has not yet been adopted as business as usual.';
    assert.equal(answers(`${asked}${osprey}`).drones, 'trialled');
    const pilot = 'Facial recognition: in a limited pilot, 70 officers have had access to the app. No decision has been taken about wider use.';
    assert.equal(answers(`${asked}${pilot}`)['facial-recognition'], 'trialled');
    // Near miss: use told with no trial and nothing not yet adopted is use.
    assert.equal(answers(`${asked}Drones: the force operates six aircraft. Their use has been adopted in all areas.`).drones, 'used');
  });

  it('does not read a street\'s numbers in the letter\'s address ("2-4 Waterloo Place") as an answer keyed to item 2', () => {
    const request = 'Question:\nPlease tell me which of the following are used:\n- body worn video cameras\n- facial recognition\n- hacking\n\n';
    const text = `NHS Lothian\n2-4 Waterloo Place\nEdinburgh EH1 3EG\n\n${request}Answer:\nNHS Lothian does not hold the information you have requested.`;
    assert.deepEqual(answers(text), { 'body-worn-video': 'not-held', 'facial-recognition': 'not-held', hacking: 'not-held' });
    // Near miss: a numbered answer after a dash is still one.
    assert.equal(answers(`${request}2 - Yes, the force uses facial recognition.`)['facial-recognition'], 'used');
  });

  it('reads "teams extract and examine data from mobile phones" as use, but not extracting data from case files to answer', () => {
    const asked = 'You asked whether the Home Office uses mobile phone extraction.\n\n';
    const used = 'Immigration Enforcement teams extract and examine data from mobile phones seized during investigations.';
    assert.equal(answers(`${asked}${used}`)['mobile-phone-extraction'], 'used');
    // Near miss: what would be needed to answer, not what the teams do.
    assert.equal(answers(`${asked}To answer would mean extracting data from case files.`)['mobile-phone-extraction'], 'no-answer');
  });

  it('does not read a warning that a request "is likely to exceed the appropriate cost limit", as a refusal', () => {
    const asked = 'You asked whether the force uses facial recognition or drones.\n\n';
    const warning = 'Please note that a request of this breadth is likely to exceed the appropriate cost limit under section 12 of the Act.';
    assert.deepEqual(answers(`${asked}${warning}`), { 'facial-recognition': 'no-answer', drones: 'no-answer' });
    // Near miss: the limit found to be exceeded refuses.
    const refused = 'Complying with your request would exceed the appropriate cost limit, and section 12 of the Act applies.';
    assert.deepEqual(answers(`${asked}${refused}`), { 'facial-recognition': 'refused', drones: 'refused' });
  });

  describe('a trial told, then ended', () => {
    it('reads a trial "not taken forward", "not adopted" or "not extended" as not used, and one "not in operational use" or used "during the trial", by the model piloted or "for training only" as a trial', () => {
      const asked = 'You asked whether the force uses predictive policing or facial recognition.\n\n';
      assert.equal(answers(`${asked}The force completed a pilot of predictive policing software in 2019; the tool was not adopted.`)['predictive-policing'], 'not-used');
      assert.equal(answers(`${asked}The force piloted predictive policing software in 2019, but it was not taken forward.`)['predictive-policing'], 'not-used');
      const training = 'The force bought three drones in December. At present they are being used for training only, until the drone team goes live.';
      assert.equal(answers(`You asked whether the force uses drones.\n\n${training}`).drones, 'trialled');
      // Near miss: equipment used for training only in the past.
      const sold = 'The force does not currently use drones. The aircraft were used for training only; they were never flown on an operation.';
      assert.equal(answers(`You asked whether the force uses drones.\n\n${sold}`).drones, 'not-used');
      const model = 'The force is piloting a predictive policing model in two areas. The model uses historic incident data to forecast demand.';
      assert.equal(answers(`You asked whether the force uses predictive policing.\n\n${model}`)['predictive-policing'], 'trialled');
      const during = 'Drones – The force has been trialling drones since 2015. During the trial, drones have been used to support searches.';
      assert.equal(answers(`You asked whether the force uses drones.\n\n${during}`).drones, 'trialled');
      const notExtended = 'Predictive policing – In 2016 the force trialled a hotspot prediction product for six months. The trial was not extended.';
      assert.equal(answers(`${asked}${notExtended}`)['predictive-policing'], 'not-used');
      assert.equal(answers(`${asked}Facial recognition is being trialled and is not in operational use.`)['facial-recognition'], 'trialled');
    });

    it('reads a trial told as over, with use denied now, as not used, but not while a decision on it is awaited', () => {
      const asked = 'You asked whether the force uses live facial recognition.\n\n';
      const ended =
        'Live facial recognition – In 2018 a trial of live facial recognition took place at a shopping centre. The trial ended in ' +
        'October 2018. The force has not used live facial recognition since then and does not currently use it.';
      assert.equal(answers(`${asked}${ended}`)['facial-recognition'], 'not-used');
      const procured = 'The force trialled PredPol software in 2014. Following the trial, a decision was taken not to procure the product.';
      assert.equal(answers(`You asked whether the force uses predictive policing.\n\n${procured}`)['predictive-policing'], 'not-used');
      const awaited = 'A trial of live facial recognition ran in 2020. The trial has concluded and no decision has yet been made; it is not in use at present.';
      assert.equal(answers(`${asked}${awaited}`)['facial-recognition'], 'trialled');
      const since = 'In 2015 the force trialled NeoFace at a music festival. The force has not used the software since.';
      assert.equal(answers(`${asked}${since}`)['facial-recognition'], 'not-used');
      // Near miss: one kind not used since, beside another in use.
      const kind = 'The force uses retrospective facial recognition. The force has not deployed live facial recognition since 2018.';
      assert.equal(answers(`${asked}${kind}`)['facial-recognition'], 'used');
    });

    it('reads "No." beside a trial the force "concluded" as not used, and beside a trial begun as trialled (near miss)', () => {
      const asked = 'You asked whether the force uses predictive policing or drones.\n\n';
      const concluded = 'Predictive policing – No. The force concluded its trial of predictive mapping software in 2015 and did not procure it.';
      assert.equal(answers(`${asked}${concluded}`)['predictive-policing'], 'not-used');
      const table = '| Predictive policing | Not in use. The force concluded its trial of predictive mapping software in 2015. |';
      assert.equal(answers(`${asked}${table}`)['predictive-policing'], 'not-used');
      assert.equal(answers(`${asked}Drones – No. The force has begun a trial of drones.`).drones, 'trialled');
    });
  });

  it('does not read funding a commissioner has not approved as a denial of use', () => {
    const asked = 'You asked whether the Commissioner has approved funding for:\na) live facial recognition\nb) drones\n\n';
    const text =
      `${asked}a) The Commissioner has not approved any funding for live facial recognition. Whether the force uses it is an ` +
      'operational matter for the Chief Constable; you may wish to ask Kent Police directly.\nb) The Commissioner has not approved any funding for drones.';
    assert.equal(answers(text)['facial-recognition'], 'referred');
    assert.notEqual(answers(text).drones, 'not-used');
    // Near miss: a plan denied is still a denial.
    assert.equal(answers(`${asked}b) The force has no plans to introduce drones.`).drones, 'not-used');
  });

  describe('a trial told, with what it involves', () => {
    it('reads use told between two accounts of a trial, in words not naming the tool, as part of the trial', () => {
      const pilot =
        '1. The force is currently taking part in a pilot of operator initiated facial recognition. A small number of officers ' +
        'have been issued with an app on their force mobile devices which enables them to compare a photograph of a person ' +
        'against the custody image database. The pilot began in February 2024 and will be evaluated before any decision is ' +
        'taken on wider use. The force does not use live facial recognition.';
      assert.equal(answers(`Request\n\n1. Does the force use facial recognition in any form?\n\nResponse\n\n${pilot}`)['facial-recognition'], 'trialled');
    });

    it('keeps use told after a trial that the letter does not return to', () => {
      const since = 'The force piloted cyber kiosks in 2018. They have been in use at every custody suite since 2019.';
      assert.equal(answers(`You asked whether the force uses cyber kiosks.\n\n${since}`)['mobile-phone-extraction'], 'used');
    });
  });

  describe("tools named by their place in the request's list", () => {
    const listed = 'Please can you confirm whether the force uses each of the following:\n  * body worn video\n  * ANPR\n  * drones\n  * facial recognition\n  * predictive policing\n\n';

    it('reads "the first three technologies on your list" and "the last two" as those tools', () => {
      const text = `${listed}We can confirm the use of the first three technologies on your list. The force does not hold any information about the last two.`;
      assert.deepEqual(answers(text), {
        'body-worn-video': 'used',
        anpr: 'used',
        drones: 'used',
        'facial-recognition': 'not-held',
        'predictive-policing': 'not-held',
      });
    });

    it('reads "the first and last items" and "items two to four"', () => {
      const text = `${listed}The first and last items on your list are used by the force. The force holds no information on items two to four.`;
      assert.deepEqual(answers(text), {
        'body-worn-video': 'used',
        anpr: 'not-held',
        drones: 'not-held',
        'facial-recognition': 'not-held',
        'predictive-policing': 'used',
      });
    });

    it('reads a bare "Yes to the first three." and "No to the last." as answering those tools', () => {
      assert.deepEqual(answers(`${listed}Yes to the first three. No to the last two.`), {
        'body-worn-video': 'used',
        anpr: 'used',
        drones: 'used',
        'facial-recognition': 'not-used',
        'predictive-policing': 'not-used',
      });
      // Near miss: a place the list does not have answers nothing.
      assert.equal(answers(`${listed}Yes to the first seven.`)['body-worn-video'], 'no-answer');
    });

    it('names no tool by "the first three months" or by a place the list does not have', () => {
      assert.deepEqual(answers(`${listed}The force has used drones in the first three months of the year.`).drones, 'used');
      assert.equal(answers(`${listed}The force has used drones in the first three months of the year.`)['body-worn-video'], 'no-answer');
      assert.equal(answers(`${listed}We can confirm the use of the first seven items.`)['body-worn-video'], 'no-answer');
    });

    it('reads "the first three are used; the others are not" as two answers, the second for the tools left', () => {
      assert.deepEqual(answers(`${listed}Of the tools you list, the first three are used by the force; the others are not.`), {
        'body-worn-video': 'used',
        anpr: 'used',
        drones: 'used',
        'facial-recognition': 'not-used',
        'predictive-policing': 'not-used',
      });
      assert.deepEqual(answers(`${listed}Body worn video and ANPR are used, but the rest are not.`), {
        'body-worn-video': 'used',
        anpr: 'used',
        drones: 'not-used',
        'facial-recognition': 'not-used',
        'predictive-policing': 'not-used',
      });
      // A sentence of many such clauses is split once, at the first: its reading neither recurses nor throws.
      const many = `${listed}${'The first two are used; the others are not; '.repeat(3000)}`;
      assert.equal(answers(many)['body-worn-video'], 'used');
      // Near misses: "the rest of" is no tool, and a tool named in the clause is an example of the rest.
      assert.equal(answers(`${listed}Body worn video is used; the rest of your request is refused under section 12.`).drones, 'no-answer');
      assert.equal(answers(`${listed}Body worn video is used; the others, such as drones, are not.`)['body-worn-video'], 'used');
    });

    it('reads "We use all three" as use of every tool asked about, and "all three" of a named part as that part\'s tools', () => {
      assert.deepEqual(answers('You asked whether we use ANPR, body worn video and drones. We use all three.'), { anpr: 'used', 'body-worn-video': 'used', drones: 'used' });
      const parts = `${listed}In respect of the first paragraph of your request, the force uses all three. The force holds no information on the last two.`;
      assert.deepEqual(answers(parts), {
        'body-worn-video': 'used',
        anpr: 'used',
        drones: 'used',
        'facial-recognition': 'not-held',
        'predictive-policing': 'not-held',
      });
      // Near misses: what the force has all three of is no tool, and a count the request does not have names none.
      assert.equal(answers('You asked whether we use ANPR, body worn video and drones. The force has all three of its drones in service.').anpr, 'no-answer');
      assert.equal(answers(`${listed}Yes, the force uses all three.`)['body-worn-video'], 'no-answer');
    });

    it('reads "We can confirm the use of drones" as use, and "We cannot confirm the use of drones" as no answer', () => {
      assert.equal(answers(`${listed}We can confirm the use of drones.`).drones, 'used');
      assert.equal(answers(`${listed}We cannot confirm the use of drones.`).drones, 'no-answer');
    });
  });

  describe('a bare "Yes" to a question about a trial or a plan', () => {
    it('reads "Yes." to "has the force trialled ...?" and to "are there plans to ...?" as trialled', () => {
      assert.equal(answers('You asked: has the force trialled facial recognition?\n\nYes.')['facial-recognition'], 'trialled');
      assert.equal(answers('You asked: Are there any plans to introduce drones?\n\nYes, subject to funding.').drones, 'trialled');
    });

    it('reads "Yes." to a question that also asks about use as used', () => {
      assert.equal(answers('You asked: has the force used or trialled facial recognition?\n\nYes.')['facial-recognition'], 'used');
      assert.equal(answers('You asked: Do you use drones, and are there plans to buy more?\n\nYes.').drones, 'used');
    });
  });

  it('reads "not used overtly" beside an NCND of covert use as partial NCND', () => {
    const text = 'You asked whether the force uses facial recognition.\n\n2. Facial recognition - not used overtly. NCND in respect of covert use (s24(2), s31(3)).';
    assert.equal(answers(text)['facial-recognition'], 'partial-ncnd');
  });

  it('ends a request at "I can respond as follows", before the answers labelled like its parts', () => {
    const text =
      'Your email asked:\n\n  Does the force use (a) body-worn video, (b) drones, and\n  (c) IMSI catchers?\n\n' +
      'The force has carried out searches and I can respond as follows.\n\n(a) Body-worn video cameras are issued to all officers.\n\n' +
      '(b) The force does not use drones.\n\n(c) The force neither confirms nor denies holding information under Section 24(2).';
    assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used', 'imsi-catchers': 'ncnd' });
  });

  it('reads "Q4 and Q5 - ..." after the response has begun as one answer to both questions', () => {
    const text =
      'I note you seek access to the following information:\n\n  Q4. Does the force use hacking?\n  Q5. Does the force use IMSI catchers?\n\nDECISION\n\n' +
      'Q4 and Q5 - The force neither confirms nor denies that it holds information\nrelevant to these questions by virtue of Section 24(2).';
    assert.deepEqual(answers(text), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
  });

  it('reads "A3 and A4." and a heading "Question 3 and Question 4" as one answer to both questions', () => {
    const asked = 'Q3. Do you hack phones or computers?\nQ4. Do you use IMSI catchers?\n';
    const answer = 'The force neither confirms nor denies that it holds any information relevant to these questions.';
    assert.deepEqual(answers(`${asked}A3 and A4. ${answer}`), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    assert.deepEqual(answers(`${asked}\nQuestion 3 and Question 4\n\n${answer}`), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
  });

  it('reads a heading naming two lettered parts, "(c) Hacking and (d) IMSI catchers", as over one answer to both', () => {
    const text =
      'You asked: (a) Do you use drones? (b) hacking? (c) IMSI catchers?\n\n(a) Drones\nYes.\n\n(b) Hacking and (c) IMSI catchers\n' +
      'The Authority does not hold any information falling within these parts of your request.';
    assert.deepEqual(answers(text), { drones: 'used', hacking: 'not-held', 'imsi-catchers': 'not-held' });
  });

  it('takes "Your request dated 13/11/2023:" as introducing the request', () => {
    const text = 'Your request dated 13/11/2023:\n\nPlease tell me whether you use (a) drones and (b) ANPR.\n\nResponse:\n\n(a) Drones are not used.\n(b) ANPR is used.';
    assert.deepEqual(answers(text), { drones: 'not-used', anpr: 'used' });
  });

  it('reads the answers under a "RESPONSE" heading below a quoted e-mail, each under "Request N"', () => {
    const text =
      'Please find below our response to your request.\n\n-----Original Message-----\nFrom: Requester\nSent: 29 November 2023 09:14\n\n' +
      'I would like to know:\n1) Does the force use drones?\n2) Does the force use IMSI catchers?\n\n-----\n\nRESPONSE\n\nRequest 1\n' +
      'The force operates drones.\n\nRequest 2\nThe force can neither confirm nor deny that it holds information relevant to this part of your request.';
    assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd' });
  });

  it('reads the answer on the line below each "Part (x) - question?"', () => {
    const text = 'Your request is reproduced below, with our answer beneath each part.\n\nPart (a) - Do you use drones?\nYes. The force has two drones.\n\nPart (b) - Do you use IMSI catchers?\nThe force neither confirms nor denies that it holds this information.';
    assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd' });
  });

  it('reads a heading "Questions 2 and 3" over one answer for both, and not a closing balance test as an NCND', () => {
    const text =
      'You asked:\n1. Do you use drones?\n2. Do you use hacking?\n3. Do you use IMSI catchers?\n\nResponse:\n\nQuestion 1\nThe force uses drones.\n\n' +
      'Questions 2 and 3\nThe force neither confirms nor denies that it holds any information relevant to these questions.\n\n' +
      'Balance test\nIt is our opinion that the balance favours neither confirming nor denying.';
    assert.deepEqual(answers(text), { drones: 'used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
  });

  it('reads "uses both of these technologies" under a heading "Questions 2 and 3" as use of both', () => {
    const asked = 'You asked:\n1. Do you use IMSI catchers?\n2. Do you use drones?\n3. Do you use ANPR?\n\n';
    const text = `${asked}Questions 2 and 3\nThe force can confirm that it uses both of these technologies.`;
    assert.deepEqual(answers(text), { 'imsi-catchers': 'no-answer', drones: 'used', anpr: 'used' });
    // Near miss: one of the two named under the heading answers that one only.
    const one = `${asked}Questions 2 and 3\nThe force uses drones.`;
    assert.deepEqual(answers(one), { 'imsi-catchers': 'no-answer', drones: 'used', anpr: 'no-answer' });
  });

  it('does not read a balance test concluding that "the balance lies in neither confirming nor denying" for covert tactics as an NCND of the tools answered', () => {
    const text =
      'You asked: Do you use drones or IMSI catchers?\n\nDrones are used by the force. The force can neither confirm nor deny ' +
      'whether it holds information about IMSI catchers.\n\nBalance test\n\nThe public interest in protecting covert tactics is ' +
      'stronger. The balance therefore lies in neither confirming nor denying that information is held in respect of the covert tactics named above.';
    assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd' });
  });

  it('does not read the heading "Public interest in neither confirming nor denying" as an NCND of a question the NCND leaves out', () => {
    const text =
      'You asked:\n1. Do you use IMSI catchers?\n2. Do you use hacking?\n3. How many phones did your mobile phone extraction kiosks examine?\n\nResponse\n\n' +
      'The force can neither confirm nor deny that it holds information relevant to questions 1 and 2 of your request.\n\n' +
      'Public interest in confirming or denying\n\nThere is an interest in openness.\n\n' +
      'Public interest in neither confirming nor denying\n\nTactics would be revealed.';
    assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', hacking: 'ncnd', 'mobile-phone-extraction': 'no-answer' });
  });

  it('reads a per-tool line whose label joins two names of tools and a word ("Predictive policing or crime forecasting software -")', () => {
    const text =
      'You asked whether the force uses facial recognition, predictive policing or SOCMINT.\n\nResponse:\n' +
      'Facial recognition (live or retrospective) - The force does not use facial recognition.\n' +
      'Predictive policing or crime forecasting software - No information held.\n' +
      'Social media monitoring / SOCMINT - The Open Source Unit conducts research on social media sources.';
    assert.deepEqual(answers(text), { 'facial-recognition': 'not-used', 'predictive-policing': 'not-held', 'social-media-intelligence': 'used' });
  });

  it('reads "the product" as the one tool asked about', () => {
    const text = 'You asked whether the force uses predictive policing.\n\nThe force bought a risk-scoring product in 2015. The product is no longer in use.';
    assert.equal(answers(text)['predictive-policing'], 'not-used');
  });

  it('reads "Yes (since 2017)" after a tool\'s label as a bare yes', () => {
    assert.deepEqual(answers('You asked whether the force uses drones or ANPR.\n\nDrones - Yes (since 2017). ANPR - No.'), { drones: 'used', anpr: 'not-used' });
  });

  it('reads "Reasons for NCND:" as a heading over an argument, not an NCND of the tools answered above it', () => {
    const text =
      'You asked whether the force uses the following: body worn video, drones and hacking.\n\nOur response is as follows:\n\n' +
      '- Body worn video: officers have worn BWV cameras since 2014.\n' +
      '- Hacking: the force neither confirms nor denies that it holds any information by virtue of section 24(2).\n' +
      '- Drones: the force does not own or operate any drones.\n\n' +
      'Reasons for NCND: to confirm or deny whether information is held would reveal whether the force has covert capabilities.';
    assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used', hacking: 'ncnd' });
  });

  it('refers only the tools left unanswered to the body named "for the remainder of your request"', () => {
    const text =
      'You asked: Does the force use mobile phone extraction and predictive policing?\n\n' +
      'The force carries out extraction from mobile devices. For the remainder of your request, please contact the Office of the Police and Crime Commissioner.';
    assert.deepEqual(answers(text), { 'mobile-phone-extraction': 'used', 'predictive-policing': 'referred' });
  });

  it('reads the balance test\'s closing NCND of "any other information" as its conclusion, not a partial NCND of the tools answered', () => {
    const text =
      'You asked: Do you use drones or IMSI catchers?\n\nDrones: Kent Police has a drone unit.\n\n' +
      'IMSI catchers: Kent Police neither confirms nor denies that it holds any information, by virtue of Section 24(2).\n\n' +
      'Balance test\nWhile there is a public interest in transparency, it is outweighed by the harm that would arise. ' +
      'Kent Police will therefore neither confirm nor deny whether any other information is held.';
    assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd' });
  });

  it('reads no overt use and NCND of "any further information" as partial NCND', () => {
    const text =
      'You asked whether the force uses facial recognition.\n\nFacial recognition – the force does not make overt use of facial recognition. ' +
      'It neither confirms nor denies whether it holds any further information, by virtue of section 24(2).';
    assert.equal(answers(text)['facial-recognition'], 'partial-ncnd');
  });

  it('reads "Neither technology is used" as a denial of each tool asked about', () => {
    assert.deepEqual(answers('You asked: Does the force use predictive policing or facial recognition?\n\nNeither technology is used by the force.'), {
      'predictive-policing': 'not-used',
      'facial-recognition': 'not-used',
    });
  });

  it('does not read the usual harm argument, "police forces use covert tactics", as use of a tool it names', () => {
    const text = 'You asked: Do you use IMSI catchers?\n\nIt is well established that police forces use covert tactics, such as IMSI catchers, to gain intelligence.';
    assert.equal(answers(text)['imsi-catchers'], 'no-answer');
  });

  describe('"has" followed by something other than the equipment', () => {
    for (const answer of ['The force has received no complaints about drones.', 'The force has information about body worn cameras on its website.']) {
      it(`gives no answer for "${answer}"`, () => {
        assert.equal(analyze(`You asked: Do you use drones or body worn video?\n\nResponse:\n${answer}`).tools.every((t) => t.status === 'no-answer'), true);
      });
    }
  });

  describe('the many ways of neither confirming nor denying', () => {
    it('reads the Scottish Act\'s "not obliged to reveal whether the information ... exists or is held" as NCND', () => {
      const text =
        'You asked: Does Police Scotland use hacking or IMSI catchers?\n\nIn terms of section 18 of the Freedom of Information (Scotland) Act 2002, ' +
        'Police Scotland is not obliged to reveal whether the information you have asked for exists or is held by us.';
      assert.deepEqual(answers(text), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
      // Near miss: revealing whether the information is held is what an argument weighs.
      assert.equal(answers('You asked: Do you use hacking?\n\nTo reveal whether the information is held would harm law enforcement.').hacking, 'no-answer');
    });

    it('reads the grounds of an NCND, exempt "if the information existed and was held", as no refusal', () => {
      const text =
        '1. Does Police Scotland use IMSI catchers?\n\n2. Does Police Scotland use equipment interference?\n\n' +
        'In terms of Section 18 of the Act, Police Scotland can neither confirm nor deny that it holds the information you have requested ' +
        'in respect of questions 1 and 2.\n\nSection 18 applies where, if the information existed and was held, it would be exempt ' +
        'from disclosure under one or more of sections 28 to 35 of the Act.';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
      // Near miss: information the force holds and withholds is refused.
      const held = 'You asked: Do you use ANPR?\n\nThe locations of ANPR cameras are held but are exempt from disclosure under section 31(1).';
      assert.equal(answers(held).anpr, 'refused');
    });

    it('reads a heading naming two numbered questions\' tools, "3. Hacking and 4. IMSI catchers", over their answer', () => {
      const text =
        'You asked which of these tools the force uses: body worn video; hacking; IMSI catchers.\n\n1. Body worn video\n\nBody worn video is used.\n\n' +
        '3. Hacking and 4. IMSI catchers\n\nThe force can neither confirm nor deny that it holds any information relevant to these parts.\n\n' +
        'For the remaining tools, no further information is held.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('reads a past refusal to confirm or deny, upheld on review, as NCND when the authority is its subject', () => {
      const text =
        'Your original request\n"1. Does Police Scotland use IMSI catchers?\n2. Does Police Scotland use hacking?"\n\n' +
        'Original response\nPolice Scotland refused to confirm or deny whether it held any information in relation to questions 1 and 2, ' +
        'in terms of section 18(1) of the Act.\n\nReview outcome\nThe panel agrees that section 18(1) was correctly applied.';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
      // Near misses: a force in an argument, and a complaint about the refusal, give no NCND.
      const argument =
        'You asked: Do you use IMSI catchers?\n\nWe use IMSI catchers. Where a force then declined to confirm or deny, an inference could be drawn.';
      assert.equal(answers(argument)['imsi-catchers'], 'used');
      const complaint =
        'You asked: Do you use mobile phone extraction?\n\nYour complaint was that the force should not have refused to confirm or deny ' +
        'whether it carries out mobile phone extraction. The force uses mobile phone extraction.';
      assert.equal(answers(complaint)['mobile-phone-extraction'], 'used');
    });

    for (const answer of [
      'Kent Police can neither confirm or deny whether it holds information about IMSI catchers.',
      'Kent Police neither confirms or denies the use of IMSI catchers.',
      'I am neither able to confirm nor deny whether the force uses IMSI catchers.',
      'Kent Police will not confirm or deny whether it uses IMSI catchers.',
      'We are unable to confirm or deny the use of IMSI catchers.',
      'The force does not confirm or deny whether it holds information about IMSI catchers.',
      'It is not possible to confirm or deny whether information about IMSI catchers is held.',
      'The force cannot confirm nor deny whether it uses IMSI catchers.',
      'Any use of IMSI catchers can neither be confirmed nor denied.',
      'For IMSI catchers, the duty to confirm or deny does not apply by virtue of section 24(2).',
      'For IMSI catchers, section 1(1)(a) of the Act does not apply by virtue of section 31(3).',
    ]) {
      it(`reads "${answer}" as NCND`, () => {
        assert.equal(answers(`You asked: Do you use IMSI catchers?\n\nResponse:\n${answer}`)['imsi-catchers'], 'ncnd');
      });
    }
  });

  describe('NCND told as what the authority does in general, not as its answer here', () => {
    const asked = 'You asked:\n1. Do you use body worn video?\n2. Do you use IMSI catchers?\n\n';
    for (const general of [
      'In relation to some policing tactics, particularly covert ones, the force will often rely on sections 23 and 24 to neither confirm nor deny that information is held.',
      'Home Office police forces frequently respond to questions about covert tactics by neither confirming nor denying.',
      'We are aware that some police forces respond to questions about covert techniques by neither confirming nor denying.',
      'Where this exemption is relied upon, the Constabulary will neither confirm nor deny that the information is held.',
      'You will be aware from our previous responses on this subject that the constabulary has given a neither confirm nor deny response on certain covert capabilities.',
    ]) {
      it(`does not spread "${general.slice(0, 60)}..." to the tools answered plainly`, () => {
        assert.deepEqual(answers(`${asked}${general}\n\n1. Yes, body worn video is used.\n2. No, IMSI catchers are not used.`), {
          'body-worn-video': 'used',
          'imsi-catchers': 'not-used',
        });
      });
    }

    it('reads an office\'s referral beside the force\'s NCND it reports: "the MPS has consistently given a neither confirm nor deny response"', () => {
      const office = 'You asked MOPAC whether the MPS uses IMSI catchers.\n\nMOPAC does not hold information on whether the MPS uses IMSI catchers. ';
      const refer = ' You should contact the MPS directly.';
      for (const reported of [
        'You may be aware that when asked about this technology the MPS has consistently given a neither confirm nor deny response.',
        'The MPS has informed us that it would rely on section 23(5) (neither confirm nor deny) were a request about IMSI catchers put to it.',
      ]) {
        assert.equal(answers(`${office}${reported}${refer}`)['imsi-catchers'], 'referred', reported);
      }
      // Near miss: the NCND given here.
      assert.equal(answers(`You asked whether the MPS uses IMSI catchers.\n\nThe MPS neither confirms nor denies that it holds this information.`)['imsi-catchers'], 'ncnd');
    });

    it('reads a refusal as vexatious beside past NCNDs recalled: "previous responses have already explained ..."', () => {
      const text =
        `${asked}The force has decided to refuse your request under section 14(1) as vexatious. Previous responses have already explained ` +
        "the force's position, including where the force neither confirms nor denies whether information is held.";
      assert.deepEqual(answers(text), { 'body-worn-video': 'refused', 'imsi-catchers': 'refused' });
    });

    it('still reads an NCND given again "as stated in our responses to previous requests", or under a condition naming the tool', () => {
      const again = `${asked}1. Yes.\n2. As stated in our responses to previous requests, the force neither confirms nor denies that it holds information about IMSI catchers.`;
      assert.equal(answers(again)['imsi-catchers'], 'ncnd');
      const named = `${asked}1. Yes.\n2. Where the information relates to IMSI catchers, the force will neither confirm nor deny whether it is held.`;
      assert.equal(answers(named)['imsi-catchers'], 'ncnd');
    });
  });

  describe("another body's NCND foretold by an office that holds nothing", () => {
    for (const warning of [
      'Please be aware that the force may neither confirm nor deny whether some of this information is held.',
      'Please note that the force may respond to some of these questions by neither confirming nor denying whether information is held.',
      'Even if the Office held it, it is likely that the force would neither confirm nor deny whether it is held.',
    ]) {
      it(`reads the office's not-held, not "${warning}"`, () => {
        const text = `You asked the Commissioner whether the force uses IMSI catchers.\n\nThe OPCC does not hold this information. ${warning}`;
        assert.equal(answers(text)['imsi-catchers'], 'not-held');
      });
    }
  });

  describe('what a negation or a contrast reaches', () => {
    it('keeps a tool listed before "but not" as used: "uses ANPR and body worn video, but not drones"', () => {
      const text = 'You asked: Do you use ANPR, body worn video or drones?\n\nNorfolk Constabulary uses ANPR and body worn video, but not drones.';
      assert.deepEqual(answers(text), { anpr: 'used', 'body-worn-video': 'used', drones: 'not-used' });
    });

    it('does not read what is done instead of a tool denied ("using conventional techniques") as its use', () => {
      const text =
        'You asked whether the force uses predictive policing.\n\nPredictive policing: The force does not use any predictive policing ' +
        'or crime forecasting algorithm. Crime analysis is carried out by analysts using conventional techniques.';
      assert.equal(answers(text)['predictive-policing'], 'not-used');
      // Near miss: use told after a denial of another kind, with no such words, is use.
      assert.equal(answers('You asked whether the force uses drones.\n\nDrones: The force does not own a helicopter. Drones are operated by the roads unit.').drones, 'used');
    });

    it('reads use told with a contrast set off by commas, "Officers do, however, use ...", after a denial of another kind', () => {
      const asked = 'You asked whether the force uses facial recognition.\n\n';
      const text = `${asked}The force does not deploy live facial recognition. Officers do, however, use retrospective facial recognition to compare images.`;
      assert.equal(answers(text)['facial-recognition'], 'used');
      assert.equal(answers(`${asked}Officers are able to use the retrospective facial search facility.`)['facial-recognition'], 'used');
      const force = `${asked}Police Scotland does not use live facial recognition. Police Scotland does, however, use retrospective facial search functionality.`;
      assert.equal(answers(force)['facial-recognition'], 'used');
      // Near miss: a denial with the same commas.
      assert.equal(answers(`${asked}The force has, however, never used facial recognition.`)['facial-recognition'], 'not-used');
    });

    it('reads retrospective facial searches told after a denial of live facial recognition as use', () => {
      const asked = 'You asked whether the force uses facial recognition.\n\n';
      const officers = `${asked}The force does not use live facial recognition. Officers are able to conduct retrospective facial searches on the Police National Database.`;
      assert.equal(answers(officers)['facial-recognition'], 'used');
      const forces = `${asked}Neither force has used live facial recognition. Both forces are able to use retrospective facial searching via the Police National Database.`;
      assert.equal(answers(forces)['facial-recognition'], 'used');
      // Near miss: a denial alone.
      assert.equal(answers(`${asked}The force has not used live facial recognition.`)['facial-recognition'], 'not-used');
    });

    for (const answer of [
      'It is not the case that the force uses predictive policing software.',
      'The force does not hold any information to suggest that predictive policing software is being used, or has been used since 2012.',
      'There is nothing to indicate that predictive policing has been used by the force.',
    ]) {
      it(`reads "${answer}" as not used`, () => {
        assert.equal(answers(`You asked: Do you use predictive policing?\n\n${answer}`)['predictive-policing'], 'not-used');
      });
    }

    for (const answer of [
      'Other than for missing person searches, drones are not deployed by the force.',
      'The force does not use drones except in searches for missing people.',
    ]) {
      it(`reads a denial limited by the purposes it leaves out as use: "${answer}"`, () => {
        assert.equal(answers(`You asked: Do you use drones?\n\n${answer}`).drones, 'used');
      });
    }

    it('does not read an exception in another sentence as limiting the denial', () => {
      assert.equal(answers('You asked: Do you use drones?\n\nDrones - not used. The force relies on NPAS except in emergencies.').drones, 'not-used');
    });

    it('keeps use of one kind of a tool beside a denial of another kind, but not beside a denial of the same kind', () => {
      const ask = 'You asked: Do you use facial recognition?\n\n';
      const other = 'Officers do use operator initiated facial recognition on their phones. Live facial recognition has not been deployed.';
      assert.equal(answers(ask + other)['facial-recognition'], 'used');
      const same = 'The force used live facial recognition in 2019, but no longer uses live facial recognition.';
      assert.equal(answers(ask + same)['facial-recognition'], 'not-used');
    });

    it('keeps use told of no kind beside a denial of one kind ("does not own fixed ANPR cameras"), but not of two kinds together', () => {
      const anpr = 'You asked: Do you use ANPR?\n\nThe force operates a limited ANPR capability. It does not own fixed ANPR cameras.';
      assert.equal(answers(anpr).anpr, 'used');
      const fr = 'You asked: Do you use facial recognition?\n\nThe force uses facial recognition, but it does not use live facial recognition.';
      assert.equal(answers(fr)['facial-recognition'], 'used');
      // Near misses: two kinds denied together deny the tool; use asked in a question is no use told.
      const both = 'You asked: Do you use facial recognition?\n\nThe force monitors national developments, but there is no current project or business case to introduce live or retrospective facial recognition.';
      assert.notEqual(answers(both)['facial-recognition'], 'used');
      const asked = 'You asked: Do you use facial recognition?\n\nDoes the force use facial recognition: the force does not use live facial recognition.';
      assert.equal(answers(asked)['facial-recognition'], 'not-used');
    });

    it('keeps use beside old or some equipment ended ("The older aircraft have been retired", "214 fixed cameras were decommissioned")', () => {
      const ask = 'You asked: Do you use drones, ANPR or mobile phone extraction?\n\n';
      const text =
        'The force has 14 drones. The older aircraft have been retired. ANPR is used across the county; 214 fixed ANPR cameras were ' +
        'decommissioned in 2023. Kiosks are used in custody. The original kiosks have been withdrawn and are no longer in use.';
      assert.deepEqual(answers(ask + text), { drones: 'used', anpr: 'used', 'mobile-phone-extraction': 'used' });
      // Near misses: the tool's own ending, in a year, and a table's row number, deny it.
      assert.equal(answers(`${ask}The force used drones from 2016. In 2020 the drones were withdrawn.`).drones, 'not-used');
      assert.equal(answers(`${ask}  4  Drones                N/A - the drones were withdrawn`).drones, 'not-used');
    });

    it('reads a clause joined on to a denial of another kind ("..., and there are no plans to introduce it") as about that kind', () => {
      const ask = 'You asked: Do you use facial recognition?\n\n';
      const joined =
        'The force uses retrospective facial recognition to identify suspects from stills; it does not use live facial recognition, ' +
        'and there are no current plans to introduce it.';
      assert.equal(answers(ask + joined)['facial-recognition'], 'used');
      // Near miss: a sentence of its own with no kind named denies the tool.
      const own = 'The force used retrospective facial recognition in a trial. There are no current plans to introduce facial recognition.';
      assert.notEqual(answers(ask + own)['facial-recognition'], 'used');
    });

    it('still reads a denial denied as use: "It is not the case that the force does not use ANPR"', () => {
      assert.equal(answers('You asked: Do you use ANPR?\n\nIt is not the case that the force does not use ANPR.').anpr, 'used');
    });
  });

  it('does not read another body developing a tool ("the Home Office is developing") as the force\'s trial', () => {
    const text = 'You asked: Do you use facial recognition?\n\nThe Home Office is developing a national facial recognition capability.';
    assert.notEqual(answers(text)['facial-recognition'], 'trialled');
  });

  describe('a tool being bought', () => {
    for (const answer of [
      'The force has approved the procurement of a live facial recognition capability.',
      'The force has carried out a limited number of trial deployments of live facial recognition.',
      'The force is developing a facial recognition capability with academic partners.',
      'The forces are jointly procuring a retrospective facial recognition capability.',
      'A procurement exercise for facial recognition software is under way.',
      'A procurement exercise began in January 2020 for facial recognition.',
    ]) {
      it(`reads "${answer}" as trialled (planned)`, () => {
        assert.equal(answers(`You asked: Do you use facial recognition?\n\n${answer}`)['facial-recognition'], 'trialled');
      });
    }
  });

  describe('harm arguments and conditions that are not answers', () => {
    it('gives no answer from an acknowledgement explaining what the Act allows and what happens if the cost is too high', () => {
      const text =
        'You asked: Do you use drones or ANPR?\n\nThank you for your request, which we will answer within 20 working days. In some circumstances the Act ' +
        'allows a public authority to neither confirm nor deny whether information is held. If the cost of complying with your request would exceed the ' +
        'appropriate limit under section 12, we will write to you.';
      assert.deepEqual(answers(text), { drones: 'no-answer', anpr: 'no-answer' });
      assert.equal(answers(`You asked: Do you use drones?\n\nThe cost of complying would exceed the appropriate limit under section 12.`).drones, 'refused');
    });

    it('reads a refusal that points to a public interest test attached as a refusal, not as the test\'s argument', () => {
      const text =
        'You asked: whether PSNI uses social media intelligence.\n\nWith regard to social media intelligence, PSNI is unable to provide ' +
        'this information as it is exempt under Section 31(1) Law Enforcement, and a public interest test is attached.';
      assert.deepEqual(answers(text), { 'social-media-intelligence': 'refused' });
    });

    for (const answer of [
      'Were the force to state that it does not use facial recognition, this would identify a weakness.',
      'Any confirmation that facial recognition is used, or is not used, would be harmful.',
      '1.3 If we confirmed, for example, that we use facial recognition, offenders would change their behaviour.',
      'Suppose GMP were to reply in the words "GMP does not use facial recognition". Offenders would learn from it.',
      'Consider what would follow if Sussex Police were to reply, for example, "Sussex Police does not use facial recognition".',
      'Were BTP to state that it had not used facial recognition, offenders might conclude it is safe.',
      'Where a force confirms that facial recognition is used, those intent on crime would take steps to avoid it.',
    ]) {
      it(`gives no status for "${answer}"`, () => {
        assert.equal(answers(`You asked: Do you use facial recognition?\n\nResponse:\n${answer}`)['facial-recognition'], 'no-answer');
      });
    }
  });

  describe('equipment not issued', () => {
    it('reads "does not issue body-worn video cameras to its officers" as not used', () => {
      assert.equal(answers('You asked: Do your officers wear body worn video?\n\nThe NCA does not issue body-worn video cameras to its officers.')['body-worn-video'], 'not-used');
    });

    it('does not read "does not issue equipment interference warrants" as a denial of the tool (near miss)', () => {
      assert.notEqual(answers('You asked: Do you use hacking?\n\nThe NCA does not issue equipment interference warrants itself.').hacking, 'not-used');
    });
  });

  describe('paperwork the authority uses', () => {
    it('reads "the attached document, which we use for all requests" as no use of the tool', () => {
      const text =
        'You asked: Do you use IMSI catchers?\n\nIMSI catchers - the force neither confirms nor denies holding this information. The harm test is ' +
        'set out in the attached document, which we use for all requests on this subject.';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd' });
    });

    it('still reads "cameras, which we use in all areas" as use (near miss)', () => {
      assert.equal(answers('You asked: Do you use body worn video?\n\nBody worn video - the force has cameras, which we use in all areas.')['body-worn-video'], 'used');
    });
  });

  describe('short replies', () => {
    it('still reads an answer whose sentence names what the force was to do, not what it would say (near miss)', () => {
      assert.equal(answers('You asked: Do you use facial recognition?\n\nResponse:\nThe force does not use facial recognition, and was to review this in 2020.')['facial-recognition'], 'not-used');
    });

    it('reads "No to the rest of your list" as no use of every tool not answered before it', () => {
      const text = 'Yes - body worn cameras are issued to every officer. No to the rest of your list.\n\nOn 7 March you wrote:\n> - body worn video\n> - drones\n> - ANPR';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used', anpr: 'not-used' });
      // Near miss: "No" to something else.
      assert.deepEqual(answers(text.replace('No to the rest of your list.', 'No to the restructure either.')), { 'body-worn-video': 'used', drones: 'no-answer', anpr: 'no-answer' });
    });

    it('reads "has a Remotely Piloted Aircraft Systems (drone) capability" as use', () => {
      const text = 'You asked:\n1. Do you use drones?\n\nResponse:\nQ1. The force has a Remotely Piloted Aircraft Systems (drone) capability. Flights are not recorded centrally.';
      assert.equal(answers(text).drones, 'used');
    });
  });

  describe('use in the open beside an NCND of covert use', () => {
    it('does not spread an NCND of covert cameras or tracking devices, no tool asked about, to the tools answered plainly', () => {
      const asked = 'You asked whether the force uses ANPR, facial recognition and covert tracking devices.\n\n';
      const answered = 'The force uses ANPR. The force does not use facial recognition.\n\n';
      const tracking = 'The force can neither confirm nor deny that it holds any information about covert tracking devices, by virtue of section 31(3).';
      assert.deepEqual(answers(`${asked}${answered}${tracking}`), { anpr: 'used', 'facial-recognition': 'not-used' });
      const heading = 'Covert cameras - The force can neither confirm nor deny that it holds any information relevant to this part of your request.';
      assert.deepEqual(answers(`${asked}${answered}${heading}`), { anpr: 'used', 'facial-recognition': 'not-used' });
      // Near miss: covert use of the tools themselves.
      const covertUse = 'The force can neither confirm nor deny that it holds any information about covert use of these tactics.';
      assert.deepEqual(answers(`${asked}${answered}${covertUse}`), { anpr: 'partial-ncnd', 'facial-recognition': 'partial-ncnd' });
    });

    it('gives an NCND of covert activity after an answer to that answer\'s tools, not to tools answered plainly further up', () => {
      const asked = 'You asked whether the force uses body worn video, drones, social media monitoring and IMSI catchers.\n\n';
      const plain = 'Technologies confirmed\n\nThe force uses body worn video and drones.\n\n';
      const social = 'Social media\n\nThe force conducts open source research of publicly available social media. The force neither confirms nor denies whether it holds any further information relating to covert activity online.';
      assert.deepEqual(answers(`${asked}${plain}${social}`), {
        'body-worn-video': 'used',
        drones: 'used',
        'social-media-intelligence': 'partial-ncnd',
        'imsi-catchers': 'ncnd',
      });
      // Near miss: the NCND in the paragraph straight after the answer it qualifies still reaches that answer's tools.
      const next = 'The force does not use overt drones or IMSI catchers.\n\nThe force neither confirms nor denies that it holds any other information regarding the covert use of such technology.';
      assert.deepEqual(answers(`${asked}${next}`), { drones: 'partial-ncnd', 'imsi-catchers': 'partial-ncnd', 'body-worn-video': 'ncnd', 'social-media-intelligence': 'ncnd' });
    });

    it('reads an NCND of the number or locations of the tool\'s equipment as details withheld, not as NCND of its use', () => {
      const asked = 'You asked whether the force uses ANPR and where its cameras are.\n\n';
      const details = 'the force can neither confirm nor deny the number or locations of fixed ANPR cameras, by virtue of section 31(3).';
      assert.equal(answers(`${asked}The force uses ANPR. However, ${details}`).anpr, 'used');
      assert.equal(answers(`${asked}${details.replace('the force', 'The force')}`).anpr, 'refused');
      // Near miss: an NCND of the use itself.
      assert.equal(answers(`${asked}The force can neither confirm nor deny the use of ANPR, by virtue of section 31(3).`).anpr, 'ncnd');
    });

    it('reads an NCND of "any further information regarding the locations of" and a line "Locations of ... - NCND" as details', () => {
      const asked = 'You asked whether the force uses ANPR and where its cameras are.\n\n';
      const further = 'The force can neither confirm nor deny that it holds any further information regarding the locations of fixed ANPR cameras.';
      assert.equal(answers(`${asked}1) Yes, the force uses ANPR.\n\n2) ${further}`).anpr, 'used');
      assert.equal(answers(`${asked}ANPR - used.\n\nLocations of fixed ANPR cameras - NCND (sections 24(2) and 31(3))`).anpr, 'used');
    });

    it('reads an NCND of the products, vendors or specific software used as details withheld, beside use confirmed', () => {
      const asked = 'You asked whether the force monitors social media and which software it uses.\n\n';
      const used = 'Yes. The force carries out social media monitoring in support of investigations.';
      for (const detail of ['information about the specific software used', 'information identifying the products or vendors used for this purpose']) {
        const text = `${asked}${used} The force neither confirms nor denies whether it holds ${detail}, by virtue of section 31(3).`;
        assert.equal(answers(text)['social-media-intelligence'], 'used', detail);
      }
      // Near miss: an NCND of the tool's software itself is one of use.
      const ofSoftware = `${asked}The force neither confirms nor denies whether it holds information regarding social media monitoring software.`;
      assert.equal(answers(ofSoftware)['social-media-intelligence'], 'ncnd');
    });

    it('reads an NCND of particular events or named groups as details withheld, beside use confirmed', () => {
      const asked = 'You asked whether the force uses drones and whether they were flown at the protests I name.\n\n';
      const text = `${asked}The force has a drone capability that is used in searches. The force neither confirms nor denies whether drones were deployed at the specific events you name.`;
      assert.equal(answers(text).drones, 'used');
      const places = `${asked}Yes, the force uses drones. The force neither confirms nor denies whether it holds any information about planned future deployments of drones at particular locations or events.`;
      assert.equal(answers(places).drones, 'used');
      const sites = `${asked}Yes, the force uses drones. The force neither confirms nor denies whether drones were flown at any specific site or address.`;
      assert.equal(answers(sites).drones, 'used');
      const described = `${asked}Yes, the force uses drones. It neither confirms nor denies whether it holds any footage relating to the incident and the individual you describe.`;
      assert.equal(answers(described).drones, 'used');
      // Near miss: an NCND of the use of particular techniques is one of use.
      assert.equal(answers(`${asked}The force neither confirms nor denies the use of drones or other particular techniques.`).drones, 'ncnd');
    });

    it('reads a detail as the subject of a passive NCND, "ANPR camera locations are neither confirmed nor denied", as details withheld', () => {
      const asked = 'You asked whether the force uses ANPR and where its cameras are.\n\n';
      const text = `${asked}Summary: the force uses ANPR; there are 168 fixed cameras; ANPR camera locations are neither confirmed nor denied.`;
      assert.equal(answers(text).anpr, 'used');
      // Near miss: the tool itself as the subject.
      assert.equal(answers(`${asked}The use of ANPR cameras is neither confirmed nor denied.`).anpr, 'ncnd');
    });

    it('reads an NCND of whether information is held on the locations of the equipment as details withheld', () => {
      const asked = 'You asked whether the force uses ANPR and where its cameras are.\n\n';
      const held = 'The force neither confirms nor denies whether it holds information on the location of ANPR cameras on particular roads.';
      assert.equal(answers(`${asked}1. Yes, the force uses ANPR.\n\n2. ${held}`).anpr, 'used');
      // Near miss: information held on the use itself.
      assert.equal(answers(`${asked}The force neither confirms nor denies whether it holds information on the use of ANPR.`).anpr, 'ncnd');
    });

    it('reads an NCND "that it holds information about the locations of" the equipment as details withheld', () => {
      const asked = 'You asked whether the force uses ANPR and where its cameras are.\n\n';
      const held = 'The force neither confirms nor denies that it holds information about the locations of fixed ANPR cameras.';
      assert.equal(answers(`${asked}1. The force uses ANPR.\n\n2. ${held}`).anpr, 'used');
      // Near miss: information held about the use itself.
      assert.equal(answers(`${asked}The force neither confirms nor denies that it holds information about the use of ANPR.`).anpr, 'ncnd');
    });

    it('reads an NCND of whether the equipment stands at a place as details withheld, not as NCND of its use', () => {
      const asked = 'You asked whether the force uses ANPR and where its cameras are.\n\n';
      const place = 'The force neither confirms nor denies whether an ANPR camera is located at the place you describe.';
      assert.equal(answers(`${asked}Yes. The force uses ANPR. ${place}`).anpr, 'used');
      // Near miss: an NCND of whether the tool is used at all.
      assert.equal(answers(`${asked}The force neither confirms nor denies whether ANPR is used in covert operations.`).anpr, 'ncnd');
    });

    it('reads "view information that is openly available on social media" with a covert NCND as partial NCND', () => {
      const text =
        'You asked:\n1. Does the force use social media monitoring?\n\nResponse:\n1) Officers view information that is openly available on social media monitoring ' +
        'platforms when necessary.\n\nWith regard to any covert social media monitoring, the force can neither confirm nor deny that it holds any information.';
      assert.equal(answers(text)['social-media-intelligence'], 'partial-ncnd');
      // Near miss: information said to be openly available, with no one viewing it, answers nothing of use.
      const published = text.replace('Officers view information that is openly available on', 'Our policy is openly available, and covers');
      assert.equal(answers(published)['social-media-intelligence'], 'ncnd');
    });

    it('reads "public posts are monitored openly" as use', () => {
      const text = 'You asked:\n1. Does the force use social media monitoring?\n\nResponse:\n1) Public posts are monitored openly by the social media monitoring team.';
      assert.equal(answers(text)['social-media-intelligence'], 'used');
    });
  });

  describe('use of something said not to be the tool', () => {
    it('reads no use in "uses standard crime mapping, but this does not forecast future crime"', () => {
      const text = 'You asked: (c) Does the force use predictive policing?\n\n(c) We do not use predictive policing. The force uses standard crime mapping to inform patrol planning, but this does not forecast future crime.';
      assert.equal(answers(text)['predictive-policing'], 'not-used');
      // Near miss: use told of the tool itself stands.
      assert.equal(answers('You asked: Does the force use predictive policing?\n\nThe force uses predictive policing software, which forecasts burglary.')['predictive-policing'], 'used');
    });

    it('reads no use in hotspot maps "from recorded crime data" told after a denial', () => {
      const text =
        'You asked: Does the force use predictive policing?\n\nThe force does not use predictive policing software. ' +
        'For context, the force\'s analysts produce hotspot maps from recorded crime data, which are used by neighbourhood teams to plan patrols.';
      assert.equal(answers(text)['predictive-policing'], 'not-used');
      // Near miss: software fed with recorded crime to forecast it is the tool.
      const forecast = 'You asked: Does the force use predictive policing?\n\nThe force uses predictive policing software, which forecasts burglary.';
      assert.equal(answers(forecast)['predictive-policing'], 'used');
    });

    it('reads no use in tools used "which do not predict where crime is likely to occur"', () => {
      const asked = 'You asked: Does the force use predictive policing?\n\n';
      const used = 'Crime patterns are analysed using standard mapping and analytical tools';
      assert.equal(answers(`${asked}${used}, which do not predict where crime is likely to occur.`)['predictive-policing'], 'not-used');
      assert.equal(answers(`${asked}${used}. These cannot forecast future offending.`)['predictive-policing'], 'not-used');
      assert.equal(answers(`${asked}${used}, but none of these forecast crime.`)['predictive-policing'], 'not-used');
      // Near miss: a tool said to predict where crime occurs is used.
      assert.equal(answers(`${asked}The force uses analytical tools which predict where crime is likely to occur.`)['predictive-policing'], 'used');
    });
  });

  describe('a response saved from a web page', () => {
    const request = 'You asked: Does the force use facial recognition?\n\n';

    it('reads no answer in the page\'s cookie notice or feedback prompt', () => {
      assert.equal(answers(`${request}The force does not use facial recognition.\n\nWe use cookies to improve your experience.`)['facial-recognition'], 'not-used');
      for (const prompt of ['Was this page helpful?  Yes  No', 'Was this page helpful? [Yes] [No]', 'Was this page helpful?\n  Yes  No', 'Rate this page:  Helpful / Not helpful']) {
        assert.equal(answers(`${request}The force does not use facial recognition.\n\n${prompt}`)['facial-recognition'], 'not-used', prompt);
      }
    });

    it('still reads a bare "Yes" answer, with or without words after it (near misses)', () => {
      assert.equal(answers(`${request}Yes.`)['facial-recognition'], 'used');
      assert.equal(answers(`${request}Yes: the force uses facial recognition.`)['facial-recognition'], 'used');
    });
  });

  describe('a CSV file pasted into the letter', () => {
    // Commas, and the semicolons spreadsheets of some locales save instead.
    for (const separator of [',', ';']) {
      it(`reads each row of cells quoted and split by "${separator}" on its own, the answer in the cell after the name`, () => {
        const row = (...cells: string[]) => cells.map((cell) => `"${cell}"`).join(separator);
        const text = [
          'Request',
          '"Please tell me whether you use ANPR, drones or facial recognition, and give notes."',
          '',
          'Response',
          '',
          row('Technology', 'Used? (Yes/No)', 'Notes'),
          row('ANPR', 'Yes', 'Fixed and vehicle-mounted'),
          row('Drones', 'No', ''),
          row('Facial recognition (live or retrospective)', 'Yes', 'Retrospective only'),
        ].join('\n');
        assert.deepEqual(answers(text), { anpr: 'used', drones: 'not-used', 'facial-recognition': 'used' });
      });
    }
  });

  describe("a table's status words", () => {
    const request = 'You asked whether the force uses ANPR, drones or facial recognition.\n\n';

    it('reads "Y" and "Yes" before a further column of comments set off by spaces', () => {
      const text = `${request}Tool          Used?      Comments\nANPR          Y          fixed sites and mobile\nDrones        Yes        two aircraft\nFacial recognition   N`;
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'used', 'facial-recognition': 'not-used' });
      // Near miss: a word run on after "Y" in the same cell is no answer.
      assert.equal(answers(`${request}ANPR          Yorkshire region cameras`).anpr, 'no-answer');
    });

    it('reads "Operational" as use and "Withdrawn" or "Decommissioned" as no use', () => {
      const text = `${request}  ANPR ............... Operational\n  Drones ............. Withdrawn (sold in 2020)\n  Facial recognition ... Decommissioned`;
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'not-used', 'facial-recognition': 'not-used' });
      // Near miss: "operational" opening a sentence about the tool tells nothing by itself.
      assert.equal(answers(`${request}ANPR - operational matters are for the Chief Constable.`).anpr, 'no-answer');
    });

    it('reads a stage of "Live" or "Business as usual" as use, but not "live" naming a variant of the tool', () => {
      const text = `${request}  ANPR ............... Live\n  Drones ............. Business as usual\n  Facial recognition ... Live (retrospective only)`;
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'used', 'facial-recognition': 'used' });
      // Near miss: the variant in the label, with its answer after it in dots, is no "Live".
      assert.notEqual(answers(`${request}  ANPR ............... Live\n  Facial recognition - live .......... No`)['facial-recognition'], 'used');
    });

    it('reads a cell of only a status phrase: "Active", "Inactive", "Not operational", "Operational since 2019", "Not pursued"', () => {
      const text = `${request}| ANPR               | Active |\n| Drones             | Not operational |\n| Facial recognition | Inactive |`;
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'not-used', 'facial-recognition': 'not-used' });
      const dated = `${request}  ANPR        Operational since 2019 (fixed sites)\n  Drones      Not pursued (options appraisal 2021)\n  Facial recognition   Limited pilot (Reading) started 2024`;
      assert.deepEqual(answers(dated), { anpr: 'used', drones: 'not-used', 'facial-recognition': 'trialled' });
    });

    it('reads no status phrase that is one cell of several giving statuses, or a part of the row\'s name', () => {
      // A previous and a current position: the first cell is not the answer.
      const positions = `${request}| ANPR     | Not used   | Trial. A pilot on two roads began in 2024. |`;
      assert.notEqual(answers(positions).anpr, 'not-used');
      const overt = `${request}ANPR\tIn use (overt) / NCND (covert)\tSee exemptions`;
      assert.notEqual(answers(overt).anpr, 'used');
      assert.notEqual(answers(`${request}  ANPR ........ Yes\n  Facial recognition - live      ✗`)['facial-recognition'], 'used');
    });

    it('reads a bilingual cell by its second language: "Ydy / Yes", "Na / No"', () => {
      const text = `${request}  Offeryn / Tool      | Defnyddir? / Used? |\n  ANPR                | Ydy / Yes          |\n  Dronau / Drones     | Na / No            |`;
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'not-used', 'facial-recognition': 'no-answer' });
      // Near miss: a slash between two words that answer nothing.
      assert.equal(answers(`${request}  ANPR                | Fixed / mobile     |`).anpr, 'no-answer');
    });
  });

  describe("a table's marks, read through the letter's key", () => {
    const request = 'You asked whether the force uses:\n a) drones\n b) facial recognition\n c) IMSI catchers\n d) ANPR\n\n';

    it('reads ticks and crosses as use and non-use, with no key', () => {
      const text = `${request}Response\n\n  Drones                  ✓\n  Facial recognition      ✗\n  ANPR                    ✔`;
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'not-used', 'imsi-catchers': 'no-answer', anpr: 'used' });
    });

    it('reads the square root sign typed for a tick, and the letters a PDF\'s Wingdings tick and cross are copied as', () => {
      const glyphs = `${request}Response\n\n  Drones                  ü\n  Facial recognition      û\n  ANPR                    √`;
      assert.deepEqual(answers(glyphs), { drones: 'used', 'facial-recognition': 'not-used', 'imsi-catchers': 'no-answer', anpr: 'used' });
      // Under a heading that ends in a question mark, the marked rows are the authority's answers, not the request.
      const used = 'Please confirm whether the force uses drones and ANPR.\n\nTechnology                    Used?\n  Drones                       √\n  ANPR                         û\n';
      assert.deepEqual(answers(used), { drones: 'used', anpr: 'not-used' });
      // Near miss: the letter opening a word is no mark.
      assert.deepEqual(answers(`${request}Response\n\n  Drones                  über-light models are being considered`).drones, 'no-answer');
    });

    it('reads colours as a red, amber and green key rates them: "GREEN = in operational use", "Amber – pilot"', () => {
      const capitals =
        `${request}KEY\n  GREEN  = in operational use\n  AMBER  = trial or pilot under way; not in routine use\n  RED    = not used\n\n` +
        '  Drones ............ GREEN\n  Facial recognition ...... AMBER\n  IMSI catchers ....... RED';
      assert.deepEqual(answers(capitals), { drones: 'used', 'facial-recognition': 'trialled', 'imsi-catchers': 'not-used', anpr: 'no-answer' });
      const words = `${request}  Green – in operational use\n  Red   – not in use\n\n  Drones             Green\n  ANPR               Red`;
      assert.deepEqual(answers(words), { drones: 'used', 'facial-recognition': 'no-answer', 'imsi-catchers': 'no-answer', anpr: 'not-used' });
      // Near miss: a colour that is no rating, with no key.
      assert.equal(answers(`${request}  Drones             Green livery, marked POLICE`).drones, 'no-answer');
    });

    it('reads marks in brackets as a key below the table gives them: "(G) in operational use", "(A) being procured ... – not in operational use"', () => {
      const table = `${request}  Drones ................ (G)\n  Facial recognition .... (A)\n  IMSI catchers ......... (R)\n\n`;
      const key = '  Key\n  (G) in operational use\n  (A) being procured or evaluated – not in operational use\n  (R) not in operational use\n';
      assert.deepEqual(answers(table + key), { drones: 'used', 'facial-recognition': 'trialled', 'imsi-catchers': 'not-used', anpr: 'no-answer' });
    });

    it('reads a checklist\'s boxes after a tool\'s line in words: "Hacking – see below" ends at the next "[x]" item', () => {
      const asked = 'You asked which of these are used: body worn video, hacking, mobile phone extraction, predictive policing.\n\n';
      const list = '  [x] Body worn video cameras\n      Hacking – see below\n  [x] Mobile phone extraction\n  [ ] Predictive policing\n';
      const text = `${asked}${list}\nThe force neither confirms nor denies that it holds information on hacking.`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', hacking: 'ncnd', 'mobile-phone-extraction': 'used', 'predictive-policing': 'not-used' });
    });

    it('reads circles as their key gives them, a circle and its meaning set apart by spaces: "●  in use", "◐  pilot or trial only"', () => {
      const key = `${request}  Key:  ●  in use by the force\n        ◐  pilot or trial only\n        ○  not used by the force\n\n`;
      const table = '  Drones .............  ●\n  Facial recognition ...  ◐\n  ANPR ...............  ○\n';
      assert.deepEqual(answers(key + table), { drones: 'used', 'facial-recognition': 'trialled', 'imsi-catchers': 'no-answer', anpr: 'not-used' });
      // Near miss: circles with no key say nothing.
      assert.equal(answers(`${request}  Drones .............  ●\n`).drones, 'no-answer');
    });

    it('reads each mark as its key says, the key given on one line or a line a mark', () => {
      const oneLine =
        `${request}Key: ✓ = in use, ✗ = not in use, N/A = no information held, NC = neither confirm nor deny\n\n` +
        '| Drones | ✓ |\n| Facial recognition | N/A |\n| IMSI catchers | NC |\n| ANPR | ✗ |';
      assert.deepEqual(answers(oneLine), { drones: 'used', 'facial-recognition': 'not-held', 'imsi-catchers': 'ncnd', anpr: 'not-used' });
      const block =
        `${request}Key to codes\n  U  – in operational use\n  T  – trial or pilot under way\n  NH – no information held\n  NC – the force neither confirms nor denies whether it holds information\n\n` +
        '  1    Drones                 T\n  2    Facial recognition     NH\n  3    IMSI catchers          NC\n  4    ANPR                   U';
      assert.deepEqual(answers(block), { drones: 'trialled', 'facial-recognition': 'not-held', 'imsi-catchers': 'ncnd', anpr: 'used' });
    });

    it('reads a key whose marks run to four capitals ("NCND"), whose meanings hold commas, or whose entries a space parts', () => {
      const rows = '\n\n| Drones | Y |\n| Facial recognition | T |\n| IMSI catchers | NCND |\n| ANPR | N |';
      const semicolons = `${request}Key: Y = in use; N = not in use; T = being trialled, not in routine use; NCND = neither confirm nor deny.${rows}`;
      assert.deepEqual(answers(semicolons), { drones: 'used', 'facial-recognition': 'trialled', 'imsi-catchers': 'ncnd', anpr: 'not-used' });
      const spaced = `${request}Legend: Y = in use N = not in use T = pilot/trial only NCND = neither confirm nor deny${rows}`;
      assert.deepEqual(answers(spaced), { drones: 'used', 'facial-recognition': 'trialled', 'imsi-catchers': 'ncnd', anpr: 'not-used' });
      const words = `${request}Y = in use; N = not in use; Trial = trial under way; NCND = neither confirm nor deny.${rows.replace('| T |', '| Trial |')}`;
      assert.deepEqual(answers(words), { drones: 'used', 'facial-recognition': 'trialled', 'imsi-catchers': 'ncnd', anpr: 'not-used' });
    });

    it('reads a key whose meaning wraps onto the next line, and not that line as an answer', () => {
      const text =
        `${request}| Drones | Y |\n| Facial recognition | N |\n| IMSI catchers | NCND |\n| ANPR | R |\n\n` +
        'Legend:  Y = in use    N = not in use    R = retired (previously used,\n         no longer in use)    NCND = the force\nneither confirms nor denies that it holds information (see below).';
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'not-used', 'imsi-catchers': 'ncnd', anpr: 'not-used' });
    });

    it('does not join a sentence opening with a capital below a key to the last meaning of the key (near miss)', () => {
      const text = `${request}Key: Y = yes, N = no\nThe force neither confirms nor denies whether it uses IMSI catchers.\n\n  Drones ........ Y\n  ANPR ........ N`;
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'no-answer', 'imsi-catchers': 'ncnd', anpr: 'not-used' });
    });

    it('reads a key\'s "unable to confirm or deny" as NCND', () => {
      const text = `${request}Key: Y = Yes, N = No, U = unable to confirm or deny (see below)\n\n  Drones ........ Y\n  IMSI catchers ........ U\n  ANPR ........ N`;
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'no-answer', 'imsi-catchers': 'ncnd', anpr: 'not-used' });
    });

    it('does not read the key itself as an answer ("N/A = no information held")', () => {
      const text = `${request}Key: ✓ = in use, N/A = no information held\n\n  Drones      ✓\n  ANPR        ✓`;
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'no-answer', 'imsi-catchers': 'no-answer', anpr: 'used' });
    });

    it('does not take answers under questions for a key (near miss)', () => {
      const text = 'Q: Does the force use drones?\nA: Yes\nQ: Does the force use ANPR?\nA: No';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used' });
    });
  });

  describe('rows of a table aligned with spaces, and cells pointing to a note', () => {
    it('reads a row whose first cell is the tool\'s name in another language, and its answer in both', () => {
      const text =
        'You asked which tools the force uses.\n\nOfferyn                  Tool                     Ymateb / Response\n' +
        'Camerâu fideo ar y corff    Body worn video       Ydy – ym mhob sifft / Yes – on every shift\n' +
        'Adnabod wynebau          Facial recognition       Nac ydy / No\n' +
        'Plismona rhagfynegol     Predictive policing      Dim gwybodaeth / No information held\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'not-used', 'predictive-policing': 'not-held' });
    });

    it('reads a tool\'s name after its name in another language and a slash or a tab, and the answer after a tab', () => {
      const slashed =
        'You asked which tools the force uses.\n\nCwestiwn / Question                              Ateb / Answer\n' +
        '1  Camerâu a wisgir ar y corff / Body worn cameras    Ydy / Yes\n2  Technoleg adnabod wynebau / Facial recognition   Nac ydy / No\n';
      assert.deepEqual(answers(slashed), { 'body-worn-video': 'used', 'facial-recognition': 'not-used' });
      const tabbed = 'You asked which tools the force uses.\n\nTechnoleg\tTechnology\tAteb\tAnswer\nDronau\tDrones\tYdym\tYes\nAdnabod wynebau\tFacial recognition\tNac ydym\tNo\n';
      assert.deepEqual(answers(tabbed), { drones: 'used', 'facial-recognition': 'not-used' });
      // Near misses: two tools joined by a slash are no translation, and a line of prose is no row.
      const joined = 'You asked about hacking and IMSI catchers.\n\nHacking / IMSI catchers\n\nThe force neither confirms nor denies that it holds any information about them.';
      assert.deepEqual(answers(joined), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
      const prose = 'You asked about hacking.\n\nThe force holds no information\nabout hacking / equipment interference. It may be held elsewhere.';
      assert.deepEqual(answers(prose), { hacking: 'not-held' });
    });

    it('reads "No" under a header asking whether information is held as not held, and "Yes" there as no answer of use', () => {
      const text =
        'You asked for information about drones, facial recognition and ANPR.\n\n' +
        'Technology             Information held?   Outcome\nDrones                 Yes                 Withheld - section 31(1)(a) (see below)\n' +
        'Facial recognition     No                  -\nANPR                   Yes                 -\n';
      assert.deepEqual(answers(text), { drones: 'refused', 'facial-recognition': 'not-held', anpr: 'no-answer' });
      // Near miss: beside a column asking about use, the rows answer use.
      const used = 'You asked about drones.\n\nTechnology\tInformation held?\tIn use?\nDrones\tYes\tYes\n';
      assert.deepEqual(answers(used), { drones: 'used' });
    });

    it('reads "OPFCC holds info?" as asking whether information is held: a table\'s word in the next cell is use, a pointer there a referral', () => {
      const text =
        'You asked which of these North Yorkshire Police uses: body worn video, facial recognition.\n\n' +
        'Technology           OPFCC holds info?   North Yorkshire Police\nBody worn video      Yes - published     Used by NYP officers.\n' +
        'Facial recognition   No                  Please ask NYP\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'referred' });
    });

    it('reads "Item   Held by OPCC?" as asking what the office holds, not as items of equipment held', () => {
      const text =
        'You asked about facial recognition and predictive policing.\n\nItem                  Held by OPCC?   Response\n' +
        'Facial recognition    No              Not held. The records contain no reference to it.\n' +
        'Predictive policing   No              Not held.\n';
      assert.deepEqual(answers(text), { 'facial-recognition': 'not-held', 'predictive-policing': 'not-held' });
    });

    it('reads "Yes" under a header asking whether an item of equipment is held as use', () => {
      const text =
        'You asked about body worn video, drones and facial recognition.\n\nItem                 | Held? | Notes\n' +
        'Axon Body 3 camera   | Yes   | Approx. 2,900 issued.\nDJI Matrice 30T      | Yes   | 6 aircraft.\nNEC NeoFace Live     | No    | Not procured.\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', 'facial-recognition': 'not-used' });
      // Near miss: a header over equipment asking whether information about it is held.
      const information = 'You asked about drones.\n\nEquipment            | Information held?\nDJI Matrice 30T      | Yes\n';
      assert.deepEqual(answers(information), { drones: 'no-answer' });
    });

    it('reads a row by the force\'s column where the first answer column is an oversight body\'s own use', () => {
      const ask = 'You asked which of these Nottinghamshire Police uses: drones, facial recognition, hacking.\n\n';
      const table =
        '| Tool | Used by the OPCC? | Nottinghamshire Police |\n|---|---|---|\n| Drones | No | Yes - six aircraft |\n' +
        '| Facial recognition | No | Not used |\n| Hacking | No | Please ask the force |\n';
      assert.deepEqual(answers(ask + table), { drones: 'used', 'facial-recognition': 'not-used', hacking: 'no-answer' });
      const tabbed = `${ask}Tool\tCommissioner's office\tForce\nDrones\tNo\tYes\n`;
      assert.equal(answers(tabbed).drones, 'used');
      // Near misses: an office's column beside notes, not the force's, and an office's column alone.
      const notes = `${ask}| Tool | Used by the OPCC? | Notes |\n|---|---|---|\n| Drones | No | Six aircraft funded |\n`;
      assert.equal(answers(notes).drones, 'not-used');
      assert.equal(answers(`${ask}| Tool | Used by the OPCC? |\n|---|---|\n| Drones | No |\n`).drones, 'not-used');
    });

    it('reads a row by its response column where the first answer column names the department consulted, past a border', () => {
      const ask = 'You asked which of these the force uses: drones, facial recognition.\n\n';
      const border = '+--------------------+---------------------+----------------+\n';
      const table =
        `${border}| Tool               | Department consulted | Response       |\n${border}| Drones             | Operational Support  | Used.          |\n` +
        `${border}| Facial recognition | Information Services | Not used.      |\n${border}`;
      assert.deepEqual(answers(ask + table), { drones: 'used', 'facial-recognition': 'not-used' });
      // Near miss: a department column beside notes is read as the row always was.
      const notes = `${ask}| Tool | Department | Notes |\n|---|---|---|\n| Drones | Operational Support | Six aircraft |\n`;
      assert.equal(answers(notes).drones, 'no-answer');
    });

    it('reads the answer given where an internal review withdraws an NCND, not the NCND', () => {
      const text =
        'You asked:\n1. Does the force use drones?\n2. Does the force use IMSI catchers?\n\nFindings\n\nQuestion 1 - I do not agree that a neither confirm nor deny response was ' +
        'appropriate. I therefore withdraw the neither confirm nor deny response and can confirm that the force operates drones.\n\n' +
        'Question 2 - I uphold the decision to neither confirm nor deny whether IMSI catchers are used, by virtue of Section 24(2).';
      assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd' });
    });

    it('reads the answer given where a correction says an earlier letter\'s NCND paragraph was an error, not the NCND', () => {
      const text =
        'You asked: "Do your officers wear body cameras?"\n\nOur response of 26 November 2020 contained a paragraph stating that the force neither ' +
        'confirms nor denies that it holds information relevant to your request. That paragraph was included in error.\n\nThe correct response is: ' +
        'officers do wear body worn video cameras.';
      assert.equal(answers(text)['body-worn-video'], 'used');
      // Near miss: a dated report of an NCND that stands.
      const stands = text.replace('That paragraph was included in error.', 'That position is maintained.').replace('The correct response is: officers', 'Officers');
      assert.equal(answers(stands)['body-worn-video'], 'partial-ncnd');
    });

    it('ends a row of a table numbered in its own column at the next number', () => {
      const text =
        'You asked about predictive policing and drones.\n\nResponse:\n\n  #  Item                   Answer\n' +
        '  1  Predictive software    N/A - the force does not use software of this kind\n' +
        '  2  Open source software   Overt research: Yes. Research is carried out by the\n' +
        '                            Digital Investigation Unit.\n  3  Drones                 Yes\n';
      assert.deepEqual(answers(text), { 'predictive-policing': 'not-used', drones: 'used' });
    });

    it('reads no use from nothing spent (near miss)', () => {
      assert.equal(answers('You asked about drones.\n\nExpenditure on drones in 2023/24 was £0.').drones, 'no-answer');
    });

    it('reads a roll-out begun as use', () => {
      const text = 'You asked about body worn video.\n\nPolice Scotland began national roll-out of body worn video to officers in 2024.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used' });
    });

    it('gives a row whose cell is a ditto mark the answer of the row above', () => {
      const text =
        'You asked about drones, ANPR and facial recognition.\n\nTool                     Response\nDrones                   No\n' +
        'ANPR                     "\nFacial recognition       Yes\n';
      assert.deepEqual(answers(text), { drones: 'not-used', anpr: 'not-used', 'facial-recognition': 'used' });
      // With columns after it, and as "do.".
      const columns =
        'You asked about drones, ANPR and facial recognition.\n\nTool                In use?     Year\nDrones              Yes         2017\n' +
        'ANPR                "           2008\nFacial recognition  No          -\n';
      assert.deepEqual(answers(columns), { drones: 'used', anpr: 'used', 'facial-recognition': 'not-used' });
      assert.deepEqual(answers(columns.replace('"           2008', 'do.         2008')), { drones: 'used', anpr: 'used', 'facial-recognition': 'not-used' });
      // Near miss: a quotation opening the cell is no ditto mark.
      const quoted = 'You asked about drones and ANPR.\n\nDrones                   No\nANPR                     "We use ANPR on all main roads"\n';
      assert.deepEqual(answers(quoted), { drones: 'not-used', anpr: 'used' });
    });

    it('gives a cell reading "Note 1" what the note says', () => {
      const text =
        'You asked whether the force uses drones or IMSI catchers.\n\n| Tool          | Answer |\n|---------------|--------|\n' +
        '| Drones        | Yes    |\n| IMSI catchers | Note 1 |\n\nThe force publishes its drone policy online.\n\n' +
        'Note 1\nThe force neither confirms nor denies that it holds any information, by virtue of sections 24(2) and 31(3).';
      assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd' });
    });

    it('gives a note\'s NCND of covert use to the rows pointing to it, not every row of the table', () => {
      const table =
        'You asked whether the force uses drones, ANPR or social media intelligence.\n\nTool        | Answer\n' +
        'Drones      | Yes\nANPR        | Yes\nSOCMINT     | Overt open source research is carried out.\n            | See note 2 in respect of covert activity.\n\n';
      const note = 'Note 2: The force neither confirms nor denies whether any covert online activity is undertaken, under section 31(3).';
      assert.deepEqual(answers(table + note), { drones: 'used', anpr: 'used', 'social-media-intelligence': 'partial-ncnd' });
      // Near miss: an NCND of covert use that no row points to covers the answers above it, as before.
      const unpointed = table.replace('See note 2 in respect of covert activity.', 'Covert activity is a matter for the note.');
      assert.equal(answers(unpointed + note).drones, 'partial-ncnd');
    });
  });

  describe('a note marked with a symbol', () => {
    const ask = 'You asked whether the force uses facial recognition, body worn video or drones.\n\n';
    const note = '* Overt use only. The force neither confirms nor denies whether it holds any information about covert use of this technique.';

    it('gives a starred note\'s NCND of covert use to the rows carrying the star, not the last row above it', () => {
      const rows = '  Facial recognition    Y*\n  Body worn video       Y\n  Drones                Y\n\n';
      assert.deepEqual(answers(ask + rows + note), { 'facial-recognition': 'partial-ncnd', 'body-worn-video': 'used', drones: 'used' });
      // A star run on to its note's words ("*This answer ...") marks the note as well.
      assert.equal(answers(ask + rows + note.replace('* Overt', '*Overt')).drones, 'used');
    });

    it('reads a cell holding only a mark ("IMSI catchers   *", "Hacking   (2)") as the answer of the note with that mark', () => {
      const rows =
        'You asked whether the force uses drones, hacking or IMSI catchers.\n\n  IMSI catchers      *\n  Hacking            (2)\n  Drones             Yes\n\n' +
        '* The force neither confirms nor denies that it holds any information about this technique.\n\n(2) No information is held about hacking.';
      assert.deepEqual(answers(rows), { 'imsi-catchers': 'ncnd', hacking: 'not-held', drones: 'used' });
    });

    it('keeps a row\'s own starred note with it', () => {
      const rows = '  Body worn video       Y\n  Drones                Y*\n\n* The aircraft are flown by the joint operations unit.';
      assert.deepEqual(answers(ask.replace('facial recognition, ', '') + rows), { 'body-worn-video': 'used', drones: 'used' });
    });

    it('reads a label in bold ("*Drones* - Yes.") or with a mark on the name ("Drones†   Yes"), and no bold as a note', () => {
      const bold = `${ask}*Facial recognition* - Yes.\n\n*Body worn video* - Yes.\n\n*Drones* - The force uses drones overtly for searches. The force\nneither confirms nor denies any covert use of drones.`;
      assert.deepEqual(answers(bold), { 'facial-recognition': 'used', 'body-worn-video': 'used', drones: 'partial-ncnd' });
      const marked = `${ask}  Facial recognition‡     No\n  Drones†                 Yes\n\n† Adopted after a trial in 2019.\n‡ No plans.`;
      assert.deepEqual(answers(marked), { 'facial-recognition': 'not-used', 'body-worn-video': 'no-answer', drones: 'used' });
    });
  });

  describe('a table with a column for each tool', () => {
    const request = 'You asked whether the force uses drones, ANPR, body worn video or facial recognition.\n\n';

    it('reads each tool\'s cell in the row asking about use, columns aligned with spaces', () => {
      const text =
        `${request}                        Drones          ANPR            Body worn video     Facial recognition\n` +
        'Q1 Does the force use it?  Yes          Yes             Yes                 No\n' +
        'Q2 How many units?      14              See note A      3,100 cameras       Not applicable\n';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'used', 'body-worn-video': 'used', 'facial-recognition': 'not-used' });
    });

    it('reads a pipe table headed by abbreviations the letter defines, and a trial row beside the use row', () => {
      const text =
        `${request}BWV = body worn video | FR = facial recognition\n\n` +
        '| Question                          | BWV | FR  |\n|-----------------------------------|-----|-----|\n' +
        '| Currently in operational use?     | Yes | No  |\n| Trialled in the last three years? | n/a | Yes |\n| DPIA completed?                   | Yes | No  |';
      assert.deepEqual(answers(text), { drones: 'no-answer', anpr: 'no-answer', 'body-worn-video': 'used', 'facial-recognition': 'trialled' });
    });

    it('reads a row with no label under a header of tools alone as the answer on use, but not a row naming tools itself', () => {
      const pipes = `${request}| Drones | ANPR   | Body worn video | Facial recognition |\n|--------|--------|-----------------|--------------------|\n| Yes    | Yes(2) | Yes             | No (1)             |\n`;
      assert.deepEqual(answers(pipes), { drones: 'used', anpr: 'used', 'body-worn-video': 'used', 'facial-recognition': 'not-used' });
      const short = `${request}Drones | ANPR | Facial recognition\nYes | No | No\n`;
      assert.deepEqual(answers(short), { drones: 'used', anpr: 'not-used', 'body-worn-video': 'no-answer', 'facial-recognition': 'not-used' });
      // Near misses: a labelled row not asking about use, under a blank corner cell; a key "NCND - IMSI catchers" is no
      // abbreviation defining a tool's column.
      const labelled = `${request}| | Drones | ANPR |\n|---|---|---|\n| Number of units | 7 aircraft | Yes |\n`;
      assert.deepEqual(answers(labelled), { drones: 'no-answer', anpr: 'no-answer', 'body-worn-video': 'no-answer', 'facial-recognition': 'no-answer' });
      const keyed =
        'You asked whether the force uses hacking, IMSI catchers or facial recognition.\n\n| Technology | Response |\n| IMSI catchers | NCND |\n' +
        '| Equipment interference (hacking) | NCND |\n| Facial recognition | No - the force does not use it |\n\n' +
        'NCND - IMSI catchers and equipment interference: the force neither confirms nor denies that it holds information.';
      assert.deepEqual(answers(keyed), { hacking: 'ncnd', 'imsi-catchers': 'ncnd', 'facial-recognition': 'not-used' });
    });

    it('reads a "Current status" row as the answer on use', () => {
      const text = `${request}| | Drones | ANPR |\n|---|---|---|\n| Number of units | 7 | 52 |\n| Current status | In use | Not used |\n`;
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used', 'body-worn-video': 'no-answer', 'facial-recognition': 'no-answer' });
    });

    it('does not read a row about the past, a count or a spend as the answer on use', () => {
      const text =
        `${request}                     Drones      ANPR\nPreviously used        Yes         Yes\nCurrently used         No          Yes\nNumber of units        0           12\n`;
      assert.deepEqual(answers(text), { drones: 'not-used', anpr: 'used', 'body-worn-video': 'no-answer', 'facial-recognition': 'no-answer' });
    });

    it('reads a table with a column for each status, each tool\'s row marked in the one that applies', () => {
      const text =
        'You asked whether the force uses drones, ANPR, IMSI catchers or facial recognition.\n\n' +
        '                     | In use | Trial / pilot | Not in use | Neither confirm nor deny |\n' +
        'Drones               |   X    |               |            |                          |\n' +
        'ANPR                 |        |       X       |            |                          |\n' +
        'IMSI catchers        |        |               |            |            X             |\n' +
        'Facial recognition   |        |               |     X      |                          |';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'trialled', 'imsi-catchers': 'ncnd', 'facial-recognition': 'not-used' });
    });

    it('reads such a table set out with spaces alone, its header the statuses or "Yes  No  NCND", a tick or "X" under one', () => {
      const asked = 'You asked whether the force uses drones, ANPR, IMSI catchers or facial recognition.\n\n';
      const ticks =
        'Technology              In use        Not in use        Neither confirm nor deny\n' +
        '(a) Drones                ✓\n(b) ANPR                  ✓\n(c) IMSI catchers                                           ✓\n' +
        '(d) Facial recognition                  ✓\n';
      assert.deepEqual(answers(`${asked}${ticks}`), { drones: 'used', anpr: 'used', 'imsi-catchers': 'ncnd', 'facial-recognition': 'not-used' });
      const crosses =
        '                          Yes      No      NCND\nDrones                     X\nANPR                       X\n' +
        'IMSI catchers                               X\nFacial recognition                  X\n';
      assert.deepEqual(answers(`${asked}${crosses}`), { drones: 'used', anpr: 'used', 'imsi-catchers': 'ncnd', 'facial-recognition': 'not-used' });
    });

    it('does not take a row answering "Yes" beside a comment for a header of statuses (near miss)', () => {
      const text = 'You asked whether the force uses drones or ANPR.\n\nDrones      Yes     Operated by the roads policing unit\nANPR        No';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used' });
    });

    it('reads the rows of a comma-separated export ("Drones,Yes,")', () => {
      const text = 'You asked whether the force uses drones or ANPR.\n\nTool,In use,Comments\nDrones,Yes,"6 aircraft"\nANPR,No,';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used' });
    });

    it('reads a table flattened to a cell a line after "I can provide the following information:"', () => {
      const text =
        'You asked whether the force uses drones or ANPR.\n\nHaving considered your request, I can provide the following information:\n\n' +
        'Technology\nUsed by the force?\nDrones\nYes\nANPR\nNo';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used' });
    });

    it('does not take a row naming one tool twice for a header (near miss)', () => {
      const text =
        'You asked about (a) drones and (b) ANPR.\n\n| (a) | Drones / UAV | Yes. The Remotely Piloted Aircraft Systems unit flies 6 aircraft. |\n' +
        '| (b) | ANPR         | Yes. The force uses ANPR at station car parks.                    |';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'used' });
    });
  });

  describe('a bulleted list answering tools and other things', () => {
    it("ends a tool's item at the next item, so another item's denial is not the tool's", () => {
      const text =
        'You asked about drones, CCTV and facial recognition.\n\n  * Drones: the force operates drones jointly with its neighbour.\n' +
        '  * Public space CCTV: run by the councils; the force does not operate it.\n  * Facial recognition: not used.\n    - Overt: no.\n';
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'not-used' });
    });
  });

  describe('a row of a table that is not a header', () => {
    it('ends a numbered row\'s answer with its table: the paragraph after the table answers the whole request', () => {
      const text =
        'You asked whether the force uses: (1) drones, (2) ANPR, (3) social media monitoring.\n\n' +
        'No. | Item             | Response\n----+------------------+----------------------------------------\n' +
        '1   | Drones           | Yes, the force has a drone unit.\n2   | ANPR             | Yes.\n3   | Social media     | Not held. This is a matter for the force.\n\n' +
        'Board papers are exempt under section 21, as they are published on our website.';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'used', 'social-media-intelligence': 'not-held' });
      // Near miss: a numbered answer that is not a table's row goes on into the paragraph after it.
      const numbered = 'You asked:\n1. Does the force use drones?\n2. Does the force use ANPR?\n\n1. Yes.\n\n2. We hold records.\n\nThey are exempt under section 31.';
      assert.deepEqual(answers(numbered), { drones: 'used', anpr: 'refused' });
    });

    it('does not take a row answering "No" with a comment naming statuses for the header of status columns', () => {
      const text =
        '| Technology / equipment | Used by the force? | Comments |\n|---|---|---|\n' +
        '| Public space CCTV | No | Operated by the local authorities. Not held. |\n| Body worn video | Yes | Issued to all officers. |\n| Drones | Yes | Unit set up in 2019. |\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used' });
    });
  });

  describe('short answers after a label', () => {
    for (const [reply, status] of [
      ['Not at this time.', 'not-used'],
      ['Not currently.', 'not-used'],
      ['None.', 'not-used'],
      ['Nil', 'not-used'],
      ['Nil return.', 'not-used'],
      ['Yes.', 'used'],
    ] as const) {
      it(`reads "Drones: ${reply}" as ${status}`, () => {
        assert.equal(answers(`You asked: Do you use drones?\n\nResponse:\nDrones: ${reply}`).drones, status);
      });
    }

    it('reads a "Yes", "No" or "Used" in a cell before the next, tab-separated, cell of a flattened table', () => {
      const text = 'You asked: Do you use BWV, ANPR or drones?\n\nResponse:\nTechnology\tIn use?\tNotes\nBWV\tYes\tIssued since 2014\nDrones\tNo\tNot currently\nANPR\tUsed\t40 sites';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', anpr: 'used', drones: 'not-used' });
      assert.notEqual(answers('You asked: Do you use drones?\n\nResponse:\nDrones\tNotes: a trial is being considered').drones, 'not-used');
    });

    it('reads "Both." and "Neither." after a numbered label as yes and no to a question offering two things', () => {
      const text =
        'You asked:\n1) Do you use digital kiosks to examine phones, or send phones to a third party?\n2) Has the force considered, or ' +
        'procured, predictive policing software?\n\n1) Both.\n2) Neither.';
      assert.deepEqual(answers(text), { 'mobile-phone-extraction': 'used', 'predictive-policing': 'not-used' });
      // Near miss: "Neither" opening an NCND is no bare answer.
      const ncnd = 'You asked:\n1) Do you use IMSI catchers?\n\n1) Neither confirm nor deny, under section 24(2).';
      assert.notEqual(answers(ncnd)['imsi-catchers'], 'not-used');
    });

    it('reads a "Yes" or "No" alone on the line below a tool, as a table flattened to one cell a line gives it', () => {
      const text =
        'You asked: whether the force used drones, ANPR or cyber kiosks.\n\nTechnology\nUsed?\nNotes\n\n' +
        'Drones / UAVs\nYes\nIncludes pilot training\n\nANPR\r\nYes\r\nFixed cameras\n\nCyber kiosks\nNo\nN/A';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'used', 'mobile-phone-extraction': 'not-used' });
      // A word that only opens with "No" on the line below is no answer.
      assert.equal(answers('You asked: Do you use drones?\n\nDrones\nNotes are kept by the unit.').drones, 'no-answer');
    });

    it('reads a figure after a label: a count or spend above nought is use, a count of nought is not', () => {
      assert.deepEqual(answers('Q1. How many drones does the force have?\nA1. 12\nQ2. How many body worn cameras does it have?\nA2. 0'), {
        drones: 'used',
        'body-worn-video': 'not-used',
      });
      assert.deepEqual(answers('You asked: spend on drones and ANPR.\n\nDrones: £312,000 (maintenance)\nANPR: £0'), { drones: 'used', anpr: 'no-answer' });
      assert.deepEqual(answers('You asked: How many drones and cameras?\n\nNumber of drones: 0. Number of body-worn cameras: 1,140.'), {
        drones: 'not-used',
        'body-worn-video': 'used',
      });
      // A year is no figure: "2018 trial" says nothing by its number.
      assert.equal(answers('You asked: Do you use drones?\n\nDrones: 2018 trial, ended.').drones, 'no-answer');
    });

    it('reads a figure after "Answer:" under a question without a number: "Answer: 3,100 body worn cameras."', () => {
      const text =
        'Question: How many body worn cameras does the force have?\nAnswer: 3,100 body worn cameras.\n\n' +
        'Question: How many facial recognition deployments were made?\nAnswer: 0\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'not-used' });
      // Near miss: a figure with no answer's label is no answer.
      assert.equal(answers('You asked: How many drones does the force have?\n\nIn 2019 we received 12 requests.').drones, 'no-answer');
    });

    it('reads a figure a column apart from its question\'s label: "Q1  9"', () => {
      const text = 'Request:\nQ1 How many drones does the force own?\nQ2 How many times has the force deployed facial recognition?\n\nResponse:\nQ1  9\nQ2\t0\n';
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'not-used' });
    });

    it('reads figures given by period, any above nought making use', () => {
      const spend = 'You asked: spend on drones and LFR.\n\nDrones (UAS)\n2020/21 - £148,300\n2021/22 - £96,700\n\nLive facial recognition\n2020/21 - £0\n2021/22 - £0';
      assert.deepEqual(answers(spend), { drones: 'used', 'facial-recognition': 'no-answer' });
      assert.equal(answers('You asked:\n(c) the number of body-worn cameras.\n\nResponse:\n(c) 2015 - 0; 2016 - 340; 2017 - 610.')['body-worn-video'], 'used');
      assert.equal(answers('You asked: How many times were drones deployed?\n\nDrones: 2021 - 0; 2022 - 0.').drones, 'not-used');
    });


    it('reads rows of figures by period under the one tool asked about, with no label of their own', () => {
      assert.equal(answers('You asked: How many times were drones deployed each year?\n\n2020: 212 deployments. 2021: 340 deployments.').drones, 'used');
      const table = 'You asked:\n(i) How many phones were examined using cyber kiosks?\n(ii) Do you use ANPR?\n\n(i) Devices examined:\n\nYear | Devices\n2020 | 4,318\n\n(ii) Yes.';
      assert.deepEqual(answers(table), { 'mobile-phone-extraction': 'used', anpr: 'used' });
      // Near misses: a row of nought may count something else; a date is no period's figure; two tools share the rows.
      assert.equal(answers('You asked: How many complaints about drones?\n\n2021: 0\n2022: 0').drones, 'no-answer');
      assert.equal(answers('You asked: Do you use drones?\n\n2021-05-12 The request was logged.').drones, 'no-answer');
      assert.deepEqual(answers('You asked: How often were drones and ANPR used?\n\n2020: 212 deployments.'), { drones: 'no-answer', anpr: 'no-answer' });
    });
    it('reads two names of one tool side by side as one heading: "Mobile phone download" "kiosks"', () => {
      assert.equal(answers('You asked: spend on kiosks.\n\nMobile phone download kiosks\n2022/23 - £57,400')['mobile-phone-extraction'], 'used');
    });

    it('reads a one-word "Used.", "In use", "Y" or "N" after a label, as a table gives it', () => {
      assert.equal(answers('You asked: Do you use ANPR?\n\nResponse:\nANPR\tUsed.').anpr, 'used');
      assert.equal(answers('You asked: Do you use ANPR?\n\nResponse:\nANPR | In use - 40 cameras').anpr, 'used');
      assert.notEqual(answers('You asked: Do you use ANPR?\n\nResponse:\nANPR: Used cars are not recorded.').anpr, 'used');
      assert.equal(answers('You asked: Do you use ANPR?\n\nResponse:\nANPR | Y | Fixed cameras at the site entrances.').anpr, 'used');
      assert.equal(answers('You asked: Do you use ANPR?\n\nResponse:\nANPR | N |').anpr, 'not-used');
      assert.equal(answers('You asked: Do you use ANPR?\n\nResponse:\nANPR | N/A |').anpr, 'no-answer');
    });

    it('reads a one-word "Trial." or "Piloted" after a label as trialled, and not "Trial results are awaited" (near miss)', () => {
      assert.equal(answers('You asked: Do you use drones?\n\nResponse:\nDrones | Trial. An evaluation began in April.').drones, 'trialled');
      assert.equal(answers('You asked: Do you use drones?\n\nResponse:\nDrones: Piloted').drones, 'trialled');
      assert.equal(answers('You asked: Do you use drones?\n\nResponse:\nDrones: Trial results are awaited from other forces.').drones, 'no-answer');
    });

    it('reads an answer in brackets after the name opening a sentence, and "No" before the names it denies', () => {
      const asked = 'You asked: Do you use facial recognition or ANPR?\n\n';
      assert.deepEqual(answers(`${asked}Facial recognition (none). ANPR (yes, fixed and mobile).`), { 'facial-recognition': 'not-used', anpr: 'used' });
      assert.deepEqual(answers(`${asked}No facial recognition or ANPR.`), { 'facial-recognition': 'not-used', anpr: 'not-used' });
      assert.equal(answers('You asked: Does the force have drones?\n\nNo drones').drones, 'not-used');
    });

    it('reads "yes" or "no" typed straight after the names opening a short reply ("BWV yes.", "are both a yes")', () => {
      const asked = 'You asked whether the force uses BWV, drones and LFR.\n\n';
      const all = { 'body-worn-video': 'used', drones: 'used', 'facial-recognition': 'not-used' };
      assert.deepEqual(answers(`${asked}Hi, we don't use LFR. BWV yes. drones yes.`), all);
      assert.deepEqual(answers(`${asked}BWV and drones are both a yes. LFR nope`), all);
      // Near misses: words going on after the "no", and a later name without an answer of its own.
      assert.equal(answers(`${asked}LFR no doubt will be discussed nationally.`)['facial-recognition'], 'no-answer');
      assert.equal(answers(`${asked}BWV yes, and we are looking at LFR.`)['facial-recognition'], 'no-answer');
    });

    it('reads "Drones - yes, through the joint drone unit." after another sentence on its line, the tool named again', () => {
      const asked = 'You asked whether the force uses ANPR and drones.\n\n';
      assert.equal(answers(`${asked}Yes to ANPR. Drones - yes, through the joint drone unit.`).drones, 'used');
      // Near miss: another tool named later, with no answer of its own, leaves the sentence to be read otherwise.
      assert.notEqual(answers(`${asked}Yes to ANPR. Drones - yes, and we are looking at LFR too.`).drones, 'not-used');
    });

    it('reads a list of kit counted by its units as use', () => {
      const asked = 'You asked about drones, body worn video and mobile phone extraction.\n\nResponse:\n\n';
      assert.deepEqual(answers(`${asked}  - DJI Matrice 30T x 4\n  - Reveal Media D5 (approx. 980)\n  - 4 x Cellebrite Responder kiosks (Carmarthen, Llanelli)\n`), {
        drones: 'used',
        'body-worn-video': 'used',
        'mobile-phone-extraction': 'used',
      });
      assert.equal(answers(`${asked}  - MSAB Kiosk (x10)\n`)['mobile-phone-extraction'], 'used');
      // A count in a table's column, before the next.
      assert.equal(answers(`${asked}DJI Matrice 300 RTK        2        Drone Unit, Operational Support\n`).drones, 'used');
      // Near misses: a year in brackets, and a count of nought.
      assert.equal(answers(`${asked}  - Drones (2019)\n`).drones, 'no-answer');
      assert.equal(answers(`${asked}DJI Matrice 300 RTK        0        Drone Unit\n`).drones, 'not-used');
      assert.equal(answers(`${asked}  - DJI Matrice 30T x 0\n`).drones, 'no-answer');
    });

    it('reads neither a bracket that is no answer nor "No" before more than names as one (near misses)', () => {
      const asked = 'You asked: Do you use facial recognition or ANPR?\n\n';
      assert.deepEqual(answers(`${asked}ANPR (see the table below).`), { 'facial-recognition': 'no-answer', anpr: 'no-answer' });
      assert.deepEqual(answers(`${asked}No ANPR data is shared with other forces.`), { 'facial-recognition': 'no-answer', anpr: 'no-answer' });
    });

    it('reads a terse answer label "Q3 As per Q2." as the answer it points to', () => {
      const text = 'You asked: Q1 Does the force use hacking? Q2 Body worn cameras? Q3 Drones?\n\nQ1 Neither confirm nor deny.\nQ2 Yes.\nQ3 As per Q2.';
      assert.deepEqual(answers(text), { hacking: 'ncnd', 'body-worn-video': 'used', drones: 'used' });
    });

    it('keeps a "No." after a label as the answer when use by another body is told after it', () => {
      const text =
        'You asked: Do you use facial recognition?\n\nResponse:\nFacial recognition | No. Retrospective searches of the ' +
        'Police National Database are carried out on our behalf by the Home Office.';
      assert.equal(answers(text)['facial-recognition'], 'not-used');
    });

    it('reads a table row whose first cell names the tool after other words', () => {
      const text =
        'You asked whether you use phone kiosks or predictive mapping.\n\nTechnology | Response\n' +
        'Digital phone examination kiosks | Yes. They were introduced in 2019.\nCrime forecasting / predictive mapping software | No.';
      assert.deepEqual(answers(text), { 'mobile-phone-extraction': 'used', 'predictive-policing': 'not-used' });
    });

    it('reads a table row whose first cell holds words before the tool, even near the line start', () => {
      const text = 'You asked: Do you use BWV, IMSI catchers or hacking?\n\nBody worn video\tYes\nIMSI catchers\tNeither confirm nor deny\nComputer hacking\tNeither confirm nor deny';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
      assert.equal(answers('You asked: Do you use predictive policing?\n\n| Use of predictive policing | Information not held |')['predictive-policing'], 'not-held');
      // Near miss: words before the tool outside any table make no label.
      assert.equal(answers('You asked: Do you use drones?\n\nUse of drones: yes, it is recorded.').drones, 'no-answer');
    });

    it('reads a "No" beside "not held" in a row as not held: the "No" answers whether it is held', () => {
      const text = 'You asked which tools the force uses.\n\n| Tool | Held by the OPCC? | Comment |\n| Facial recognition | No | Not held by the OPCC |\n| Drones | No | The force has no drones |';
      assert.deepEqual(answers(text), { 'facial-recognition': 'not-held', drones: 'not-used' });
    });

    it('ends a tool\'s passage at the next field of a form, so a count of nought does not deny what follows', () => {
      const text =
        'You asked: How many cyber kiosks do you have?\n\nCyber kiosks held: 0\nExtractions via kiosk: 0\n' +
        'All mobile phone extraction is carried out in the Digital Forensics Unit laboratory.';
      assert.equal(answers(text)['mobile-phone-extraction'], 'used');
    });

    it('reads a form\'s boxes before the tools, ticked or not', () => {
      const text = 'You asked: Tick the tools the force uses: drones, ANPR, facial recognition, BWV.\n\n[x] Drones\n[ ] ANPR\n☑ Facial recognition\n☐ Body worn video';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used', 'facial-recognition': 'used', 'body-worn-video': 'not-used' });
    });

    it('reads a form\'s dot leaders between the tool and its answer', () => {
      assert.deepEqual(answers('You asked: drones and ANPR, yes or no?\n\nDrones ............ Yes\nANPR .............. No'), { drones: 'used', anpr: 'not-used' });
      assert.equal(answers('You asked: IMSI catchers, yes or no?\n\nIMSI catchers ..... N/C/N/D (s.24(2), s.31(3))')['imsi-catchers'], 'ncnd');
    });

    it('reads the year use began ("since 2006") and a pilot\'s place after a label', () => {
      const text = 'You asked: When did you begin using ANPR and drones?\n\nANPR – since 2006.\nDrones: pilot at two stations in 2021.';
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'trialled' });
      assert.equal(answers('You asked: Do you use BWV?\n\nBody-worn video: pilot at one custody suite in 2022; now rolled out to all suites.')['body-worn-video'], 'used');
      // Near miss: a year alone is no answer.
      assert.equal(answers('You asked: Do you use ANPR?\n\nANPR: 2006.').anpr, 'no-answer');
    });

    it('reads the Scottish cost refusal: "would exceed the upper cost limit ... not required to comply with this part"', () => {
      const text =
        'You asked: Does Police Scotland use social media intelligence?\n\nThe cost of complying with this part of your request would exceed the upper cost ' +
        'limit of £600. In terms of section 12 of the Act, Police Scotland is therefore not required to comply with this part of your request.';
      assert.equal(answers(text)['social-media-intelligence'], 'refused');
    });

    it('reads a cost refusal in a cell: "cost limit exceeded", "s12(1) applies"', () => {
      const text = 'You asked: how often BWV and ANPR footage was used in evidence.\n\nBody-worn video – s12(1): cost limit exceeded.\nANPR – s12(1) applies.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'refused', anpr: 'refused' });
    });

    it('reads the answer after a table\'s first cell, where the cell names the tool and more ("Facial recognition - live")', () => {
      const text =
        'You asked: Does the force use facial recognition or drones?\n\n| Technology | Uses? | Used in last 5 years? |\n' +
        '| Facial recognition - live | No | No |\n| Facial recognition - retrospective | Yes | Yes |\n| Drones | No | No |';
      assert.deepEqual(answers(text), { 'facial-recognition': 'used', drones: 'not-used' });
    });

    it('reads a figure after a label naming the tool, a count and a year ("Drone deployments in 2023: 412.")', () => {
      const text = 'You asked: the number of drone and LFR deployments in 2023.\n\nDrone deployments in 2023: 412. Live facial recognition deployments in 2023: 0.';
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'not-used' });
    });

    it('reads a row of figures in columns after a number cell, any above nought making use', () => {
      const text =
        'You asked: spend on BWV, drones and facial recognition.\n\nQuestion  Technology                 2018/19    2019/20\n' +
        '1         Body-worn video            612,400    188,950\n3         Drones (UAS)               0          61,250\n4         Facial recognition         0          0';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', 'facial-recognition': 'not-used' });
      assert.equal(answers('You asked: drones flown?\n\n| Drones | 0 | 0 | 12 |').drones, 'used');
    });

    it('reads a figure in a table cell, and a period\'s figure in columns aligned with spaces', () => {
      assert.equal(answers('You asked: drone flights in 2022.\n\n| Measure | 2022 |\n|---|---|\n| Drone flights | 412 |').drones, 'used');
      assert.equal(answers('You asked: How many drone deployments were made?\n\nYear    Deployments\n2021    14\n2022    37').drones, 'used');
    });

    it('reads "X is used but Y is not." as a denial of Y', () => {
      assert.equal(answers('You asked: Do you use ANPR or facial recognition?\n\nResponse:\nANPR is used.\nFacial recognition is not.')['facial-recognition'], 'not-used');
    });
  });

  describe('one sentence answering several tools differently, clause by clause', () => {
    const cases: [string, Record<string, ToolStatus>][] = [
      ['ANPR is used and drones are being trialled.', { anpr: 'used', drones: 'trialled' }],
      ['Drones are used, but the force can neither confirm nor deny the use of IMSI catchers.', { drones: 'used', 'imsi-catchers': 'ncnd' }],
      ['Body worn video is in use; facial recognition has been trialled.', { 'body-worn-video': 'used', 'facial-recognition': 'trialled' }],
      ['ANPR is used, and information about drones is not held.', { anpr: 'used', drones: 'not-held' }],
      ['While the force uses ANPR, it does not use drones.', { anpr: 'used', drones: 'not-used' }],
      ['The force uses ANPR, but not drones.', { anpr: 'used', drones: 'not-used' }],
      ['ANPR and drones are both used by the force.', { anpr: 'used', drones: 'used' }],
      [
        'The force uses body worn video, ANPR and drones, holds no information about predictive policing, and neither confirms nor denies whether it holds information about hacking.',
        { 'body-worn-video': 'used', anpr: 'used', drones: 'used', 'predictive-policing': 'not-held', hacking: 'ncnd' },
      ],
      [
        'Short version: yes to body worn video and drones, we don\'t hold anything on predictive policing, and we neither confirm nor deny hacking.',
        { 'body-worn-video': 'used', drones: 'used', 'predictive-policing': 'not-held', hacking: 'ncnd' },
      ],
      ['BWV yes, facial recognition no, and we neither confirm nor deny IMSI catchers.', { 'body-worn-video': 'used', 'facial-recognition': 'not-used', 'imsi-catchers': 'ncnd' }],
      // Names listed before their verb take the verb's answer.
      ['ANPR, drones and body worn video are used, but facial recognition is not.', { anpr: 'used', drones: 'used', 'body-worn-video': 'used', 'facial-recognition': 'not-used' }],
      ['The force can neither confirm nor deny whether it holds information relating to hacking and IMSI catchers.', { hacking: 'ncnd', 'imsi-catchers': 'ncnd' }],
    ];
    for (const [answer, expected] of cases) {
      it(`reads "${answer}"`, () => {
        const tools = Object.keys(expected).map((id) => id.replace(/-/g, ' ')).join(' or ');
        assert.deepEqual(answers(`You asked: Do you use ${tools}?\n\nResponse:\n${answer}`), expected);
      });
    }

    it('does not read "..., not us" as a denial of the tools named before it', () => {
      const text =
        "You asked: Do you use facial recognition, drones or ANPR?\n\nThe office doesn't hold any of this - whether the force uses facial recognition, drones or ANPR is an operational matter for the Chief Constable, not us.";
      const found = answers(text);
      assert.ok(found.drones !== 'not-used' && found.anpr !== 'not-used', JSON.stringify(found));
    });

    it('reads "covert" before a passive NCND formula as the NCND of covert use', () => {
      const text =
        'You asked: Does the force use mobile phone extraction?\n\nMobile phone extraction is carried out overtly with the consent of the owner. Whether any covert extraction takes place is neither confirmed nor denied.';
      assert.deepEqual(answers(text), { 'mobile-phone-extraction': 'partial-ncnd' });
    });

    it('keeps an overt answer and an NCND of covert use of the same tool together as partial NCND', () => {
      const text = 'You asked: Do you use drones?\n\nResponse:\nThe force uses drones overtly for searches, but any covert use of drones can neither be confirmed nor denied.';
      assert.equal(answers(text).drones, 'partial-ncnd');
    });
  });

  it('reads a plain-text table of tools and answers, without outer bars', () => {
    const text = 'You asked whether the force uses body worn video or drones.\n\nTool            | Used? | Notes\nBody worn video | Yes   | All officers.\nDrones          | No    | None owned.';
    assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used' });
  });

  it('reads a plain-text table whose rows open with the question\'s number', () => {
    const text = 'You asked whether the force uses drones or facial recognition.\n\n Q | Subject            | Response\n 1 | Drones             | Yes. The force operates 14 aircraft.\n 2 | Facial recognition | No.';
    assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'not-used' });
  });

  it('reads the request reported with its addressee, "You asked the Commissioner which ...", as the request', () => {
    const text =
      'You asked the Police and Crime Commissioner which tools are being used by the force, naming drones and ANPR.\n\nThe Office of the PCC does not hold information about the use of drones or ANPR.';
    assert.deepEqual(answers(text), { drones: 'not-held', anpr: 'not-held' });
  });

  it('reads information about a tool the force publishes, "therefore exempt under section 21", as use of it', () => {
    const text = 'You asked: Do you use body worn video?\n\nResponse:\nInformation about body worn video is published on our website and is therefore exempt under section 21.';
    assert.equal(answers(text)['body-worn-video'], 'used');
  });

  describe('questions each followed by its response', () => {
    it('reads "Question 1" over its question, then "Response" over a bare answer', () => {
      const text =
        'Dear Sir\n\nQuestion 1\nDoes the force use body worn video?\n\nResponse\nYes. There are 1,412 devices.\n\n' +
        'Question 2\nDoes the force use predictive policing?\n\nResponse\nNo.\n\nYours faithfully';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'predictive-policing': 'not-used' });
    });

    it('reads "Request 2" over its question, then an NCND naming no tool under "Answer", as the answer to that question', () => {
      const text =
        'Dear Sir\n\nRequest 1\nDoes the force use drones?\n\nAnswer\nThe force does not overtly use drones.\n\n' +
        'Request 2\nDoes the force hack phones remotely?\n\nAnswer\nNeither confirm nor deny – sections 24(2) and 31(3).\n\n' +
        'Request 3\nDoes the force deploy IMSI catchers?\n\nAnswer\nAs Request 2.';
      assert.deepEqual(answers(text), { drones: 'not-used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('does not carry an answer line\'s number past the next question to an unnumbered answer (near miss)', () => {
      const text = 'Q1 Do you use ANPR?\nA1 Yes.\nQ2 Do you use drones?\nAnswer: the force does not hold this.';
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'not-held' });
    });

    it('reads "Response: Yes." after "Question 1: ...?"', () => {
      const text =
        'Dear Sir\n\nQuestion 1: Does the force use body worn video?\nResponse: Yes. There are 1,412 devices.\n\n' +
        'Question 2: Does the force use predictive policing?\nResponse: No.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'predictive-policing': 'not-used' });
    });
  });

  describe('a tool answered kind by kind in its cell', () => {
    const asked = 'You asked whether the force uses facial recognition and ANPR.\n\n';

    it('reads "Retrospective: yes. Live: no." as use of the tool, and "Fixed: no. Mobile: no." as none', () => {
      const text = `${asked}| Facial recognition | Retrospective: yes. Live: no. Operator initiated: no. |\n| ANPR | Fixed: no. Mobile: no. |`;
      assert.deepEqual(answers(text), { 'facial-recognition': 'used', anpr: 'not-used' });
    });

    it('reads "Retrospective only (PND)" as use, but not "Trial only" (near miss)', () => {
      assert.deepEqual(answers(`${asked}Facial recognition – Retrospective only (PND)\nANPR – Fixed only.`), { 'facial-recognition': 'used', anpr: 'used' });
      assert.notEqual(answers(`${asked}Facial recognition – Trial only\nANPR – Yes.`)['facial-recognition'], 'used');
    });

    it('does not read one kind answered, or kinds followed by more words, as the answer (near misses)', () => {
      assert.equal(answers(`${asked}Facial recognition – Retrospective: yes.\nANPR – Yes.`)['facial-recognition'], 'no-answer');
      assert.equal(answers(`${asked}Facial recognition – Live: no. Retrospective: yes, through PND searches.\nANPR – Yes.`)['facial-recognition'], 'no-answer');
    });
  });

  describe('per-tool answers on one line between bars', () => {
    it('reads "BWV – Y | Drones – Y | Live facial recognition – N" as an answer for each tool', () => {
      const text = 'You asked whether the force uses body worn video, drones and live facial recognition.\n\nBWV – Y | Drones – Y | Live facial recognition – N\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', 'facial-recognition': 'not-used' });
      const { evidence } = answerFor(text, 'body-worn-video');
      assert.equal(text.slice(evidence.start, evidence.end), 'BWV – Y');
    });

    it('still reads "| Facial recognition - live | No |" as one label over its answer (near miss)', () => {
      const text = 'You asked about facial recognition.\n\n| Technology | Used? |\n| Facial recognition - live | No |\n';
      assert.deepEqual(answers(text), { 'facial-recognition': 'not-used' });
    });
  });

  describe("a tool's name after its question's label", () => {
    it('reads "Q3. Facial recognition - No." as the answer for that tool', () => {
      const text =
        'Your request:\nQ1. Does the force use IMSI catchers?\nQ3. Does the force use facial recognition?\nQ6. Does the force use body worn video?\n\n' +
        'Our response:\nQ1. IMSI catchers - The force neither confirms nor denies that it holds any information.\n' +
        'Q3. Facial recognition - No.\nQ6. Body worn video - Yes.\n';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', 'facial-recognition': 'not-used', 'body-worn-video': 'used' });
    });

    it('reads "Q1 (body worn video): Yes." as the answer for the tool named in brackets after the label', () => {
      const text =
        'Hi,\n\nQ1 (body worn video): Yes.\nQ2 (drones) - yes, the force has six aircraft.\nQ3 (facial recognition): No.\n\n' +
        '--- your request ---\nQ1 Do you use body worn video?\nQ2 Do you use drones?\nQ3 Do you use facial recognition?\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', 'facial-recognition': 'not-used' });
    });

    it('does not read a bracket opening words before the name as a label (near miss)', () => {
      const text = 'You asked: Do you use drones?\n\nQ1 (see also drones) - we refer you to our website.';
      assert.notEqual(answers(text).drones, 'used');
    });

    it('does not read a part\'s label and a product name as a heading over the next answer (near miss)', () => {
      const text =
        'Your request:\n1. Do you use drones? If so, which make?\n2. Do you use ANPR?\n\nResponse:\n1a Yes\n1b DJI\n\n' +
        '2 No, the force does not use ANPR.\n';
      const read = answers(text);
      assert.equal(read.anpr, 'not-used');
      assert.notEqual(read.drones, 'not-used');
  });
  });

  describe('a sentence opening with the questions it answers', () => {
    const asked = 'You asked:\n1. Does the force use drones?\n2. Does the force use IMSI catchers?\n3. Does the force use hacking?\n\n';

    it('reads the paragraphs after one ending "by virtue of the following:" as answering its questions', () => {
      const text =
        `${asked}In response to question 1, the force operates drones.\n\nIn response to questions 2 and 3, the force is unable to ` +
        'provide the information requested, as it would be exempt by virtue of the following:\n\nSection 18(1) - Neither confirm nor deny\n\n' +
        'The force neither confirms nor denies that it holds the information you have requested.';
      assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
    });

    it('goes no further than its paragraph without such an ending (near miss)', () => {
      const parted = `${asked}In response to question 2, the force neither confirms nor denies that it holds any information.\n\n` +
        'The force operates drones.';
      assert.equal(answers(parted)['imsi-catchers'], 'ncnd');
    });
  });

  describe('answers on the question\'s own line', () => {
    it('reads an answer after a dash, or a lower-case "yes" or "no", on the question\'s line', () => {
      const text =
        'You asked: whether the force uses ANPR, drones or facial recognition.\n\nQ1 Do you use ANPR? - yes\n' +
        'Q2 Do you use drones? no, the force has no drones.\nQ3 Do you use facial recognition? – No';
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'not-used', 'facial-recognition': 'not-used' });
    });

    it('does not take a requester\'s own follow-up on the question\'s line for an answer (near miss)', () => {
      const text = 'You asked:\nQ1 Do you use ANPR? - if so, how many cameras?\nQ2 Do you use drones? now or in the past?\n\nThank you.';
      assert.deepEqual(answers(text), { anpr: 'no-answer', drones: 'no-answer' });
    });
  });

  describe('answers under "Part (c)" headings', () => {
    it('still reads "p)", a lettered label whose letter opens "Part", as a label', () => {
      const text = 'You asked:\no) Do you use drones?\np) Do you use ANPR?\n\nResponse:\no) Yes.\np) No.';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used' });
    });

    it('reads an NCND under "Part (c) - IMSI catchers", after a table of lettered parts, as the answer to part (c) only', () => {
      const text =
        'You asked whether the force uses (a) body-worn cameras; (b) IMSI catchers; (c) drones.\n\n' +
        '| Part | Technology | Response |\n| (a) | Body-worn cameras | Yes. |\n| (b) | IMSI catchers | Neither confirm nor deny - see below. |\n' +
        '| (c) | Drones | Yes. Two aircraft were acquired in 2019. |\n\nPart (b) - IMSI catchers\n\n' +
        'The force can neither confirm nor deny that it holds information relevant to part (b) of your request.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'imsi-catchers': 'ncnd', drones: 'used' });
    });
  });

  describe('answers under "Response to (ii)" headings', () => {
    it('ends the request at "Response to (i)" and reads each part\'s answer under its heading', () => {
      const text =
        'You requested:\n(i) Please state whether officers use body worn video and, if so, the policy on its use.\n' +
        '(ii) Please state whether the force uses drones.\n\nResponse to (i)\n\n' +
        'The force can confirm that frontline officers are equipped with body worn video.\n\nResponse to (ii)\n\n' +
        'No information is held.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-held' });
    });

    it('reads "Answer to part b" as the answer to the lettered part b only', () => {
      const text =
        'a) Does the force use ANPR?\nb) Does the force use IMSI catchers?\n\nAnswer to part a\nYes, it is used.\n\n' +
        'Answer to part b\nThe force neither confirms nor denies that it holds this information.';
      assert.deepEqual(answers(text), { anpr: 'used', 'imsi-catchers': 'ncnd' });
    });
  });

  describe('questions asked on one line and answered under their labels', () => {
    it('reads "Q1 Yes." under a request that asked "Q1 ...? Q3 ...?" on one line as answers, not as the request', () => {
      const text =
        'You asked: Q1 Does the force use mobile phone extraction? Q2 If yes, how many kiosks? Q3 Does the force use IMSI catchers?\n\n' +
        'Q1 Yes.\nQ2 14.\nQ3 Neither confirm nor deny - sections 24(2) and 31(3) apply.';
      assert.deepEqual(answers(text), { 'mobile-phone-extraction': 'used', 'imsi-catchers': 'ncnd' });
    });

    it('reads "a) Yes. b) No." after "a) ...? b) ...?" asked on one line', () => {
      const text = 'You asked: a) Does the force use ANPR? b) Does the force use drones?\n\na) Yes.\nb) No.';
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'not-used' });
    });

    it('reads a terse "2) Not held." as not held', () => {
      const text = 'You asked: 1) Does the force use social media intelligence? 2) Has it used predictive policing?\n\n1) Yes.\n2) Not held.';
      assert.deepEqual(answers(text), { 'social-media-intelligence': 'used', 'predictive-policing': 'not-held' });
    });

    it('reads one-word answers under roman numerals, "(i) Used", "(iii) Used at selected events"', () => {
      const text =
        'You asked: (i) body worn video (ii) UAVs (iii) live facial recognition - please state for each whether it is used.\n\n' +
        '(i) Used\n(ii) Not used\n(iii) Used at selected events';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used', 'facial-recognition': 'used' });
    });

    it('reads a table cell naming the force or its officers as the users: "Used by Staffordshire Police", "Used by all frontline officers"', () => {
      const text =
        'You asked which of these are used: body worn video, ANPR.\n\n Technology        Answer\n Body worn video   Used by all frontline officers.\n' +
        ' ANPR              Used by Staffordshire Police. Spend 2020/21: £206,000';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', anpr: 'used' });
    });

    it('does not read "(i) Used by the Home Office" as the force\'s own use', () => {
      const text = 'You asked: (i) facial recognition (ii) drones - please state whether each is used.\n\n(i) Used by the Home Office\n(ii) Used';
      assert.notEqual(answers(text)['facial-recognition'], 'used');
    });
  });

  describe('answers that name the questions they answer', () => {
    it('gives "that information" in the next sentence the questions the sentence before named: "relevant to questions 1 and 2"', () => {
      const asked = 'You asked:\n\n1. Does the force use self-service kiosks?\n2. Does the force use drones?\n3. Does the force use ANPR?\n\nResponse\n\n';
      const held = 'The force can confirm that it holds information relevant to questions 1 and 2 of your request.';
      const exempt = 'However, that information is exempt from disclosure under section 31(1)(a).';
      assert.deepEqual(answers(`${asked}${held} ${exempt}`), { 'mobile-phone-extraction': 'refused', drones: 'refused', anpr: 'no-answer' });
      // Near misses: a new paragraph, or a subject that is not "that information", refuses every question.
      assert.equal(answers(`${asked}${held}\n\n${exempt}`).anpr, 'refused');
      assert.equal(answers(`${asked}${held} However, all the information you asked for is exempt under section 31(1)(a).`).anpr, 'refused');
      // "It is, however, being withheld" stands for the information just named as well.
      const it = 'It is, however, being withheld under section 31(1)(a).';
      assert.deepEqual(answers(`${asked}${held} ${it}`), { 'mobile-phone-extraction': 'refused', drones: 'refused', anpr: 'no-answer' });
    });

    it('keys items indented under a numbered question by their letter, as an answer names them: "item c"', () => {
      const text =
        'You asked:\n\n  "1. Please list which of these the force uses:\n        a. Body worn video\n        b. Drones\n' +
        '        c. Equipment interference\n        d. ANPR"\n\nResponse\n\nThe force uses body worn video, drones and ANPR.\n\n' +
        'The force neither confirms nor denies that it holds any information relevant to item c.\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', hacking: 'ncnd', anpr: 'used' });
      // Near miss: where two questions have an item c, "item c" alone names neither.
      const twice =
        'You asked:\n1. Equipment:\n  a. Body worn video\n  b. Drones\n  c. Equipment interference\n2. Software:\n  a. ANPR\n' +
        '  b. Predictive policing\n  c. Social media monitoring\n\nThe force uses body worn video, drones, ANPR and predictive policing. ' +
        'The force does not monitor social media.\n\nThe force neither confirms nor denies that it holds any information relevant to item c.\n';
      assert.equal(answers(twice).hacking, 'no-answer');
    });

    it('reads every list of questions a sentence names, not only its first: "item c, item d, or ... item g"', () => {
      const text =
        'You asked:\na) Do you use ANPR?\nb) Do you use drones?\nc) Do you use IMSI catchers?\nd) Do you hack devices?\n\n' +
        'a) Yes.\nb) Yes.\n\nThe force neither confirms nor denies holding any information relevant to item c or to any part of item d.\n';
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
    });

    it('reads questions named by their labels inside a sentence: "... relevant to Q3 and Q4"', () => {
      const asked = 'Q1. Do you use ANPR?\nQ2. Do you use drones?\n\nAnswer: The force uses ANPR and drones.\n\nQ3. Do you use IMSI catchers?\nQ4. Do you hack devices?\n\n';
      const text = `${asked}Answer: The force neither confirms nor denies whether it holds information in relation to Q3 and Q4.`;
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
      // Near miss: another answer pointed to is not the question answered.
      const pointer = 'Q1. Do you use ANPR?\nQ2. Do you use drones?\n\nQ1. No.\nQ2. As per Q1 - no such equipment is used.';
      assert.deepEqual(answers(pointer), { anpr: 'not-used', drones: 'not-used' });
    });

    it('reads the bare answer after the part or question it names: "Part 2: Yes.", "Questions 3 and 4 - No."', () => {
      const text =
        'You asked:\nPart 1: Does the force use drones?\nPart 2: Does the force use ANPR?\nPart 3: Does it use BWV?\n' +
        'Part 4: Does it use facial recognition?\n\nResponse:\nPart 1: No.\nPart 2: Yes.\nParts 3 and 4 - No.';
      assert.deepEqual(answers(text), { drones: 'not-used', anpr: 'used', 'body-worn-video': 'not-used', 'facial-recognition': 'not-used' });
    });

    it('gives a bare answer under a label naming several questions to each: "2 and 3. Yes.", "b) and c) No."', () => {
      const numbered = 'You asked:\n1. Do you use drones?\n2. Do you use ANPR?\n3. Do you use BWV?\n\n1. No.\n2 and 3. Yes.';
      assert.deepEqual(answers(numbered), { drones: 'not-used', anpr: 'used', 'body-worn-video': 'used' });
      const lettered = 'You asked:\na) Do you use drones?\nb) Do you use ANPR?\nc) Do you use BWV?\n\nResponse:\na) Yes.\nb) and c) No.';
      assert.deepEqual(answers(lettered), { drones: 'used', anpr: 'not-used', 'body-worn-video': 'not-used' });
    });

    it('reads a numbered question\'s parts apart from another\'s: "b) Yes." under question 2 is not question 4\'s part b', () => {
      const text =
        'You asked:\n\nQ2. a) Does the force use drones?\n    b) If not, does it plan to?\n\n    a) No.\n    b) Yes, a pilot begins next year.\n\n' +
        'Q4. a) Please list all tools used for social media monitoring.\n    b) How many social media accounts were monitored in 2021?\n\n' +
        '    a) This information is exempt by virtue of section 31(1)(a).\n    b) Section 12(1) applies to 4b.\n';
      assert.deepEqual(answers(text), { drones: 'trialled', 'social-media-intelligence': 'refused' });
    });

    it('reads answers typed after each question on its line, in capitals or in square brackets', () => {
      const capitals =
        'Request:\n1. Does the force use body worn video? YES\n2. Does the force use ANPR? YES - ANPR IS USED BY ROADS POLICING\n' +
        '3. Has the force trialled live facial recognition? NO\n4. Does the force use predictive policing software? NO INFORMATION HELD\n';
      assert.deepEqual(answers(capitals), { 'body-worn-video': 'used', anpr: 'used', 'facial-recognition': 'not-used', 'predictive-policing': 'not-held' });
      const brackets =
        'Our answers are in square brackets.\n\n1) Does the force use drones? If so, how many? [Yes - the force has 11 drones.]\n' +
        '2) Does the force monitor social media? [Information is held but is exempt under section 31(1)(a).]\n';
      assert.deepEqual(answers(brackets), { drones: 'used', 'social-media-intelligence': 'refused' });
      // Near miss: a second question in capitals is the requester's.
      assert.equal(answers('You asked:\n1. Does the force use drones? HOW MANY DOES IT HAVE?\n\nThe force does not use drones.').drones, 'not-used');
    });

    it('reads a web form\'s one-letter answers after each question ("Q: Drones in use?  A: Y")', () => {
      const text = 'Online FOI form - Response\n\nQ: Body worn video in use?  A: Y\nQ: Facial recognition in use?  A: N\nQ: Drones in use?  A: Y\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'not-used', drones: 'used' });
      // Near miss: a lower-case letter alone is no answer.
      assert.equal(answers('Online FOI form - Response\n\nQ: Drones in use?  A: y\n').drones, 'no-answer');
    });

    it('reads answers labelled after each question ("? ANSWER: YES") and answers in round brackets ("? (Yes)")', () => {
      const labelled =
        'You asked:\n\n1. Does the force use body worn video? ANSWER: YES\n2. Does the force use ANPR? ANSWER: YES\n' +
        '3. Does the force use facial recognition? ANSWER: NO - the force does not use facial recognition.\n';
      assert.deepEqual(answers(labelled), { 'body-worn-video': 'used', anpr: 'used', 'facial-recognition': 'not-used' });
      const bracketed =
        'Your request has been answered in line below, with our answers in brackets.\n\nDoes the force use drones? (Yes)\n' +
        'Does the force use IMSI catchers? (Neither confirm nor deny, by virtue of sections 23(5) and 24(2).)\n' +
        'Does the force use any predictive policing software? (No)\n';
      assert.deepEqual(answers(bracketed), { drones: 'used', 'imsi-catchers': 'ncnd', 'predictive-policing': 'not-used' });
      // Near miss: a note in brackets after the question is the requester's.
      assert.equal(answers('You asked:\n1. Does the force use drones? (See my earlier request 2024/118.)\n\nThe force does not use drones.').drones, 'not-used');
    });

    it('reads a form\'s answer column after each question, wrapped questions included', () => {
      const form =
        'Your request and our answers are shown below.\n\nQuestion                                            Answer\n' +
        '1. Does the force use ANPR?                         Yes\n2. Does the force use live facial recognition?     No\n' +
        '3. Does the force extract data from mobile phones\n   (e.g. kiosks, Cellebrite)?                       Yes\n' +
        '4. Does the force use IMSI catchers?                NCND - see note 1\n\n' +
        'Note 1: The force neither confirms nor denies that it holds information relevant to question 4.\n';
      assert.deepEqual(answers(form), { anpr: 'used', 'facial-recognition': 'not-used', 'mobile-phone-extraction': 'used', 'imsi-catchers': 'ncnd' });
    });

    it('reads the ticked one of a form\'s "Yes" and "No" boxes after a question, and nothing when neither is ticked', () => {
      const boxes =
        'The completed questionnaire is below.\n\n1. Does your force use body worn video?      Yes [X]   No [ ]\n' +
        '2. Does your force use drones?               Yes [ ]   No [X]\n3. Does your force use ANPR?                 [X] Yes   [ ] No\n' +
        '4. Does your force use hacking?              ☐ Yes ☒ No\n5. Does your force use IMSI catchers?        Yes [ ]   No [ ]\n';
      assert.deepEqual(answers(boxes), { 'body-worn-video': 'used', drones: 'not-used', anpr: 'used', hacking: 'not-used', 'imsi-catchers': 'no-answer' });
    });

    it('reads a form\'s boxes before their words on a tool\'s row, and on the line below a question, as the box ticked', () => {
      const rows =
        'Our answers are shown by the marked boxes.\n\n  A1 Body worn video          ☐ Yes    ☒ No\n' +
        '  A2 Drones                   [ ] Yes    [X] No\n  A3 ANPR                     ☒ Yes    ☐ No\n';
      assert.deepEqual(answers(`You asked about BWV, drones and ANPR.\n\n${rows}`), { 'body-worn-video': 'not-used', drones: 'not-used', anpr: 'used' });
      const below =
        'Questionnaire\n\nQ1  Does the force use body worn cameras?\n    ☐ Yes   ☒ No   ☐ Don\'t know\n\n' +
        'Q2  Does the force use drones?\n    ☒ Yes   ☐ No   ☐ Don\'t know\n';
      assert.deepEqual(answers(below), { 'body-worn-video': 'not-used', drones: 'used' });
      // Two boxes alone ("☒ Yes   ☐ No") are a form's row, not a web page's "Yes No" feedback prompt.
      const two = 'Q1. Does your force use drones?\n    ☒ Yes   ☐ No\nQ2. Does your force use ANPR?\n    ☐ Yes   ☒ No\n';
      assert.deepEqual(answers(two), { drones: 'used', anpr: 'not-used' });
      // Near miss: a row with no box ticked says nothing.
      assert.deepEqual(answers('You asked about ANPR.\n\n  A3 ANPR    ☐ Yes    ☐ No    (see below)\n'), { anpr: 'no-answer' });
    });

    it('reads a form\'s boxes standing for the statuses themselves, and the Wingdings boxes a PDF is copied with', () => {
      const form =
        'You asked about BWV, drones and facial recognition.\n\n1. Body worn video          þ Used    ¨ Not used\n' +
        '2. Drones                   ☐ In use   ☒ Not in use\n3. Facial recognition       ¨ Used    þ Not used\n';
      assert.deepEqual(answers(form), { 'body-worn-video': 'used', drones: 'not-used', 'facial-recognition': 'not-used' });
      // Near miss: with both boxes empty, the words of the row answer nothing.
      assert.deepEqual(answers('You asked about drones.\n\n1. Drones                   ¨ Used    ¨ Not used\n'), { drones: 'no-answer' });
    });

    it('reads a form the authority filled in below a question, its rows answered after dot leaders, and a note on "questions (h) and (i)"', () => {
      const text =
        'Please find the completed response form below.\n\nDoes the force use:\n  a) Body worn video ........ Y\n  b) Drones ................. N\n' +
        '  h) Hacking ................ See note\n  i) IMSI catchers .......... As (h)\n\n' +
        'Note: The force neither confirms nor denies that it holds information relevant to questions (h) and (i).\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
      const threeBoxes =
        'Our response:\n\n  1. Body worn video ......  Yes [X]   No [ ]   Trial [ ]\n  2. Predictive policing ...  Yes [ ]   No [ ]   Trial [X]\n';
      assert.deepEqual(answers(threeBoxes), { 'body-worn-video': 'used', 'predictive-policing': 'trialled' });
      // Near miss: a blank form quoted from the request answers nothing.
      const blank = 'Your request:\n\nPlease complete the form:\n  a) Drones ......  Yes [ ]   No [ ]\n\nThe force does not use drones.';
      assert.deepEqual(answers(blank), { drones: 'not-used' });
    });

    it('gives an answer under "Questions 6 and 7 (hacking and IMSI catchers)" to both questions', () => {
      const text =
        'You asked:\n6. Does the force use hacking?\n7. Does the force use IMSI catchers?\n\n' +
        'Questions 6 and 7 (hacking and IMSI catchers)\nThe force neither confirms nor denies whether it holds any information in relation to these questions.\n';
      assert.deepEqual(answers(text), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('reads a yes, a no or a pointer typed after each question on its line: "... drones? Yes, 12 RPAS.", "... IMSI catchers? As Q5."', () => {
      const text =
        'The answers are given after each question.\n\n1. Does the force use drones? Yes, 12 RPAS.\n2. Does the force use live facial recognition? No.\n' +
        '3. Does the force use hacking? We can neither confirm nor deny whether information is held.\n4. Does the force use IMSI catchers? As Q3.\n';
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'not-used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
      // Near miss: the requester's "Yes/No" after a question answers nothing.
      assert.equal(answers('You asked:\n1. Does the force use drones? Yes/No\n\nThe force does not use drones.').drones, 'not-used');
    });

    it('reads an answer labelled "A1" with no stop, or after a dash in an answer\'s word, typed after each question', () => {
      const labelled =
        'You asked three questions.\n\nQ1 Does the force use predictive policing? A1 No – the force has never used it.\n' +
        'Q2 Does the force hack phones or computers? A2 The force neither confirms nor denies whether it holds this information.\n';
      assert.deepEqual(answers(labelled), { 'predictive-policing': 'not-used', hacking: 'ncnd' });
      const dashed = 'Thank you for your request.\n\n1. Which social media monitoring software does the force use? – Withheld under section 31(1)(a).\n2. Does the force use drones? – Yes, six.\n';
      assert.deepEqual(answers(dashed), { 'social-media-intelligence': 'refused', drones: 'used' });
    });

    it('reads any words after each question mark as its answer where the reply says it answers beside each question', () => {
      const text =
        'We have repeated each question and written our answer straight after the question mark.\n\n' +
        '1. Does the force use IMSI catchers? The force can neither confirm nor deny that it holds this information.\n' +
        '2. Does the force use predictive policing? The force uses analytical models to assess demand.\n';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', 'predictive-policing': 'used' });
    });

    it('follows "As per A2.", "As per point 1." and "The same response applies." to the answer they point to', () => {
      const request = 'You asked:\n1. Does the force use drones?\n2. Does the force use facial recognition?\n3. Does the force use predictive policing?\n\n';
      assert.deepEqual(answers(`${request}A1. Yes.\nA2. No. The force does not use facial recognition.\nA3. As per A2.`), {
        drones: 'used',
        'facial-recognition': 'not-used',
        'predictive-policing': 'not-used',
      });
      assert.equal(answers(`${request}1. Yes.\n2. The force holds no information on facial recognition.\n3. The same response applies.`)['predictive-policing'], 'not-held');
      assert.equal(answers(`${request}1. The force does not use drones.\n2. Yes.\n3. As per point 1.`)['predictive-policing'], 'not-used');
    });

    it('follows "As A1.", "See A1." and "As with Question 1." to the answer they point to, under labels set off by spaces', () => {
      const request = 'You asked:\nQ1  Does the force use drones?\nQ2  Does the force use facial recognition?\nQ3  Does the force use predictive policing?\n\n';
      const first = 'A1  The force does not use drones.\n';
      assert.equal(answers(`${request}${first}A2  As A1.\nA3  Yes.`)['facial-recognition'], 'not-used');
      assert.equal(answers(`${request}${first}A2  Yes.\nA3  See A1.`)['predictive-policing'], 'not-used');
      assert.equal(answers(`${request}${first}A2  Yes.\nA3  As with Question 1.`)['predictive-policing'], 'not-used');
      // Near miss: "As a result" points nowhere.
      assert.equal(answers(`${request}${first}A2  As a result of a review, the force stopped using facial recognition.\nA3  Yes.`)['facial-recognition'], 'not-used');
    });

    it('does not read the police service\'s NCND stance in general as an answer about the tool answered just above', () => {
      const text =
        'You asked about drones and IMSI catchers.\n\n1. Drones - Yes. The force operates drones for searches.\n\n' +
        'IMSI catchers\nThe force neither confirms nor denies that it holds any information about IMSI catchers.\n\n' +
        'Confirming the use of this equipment would undermine the national approach, whereby the Police Service does not confirm or deny the use of particular covert techniques in any force area.\n';
      assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd' });
      const policy = 'You asked whether the force monitors social media.\n\nPolice forces ordinarily neither confirm nor deny the use of covert tactics. However, the force uses open source research.';
      assert.equal(answers(policy)['social-media-intelligence'], 'used');
      const approach =
        'You asked whether the force uses drones.\n\nThe Police Service as a whole has adopted a consistent approach of neither confirming nor denying in respect of certain covert tactics.\n\nDrones - Yes.';
      assert.equal(answers(approach).drones, 'used');
      // Near miss: the Police Service of Scotland's own NCND is its answer.
      assert.equal(answers('You asked about IMSI catchers.\n\nThe Police Service of Scotland neither confirms nor denies that it holds information about IMSI catchers.')['imsi-catchers'], 'ncnd');
    });

    it('reads social media told as monitored by officers as use', () => {
      const text = 'You asked:\n1. Does the force use any tools to monitor social media?\n\n1. The force confirms that social media and other open source material is monitored by trained officers.';
      assert.equal(answers(text)['social-media-intelligence'], 'used');
    });

    it('reads the answer to a numbered question\'s first part on its number\'s line: "1. (a) Yes."', () => {
      const text = 'Request\n1. (a) Does the force use drones?\n   (b) How many?\n2. (a) Does the force use BWV?\n   (b) How many?\n\nResponse\n\n1. (a) Yes.\n   (b) 7.\n\n2. (a) No.\n   (b) None.\n';
      assert.deepEqual(answers(text), { drones: 'used', 'body-worn-video': 'not-used' });
    });

    it('gives a statement after a list of labels each with its bracket or a comma to each: "b), c) and d) –", "2, 3 and 4 –"', () => {
      const lettered =
        'You asked which of the following tools are used by the force:\n\na) body worn video\nb) facial recognition\nc) hacking\nd) drones\n\n' +
        'a) Body worn video – The force uses body worn video.\n\nb), c), and d) – This information is not held.';
      assert.deepEqual(answers(lettered), { 'body-worn-video': 'used', 'facial-recognition': 'not-held', hacking: 'not-held', drones: 'not-held' });
      const numbered =
        'You asked which of the following tools are used by the force:\n\n1. body worn video\n2. facial recognition\n3. hacking\n4. drones\n\n' +
        '1. Body worn video – The force uses body worn video.\n\n2, 3 and 4 – This information is not held.';
      assert.deepEqual(answers(numbered), { 'body-worn-video': 'used', 'facial-recognition': 'not-held', hacking: 'not-held', drones: 'not-held' });
      // Near miss: one label answers its own question only.
      const one = lettered.replace('b), c), and d) –', 'b) –');
      assert.deepEqual(answers(one), { 'body-worn-video': 'used', 'facial-recognition': 'not-held', hacking: 'no-answer', drones: 'no-answer' });
    });

    it('reads a numbered item whose tool\'s name ends in a full stop as that tool\'s answer: "4. Predictive policing. The force ..."', () => {
      const text =
        'We have now considered your request, which asked about predictive policing and social media monitoring.\n\n' +
        '4. Predictive policing. The force previously used a predictive mapping tool. It was withdrawn from service in 2019.\n\n' +
        '5. Social media monitoring.\nSocial media is monitored only in connection with public order events, by the force\'s intelligence team.';
      assert.deepEqual(answers(text), { 'predictive-policing': 'not-used', 'social-media-intelligence': 'used' });
      // Near miss: a name opening a line that goes on with the sentence above is no label.
      const wrapped =
        'You asked about hacking and IMSI catchers.\n\nThe force can neither confirm nor deny that it holds any information about hacking or\n' +
        '   IMSI catchers. Sections 24(2) and 31(3) of the Act apply.';
      assert.deepEqual(answers(wrapped), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('reads a grid of answers labelled by number and part without brackets ("1a  Yes", "2b  N/A") against "1  a. Does ...?"', () => {
      const text =
        'REQUEST\n1  a. Does the force use drones?  b. How many?\n2  a. Does it use predictive policing?  b. Supplier?\n\n' +
        'RESPONSE\n1a  Yes\n1b  11\n2a  No\n2b  N/A';
      assert.deepEqual(answers(text), { drones: 'used', 'predictive-policing': 'not-used' });
    });

    it('gives a statement under a range of labels to every question in it: "2 - 7.", "Questions 2 to 4:", "(b) to (d)"', () => {
      const asked = 'You asked which of these tools the force uses:\n\n1. Body worn video\n2. Facial recognition\n3. Hacking\n4. Drones\n\n';
      const referred = 'These are operational matters for the Chief Constable; please send these parts of your request to Kent Police.';
      const all = { 'body-worn-video': 'used', 'facial-recognition': 'referred', hacking: 'referred', drones: 'referred' };
      assert.deepEqual(answers(`${asked}1. Yes - the force uses body worn video.\n\n2 - 4. ${referred}`), all);
      assert.deepEqual(answers(`${asked}1. Yes - the force uses body worn video.\n\nQuestions 2 to 4: ${referred}`), all);
      const lettered = asked.replace(/^(\d)\./gm, (_, n: string) => `(${'abcd'[Number(n) - 1]})`);
      assert.deepEqual(answers(`${lettered}(a) Yes - the force uses body worn video.\n\n(b) to (d) ${referred}`), all);
      // Near miss: a count after a number is no range.
      const count = `${asked}1. Yes - the force uses body worn video.\n\n2. 1 - 3 officers are trained in facial recognition, a pilot.`;
      assert.equal(answers(count).hacking, 'no-answer');
    });

    it('reads a statement naming its questions inside the sentence as about those questions only', () => {
      const text =
        'You asked: (a) whether the force uses predictive policing; (b) whether it uses facial recognition; (c) what it spends on body worn video.\n\n' +
        'I can confirm that the Authority does not hold the information you asked for in parts (a) and (b) of your request.';
      assert.deepEqual(answers(text), { 'predictive-policing': 'not-held', 'facial-recognition': 'not-held', 'body-worn-video': 'no-answer' });
      const numbered =
        'You asked:\n1. Do you use drones?\n2. Do you use ANPR?\n3. Do you use IMSI catchers?\n\n1. Yes.\n\n' +
        'The force neither confirms nor denies that it holds any information relevant to questions 2 and\n3 by virtue of section 31(3).';
      assert.deepEqual(answers(numbered), { drones: 'used', anpr: 'ncnd', 'imsi-catchers': 'ncnd' });
      // Near miss: "as part of" names no question.
      const partOf = 'You asked: (a) whether the force uses drones; (b) whether it uses ANPR.\n\nThe information is not held as part of any system.';
      assert.deepEqual(answers(partOf), { drones: 'not-held', anpr: 'not-held' });
    });

    it('reads a statement naming lettered parts of a numbered question ("In respect of 1(c) and 1(d)") as about those parts only', () => {
      const text =
        'You asked:\n\n1. Please state whether the force uses:\n   a) body worn video\n   b) facial recognition\n   c) hacking\n   d) IMSI catchers\n' +
        '2. What impact assessments have been carried out?\n3. Can you guarantee safeguards?\n\nResponse:\n\n1.\n   a) Yes.\n   b) No.\n   c) and d) Please see section 3 below.\n\n' +
        '2.\n   1. No assessments are held.\n\n3.\n   1. This question is not a request for recorded information.\n' +
        '   2. In respect of 1(c) and 1(d), the force neither confirms nor denies that it holds any information. To confirm or deny whether these ' +
        'tactics are used would give criminals an insight into covert capability.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'not-used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('reads the tools after the numbers of several questions as one heading: "3, 4 and 5. Facial recognition, IMSI catchers and ANPR"', () => {
      const text =
        'You asked:\n1. Do you use drones?\n2. Do you use facial recognition?\n3. Do you use ANPR?\n4. Do you use IMSI catchers?\n\n' +
        '1. Drones\n\nThe force uses drones.\n\n2, 3 and 4. Facial recognition, ANPR and IMSI catchers\n\n' +
        'The force neither confirms nor denies that it holds this information.';
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'ncnd', anpr: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('does not give a bare "Yes" to one question naming two tools to both (near miss): "Do you use drones or ANPR?"', () => {
      const text = 'You asked:\n1. Do you use drones or ANPR?\n2. Do you use BWV?\n\n1. Yes.\n2. No.';
      assert.deepEqual(answers(text), { drones: 'no-answer', anpr: 'no-answer', 'body-worn-video': 'not-used' });
    });

    it('does not read a "yes" further into a sentence that names its question as the bare answer (near miss)', () => {
      const text = 'You asked:\n1. Do you use drones?\n2. Do you use ANPR?\n\nQuestion 2: the answer to whether we hold this is yes.';
      assert.notEqual(answers(text).anpr, 'used');
    });

    it('gives "In relation to part (b)" the tools of part (b)', () => {
      const text =
        'You asked:\n(a) body worn video\n(b) IMSI catchers\n\nResponse:\n(a) The force uses body worn video.\n\n' +
        'In relation to part (b), the force can neither confirm nor deny whether it holds any information, by virtue of Section 24(2).';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'imsi-catchers': 'ncnd' });
    });

    it('gives "Items 1 and 2:" the tools of both items', () => {
      const text =
        'You asked:\n1. Do you use body worn video?\n2. Do you use facial recognition?\n3. Do you use drones?\n\n' +
        'Response:\nItems 1 and 2: the OPCC does not hold this information.\nItem 3: The force uses drones.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'not-held', 'facial-recognition': 'not-held', drones: 'used' });
    });

    describe('bullets named by their place', () => {
      const asked = 'You asked whether the force uses:\n- drones\n- IMSI catchers\n- body worn cameras\n- facial recognition\n\nOur response:\n\n';
      const ncnd = 'the force can neither confirm nor deny that it holds any information, by virtue of Section 24(2).';

      it('gives "Bullet one - Yes." and "Fourth bullet point: No." the tools of those bullets', () => {
        const text = `${asked}Bullet one - Yes.\n\nBullet two - ${ncnd}\n\nBullet three - Yes.\n\nFourth bullet point: No.`;
        assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd', 'body-worn-video': 'used', 'facial-recognition': 'not-used' });
      });

      it('gives "the first two bullet points", "bullets three and four" and "the last bullet point" their bullets', () => {
        assert.deepEqual(answers(`${asked}In respect of the first two bullet points, ${ncnd}\n\nBullets three and four: Yes.`), {
          drones: 'ncnd',
          'imsi-catchers': 'ncnd',
          'body-worn-video': 'used',
          'facial-recognition': 'used',
        });
        assert.equal(answers(`${asked}Drones: Yes.\n\nRegarding the last bullet point, ${ncnd}`)['facial-recognition'], 'ncnd');
      });

      it('keys bullets the force numbered by their place, and a sub-bullet with the bullet above it', () => {
        const text =
          'You asked:\n- drones\n   - if so, how many?\n- ANPR\n- body worn video\n\nWe have numbered your questions 1 to 3.\n\nResponse\n\n' +
          `Question 1: Yes.\n\nQuestion 2: Yes.\n\nQuestion 3: ${ncnd}`;
        assert.deepEqual(answers(text), { drones: 'used', anpr: 'used', 'body-worn-video': 'ncnd' });
      });

      it('does not key bullets by place where a line holds several (near miss)', () => {
        const text = 'You asked:\n  • drones  • ANPR\n  • body worn video\n\nOur reply\n\nQuestion 1 - The office holds no information about any of the tools in your list.';
        assert.deepEqual(answers(text), { drones: 'not-held', anpr: 'not-held', 'body-worn-video': 'not-held' });
      });

      it('names no bullet past the end of the list (near miss)', () => {
        assert.notEqual(answers(`${asked}Drones: Yes.\n\nIn respect of the fifth bullet point, ${ncnd}`)['facial-recognition'], 'ncnd');
      });
    });

    it('gives a range, "Parts (b) to (d):" or "questions 2-3", every part in it', () => {
      const asked = 'You asked:\n(a) body worn video\n(b) hacking\n(c) IMSI catchers\n(d) drones\n(e) ANPR\n\nResponse:\n(a) The force uses body worn video.\n';
      const expected = { 'body-worn-video': 'used', hacking: 'not-held', 'imsi-catchers': 'not-held', drones: 'not-held', anpr: 'no-answer' };
      assert.deepEqual(answers(`${asked}Parts (b) to (d): the OPCC does not hold this information.`), expected);
      assert.deepEqual(answers(`${asked}In relation to parts b-d, the OPCC does not hold this information.`), expected);
    });

    it('does not read a spaced dash after a question\'s number as a range ("Question 1 - a search ...")', () => {
      const text =
        'You asked:\n(a) Does the force use ANPR?\n(b) Does the force use drones?\n\nResponse:\nQuestion (a) - a search found that the OPCC does not hold this information.';
      assert.deepEqual(answers(text), { anpr: 'not-held', drones: 'no-answer' });
    });

    it('gives "With regard to questions 2 and 3" the tools of those questions only', () => {
      const text =
        'You asked:\n1. Does the force use ANPR?\n2. Does the force use hacking?\n3. Does the force use IMSI catchers?\n\n' +
        'Response:\n1. Yes.\nWith regard to questions 2 and 3, the force can neither confirm nor deny that it holds any information.';
      assert.deepEqual(answers(text), { anpr: 'used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('maps the parts of a request written on one line, "(c) IMSI catchers; (d) hacking"', () => {
      const text =
        'You asked:\n"Please tell me whether the force uses any of the following: (a) body worn cameras; (b) drones; (c) IMSI catchers; (d) hacking."\n\n' +
        'Response:\n(a) Body worn cameras are issued to all officers.\n(b) The force operates drones.\n\n' +
        'In relation to parts (c) and (d) of your request, the force can neither confirm nor deny that it holds the information.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
    });

    it('maps numbered questions written on one line, "1. ...? 2. ...?", to the answers numbered after them', () => {
      const text = 'Your request:\n1. Does the force use body worn video? 2. Does the force use drones?\n\nResponse:\n1. Yes\n2. No';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used' });
    });

    describe('answers that only point to another answer', () => {
      const asked = 'Your request:\n1. Does the force use drones?\n2. Does the force use ANPR?\n\nOur response:\n';
      for (const [pointer, status] of [
        ['As above.', 'not-used'],
        ['Please see our response to question 1.', 'not-used'],
        ['See answer 1 above.', 'not-used'],
        ['Same as Q1.', 'not-used'],
        ['As per Q1.', 'not-used'],
        ['As question 1.', 'not-used'],
        ['Please refer to the answer to Request 1.', 'not-used'],
        ['Our response to 1 applies equally to this part.', 'not-used'],
        // Near miss: a question of another request.
        ['Please refer to the answer to Request 1 of your earlier request, FOI 2023/0112.', 'no-answer'],
      ] as const) {
        it(`gives "2. ${pointer}" the answer it points to`, () => {
          assert.deepEqual(answers(`${asked}1. No, the force does not use drones.\n2. ${pointer}`), { drones: 'not-used', anpr: status });
        });
      }

      it('follows a pointer to a part of a numbered question, "5b. Our response to 5a applies equally to 5b."', () => {
        const text =
          'You asked:\n4. Does the force use ANPR?\n5a. Does the force use IMSI catchers?\n5b. Does the force use hacking?\n\n' +
          '4. Yes.\n5a. The force can neither confirm nor deny that it holds any information, by virtue of section 24(2).\n' +
          '5b. Our response to 5a applies equally to 5b.';
        assert.deepEqual(answers(text), { anpr: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
      });

      it('follows "A4 Same response as Q2." after an answer label set off by one space', () => {
        const text =
          'Q1 Does the force use ANPR?\nA1 Yes.\nQ2 Does the force use predictive policing?\nA2 The force does not use predictive ' +
          'policing software.\nQ4 Does the force use facial recognition?\nA4 Same response as Q2.';
        assert.deepEqual(answers(text), { anpr: 'used', 'predictive-policing': 'not-used', 'facial-recognition': 'not-used' });
      });

      it('follows a pointer to a question answered below it, "Q3 Please see our response to Q6 below."', () => {
        const text =
          'You asked:\nQ3 Does the force hack phones remotely?\nQ6 Does the force use IMSI catchers?\n\nResponse:\n' +
          'Q3 Please see our response to Q6 below.\nQ6 The force can neither confirm nor deny that it holds any information relevant ' +
          'to this question, by virtue of section 24(2).';
        assert.deepEqual(answers(text), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
      });

      it('gives "As (iii) above." under a part set out alone the answer just before it', () => {
        const text =
          'Which of the following are used:\n\n(iii) hacking\n\nThe force neither confirms nor denies that it holds any information.\n\n' +
          '(iv) IMSI catchers\n\nAs (iii) above.';
        assert.equal(answers(text)['imsi-catchers'], 'ncnd');
      });

      it('gives "see the response to (c) above, which applies equally to this part" the answer to (c)', () => {
        const text =
          'You asked whether the force uses (c) hacking and (d) IMSI catchers.\n\n(c) Hacking - The force can neither confirm nor deny ' +
          'that it holds any information relevant to this part of your request.\n\n(d) IMSI catchers - see the response to (c) above, ' +
          'which applies equally to this part of your request.';
        assert.deepEqual(answers(text), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
      });

      it('gives "See exemptions below." the NCND said below of the tools it covers', () => {
        const text =
          'You asked which of these are used: drones, hacking.\n\nTechnology | Response\nDrones | Used.\nHacking | See exemptions below.\n\n' +
          'Exemptions\n\nIn respect of the technologies marked "See exemptions below", the force neither confirms nor denies that it holds the information.';
        assert.deepEqual(answers(text), { drones: 'used', hacking: 'ncnd' });
      });

      it('does not read "Please see the attached report." or "See a copy below." as pointers (near misses)', () => {
        for (const words of ['Please see the attached report.', 'See a copy below.']) {
          assert.equal(answers(`${asked}1. No, the force does not use drones.\n2. ${words}`).anpr, 'no-answer', words);
        }
      });
    });

    it('numbers a question written after "You asked:" on its line, "1. ...?", alone among labels that name no tool', () => {
      const text = 'You asked: 1. Does the force use facial recognition? 2. If yes, which supplier?\n\n1. No.\n2. N/A.';
      assert.deepEqual(answers(text), { 'facial-recognition': 'not-used' });
    });

    it('reads answers run together on one line, "A1 Yes. A2 No.", by their numbers', () => {
      const text = 'Your request:\nQ1 Does the force use ANPR? Q2 Does the force use predictive policing?\n\nResponse:\nA1 Yes. A2 No.';
      assert.deepEqual(answers(text), { anpr: 'used', 'predictive-policing': 'not-used' });
    });

    it('does not read "A2" inside an answer\'s sentence as a label', () => {
      const text = 'Your request:\nQ1 Does the force use ANPR? Q2 Does the force use predictive policing?\n\nResponse:\nThe force uses ANPR and predictive policing, as set out in A2 of our 2019 review.';
      assert.deepEqual(answers(text), { anpr: 'used', 'predictive-policing': 'used' });
    });

    it('reads questions and answers labelled with a lettered part, "Q1a" over "A1a"', () => {
      const text = 'Dear requester\n\nQ1a  Does the force use ANPR?\nA1a  Yes.\n\nQ1b  When?\nA1b  2007.\n\nQ2a  Does the force use drones?\nA2a  No.\n';
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'not-used' });
    });

    it('reads the first part\'s "Yes" or "No" under a tool\'s heading answered part by part, and not a later part\'s', () => {
      const request = 'You asked:\n\nFor each of body worn video and drones -\n1) do you use it?\n2) was a trial held?\n\nAnswer:\n\n';
      const text = `${request}Body worn video\n1) Yes.\n2) 2015.\n\nDrones\n1) No.\n2) N/A.\n`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used' });
      // Near miss: a "Yes" to the second part alone says nothing of use.
      assert.deepEqual(answers(`${request}Drones\n2) Yes.\n`), { 'body-worn-video': 'no-answer', drones: 'no-answer' });
    });

    it('reads "C, D." as the label of the answer to both parts', () => {
      const text =
        'You asked which of these are used:\nA. body worn video\nB. drones\nC. hacking\nD. IMSI catchers\n\nResponse\n\n' +
        'A. Officers are equipped with body worn video.\nB. Yes.\nC, D. The office does not hold this information.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', hacking: 'not-held', 'imsi-catchers': 'not-held' });
    });

    it('reads "D and E." as the label of the answer to both parts, but not "A and E departments"', () => {
      const request = 'You asked which of these are used:\nA. body worn video\nB. drones\nC. hacking\nD. IMSI catchers\nE. ANPR\n\nResponse\n\n';
      const both = `${request}A and B. Officers are equipped with body worn video and drones.\nC. No.\nD and E. The office does not hold this information.`;
      assert.deepEqual(answers(both), { 'body-worn-video': 'used', drones: 'used', hacking: 'not-used', 'imsi-catchers': 'not-held', anpr: 'not-held' });
      const prose = `${request}A and E departments are not covered. The force uses body worn video.`;
      assert.equal(answers(prose).anpr, 'no-answer');
    });

    it('reads each "2) Whether ..." item set over its "Response:" as the request, so its words are no answer', () => {
      const text =
        'Thank you for your request.\n\n1) Whether the force uses IMSI catchers.\n\nResponse: The force neither confirms nor denies ' +
        'that it holds any information.\n\n2) Whether the force extracts data from mobile phones.\n\nResponse: No.\n\n' +
        '3) Whether the force uses drones.\n\nResponse: The force has three drones.';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', 'mobile-phone-extraction': 'not-used', drones: 'used' });
    });

    it('reads "Question 1" over a request without a question mark, answered under "Response 1", and numbers the parts under it', () => {
      const text =
        'Your questions are set out below, with our response beneath each one.\n\nQuestion 1\nPlease tell me whether the force uses:\n' +
        '(i) body worn video\n(ii) drones\n\nResponse 1\n(i) Yes.\n(ii) No.\n\nQuestion 2\n(i) Does the force use IMSI catchers?\n' +
        '(ii) Does the force use hacking?\n\nResponse 2\nThe force can neither confirm nor deny that it holds any information relevant to question 2.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
    });

    it('follows roman-numeral parts "(i)", "(ii)", "(iii)" from the request to the answers', () => {
      const text =
        'You asked:\n(i) Does the force use drones?\n(ii) Does the force use ANPR?\n(iii) Does the force use hacking?\n\n' +
        'Response:\n(i) Yes, the force has four drones.\n(ii) No.\n(iii) The force can neither confirm nor deny whether it holds this information.';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used', hacking: 'ncnd' });
    });

    it('gives "In relation to parts (b) and (d)" the tools of those parts, not of the "a" and "d" of "and"', () => {
      const text =
        'You asked:\n(a) body worn video\n(b) IMSI catchers\n(c) drones\n(d) hacking\n\nResponse:\n(c) The force uses drones.\n' +
        'In relation to parts (b) and (d), the force can neither confirm nor deny that it holds any information.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'no-answer', 'imsi-catchers': 'ncnd', drones: 'used', hacking: 'ncnd' });
    });

    it('does not read "Part II of the Act" as a reference to a question', () => {
      const text = 'You asked:\n1. Do you use drones?\n\nResponse:\nPart II of the Act sets out the exemptions. The force uses drones.';
      assert.deepEqual(answers(text), { drones: 'used' });
    });
  });

  describe("a tool's name alone on its line, heading its answer", () => {
    it('reads the paragraph below each heading as that tool\'s answer', () => {
      const text = 'You asked whether you use predictive policing and drones.\n\nPredictive policing\nNo information is held.\n\nDrones\n\nThe force does not use drones.';
      assert.deepEqual(answers(text), { 'predictive-policing': 'not-held', drones: 'not-used' });
    });

    it('reads a heading giving the tool a second name after a slash, "Predictive policing / demand forecasting"', () => {
      const text =
        'You asked whether you use predictive policing.\n\nPredictive policing / demand forecasting\nThe force does not currently use predictive policing software. ' +
        'The force is, however, working with a university on a proof of concept for a model of demand.';
      assert.equal(answers(text)['predictive-policing'], 'trialled');
      // Near miss: a line saying more than a second name is a sentence, not a heading.
      const sentence = 'You asked whether you use drones.\n\nDrones / we have two in use\nThe force is also considering a pilot of tethered drones.';
      assert.equal(answers(sentence).drones, 'used');
    });

    it('reads a bare answer under a heading', () => {
      assert.equal(answers('You asked: Do you use body worn video?\n\nBody Worn Video (BWV)\nYes. There are 1,412 devices.')['body-worn-video'], 'used');
    });

    it('reads a heading naming several tools as the heading of each', () => {
      const text =
        'You asked whether the force uses body worn video, hacking or IMSI catchers.\n\nBody worn video\nThe force is rolling out body worn video.\n\nHacking and IMSI catchers\nThe force can neither confirm nor deny whether it holds the information you have requested.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('reads a label naming several tools before its separator as the label of each', () => {
      const text = 'You asked whether the force uses drones, hacking or IMSI catchers.\n\nDrones: Yes.\nHacking and IMSI catchers: The force can neither confirm nor deny whether it holds this information.';
      assert.deepEqual(answers(text), { drones: 'used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('reads several per-tool answers on one line, "BWV - Yes. AFR - No."', () => {
      const text = 'You asked: Does the force use BWV, AFR and drones?\n\nBWV - Yes. AFR - No. Drones - yes, through the air support unit.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'not-used', drones: 'used' });
    });

    it('does not take a tool named within a longer line for a heading of several tools', () => {
      const text = 'You asked whether the force uses hacking or IMSI catchers.\n\nHacking and IMSI catchers are mentioned in your request\nThe force can neither confirm nor deny whether it holds the information you have requested.';
      assert.deepEqual(answers(text), { hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('reads numbered tool names on consecutive lines as heading the one answer below them', () => {
      const text =
        'Your request was for confirmation of which of the following tools are used by the force: drones, hacking, IMSI catchers.\n\n1. Drones\nThe force uses drones.\n\n' +
        '2. Hacking\n3. IMSI catchers\nIn respect of questions 2 and 3, the force neither confirms nor denies that it holds any information.';
      assert.deepEqual(answers(text), { drones: 'used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('reads a later paragraph that goes on from the first ("Beyond this, ...") as under the same heading', () => {
      const text =
        'You asked whether the force uses drones or social media monitoring.\n\nDrones\nThe force uses drones.\n\nSocial media monitoring\n' +
        'Officers carry out open source research.\n\nBeyond this, the force neither confirms nor denies whether it holds any further ' +
        'information about covert use.';
      assert.deepEqual(answers(text), { drones: 'used', 'social-media-intelligence': 'partial-ncnd' });
      // Not going on from the last paragraph, the NCND still qualifies the answer just above it, not the one further up.
      const apart = text.replace('Beyond this, the force', 'The force');
      assert.deepEqual(answers(apart), { drones: 'used', 'social-media-intelligence': 'partial-ncnd' });
    });

    it("ends a table row's answer at the next row, though that row's first cell names no tool", () => {
      const text =
        'You asked whether the force uses body worn video or ANPR.\n\nTechnology            | Response\n' +
        'Body-worn cameras     | Yes. Body worn video is issued\n                      | to all officers.\n' +
        'Automatic Number Plate | Yes. The force operates ANPR cameras,\nRecognition (ANPR)    | and has done so since 2007.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', anpr: 'used' });
      // Near miss: a header row naming the tool heads the rows under its rule.
      const header = 'You asked: Does the force use facial recognition?\n\n| Facial recognition | Overt |\n|---|---|\n| Response | The force does not use it. |';
      assert.deepEqual(answers(header), { 'facial-recognition': 'not-used' });
    });

    it('does not take a list of tool names, one a line, for headings', () => {
      const text = 'You asked: Do you use drones, ANPR or facial recognition?\n\nResponse:\nDrones\nANPR\n\nFacial recognition is used by the force.';
      assert.deepEqual(answers(text), { drones: 'no-answer', anpr: 'no-answer', 'facial-recognition': 'used' });
    });
  });

  describe('general and hedged wording', () => {
    it('reads what officers of a named unit do, or may do, as use', () => {
      const unit = 'You asked: Does the force use social media intelligence?\n\nOfficers within the Force Intelligence Bureau conduct open source research.';
      assert.deepEqual(answers(unit), { 'social-media-intelligence': 'used' });
      const may = 'You asked: Does the force use social media intelligence?\n\nOfficers and staff may carry out open source research as part of an investigation.';
      assert.deepEqual(answers(may), { 'social-media-intelligence': 'used' });
      // Near miss: the force's own "may" is a hedge.
      assert.notEqual(answers('You asked: Does the force use drones?\n\nThe force may use drones in future.').drones, 'used');
    });

    it('reads a clause going on from a question ("whether the force uses X, or monitors Y") as part of it', () => {
      const text =
        'You asked: Does the force use predictive policing or social media intelligence?\n\nThe force neither confirms nor denies that it holds ' +
        'any information, by virtue of section 31(3). To say whether or not the force uses predictive policing, or monitors social media, would ' +
        'show where its attention is focused.';
      assert.deepEqual(answers(text), { 'predictive-policing': 'ncnd', 'social-media-intelligence': 'ncnd' });
    });

    it('does not read use of many things of a kind as use of the one tool asked about', () => {
      const text =
        'You asked: Does the force use predictive policing?\n\nThe force uses many analytical products. Establishing whether any of them is ' +
        'predictive policing would exceed the appropriate limit, and section 12(1) applies.';
      assert.equal(answers(text)['predictive-policing'], 'refused');
      // Near misses: the tool among the things used, or counted, is used.
      assert.equal(answers('You asked: Does the force use predictive policing?\n\nThe force uses many analytical products, including predictive policing software.')['predictive-policing'], 'used');
      assert.equal(answers('You asked: Does the force use drones?\n\nThe force uses a number of drones.').drones, 'used');
    });

    it('reads "would not describe any of them as" the tool as not used, beside use of other things', () => {
      const text =
        'You asked: Does the force use predictive policing?\n\nWhile the force uses a range of analytical techniques, it would not describe ' +
        'any of them as predictive policing, and no forecasting product has been purchased.';
      assert.equal(answers(text)['predictive-policing'], 'not-used');
      // Near miss: the tool itself not regarded as something else is no denial of its use.
      assert.equal(answers('You asked: Does the force use drones?\n\nThe force does not regard drones as surveillance and uses them daily.').drones, 'used');
    });

    for (const [answer, status] of [
      ['The force does not itself carry out equipment interference. Where needed, it is undertaken by the National Crime Agency.', 'not-used'],
      ['The force bought 40 body-worn cameras in 2019, but they were never issued to officers.', 'not-used'],
      ['Retrospective facial recognition no longer forms part of the force\'s investigative toolkit.', 'not-used'],
      ['The force does not monitor social media in the sense described in your request.', 'not-used'],
      ['It is not the case that the force does not use ANPR.', 'used'],
    ] as const) {
      it(`reads "${answer}" as ${status}`, () => {
        const tools = answers(`You asked about surveillance tools.\n\n${answer}`);
        assert.deepEqual(Object.values(tools), [status]);
      });
    }

    it('keeps use told before a denial of some use only ("does not routinely", "for the surveillance of")', () => {
      const text =
        'You asked: Does the force use drones?\n\nDrones\n\nThe force operates RPAS from three bases. The force does not routinely deploy RPAS for the surveillance of public gatherings.';
      assert.equal(answers(text).drones, 'used');
      // Near miss: a plain denial after use told still tells the present state.
      assert.equal(answers('You asked: Do you use drones?\n\nDrones\n\nThe force operated drones until 2020. The force does not use drones now.').drones, 'not-used');
    });

    it('reads the force\'s own document on the tool, given, as use that a denial outweighs', () => {
      const text = 'You asked: a copy of the force\'s policy on body worn video and on drones.\n\nThe force\'s BWV policy is attached. No drone policy is held because the force does not operate drones.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used' });
      assert.equal(answers('You asked for the ANPR policy.\n\n1. ANPR Procedure: https://www.example.police.uk/anpr').anpr, 'used');
      // Near miss: a policy held by another body is not the force's.
      assert.equal(answers('You asked for the ANPR policy.\n\nThe national ANPR standards are published by the Home Office.').anpr, 'no-answer');
    });

    it('reads a licence held for the tool as use that a denial outweighs', () => {
      const text = 'You asked about social media monitoring.\n\nThe force holds a licence for an open source intelligence platform. To date the product has not been used.';
      assert.equal(answers(text)['social-media-intelligence'], 'not-used');
      assert.equal(answers('You asked about social media monitoring.\n\nThe force holds a licence for an open source intelligence platform.')['social-media-intelligence'], 'used');
    });

    it('reads equipment bought as use that a trial or a denial beside it outweighs', () => {
      const asked = 'You asked: Does the force use drones?\n\n';
      const bought = 'The force has procured two DJI Matrice 30T aircraft.';
      assert.equal(answers(`${asked}${bought} A six-month pilot of drone deployments begins in April.`).drones, 'trialled');
      assert.equal(answers(`${asked}${bought} Drones are not yet used by the force.`).drones, 'not-used');
      assert.equal(answers(`${asked}The force has purchased 12 drones.`).drones, 'used');
      // Near miss: use told directly beside the purchase is use.
      assert.equal(answers(`${asked}${bought} Drones have been deployed since a pilot in 2021.`).drones, 'used');
    });

    it('reads use told as following a trial as use', () => {
      const asked = 'You asked: Does the force use drones?\n\n';
      assert.equal(answers(`${asked}Drones have been deployed since a successful pilot in 2021.`).drones, 'used');
      assert.equal(answers(`${asked}The force has operated drones following the trial.`).drones, 'used');
      // Near miss: nothing told of use after the trial.
      assert.equal(answers(`${asked}Following a pilot of drones in 2021, an evaluation is under way.`).drones, 'trialled');
    });

    for (const [answer, tool] of [
      ['Body worn video is currently only issued to our firearms officers.', 'body-worn-video'],
      ['The force has equipped its response officers with body worn video since 2014.', 'body-worn-video'],
      ['The Commissioner approved funding to buy two drones, and the drones are now operational.', 'drones'],
      ['Mobile phones are examined by the force\'s Digital Forensic Unit using kiosks.', 'mobile-phone-extraction'],
      ['Officers will look at publicly available social media accounts where there is a policing purpose.', 'social-media-intelligence'],
      ['The force\'s ANPR cameras are supplied and maintained under a contract with Videalert Ltd.', 'anpr'],
      ['1,206 handsets were triaged on the cyber kiosks in 2022.', 'mobile-phone-extraction'],
      ['South Wales Police equips its officers with body worn video cameras.', 'body-worn-video'],
    ] as const) {
      it(`reads "${answer}" as use`, () => {
        const asked = { 'body-worn-video': 'BWV', drones: 'drones', 'mobile-phone-extraction': 'cyber kiosks', 'social-media-intelligence': 'social media monitoring', anpr: 'ANPR' }[tool];
        assert.equal(answers(`You asked: Does the force use ${asked}?\n\n${answer}`)[tool], 'used');
      });
    }

    it('does not read "these are operational matters for the MPS" as use', () => {
      assert.equal(answers('You asked about drones.\n\nDrones – these are operational matters for the MPS. Please contact the MPS.').drones, 'referred');
    });

    it('reads a relative clause telling what a pilot does as part of the trial, not as use', () => {
      const text = 'You asked: Does the force use predictive policing?\n\nThe force is taking part in a pilot, led with academic partners, which uses historical data to map burglary risk.';
      assert.equal(answers(text)['predictive-policing'], 'trialled');
      // Near miss: use told in a clause of its own after the trial.
      assert.equal(answers('You asked: Does the force use predictive policing?\n\nThe force ran a pilot in 2019, and it now uses the software in every district.')['predictive-policing'], 'used');
    });

    it('reads "not aware that the force has ever used" and "none are in use" as not used', () => {
      const text = 'You asked: whether the force uses predictive policing tools.\n\nI am not aware that the force has ever used predictive policing tools, and the team have confirmed that none are in use.';
      assert.equal(answers(text)['predictive-policing'], 'not-used');
    });

    it('reads a numbered answer after a one-line request, saying what only the authority says, as the answer', () => {
      const text = 'You asked: copies of the DPIA for (1) UAVs and (2) cyber kiosks.\n\n1. No DPIA is held because the force does not operate drones.\n2. The DPIA for the kiosks is attached.';
      assert.deepEqual(answers(text), { drones: 'not-used', 'mobile-phone-extraction': 'used' });
    });

    it('reads "not aware of any" tool "in use" as not used, and a pilot that ran as a trial', () => {
      assert.equal(answers('You asked: Do you use predictive policing?\n\nThe force is not aware of any predictive policing algorithm in use.')['predictive-policing'], 'not-used');
      assert.equal(answers('You asked: Have you piloted kiosks?\n\nCyber kiosks: a three-month pilot ran at one station in 2021.')['mobile-phone-extraction'], 'trialled');
    });

    it('reads "no deployments of" the tool, and "and no ... has been" after a comma, as not used', () => {
      assert.equal(answers('You asked: Does the force use LFR?\n\nNo deployments of live facial recognition have taken place.')['facial-recognition'], 'not-used');
      assert.equal(answers('You asked: Do you use drones?\n\nThe force has considered drones, and no drones have been purchased.').drones, 'not-used');
    });
  });

  describe('terse replies for every tool asked about', () => {
    it('reads "we don\'t use any of these" and "Nil return for all parts" as a denial of each tool', () => {
      assert.deepEqual(answers('You asked: do you use drones or ANPR?\n\nHi, we don\'t use any of these. Regards'), { drones: 'not-used', anpr: 'not-used' });
      assert.deepEqual(answers('You asked: do you use drones or ANPR?\n\nHi,\n\nNil return for all parts.\n\nRegards'), { drones: 'not-used', anpr: 'not-used' });
      // Near miss: "any of these" outside a denial answers nothing.
      assert.deepEqual(answers('You asked: do you use drones or ANPR?\n\nWe hold records on any of these.'), { drones: 'no-answer', anpr: 'no-answer' });
    });
  });

  describe('corrections and reviews of an earlier answer', () => {
    it('reads the corrected answer, not the earlier one the letter reports as said', () => {
      const text =
        'You asked: Does Warwickshire Police operate drones?\n\nIn our letter of 14 February we said that Warwickshire Police ' +
        'operates drones. I am afraid this was an error: the force does not own or operate any drones.';
      assert.deepEqual(answers(text), { drones: 'not-used' });
      const stated = 'You asked: Does the force use ANPR?\n\nThe original response stated that the force uses ANPR. This was wrong, and ANPR is not used.';
      assert.deepEqual(answers(stated), { anpr: 'not-used' });
    });

    it('reads an earlier answer reported by its date as replaced when the sentence after it says it was wrong', () => {
      const request = 'Request\n\nQ1. Does the force own or operate drones?\n\nResponse\n\n';
      const wrong = `${request}Q1. Our response of 6 October stated that the force operates drones. That was an error. The force does not own or operate any drones.`;
      assert.deepEqual(answers(wrong), { drones: 'not-used' });
      // Near miss: a review recapping the answer it leaves standing.
      const recap = `${request}Q1. Our response of 6 October stated that the force operates drones. Your review is being considered.`;
      assert.deepEqual(answers(recap), { drones: 'used' });
    });

    it('reads an NCND a review withdraws as replaced by the answer that follows, and an answer it replaces with an NCND as NCND', () => {
      const request = 'You asked: Does the force use facial recognition?\n\n';
      const withdrawn =
        `${request}The original response said the force can neither confirm nor deny that it holds this information.\n\n` +
        'I therefore withdraw the neither confirm nor deny response and replace it with the following: the force does not use facial recognition.';
      assert.deepEqual(answers(withdrawn), { 'facial-recognition': 'not-used' });
      const replaced =
        `${request}The original response said: "The force does not use facial recognition."\n\nThat statement is withdrawn. ` +
        'The force neither confirms nor denies that it holds any information about facial recognition.';
      assert.deepEqual(answers(replaced), { 'facial-recognition': 'ncnd' });
      // Near miss: with no answer replaced, a denial beside an NCND of the same tool is partial NCND.
      const both =
        `${request}The force does not use facial recognition in public spaces.\n\n` +
        'The force neither confirms nor denies that it holds any other information about facial recognition. If you think the decision is incorrect, you may ask for a review.';
      assert.deepEqual(answers(both), { 'facial-recognition': 'partial-ncnd' });
    });

    it('keeps the items after "Your original request asked whether ... uses:" in a review out of its answers', () => {
      const text =
        'Your original request asked whether the force uses:\n 1. IMSI catchers;\n 2. mobile phone extraction ("cyber kiosks").\n\n' +
        'We neither confirmed nor denied that we held information on item 1, in terms of section 18 of the Act.\n\n' +
        'The panel confirms the original decision:\n - IMSI catchers: neither confirm nor deny\n - mobile phone extraction: kiosks are in use in all divisions';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', 'mobile-phone-extraction': 'used' });
    });

    it('reads "we refused to confirm or deny" in a review reporting its earlier answer as NCND', () => {
      const text =
        'You asked:\n1. Does Police Scotland use IMSI catchers?\n2. Does Police Scotland use equipment interference?\n\n' +
        'In respect of questions 1 and 2, we refused to confirm or deny whether the information exists or is held, in terms of ' +
        'section 18(1) of the Act. Having reviewed the request, the panel upholds that response.';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
      assert.equal(answers('You asked: Does the force use IMSI catchers?\n\nResponse:\nWe previously declined to confirm or deny whether IMSI catchers are used.')['imsi-catchers'], 'ncnd');
      // Near misses: a complaint that the force should not have refused, and a force in an argument's example.
      const complaint = 'You asked: Does the force use IMSI catchers?\n\nYour complaint was that the force should not have refused to confirm or deny whether it uses IMSI catchers.';
      assert.equal(answers(complaint)['imsi-catchers'], 'no-answer');
    });

    it('keeps an earlier answer the letter refers to as confirmed (near miss)', () => {
      const text =
        'You asked: Does Cumbria Constabulary use drones?\n\nPlease refer to the response to your previous request, in which ' +
        'we confirmed that Cumbria Constabulary uses drones.';
      assert.deepEqual(answers(text), { drones: 'used' });
    });
  });

  describe('when use began, and what a unit has done', () => {
    it('reads "first introduced body worn video in 2015" and "has monitored publicly available social media since 2013" as used', () => {
      const text =
        'You asked:\n\na) Body worn video\nb) Social media monitoring\n\nResponse\n\na) The force first introduced body worn video in 2015.\n\n' +
        'b) The Open Source Unit has monitored publicly available social media since 2013.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'social-media-intelligence': 'used' });
      // Near miss: a plan for when it will be introduced is no use.
      assert.deepEqual(answers('You asked: Do you use drones?\n\nDrones will be introduced next year.'), { drones: 'trialled' });
    });

    it('reads a tool run by a unit of the force as used: "is managed by the Force ANPR Bureau", "is delivered by the Roads Unit"', () => {
      assert.deepEqual(answers('You asked: Do you use ANPR?\n\nThe ANPR network is managed by the Force ANPR Bureau.'), { anpr: 'used' });
      assert.deepEqual(answers('You asked: Do you use drones?\n\nThe drone capability is delivered by the Roads and Crime Unit.'), { drones: 'used' });
      // Near misses: what a unit manages is information, requests or accounts about the tool.
      assert.equal(answers('You asked: Do you use ANPR?\n\nInformation about ANPR is managed by the Records Unit.').anpr, 'no-answer');
      const accounts = 'You asked: Do you monitor social media?\n\nThe force\'s social media accounts are managed by the Corporate Communications team.';
      assert.notEqual(answers(accounts)['social-media-intelligence'], 'used');
    });

    it('reads a capability that "has been in place since 2019" as used, but not one that will be in place', () => {
      assert.deepEqual(answers('You asked: Do you use drones?\n\nA drone capability has been in place since 2019.'), { drones: 'used' });
      assert.notEqual(answers('You asked: Do you use drones?\n\nA drone capability will be in place by 2027.').drones, 'used');
    });
  });

  describe('informal and roundabout denials', () => {
    it('reads a denial written without its apostrophe, "doesnt use", as not used', () => {
      assert.deepEqual(answers('You asked: Do you use drones?\n\nThe CNC doesnt currently use drones.'), { drones: 'not-used' });
      assert.deepEqual(answers('You asked: Do you use ANPR?\n\nWe dont use ANPR.'), { anpr: 'not-used' });
    });

    it('reads tools that "are not capabilities which the force uses" as not used, and not as used', () => {
      const text =
        'You asked if the force uses drones, hacking or IMSI catchers.\n\nDrones: yes.\n\nThe remaining items on your list (hacking and ' +
        'IMSI catchers) are not capabilities which the force uses.';
      assert.deepEqual(answers(text), { drones: 'used', hacking: 'not-used', 'imsi-catchers': 'not-used' });
    });
  });

  describe('equipment being issued', () => {
    it('reads equipment being issued to officers as used', () => {
      const text = 'You asked: Does the force use body worn cameras?\n\nBody worn cameras are being issued to all operational officers.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used' });
      const byThen = 'You asked: Does the force use body worn cameras?\n\nBy March 2024, 10,450 body worn video devices had been issued to officers.';
      assert.deepEqual(answers(byThen), { 'body-worn-video': 'used' });
      // Near miss: none had been issued.
      assert.notEqual(answers('You asked: Does the force use drones?\n\nNo drones had been issued by March 2024.').drones, 'used');
    });

    it('reads cameras "allocated to" or "assigned to" officers as issued, and so used', () => {
      const allocated = 'You asked: Does the force use body worn cameras?\n\n1,960 body worn video cameras are allocated to officers.';
      assert.deepEqual(answers(allocated), { 'body-worn-video': 'used' });
      const assigned = 'You asked: Does the force use drones?\n\nFour drones have been assigned to the roads policing unit.';
      assert.deepEqual(answers(assigned), { drones: 'used' });
      // Near miss: money allocated is no equipment handed out.
      assert.notEqual(answers('You asked: Does the force use drones?\n\nNo funding has been allocated to drones.').drones, 'used');
    });

    it('does not read a letter "issued in error" as equipment issued', () => {
      const text =
        'You asked: "Does the force use (1) facial recognition, (2) drones?"\n\n1. The force does not use facial recognition technology. ' +
        '(Corrected 14/11/2023 – the original response published on this page was issued in error.)\n\n2. No.';
      assert.deepEqual(answers(text), { 'facial-recognition': 'not-used', drones: 'not-used' });
      // Near miss: officers of a response team are issued with the equipment.
      const officers = 'You asked: Do officers wear body cameras?\n\nYes, all response and neighbourhood officers are issued with body worn video cameras.';
      assert.equal(answers(officers)['body-worn-video'], 'used');
    });
  });

  describe('use begun, or begun as a pilot', () => {
    it('reads "has begun operational deployments of" a tool as use, and deployments begun "as part of a pilot" as a trial', () => {
      const begun = 'You asked: Do you use live facial recognition?\n\nSince then, the force has begun operational deployments of live facial recognition.';
      assert.equal(answers(begun)['facial-recognition'], 'used');
      const pilot = 'You asked: Do you use live facial recognition?\n\nEssex Police began deploying LFR in August 2023 as part of a time-limited pilot.';
      assert.equal(answers(pilot)['facial-recognition'], 'trialled');
      // Near miss: a drone's pilot is no trial.
      assert.equal(answers('You asked: Do you use drones?\n\nThe force deploys drones; during the pilot\'s training, none flew.').drones, 'used');
    });
  });

  describe('trials and plans told with use or funding', () => {
    it('reads a plan to begin, or work with another force to introduce, beside "does not currently" as a plan', () => {
      const asked = 'You asked: Does the force use facial recognition?\n\n';
      const begin = `${asked}The force does not currently deploy live facial recognition. It intends to begin deployments during 2025.`;
      assert.deepEqual(answers(begin), { 'facial-recognition': 'trialled' });
      const jointly = `${asked}The force does not currently use facial recognition. It is working jointly with South Wales Police to introduce operator initiated facial recognition.`;
      assert.deepEqual(answers(jointly), { 'facial-recognition': 'trialled' });
      // Near miss: work that is no plan to bring the tool in.
      const other = `${asked}The force does not use facial recognition. It is working with partners to improve CCTV coverage.`;
      assert.deepEqual(answers(other), { 'facial-recognition': 'not-used' });
    });

    it('reads a start set for later ("will begin using", "intends to begin ... deployments", a supplier to be appointed) as a plan', () => {
      const asked = 'You asked: Does the force use drones, facial recognition or social media monitoring?\n\n';
      const begin = `${asked}The Constabulary does not operate drones at present. It will begin using drones from April next year.`;
      assert.equal(answers(begin).drones, 'trialled');
      const deployments = `${asked}The force does not currently use facial recognition. It intends to begin live facial recognition deployments in 2025.`;
      assert.equal(answers(deployments)['facial-recognition'], 'trialled');
      const funded =
        `${asked}The force does not currently use social media monitoring software. Funding for an open source and social media ` +
        'monitoring platform was approved in the capital programme, and a supplier is expected to be appointed next year.';
      assert.equal(answers(funded)['social-media-intelligence'], 'trialled');
      // Near misses: a start that is not the tool's, and a plan denied.
      const other = `${asked}The force does not use drones. It will begin using a new records system from April.`;
      assert.equal(answers(other).drones, 'not-used');
      assert.equal(answers(`${asked}The force does not use drones and will not begin using them.`).drones, 'not-used');
    });

    it('reads a trial, then "has not been used since", as use that ended, and "any plans to" as no plan', () => {
      const asked = 'You asked: Does the force use facial recognition?\n\n';
      const since = `${asked}The force last deployed live facial recognition in a pilot in 2018, and it has not been used since.`;
      assert.equal(answers(since)['facial-recognition'], 'not-used');
      const deployed = `${asked}The force carried out a trial of live facial recognition in 2020.\n\nIt has not deployed it since the trial.`;
      assert.equal(answers(deployed)['facial-recognition'], 'not-used');
      const anyPlans = `${asked}No information is held regarding any plans to introduce facial recognition.`;
      assert.equal(answers(anyPlans)['facial-recognition'], 'not-held');
      // Near misses: a trial with nothing ended after it, and a plan told.
      assert.equal(answers(`${asked}The force carried out a trial of live facial recognition in 2020.`)['facial-recognition'], 'trialled');
      assert.equal(answers(`${asked}The force has plans to introduce facial recognition.`)['facial-recognition'], 'trialled');
    });

    it('reads use now after a trial in the same clause as used', () => {
      const text = 'You asked: Does the force use facial recognition?\n\nThe trial phase ended in 2019 and facial recognition is now in operational use.';
      assert.deepEqual(answers(text), { 'facial-recognition': 'used' });
      const routine = 'You asked: Does the force use drones?\n\nDrones were trialled some years ago and are now in routine operational use.';
      assert.deepEqual(answers(routine), { drones: 'used' });
      // Near miss: a trial alone, or one now being planned.
      assert.deepEqual(answers('You asked: Does the force use drones?\n\nA trial of drones is now being planned.'), { drones: 'trialled' });
    });

    it('reads equipment issued where a pilot runs as the pilot\'s, not use', () => {
      const text =
        'You asked: Does the PSNI use body worn video?\n\nBody Worn Video is currently being piloted in Foyle District, where 60 cameras ' +
        'have been issued to response officers. The pilot will be evaluated in 2015.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'trialled' });
      // Near miss: use told in a sentence of its own after the pilot.
      const after = 'You asked: Does the PSNI use body worn video?\n\nBody worn video was piloted in Foyle District in 2013. Since then 2,000 cameras have been issued to response officers.';
      assert.deepEqual(answers(after), { 'body-worn-video': 'used' });
    });

    it('reads funding approved for the tool and its procurement under way as a plan', () => {
      const text =
        'You asked: Are there plans to acquire drones?\n\nThe force does not currently operate drones, but funding for a small drone ' +
        'capability has been approved in the 2024/25 budget, and procurement is under way.';
      assert.deepEqual(answers(text), { drones: 'trialled' });
      assert.deepEqual(answers('You asked: Does the force use cyber kiosks?\n\nCyber kiosks are being procured.'), { 'mobile-phone-extraction': 'trialled' });
      assert.deepEqual(answers('You asked: Does the force use cyber kiosks?\n\nThe force is currently procuring digital triage kiosks.'), { 'mobile-phone-extraction': 'trialled' });
      // Funding to replace or add to equipment tells of equipment in use.
      assert.deepEqual(answers('You asked: Does the force use body worn cameras?\n\nThe Commissioner approved funding for replacement body worn cameras in 2020.'), {
        'body-worn-video': 'used',
      });
      const named = "The Commissioner approved capital funding for the replacement of Essex Police's body worn video cameras.";
      assert.deepEqual(answers(`You asked: Does the force use body worn cameras?\n\n${named}`), { 'body-worn-video': 'used' });
      // Near miss: a negated procurement is no plan.
      assert.notEqual(answers('You asked: Does the force use cyber kiosks?\n\nCyber kiosks are not being procured.')['mobile-phone-extraction'], 'trialled');
    });
  });

  describe('use that has ended', () => {
    it('reads use stopped after it began as not used, the later clause giving the present state', () => {
      const text = 'You asked whether the force uses IMSI catchers.\n\nThe force has used IMSI catchers in the past but stopped using them in 2019.';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'not-used' });
    });

    it('reads a present denial beside use over a closed period as not used', () => {
      const text =
        'You asked whether the force uses predictive policing.\n\nPredictive policing: the force does not currently use any predictive ' +
        'policing software. The PredPol product was used by the force between 2013 and 2018.';
      assert.deepEqual(answers(text), { 'predictive-policing': 'not-used' });
    });

    it('reads use over a closed period as the past when a later sentence denies use now', () => {
      const text =
        'You asked: Does Dorset Police use predictive policing?\n\nDorset Police used a predictive mapping product between 2015 and 2018. ' +
        'The contract ended in March 2018 and was not renewed; the force does not currently use any predictive policing tool.';
      assert.deepEqual(answers(text), { 'predictive-policing': 'not-used' });
    });

    it('reads a pilot ahead of the report on it published on the website', () => {
      const text =
        'You asked: Has the force used or trialled predictive policing?\n\nResponse: In 2018 the force ran a 12-month pilot of a ' +
        'hot-spot mapping product. The evaluation report is published on our website and is therefore exempt under section 21.';
      assert.deepEqual(answers(text), { 'predictive-policing': 'trialled' });
    });

    it('keeps use told directly beside the decision published on it', () => {
      const text =
        'You asked whether the force uses drones.\n\nThe decision, which confirms that the force operates drones, is published on our website.';
      assert.deepEqual(answers(text), { drones: 'used' });
    });

    it('keeps use told without a closed period ahead of a denial in another sentence', () => {
      const text =
        'You asked: Does the force use drones?\n\nThe force uses drones for missing person searches. ' +
        'The force does not use drones at protests.';
      assert.deepEqual(answers(text), { drones: 'used' });
    });

    for (const answer of [
      'The force used PredPol from 2013 until 2018.',
      'PredPol was used as a research project between 2016 and 2020 and has since been decommissioned.',
      'The force used PredPol from 2013 to 2018; use has since ended.',
      // What paid for the tool ran out, or was not renewed.
      "The force's contract with PredPol came to an end in March 2018.",
      'The licence for PredPol lapsed in 2019.',
      'PredPol was trialled, but the force took the decision not to renew it.',
    ]) {
      it(`reads "${answer}" as use that ended`, () => {
        assert.deepEqual(answers(`You asked whether the force uses predictive policing.\n\n${answer}`), { 'predictive-policing': 'not-used' });
      });
    }

    it('reads an end told of "it" in the next sentence as ending the use the sentence before told', () => {
      // Every tool of the request asked about, so that only the pronoun can tie the ending to one.
      const request = 'You asked whether the force uses drones, ANPR or predictive policing.\n\n';
      assert.deepEqual(answers(`${request}HART was used to inform custody decisions. It has since been withdrawn and is no longer in use.`), {
        drones: 'no-answer',
        anpr: 'no-answer',
        'predictive-policing': 'not-used',
      });
      // Through a second sentence standing for the tool, and with "the tool" as the subject inside the sentence.
      const chained = 'On predictive policing, the office holds papers on HART. The tool was used in custody suites. The force told us that the tool was decommissioned in 2020.';
      assert.equal(answers(`${request}${chained}`)['predictive-policing'], 'not-used');
    });

    it('keeps use told after a pronoun, told before another paragraph, or of a sentence naming two tools (near misses)', () => {
      const request = 'You asked whether the force uses drones, ANPR or predictive policing.\n\n';
      assert.equal(answers(`${request}The force uses drones. It was introduced in 2019.`).drones, 'used');
      assert.equal(answers(`${request}The force uses drones.\n\nIt has since been withdrawn from the old scheme.`).drones, 'used');
      assert.deepEqual(answers(`${request}The force uses drones and ANPR. It has since been withdrawn from the old scheme.`), {
        drones: 'used',
        anpr: 'used',
        'predictive-policing': 'no-answer',
      });
    });

    it('reads use counted over a closed period, or use to go on until a year, as no end of use', () => {
      assert.equal(answers('You asked: Do you use drones?\n\nDrones were used on 300 occasions between 2019 and 2021.').drones, 'used');
      assert.equal(answers('You asked: Do you use drones?\n\nDrones will be used until 2025 under the current contract.').drones, 'no-answer');
    });

    it('reads a denial followed by use in the same sentence as used', () => {
      const text = 'You asked whether the force uses drones.\n\nWe do not use drones for surveillance, but drones are used for search and rescue.';
      assert.deepEqual(answers(text), { drones: 'used' });
    });

    it('reads work that goes on after the licence for a product lapsed as use', () => {
      const text =
        'You asked whether the force uses social media monitoring.\n\nThe licence for a social media monitoring platform lapsed in 2020. ' +
        'Social media monitoring continues to be conducted by trained staff.';
      assert.deepEqual(answers(text), { 'social-media-intelligence': 'used' });
      const equipped = 'You asked whether the force uses body worn video.\n\nThe original contract expired in 2023. Officers continue to be equipped with body worn video.';
      assert.deepEqual(answers(equipped), { 'body-worn-video': 'used' });
    });

    it('keeps a contract that will end apart from one that ended (near misses)', () => {
      assert.equal(answers('You asked whether the force uses drones.\n\nThe force uses drones under a contract that ends in 2027.').drones, 'used');
      assert.equal(answers('You asked whether the force uses drones.\n\nThe contract for drones expires in 2027.').drones, 'no-answer');
    });
  });

  describe('an answer describing the one tool asked about without naming it', () => {
    it('reads a letter whose answer names no tool as answering the tool asked about', () => {
      const text = 'You asked: whether PSNI uses predictive policing.\n\nPSNI does not use any algorithm to predict future offending or to allocate patrols.';
      assert.deepEqual(answers(text), { 'predictive-policing': 'not-used' });
    });

    it('reads a trial told in other words, in such a letter, as trialled', () => {
      const text = 'You asked: whether the force uses social media intelligence.\n\nThe force piloted a sentiment analysis tool for six months in 2022.';
      assert.deepEqual(answers(text), { 'social-media-intelligence': 'trialled' });
    });

    it('reads an answer under a numbered question about one tool as about that tool', () => {
      const text =
        'You asked:\n1. Does the force use drones?\n2. Does the force use predictive policing?\n\nResponse:\n1. Yes.\n' +
        '2. The force does not use any software to forecast offending.';
      assert.deepEqual(answers(text), { drones: 'used', 'predictive-policing': 'not-used' });
    });

    it('keeps an unnamed answer from a tool when the letter names tools in its answers', () => {
      const text = 'You asked: Do you use drones?\n\nThe force uses ANPR. Officers use radios.';
      assert.equal(answers(text).drones, 'no-answer');
    });

    it('keeps an NCND naming no tool, under a question, from a tool answered elsewhere', () => {
      const text =
        'You asked:\n1. Does the force use drones?\n2. Does the force use IMSI catchers?\n\nResponse:\n1. Drones are used by the force.\n' +
        '2. The force neither confirms nor denies that it holds this information.\n\nReasons for neither confirming nor denying\n\n' +
        '1. After weighing the interests, the balance lies in neither confirming nor denying whether information is held.';
      assert.equal(answers(text).drones, 'used');
    });
  });

  describe("use done by another body, told in the passive", () => {
    for (const answer of [
      'Mobile phone extraction, where needed, is carried out by the local Home Office police force.',
      'The ANPR cameras at stations are operated by the train operating companies.',
      'Mobile phone extraction is carried out by a commercial forensic provider under contract.',
    ]) {
      it(`does not read "${answer}" as the force's own use`, () => {
        const status = answers(`You asked: Does the force use mobile phone extraction and ANPR cameras?\n\n${answer}`);
        assert.ok(!Object.values(status).includes('used'), JSON.stringify(status));
      });
    }

    it('still reads use "by officers" or "by our digital forensics unit" as the force\'s own', () => {
      const text = 'You asked: Does the force use mobile phone extraction?\n\nMobile phone extraction is carried out by our digital forensics unit.';
      assert.equal(answers(text)['mobile-phone-extraction'], 'used');
    });

    it('reads use by another body "on behalf of the force" as the force\'s own', () => {
      const text = 'You asked: Does the force use ANPR?\n\nThe ANPR cameras are operated by the regional Road Crime Team on behalf of the force.';
      assert.equal(answers(text).anpr, 'used');
    });

    it('does not read use by forces in general, or by criminals, as the force\'s own', () => {
      const asked = 'You asked: Do you use facial recognition or IMSI catchers?\n\nResponse:\n';
      assert.equal(answers(`${asked}Live facial recognition, where it is used by any police force, is an overt tactic.`)['facial-recognition'], 'no-answer');
      assert.equal(answers(`${asked}IMSI catchers are bought online and used by organised crime groups.`)['imsi-catchers'], 'no-answer');
      // Near miss: used by the force's own officers.
      assert.equal(answers(`${asked}Facial recognition is used by officers in the Intelligence Unit.`)['facial-recognition'], 'used');
    });

    it('reads use of equipment another body operates, told before the use, as that body\'s', () => {
      const text =
        'You asked: Does BTP use drones?\n\nBTP does not currently own or operate drones. In 2020, drones operated by Home Office forces were deployed in support of BTP incidents.';
      assert.equal(answers(text).drones, 'not-used');
      // Near miss: the force's own unit operates them.
      assert.equal(answers('You asked: Do you use drones?\n\nDrones operated by our own air support unit were deployed 40 times.').drones, 'used');
    });

    it('does not read what another force did, as a sentence\'s subject, as the answering force\'s answer', () => {
      const letter = (sentence: string): string =>
        `Gwent Police\nFreedom of Information Unit\n\nDear Requester\n\nYou asked: Does Gwent Police use facial recognition?\n\nGwent Police does not use facial recognition. ${sentence}\n\nYours sincerely\nGwent Police`;
      assert.equal(answers(letter('South Wales Police has deployed it at events in the Gwent area.'))['facial-recognition'], 'not-used');
      // Near misses: the force itself, by a longer name, and a commissioner's letter telling what its force does.
      assert.equal(answers(letter('However, Gwent Police uses it at major events.'))['facial-recognition'], 'used');
      const commissioner =
        'Office of the Police and Crime Commissioner for Dorset\n\nDear Requester\n\nYou asked: Does the force use drones?\n\nDorset Police uses drones.\n\nYours sincerely';
      assert.equal(answers(commissioner).drones, 'used');
    });

    it('reads a sentence whose subject joins the authority with a partner force ("Neither Norfolk ... nor Suffolk ...") as its own', () => {
      const letter = (sentence: string): string =>
        `Suffolk Constabulary\n\nYou asked:\n1. Do either of the forces use facial recognition?\n\n1. ${sentence}\n\nYours sincerely\nSuffolk Constabulary`;
      assert.equal(answers(letter('Neither Norfolk Constabulary nor Suffolk Constabulary uses facial recognition technology.'))['facial-recognition'], 'not-used');
      assert.equal(answers(letter('Both Norfolk Constabulary and Suffolk Constabulary use facial recognition.'))['facial-recognition'], 'used');
      // Near miss: the partner force alone is another force.
      assert.equal(answers(letter('Norfolk Constabulary uses facial recognition.'))['facial-recognition'], 'no-answer');
    });

    it('reads "neither" or "nor" before a trial as denying it ("neither force has trialled it"), but not before plans', () => {
      const letter = (sentence: string): string =>
        `Suffolk Constabulary\n\nYou asked:\n1. Do either of the forces use facial recognition?\n\n1. ${sentence}\n\nYours sincerely\nSuffolk Constabulary`;
      assert.equal(answers(letter('Neither force has trialled facial recognition.'))['facial-recognition'], 'not-used');
      assert.equal(answers(letter('Neither Norfolk Constabulary nor Suffolk Constabulary has used or trialled it.'))['facial-recognition'], 'not-used');
      assert.equal(answers(letter('The force does not use drones, nor has it used or trialled facial recognition.'))['facial-recognition'], 'not-used');
      // Near misses: a trial told plainly, and a plan denied beside another plan, which says what is to come.
      assert.equal(answers(letter('Both forces have trialled facial recognition.'))['facial-recognition'], 'trialled');
      assert.equal(
        answers(letter('Both forces will begin using retrospective facial recognition in 2025. Neither force has any plans to introduce live facial recognition.'))['facial-recognition'],
        'trialled',
      );
    });

    it('reads a denied list of verbs as one denial: "has not trialled, piloted or procured facial recognition"', () => {
      const letter = (sentence: string): string => `You asked whether the force uses facial recognition.\n\n${sentence}`;
      assert.equal(answers(letter('The force has not trialled, piloted or procured facial recognition.'))['facial-recognition'], 'not-used');
      // Near miss: a trial told after a denial of something else, in a clause of its own.
      assert.equal(answers(letter('The force has not bought any cameras, but has trialled facial recognition.'))['facial-recognition'], 'trialled');
    });

    it('reads a verdict on a statement put to the force ("Correct.", "Incorrect.", "That is not the case") as its answer', () => {
      const letter = (answer: string): string =>
        `Gloucestershire Constabulary\n\n> 1. Gloucestershire Constabulary uses drones. Correct?\n${answer}\n\nKind regards\nGloucestershire Constabulary`;
      assert.equal(answers(letter('Correct.')).drones, 'used');
      assert.equal(answers(letter('Correct, although the unit is a small one.')).drones, 'used');
      assert.equal(answers(letter('Incorrect.')).drones, 'not-used');
      assert.equal(answers(letter('That is not the case.')).drones, 'not-used');
      assert.equal(answers(letter('You are right.')).drones, 'used');
      assert.equal(answers(letter("You're not correct.")).drones, 'not-used');
      // Near miss: a word of thanks is no verdict.
      assert.equal(answers(letter('Thank you for your patience.')).drones, 'no-answer');
    });

    it('reads a yes to a denial put to the force ("Please confirm that you do not use ...") as not used', () => {
      const letter = (question: string, answer: string): string =>
        `Dyfed-Powys Police\n\nYou asked:\n\n1. ${question}\n2. Do you use ANPR?\n\nResponse:\n\n1. ${answer}\n\n2. Yes.\n\nYours sincerely`;
      assert.equal(answers(letter('Please confirm that the force does not use any drones.', 'Yes, that is correct.')).drones, 'not-used');
      assert.equal(answers(letter('Is it true that officers still do not wear body worn video?', 'No.'))['body-worn-video'], 'used');
      // Near misses: a denial as a condition, or told before a question asked in the positive, leaves yes and no as they are.
      assert.equal(answers(letter('If you do not use drones, do you plan to?', 'No.')).drones, 'not-used');
      assert.equal(answers(letter('You say you do not use drones. Do you use them at events?', 'Yes.')).drones, 'used');
    });

    it('reads a yes or no to whether the force has stopped or ceased using a tool the other way round', () => {
      const letter = (question: string, answer: string): string =>
        `Lancashire Constabulary\n\nYou asked:\n\n1. ${question}\n2. Do you use ANPR?\n\nResponse:\n\n1. ${answer}\n\n2. Yes.\n\nYours sincerely`;
      assert.equal(answers(letter('Has the force stopped using body worn video?', 'No.'))['body-worn-video'], 'used');
      assert.equal(answers(letter('Has the force ceased the use of drones?', 'No.')).drones, 'used');
      assert.equal(answers(letter('Has the force stopped using predictive policing software? If so, when?', 'Yes – March 2022.'))['predictive-policing'], 'not-used');
      // Near misses: a stop that is not of the tool's use, or a positive question followed by another, keep yes and no.
      assert.equal(answers(letter('Has the force stopped recording in homes? Does it use body worn video?', 'No.'))['body-worn-video'], 'not-used');
      assert.equal(answers(letter('Has the force started using drones? If so, when?', 'Yes, in 2021.')).drones, 'used');
    });

    it('reads "Neither Kent Police nor Essex Police is able to confirm or deny" as the joint reply\'s NCND', () => {
      const letter = (sentence: string): string =>
        `Kent Police\n\nYou asked:\n1. Do you use IMSI catchers?\n\n1. ${sentence}\n\nYours sincerely\nKent Police`;
      assert.equal(answers(letter('Neither Kent Police nor Essex Police is able to confirm or deny that it uses IMSI catchers.'))['imsi-catchers'], 'ncnd');
      assert.equal(answers(letter('Neither the force nor the OPCC can confirm or deny whether IMSI catchers are used.'))['imsi-catchers'], 'ncnd');
      // Near miss: "neither ... nor" without the formula is a denial.
      assert.equal(answers(letter('Neither Kent Police nor Essex Police uses IMSI catchers.'))['imsi-catchers'], 'not-used');
    });

    it('reads each body\'s answer after its name in a joint reply ("Suffolk Constabulary: Yes."), but not another force\'s', () => {
      const letter = (authority: string, answers: string): string =>
        `${authority}\n\nYou asked:\n1. Does your force use drones?\n2. Does your force use facial recognition?\n\nResponse\n\nQuestion 1\n${answers}\n\nQuestion 2\nNo.\n`;
      assert.deepEqual(answers(letter('Norfolk Constabulary and Suffolk Constabulary', 'Norfolk Constabulary: Yes.\nSuffolk Constabulary: Yes.')), {
        drones: 'used',
        'facial-recognition': 'not-used',
      });
      assert.equal(answers(letter('Cleveland Police', 'Force response: Yes.\nOPCC response: Not held.')).drones, 'used');
      // Near miss: a neighbour's answer, shown beside the authority's own, is not the authority's.
      assert.equal(answers(letter('Suffolk Constabulary', 'Norfolk Constabulary: Yes.')).drones, 'no-answer');
    });

    it('does not take an answer\'s label before "The Constabulary" for another force\'s name', () => {
      const text =
        'Cumbria Constabulary\n\nRequest:\nQ1 How many drones does the Constabulary own?\n\nResponse:\nCumbria Constabulary has considered your request.\n\nQ1 The Constabulary owns 5 drones.';
      assert.equal(answers(text).drones, 'used');
    });

    it('does not read a plural noun such as "device downloads" as the verb of use', () => {
      const text =
        'You asked:\n1. How many phones were examined with mobile phone extraction?\n\nResponse:\n1. This would exceed the cost limit under ' +
        'section 12. Records of device downloads from mobile phone extraction kiosks are kept on individual case files.';
      assert.equal(answers(text)['mobile-phone-extraction'], 'refused');
    });
  });

  describe('absence that is about information, not about the tool', () => {
    it('reads no copy held of the document asked for as not held', () => {
      assert.deepEqual(answers('You asked: a copy of any policy on computer hacking.\n\nNo policy on hacking is held.'), { hacking: 'not-held' });
      const assessment =
        "You asked: copies of any equality impact assessment for the force's use of predictive policing.\n\nI can confirm that no equality impact assessment is held for this subject.";
      assert.deepEqual(answers(assessment), { 'predictive-policing': 'not-held' });
      // Near misses: a document not written but a draft held; no doubt about a document.
      assert.deepEqual(answers('You asked: a copy of any policy on drones.\n\nNo policy has been written yet, but a draft is held by the unit.'), { drones: 'no-answer' });
      assert.deepEqual(answers('You asked: a copy of any policy on computer hacking.\n\nThere is no doubt that the policy is held by the unit.'), { hacking: 'no-answer' });
    });

    it('reads a cost refusal explaining that no flag marks the records as refused, not as used or not used', () => {
      const text =
        'You asked: How many officers carry out open source internet research?\n\nResponse: This information is not held in a ' +
        'retrievable format; there is no flag on our systems that identifies officers who carry out open source research, ' +
        'and to locate it would exceed the cost limit under Section 12.';
      assert.equal(answers(text)['social-media-intelligence'], 'refused');
    });

    it('reads a cost refusal explaining that no central register lists the tools as refused, not as not used', () => {
      const text =
        'You asked: Please list every risk scoring tool or predictive model used by any department.\n\nResponse: The cost of ' +
        'complying would exceed the appropriate limit. There is no central register of such tools; to identify them would ' +
        'require every department to be contacted.';
      assert.equal(answers(text)['predictive-policing'], 'refused');
      // Near miss: no register of the tool's own records beside a plain denial is still the denial.
      assert.equal(answers('You asked: Do you use drones?\n\nThe force does not have drones, so there is no register of flights.').drones, 'not-used');
    });

    it('reads "Section 12(1) of the Act therefore applies" under the question as a cost refusal', () => {
      const text =
        'You asked:\n(1) Does the force use ANPR?\n(2) Has the force bought any social media monitoring software?\n\n' +
        'Response:\n(1) Yes, ANPR is used.\n(2) To establish this would require a manual search of every invoice. ' +
        'Section 12(1) of the Act therefore applies and we will not be processing this part of your request.';
      assert.deepEqual(answers(text), { anpr: 'used', 'social-media-intelligence': 'refused' });
    });

    for (const answer of [
      'The force has no information about drones.',
      'There is no recorded information about drones.',
      'The force does not have any information relating to drones.',
    ]) {
      it(`reads "${answer}" as not held, not as not used`, () => {
        assert.equal(answers(`You asked: Do you use drones?\n\nResponse:\n${answer}`).drones, 'not-held');
      });
    }

    it('does not read "never been in use" as use', () => {
      assert.notEqual(answers('You asked: Do you use drones?\n\nResponse:\nDrones have never been in use here.').drones, 'used');
    });
  });

  describe('an office answering some tools and sending or denying the rest', () => {
    it('does not read what the office itself does not use as the force\'s answer', () => {
      const ask = 'You asked whether Merseyside Police uses drones or facial recognition.\n\n';
      const office = 'The OPCC itself does not use any of the technologies you list. You may wish to redirect your request to Merseyside Police.';
      assert.deepEqual(answers(ask + office), { drones: 'referred', 'facial-recognition': 'referred' });
      assert.equal(answers(`${ask}The Authority does not itself deploy any of these technologies.`).drones, 'no-answer');
      const listed = 'You asked which of the following are used by Merseyside Police:\n\n* drones\n* facial recognition\n\n';
      const small =
        'The Office of the Police and Crime Commissioner is a small organisation which does not carry out any operational policing, ' +
        'and the Office itself does not use any of the tools and tactics listed in your request.';
      assert.deepEqual(answers(listed + small), { drones: 'no-answer', 'facial-recognition': 'no-answer' });
      // Near miss: a force's "does not itself" is its own answer.
      assert.equal(answers(`${ask}Merseyside Police does not itself operate drones.`).drones, 'not-used');
    });

    it('does not read what the office itself does as the force\'s use, through the clauses going on with it', () => {
      const ask = 'You asked whether North Wales Police uses social media intelligence or drones.\n\n';
      const office =
        'The Office monitors the force\'s social media accounts only in the ordinary way, by reading public posts made by North Wales Police, ' +
        'and carries out no social media intelligence activity of its own. Please direct your request to North Wales Police.';
      assert.equal(answers(ask + office)['social-media-intelligence'], 'referred');
      // Near miss: a force's own use is its answer.
      assert.equal(answers(`${ask}North Wales Police monitors social media as part of its investigations.`)['social-media-intelligence'], 'used');
    });

    it('reads "we do not hold it" beside a referral sending the requester on as referred, not as not held', () => {
      const ask = 'You asked the Commissioner whether Cheshire Constabulary uses drones or facial recognition.\n\n';
      for (const referral of [
        'I would suggest that you direct your request to the Constabulary\'s Freedom of Information Unit at foi@cheshire.police.uk.',
        'Your request would be better directed to Cheshire Constabulary.',
        'Cheshire Constabulary is a separate public authority and is the body that holds this information.',
      ]) {
        const text = `${ask}The Office of the Police and Crime Commissioner does not hold this information. ${referral}`;
        assert.deepEqual(answers(text), { drones: 'referred', 'facial-recognition': 'referred' }, referral);
      }
      // Near misses: whose matter it is, without sending the requester on, and a part of the request sent on.
      const matter = `${ask}The OPCC does not hold this information. Decisions about tactics are operational matters for the Chief Constable.`;
      assert.deepEqual(answers(matter), { drones: 'not-held', 'facial-recognition': 'not-held' });
      const part =
        `${ask}The OPCC holds no information about these tools.\n\nQuestion 2\n\nThe OPCC does not hold impact assessments. ` +
        'You may wish to send this part of your request to Cheshire Constabulary.';
      assert.deepEqual(answers(part), { drones: 'not-held', 'facial-recognition': 'not-held' });
    });

    it('does not send on the items told not held with the parts a later paragraph, opening with other items, sends on', () => {
      const text =
        'You asked:\na) whether the force uses facial recognition;\nb) whether it uses drones;\nc) how many body worn video cameras it has.\n\n' +
        'Items a and b: not held. The OPCC is a separate public authority and does not hold operational information of this kind.\n\n' +
        'Item c: This question concerns operational matters for the Chief Constable. The OPCC has therefore not answered it, and you ' +
        'may wish to submit these parts of your request directly to Norfolk Constabulary.';
      assert.deepEqual(answers(text), { 'facial-recognition': 'not-held', drones: 'not-held', 'body-worn-video': 'referred' });
    });

    it('reads a part of the request sent on, just after it is told not held in the same paragraph, as referred', () => {
      const ask = 'You asked whether Sussex Police uses body worn video, drones or facial recognition.\n\n';
      const answered = 'Body worn video: Sussex Police uses body worn video.\n\n';
      for (const sent of [
        'Please direct this part of your request to Sussex Police.',
        'Sussex Police is a separate public authority. I would suggest you direct that part of your request to Sussex Police.',
      ]) {
        const rest = `${ask}${answered}The other tools you list: the OSPCC does not hold information on whether Sussex Police uses these. ${sent}`;
        assert.deepEqual(answers(rest), { 'body-worn-video': 'used', drones: 'referred', 'facial-recognition': 'referred' }, sent);
        const whole = `${ask}This office does not hold the information you are seeking about the force's use. ${sent}`;
        assert.deepEqual(answers(whole), { 'body-worn-video': 'referred', drones: 'referred', 'facial-recognition': 'referred' }, sent);
      }
      // Near misses: the part sent on is another paragraph's, or another thing told not held.
      const otherParagraph = `${ask}${answered}The OSPCC does not hold information on the other tools.\n\nQuestion 2\n\nPlease direct this part of your request to Sussex Police.`;
      assert.deepEqual(answers(otherParagraph), { 'body-worn-video': 'used', drones: 'not-held', 'facial-recognition': 'not-held' });
      const otherThing =
        `${ask}${answered}The OSPCC does not hold information on the other tools.\n\nQuestion 2\n\nThe OSPCC does not hold impact assessments. ` +
        'Please direct this part of your request to Sussex Police.';
      assert.deepEqual(answers(otherThing), { 'body-worn-video': 'used', drones: 'not-held', 'facial-recognition': 'not-held' });
    });

    it('reads a denial joined on to the office\'s own ("..., and we do not carry out ...") as the office\'s too', () => {
      const ask = 'You asked whether Merseyside Police uses drones or facial recognition.\n\n';
      const office =
        'The OPCC itself does not use any of the tools listed, and we do not carry out impact assessments in respect of them. ' +
        'Please direct your request to Merseyside Police.';
      assert.deepEqual(answers(ask + office), { drones: 'referred', 'facial-recognition': 'referred' });
      // Near miss: a clause with its own subject after the office's denial is read as it stands.
      const force = 'The OPCC itself does not use any of the tools listed, but Merseyside Police does not use drones either.';
      assert.equal(answers(ask + force).drones, 'not-used');
    });

    it('reads the office named in full, or by its initials, or "... itself" after the tools, as the office\'s own use', () => {
      const ask = 'You asked:\n1. Does Sussex Police use IMSI catchers?\n2. Does Sussex Police use drones?\n3. Does Sussex Police use body worn video?\n\n';
      const office =
        'The Office of the Sussex Police & Crime Commissioner (OPCC) does not use any of the technologies listed in your request. ' +
        'Questions about the force\'s use of them should be sent to Sussex Police.\n\n' +
        'In relation to question 3, the Chief Constable confirmed that officers use body worn video.';
      assert.deepEqual(answers(ask + office), { 'imsi-catchers': 'referred', drones: 'referred', 'body-worn-video': 'used' });
      assert.equal(answers(`${ask}MOPAC itself does not operate, purchase or deploy any of the technologies listed.`).drones, 'no-answer');
      assert.equal(answers(`${ask}The Office of the Police and Crime Commissioner does not use any of these tools itself.`).drones, 'no-answer');
      // Near misses: a force's own denial, with "itself" after the tools or not.
      assert.equal(answers(`${ask}Sussex Police does not use any of these tools itself.`).drones, 'not-used');
      assert.equal(answers(`${ask}The force does not use any of the technologies listed in your request.`).drones, 'not-used');
    });

    it('reads the office\'s own use denied in the passive, or beside its having no operational role, as no answer', () => {
      const ask = 'You asked which of these Derbyshire Constabulary uses: drones, facial recognition, ANPR.\n\n';
      const told = 'The Commissioner has been told by Derbyshire Constabulary that it uses drones and ANPR. ';
      const office = `${told}Neither of these is deployed by the Office itself, which has no operational role. `;
      assert.deepEqual(answers(`${ask}${office}The Office holds no information about the other tools on your list.`), {
        drones: 'used',
        'facial-recognition': 'not-held',
        anpr: 'used',
      });
      const mopac = 'MOPAC does not deploy any of these technologies itself, since it has no operational role.';
      assert.equal(answers(ask + mopac)['facial-recognition'], 'no-answer');
      assert.equal(answers(`${ask}By way of background, the GMCA itself does not operate any of these technologies.`).anpr, 'no-answer');
      // Near misses: the force denied beside the office, and the force's own denial in the passive.
      assert.equal(answers(`${ask}Neither the force nor the Commissioner's office uses facial recognition.`)['facial-recognition'], 'not-used');
      assert.equal(answers(`${ask}Facial recognition is not deployed by Derbyshire Constabulary.`)['facial-recognition'], 'not-used');
    });

    it('reads tools named as examples of "the other tools" as the rest, all sent on alike', () => {
      const ask = 'You asked whether the Metropolitan Police uses drones, facial recognition, hacking or IMSI catchers.\n\n';
      const text =
        'The MPS uses drones. Questions about the other tools on your list, including IMSI catchers, are best put to the MPS, ' +
        'which holds the operational records.';
      assert.deepEqual(answers(ask + text), { drones: 'used', 'facial-recognition': 'referred', hacking: 'referred', 'imsi-catchers': 'referred' });
      // Near miss: the tools named are the only ones sent on.
      const only = 'The MPS uses drones. Questions about IMSI catchers are best put to the MPS, which holds the operational records.';
      assert.deepEqual(answers(ask + only), { drones: 'used', 'facial-recognition': 'no-answer', hacking: 'no-answer', 'imsi-catchers': 'referred' });
    });

    it('reads "the part of your request which relates to <the force>" forwarded on, over a line\'s wrap, as referred', () => {
      const ask = 'You asked whether the Commissioner\'s office or the force uses drones or facial recognition.\n\n';
      const text =
        'The Office of the Police, Fire and Crime Commissioner (OPFCC) does not use any of these technologies.\n\n' +
        'We have forwarded the part of your request which relates to North Yorkshire\nPolice to their Civil Disclosure Unit, who will respond separately.';
      assert.deepEqual(answers(ask + text), { drones: 'referred', 'facial-recognition': 'referred' });
    });

    it('reads a request transferred to the force as referred, beside the office holding nothing', () => {
      const text =
        'You asked whether Gwent Police uses drones or facial recognition.\n\nThis office does not hold information about the equipment used by the force. ' +
        'We have therefore transferred your request to Gwent Police, who will respond to you directly.';
      assert.deepEqual(answers(text), { drones: 'referred', 'facial-recognition': 'referred' });
      // Near miss: whose matter it is, said without sending the request or the requester on.
      const placed = text.replace('We have therefore transferred your request to Gwent Police, who will respond to you directly.', 'Equipment is a matter for Gwent Police.');
      assert.deepEqual(answers(placed), { drones: 'not-held', 'facial-recognition': 'not-held' });
    });

    it('reads numbered questions transferred to the force as referred, beside the office holding nothing', () => {
      const text =
        'You asked:\n1. Does the force use drones?\n2. Does the force use facial recognition?\n3. Does the force use ANPR?\n\n' +
        'This office does not hold information on the operational use of these technologies. We have therefore transferred ' +
        'questions 1 to 3 to the force FOI team, who will respond to you directly.';
      assert.deepEqual(answers(text), { drones: 'referred', 'facial-recognition': 'referred', anpr: 'referred' });
    });

    it('reads a request "sent" to the force as referred for the tools left unanswered beside an aside on another', () => {
      const text =
        'You asked whether South Wales Police uses drones, body worn video or facial recognition.\n\n' +
        'The Commissioner does not manage the operational use of these technologies. We have therefore sent your request to the ' +
        'South Wales Police FOI Unit, which will reply to you within 20 working days.\n\n' +
        'The force uses facial recognition, as reported to the Joint Audit Committee.';
      assert.deepEqual(answers(text), { drones: 'referred', 'body-worn-video': 'referred', 'facial-recognition': 'used' });
      // Near miss: a mere suggestion to ask the force leaves a letter answering one tool silent on the others.
      const suggested = text.replace('We have therefore sent your request to the South Wales Police FOI Unit, which will reply to you within 20 working days.', 'You may wish to contact South Wales Police.');
      assert.deepEqual(answers(suggested), { drones: 'no-answer', 'body-worn-video': 'no-answer', 'facial-recognition': 'used' });
    });

    const request =
      'We acknowledge your request of 13 June 2019, where you asked the Police and Crime Commissioner (PCC) which, if any, of the following are being used by Avon and Somerset Constabulary:\n\n' +
      ' • body worn video cameras\n • facial recognition\n • hacking\n\nInformation held by the OPCC\n\n';

    it('reads a list introduced by a long line ("where you asked ... which, if any, of the following are being used by ...:") as the request', () => {
      const text = `${request}1. Body worn video – The Constabulary uses body worn video cameras.`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'no-answer', hacking: 'no-answer' });
    });

    it('reads "holds no other information in relation to the tools in your list" as not held for the tools not answered', () => {
      const text = `${request}1. Body worn video – The Constabulary uses body worn video cameras.\n\n2. The OPCC holds no other information in relation to the tools in your list.`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'not-held', hacking: 'not-held' });
    });

    it('reads "we have transferred these parts of your request to <the force>" as referred', () => {
      const text =
        'You asked which, if any, of the following are being used by Surrey Police:\n\na) body worn video\nb) facial recognition\nc) hacking\n\n' +
        'a) Body worn video – Surrey Police uses body worn video.\n\nb) and c) – These are operational matters. We have transferred these parts of your request to Surrey Police, who will respond to you directly.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'referred', hacking: 'referred' });
    });

    it('reads a sentence holding nothing on the tools it names, then one sending those parts on, as referred', () => {
      const text =
        'You asked which of these the Police Service uses:\n\n- body worn video\n- facial recognition\n- hacking\n\n' +
        'The Board can confirm that body worn video is used. The Board does not hold information about facial recognition or hacking. ' +
        'These are operational matters for the Chief Constable.\n\nThe Police Service is a separate public authority. You may wish to direct these parts of your request to:\n\n' +
        'Corporate Information Branch\nPolice Service of Northern Ireland';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'referred', hacking: 'referred' });
      // Near misses: placing the matter with the Chief Constable sends nobody on; nor does a referral that names
      // another tool, or one in a later paragraph that does not point back.
      const placed = text.replace(/\n\nThe Police Service is[^]*$/, '');
      assert.deepEqual(answers(placed), { 'body-worn-video': 'used', 'facial-recognition': 'not-held', hacking: 'not-held' });
      const later = text.replace('direct these parts of your request to', 'contact the Corporate Information Branch');
      assert.deepEqual(answers(later), { 'body-worn-video': 'used', 'facial-recognition': 'not-held', hacking: 'not-held' });
    });

    it('reads "direct questions on those topics to <Body>" after a sentence naming the tools it cannot answer as referred', () => {
      const text =
        'You asked which of these the force uses:\n\n- body worn video\n- facial recognition\n- hacking\n\n' +
        'The force uses body worn video. As to facial recognition and hacking, these are operational matters on which the Commissioner ' +
        'cannot respond. Please direct questions on those topics to South Wales Police.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'referred', hacking: 'referred' });
    });
  });

  describe('answers numbered or labelled after their questions', () => {
    const questions = 'You asked:\n1. Does the force use drones?\n2. Does the force use ANPR?\n\n';
    const cases: [string, string][] = [
      ['bulleted numbers ("• 1. Yes.")', `${questions}Response:\n• 1. Yes.\n• 2. No.`],
      ['"Answer 1 -" labels', `${questions}Answer 1 - Yes.\nAnswer 2 - No.`],
      ['"A1:" labels after "Q1." questions', 'You asked:\nQ1. Does the force use drones?\nQ2. Does the force use ANPR?\n\nA1: Yes\nA2: No'],
      ['"A1 Yes" straight after "Q1 Does ..."', 'Q1 Does the force use drones?\nA1 Yes, since 2016.\n\nQ2 Does the force use ANPR?\nA2 No.'],
    ];
    for (const [name, text] of cases) {
      it(`reads ${name}`, () => assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used' }));
    }

    it('gives the answer to a numbered question naming no known tool to none of the others', () => {
      const text =
        'You asked:\nQ1  Do the forces use gizmos to find people?\nQ2  Do the forces use drones?\n\nResponse\n\nQ1\n' +
        'The forces do not currently use any such technology.\n\nQ2\nThe forces neither confirm nor deny that they hold any information relevant to this question.\n';
      assert.deepEqual(answers(text), { drones: 'ncnd' });
      // Near miss: a question going on from the one before it ("If not, ...") is about its tool.
      const followUp =
        'Request\n\n1a. Does the force use drones?\n1b. If not, does the force plan to introduce them?\n2a. Does the force use ANPR?\n\nResponse\n\n' +
        '1a. No\n1b. Yes - the force is acquiring drones and expects to begin using them later this year.\n2a. Yes\n';
      assert.deepEqual(answers(followUp), { drones: 'trialled', anpr: 'used' });
    });

    it('reads "(i) to (iii) – Information not held." as the answer to each part numbered in roman numerals', () => {
      const text =
        'You asked:\n(i) Do you use drones?\n(ii) Do you use ANPR?\n(iii) Do you use facial recognition?\n(iv) Do you use body worn video?\n\n' +
        'Response:\n(i) to (iii) – Information not held.\n(iv) Yes.\n';
      assert.deepEqual(answers(text), { drones: 'not-held', anpr: 'not-held', 'facial-recognition': 'not-held', 'body-worn-video': 'used' });
    });

    it('reads a range written without spaces, "(i)–(iii): Yes", whose first label would not stand alone', () => {
      const text =
        'You asked whether the force uses:\n  i.   drones\n  ii.  ANPR\n  iii. body worn video\n  iv.  IMSI catchers\n\n' +
        'Response\n\n(i)–(iii): Yes, all three are used.\n\n(iv): The force can neither confirm nor deny that it holds this information.\n';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'used', 'body-worn-video': 'used', 'imsi-catchers': 'ncnd' });
      // Near miss: a span of years is no range of questions.
      assert.equal(answers('You asked:\n1. Do you use drones?\n\nResponse:\n(2019)–(2021): the force did not use drones.').drones, 'not-used');
    });

    it('reads roman ranges without brackets, "iv - v:" opening a line and "In answer to i - iii," opening a sentence', () => {
      const text =
        'You asked whether the force uses:\n i.   body worn video\n ii.  ANPR\n iii. drones\n iv.  facial recognition\n v.   predictive policing\n\n' +
        'In answer to i - iii, yes, all of these are in use.\niv - v: The force does not use either of these.\n';
      assert.deepEqual(answers(text), {
        'body-worn-video': 'used',
        anpr: 'used',
        drones: 'used',
        'facial-recognition': 'not-used',
        'predictive-policing': 'not-used',
      });
      // Near miss: a dash after a question's number and before "I" names no part "i".
      const dashed = 'You asked:\n1. Do you use drones?\n2. Do you use ANPR?\n\nResponse:\nIn answer to question 1 - I can confirm that drones are used.\n2. No.\n';
      assert.deepEqual(answers(dashed), { drones: 'used', anpr: 'not-used' });
    });

    it('reads parts listed after the word for them, "Parts i & ii", "Parts iii/iv", under a request numbered without marks', () => {
      const text =
        'You asked whether the force uses:\n  i    ANPR\n  ii   drones\n  iii  IMSI catchers\n  iv   hacking\n\n' +
        'Parts i & ii\nYes. The force has an ANPR network and a drone unit.\n\nParts iii/iv\nThe force neither confirms nor denies that it holds information relevant to these parts.\n';
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
      // Near miss: a capital "I" set apart by spaces is the pronoun, not part "i".
      assert.equal(answers('You asked whether the force uses drones.\n\nI  can confirm that drones are used.').drones, 'used');
    });

    it('reads "A2-A4  Yes." and "Points 1 to 3 inclusive –" as answering each question of the range', () => {
      const text =
        'Your questions\n  Q1  Do you use body worn video?\n  Q2  Do you use ANPR?\n  Q3  Do you use drones?\n  Q4  Do you use facial recognition?\n\n' +
        'Our answers\n  A1     Yes.\n  A2-A4  Yes.\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', anpr: 'used', drones: 'used', 'facial-recognition': 'used' });
      const points =
        'You asked which of these are used:\n  1. body worn video\n  2. ANPR\n  3. drones\n  4. facial recognition\n\n' +
        'Points 1 to 3 inclusive – used by the force.\nPoint 4 – not used by the force.\n';
      assert.deepEqual(answers(points), { 'body-worn-video': 'used', anpr: 'used', drones: 'used', 'facial-recognition': 'not-used' });
    });

    it('reads "All remaining points – (i), (ii) and (v) – are in use" as use of those points\' tools', () => {
      const text =
        'Request:\n"Which, if any, of the following are used by the force: (i) body worn video, (ii) facial recognition, (iii) hacking, (iv) IMSI catchers, (v) drones?"\n\nResponse:\n' +
        'Points (iii) and (iv): The force can neither confirm nor deny that it holds any information relevant to these points.\n' +
        'All remaining points – (i), (ii) and (v) – are in use by the force.\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'used', hacking: 'ncnd', 'imsi-catchers': 'ncnd', drones: 'used' });
      // Near miss: parts set apart from the subject are not it.
      const apart = 'Request:\n"Which, if any, of the following are used by the force: (i) body worn video, (ii) drones, (iii) hacking?"\n\nResponse:\nThe force uses each of them, with the exception of point (iii).\n';
      assert.notEqual(answers(apart).hacking, 'used');
    });

    it('reads "Q1 ANPR - Yes" lines with no request above as answers, not as the request', () => {
      const text = 'Dear Sir,\n\nQ1 ANPR - Yes\nQ2 Drones - Yes\nQ3 Hacking - Neither confirm nor deny (s.24(2), s.31(3))\n\nKind regards\n';
      assert.deepEqual(answers(text), { anpr: 'used', drones: 'used', hacking: 'ncnd' });
      // Near miss: a blank form's choices answer nothing.
      assert.deepEqual(answers('Please complete:\n\nQ1 ANPR - Yes / No\nQ2 Drones - Yes / No\n'), { anpr: 'no-answer', drones: 'no-answer' });
    });

    it('reads unnumbered questions each over its answer, "Does the force use ANPR?" / "Yes."', () => {
      const text =
        'Dear Requester\n\nDoes the force use IMSI catchers?\nThe force neither confirms nor denies that it holds this information.\n' +
        'Does the force use ANPR?\nYes.\nDoes the Constabulary have a drone?\nIt has several, which are deployed by the Air Support Unit.\n';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', anpr: 'used', drones: 'used' });
      // Near miss: a question over the requester's own words is the request going on.
      const asked = 'You wrote:\n\nDoes the force use ANPR?\nI would like to know this for my research.\n\nThe force does not hold this information.\n';
      assert.equal(answers(asked).anpr, 'not-held');
    });

    it('reads an elliptical "It is." or "They are, by all officers." under a question as yes', () => {
      const text = 'Are drones used?\nThey are.\nIs ANPR used?\nIt is, across the county.\nIs facial recognition used?\nIt is not.\nHas the force trialled predictive policing?\nIt has.\n';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'used', 'facial-recognition': 'not-used', 'predictive-policing': 'trialled' });
      // Near misses: "It is, however, exempt" and "It is important" are no yes.
      assert.notEqual(answers('Is ANPR used?\nIt is, however, exempt under section 31.\n').anpr, 'used');
      assert.notEqual(answers('Is ANPR used?\nIt is important to note that the force reviews its systems.\n').anpr, 'used');
    });

    it('reads "Qs 1 and 3: Yes", "Q2 – Yes, ..." and "Q4: The force neither confirms nor deny ..." lines as answers', () => {
      const bullets =
        'You wrote:\n\n"Do you use any of the following:\n - body worn video\n - facial recognition\n - drones\n - IMSI catchers"\n\n' +
        'For ease of reference I have numbered the points 1 to 4.\n\nQs 1 and 3: Yes, both in use.\nQ2 – No, the force does not use it.\n' +
        'Q4: The force can neither confirm nor deny that it holds any information relevant to this question.\n';
      assert.deepEqual(answers(bullets), { 'body-worn-video': 'used', 'facial-recognition': 'not-used', drones: 'used', 'imsi-catchers': 'ncnd' });
      // Near miss: a requester's choices after the label ask, they do not answer.
      const form = 'Please can you tell me:\n\nQ1 – Yes/No: do you use drones?\nQ2 – Yes/No: do you use ANPR?\n\nThe force uses drones.\n';
      assert.equal(answers(form).anpr, 'no-answer');
    });

    it('reads "In respect of (c)," and "In respect of items 3 and 4, and of ... item 5," as naming those parts', () => {
      const lettered =
        'You asked:\n(a) whether the force uses drones;\n(b) whether the force uses facial recognition;\n(c) whether the force uses cyber kiosks.\n\n' +
        'In respect of (c), the kiosks have been in operational use since 2020.\nIn respect of (a) and (b), the Authority does not hold the information.\n';
      assert.deepEqual(answers(lettered), { drones: 'not-held', 'facial-recognition': 'not-held', 'mobile-phone-extraction': 'used' });
      const joined =
        'Your request listed four items: (1) body worn video, (2) IMSI catchers, (3) hacking, (4) drones.\n\n' +
        'In respect of items 2 and 3, and of any covert use of the technology in item 4, the force neither confirms nor denies that it holds any information.\n';
      assert.equal(answers(joined).drones, 'ncnd');
      // Near miss: the tool of an item not joined on with "and" keeps no answer.
      assert.equal(answers(joined)['body-worn-video'], 'no-answer');
    });

    it('reads a sentence of names each with its yes or no, "BWV yes, RPAS yes, ANPR readers yes, LFR no."', () => {
      const text = 'You asked whether the force uses body worn video, drones, ANPR or facial recognition.\n\nHi – in answer to your questions: BWV yes, RPAS yes, ANPR readers yes, LFR no.\n';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', anpr: 'used', 'facial-recognition': 'not-used' });
      // Near miss: a yes beside one name in a sentence saying more is no list of pairs.
      const more = 'You asked whether the force uses drones or ANPR.\n\nDrones yes, but ANPR is run by the council.\n';
      assert.notEqual(answers(more).anpr, 'used');
    });

    it('reads "Q2/Q3 – no" as the answer to both questions', () => {
      const text = 'You asked:\nQ1 Do you use drones?\nQ2 Do you use ANPR?\nQ3 Do you use body worn video?\n\nResponse:\nQ1 – yes\nQ2/Q3 – no, the force does not use either\n';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used', 'body-worn-video': 'not-used' });
      // Near miss: a date is no pair of labels.
      assert.equal(answers('You asked:\n1. Do you use drones?\n\nResponse:\n12/03/2024 - the force does not use drones.').drones, 'not-used');
    });

    it('reads no answer in a question\'s condition ("If yes to 4, please name the supplier.")', () => {
      const answer = 'In answer to question 3, the force does not use this technology. As a result question 4 does not apply.';
      const text =
        'Your questions are set out below, followed by our answers.\n\n1. Does the force use drones?\n2. If yes, how many are in use?\n' +
        `3. Does the force use ANPR?\n4. If yes to 3, please provide the name of the supplier.\n\nResponse\n\nQuestions 1 and 2\nYes. The force has six drones.\n\n${answer}`;
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used' });
      // Near miss: the authority's own "yes to 3".
      assert.equal(answers(text.replace(answer, 'We can answer yes to 3.')).anpr, 'used');
    });

    it('reads the number cell of a table row as the answer\'s number ("4  | ...")', () => {
      const text =
        'You asked:\n  1) Does the force use drones?\n  2) Does the force use IMSI catchers?\n\nResponse\n\n Q  | Answer\n' +
        ' 1  | Yes. The force has nine aircraft.\n 2  | In respect of any covert use, the force neither confirms nor denies that it holds information.';
      assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd' });
    });

    it('does not take the indented first item of the request for an answer\'s number', () => {
      const text =
        'You asked whether the force makes use of any of these:\n\n   (i)    drones;\n   (ii)   facial recognition.\n\nOur response\n\n' +
        'The Commissioner does not direct how the force carries out its operational work. Please send your request to Kent Police, who hold the information.';
      assert.deepEqual(answers(text), { drones: 'referred', 'facial-recognition': 'referred' });
    });

    it('gives a "Question 1" heading\'s answer, naming no tool, to the tools of question 1', () => {
      const text =
        'You asked:\n1. Does the force use IMSI catchers?\n2. Does the force use drones?\n\n' +
        'Question 1\nThe force can neither confirm nor deny whether any information is held, by virtue of section 24(2).\n\n' +
        'Question 2\nFollowing a search of our systems, the force does not hold any information captured by your request.';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'ncnd', drones: 'not-held' });
    });

    it('reads answers lettered after lettered questions, "c) and d)" answering both', () => {
      const text =
        'Your request:\nPlease confirm whether the force uses each of the following:\na) Body worn video\nb) ANPR\nc) Equipment interference\nd) IMSI catchers\n\n' +
        'Response:\na) Yes. All officers carry cameras.\nb) No.\nc) and d) The force neither confirms nor denies that it holds any information relevant to these parts of your request, by virtue of section 24(2).';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', anpr: 'not-used', hacking: 'ncnd', 'imsi-catchers': 'ncnd' });
    });

    it('reads one answer to two numbered questions, "5 and 6. ...", as the answer to both', () => {
      const text = 'You asked:\n1. Do you use drones?\n2. Do you use IMSI catchers?\n3. Do you use hacking?\n\nMy response to each question is set out below.\n1. Yes.\n2 and 3. The force can neither confirm nor deny that it holds the information requested in these questions.';
      assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
    });

    it('reads answers labelled by number and lettered part together, "Q1(i)." and "Q1(ii) and Q1(iii).", or "2(b)"', () => {
      const text =
        'You asked:\nQ1. Does the force use:\n(i) drones;\n(ii) IMSI catchers;\n(iii) computer hacking?\n\nResponse\n\n' +
        'Q1(i). Yes.\n\nQ1(ii) and Q1(iii). The force neither confirms nor denies that it holds any information relevant to these parts.';
      assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
      const bracketed = 'You asked:\n1. Equipment\n(a) drones\n(b) ANPR\n\nResponse:\n1(a) Yes.\n1(b) No.';
      assert.deepEqual(answers(bracketed), { drones: 'used', anpr: 'not-used' });
    });

    it('does not read "Confirming or denying whether the force uses ..." as an answer', () => {
      const text = 'You asked: Do you use IMSI catchers?\n\nConfirming or denying whether the force uses IMSI catchers, or naming the tools it uses, would harm law enforcement.';
      assert.equal(answers(text)['imsi-catchers'], 'no-answer');
    });

    it('reads lettered answers under each numbered question, the request repeated with a response beneath each part', () => {
      const text =
        '1. DRONES\na) Does the force use drones?\nb) How many?\n\nResponse\na) Yes.\nb) 9.\n\n' +
        '2. FACIAL RECOGNITION\na) Does the force use facial recognition?\nb) How many cameras?\n\nResponse\na) No.\nb) Not applicable.';
      assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'not-used' });
    });

    it('reads "Q(b) Facial recognition" over "A. ..." as question b and its answer, not as part a', () => {
      const text =
        'You asked:\na) body worn video\nb) facial recognition\nc) drones\n\nANSWER\n\nQ(a) Body worn video\nA. Yes.\n\nQ(b) Facial recognition\n' +
        'A. The force can neither confirm nor deny that it holds information relevant to this question.\n\nQ(c) Drones\nA. No.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'ncnd', drones: 'not-used' });
    });

    it('reads "A" set apart by a column\'s gap under a question as the answer\'s label: "A   Yes."', () => {
      const text = 'Q1  Does the force use body worn video?\n\nA    Yes.\n\nQ2  Does the force use ANPR?\n\nA\tNo.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', anpr: 'not-used' });
      // Near miss: the article opening a sentence.
      assert.equal(answers('Q1  Does the force use drones?\n\nA trial of drones is planned.').drones, 'trialled');
    });

    it('reads "Revised answer to question 1:" and "Response to Q1 - Q3 (...):" as labels of the questions they answer', () => {
      const asked = 'Q1 Do you use drones?\nQ2 Do you use ANPR?\nQ3 Do you use facial recognition?\n\n';
      const same = `${asked}Response to Q1 - Q3 (same answer for all):\nThe office does not hold this information.\n\nQ4 Do you use IMSI catchers?\nNo.`;
      assert.deepEqual(answers(same), { drones: 'not-held', anpr: 'not-held', 'facial-recognition': 'not-held', 'imsi-catchers': 'not-used' });
      const revised = `${asked}Revised answer to question 1: No.\nAmended response to Q2: Yes.\nQ3: No.`;
      assert.deepEqual(answers(revised), { drones: 'not-used', anpr: 'used', 'facial-recognition': 'not-used' });
    });

    it('reads the "Yes" of a question about no tool as its answer, not as use of a tool named after it on the line', () => {
      const text =
        'You asked:\n1. Does the force use drones?\n2. Do you get air support from NPAS?\n\nResponse:\n1. The force does not currently have a drone ' +
        'capability.\n\n2. Yes. Air support is provided by NPAS. NPAS provides helicopters only and does not provide drones to the force.';
      assert.equal(answers(text).drones, 'not-used');
      // Near miss: a question about a tool answered on its line.
      assert.equal(answers('You asked:\n1. Does the force use drones?\n\n1. Yes. Drones are flown by the roads policing unit.').drones, 'used');
    });

    it('reads lettered parts of a numbered question by their number and letter', () => {
      const text =
        'You asked:\n1. Does the force use the following?\n(a) drones\n(b) ANPR\n2. Does the force use predictive policing?\n\n' +
        'Response:\n1.\n(a) Yes.\n(b) No.\n2. No.';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used', 'predictive-policing': 'not-used' });
    });

    it('does not read a number alone on its line, such as a page number, as an answer number', () => {
      const text =
        'You asked:\n1. Does the force use drones?\n2. Does the force use ANPR?\n\nResponse:\nWe use drones for searches.\n\n2\n\n' +
        'No information is held about any other matter.';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'no-answer' });
    });
  });

  describe('a request put as a question over a list', () => {
    it('leaves a tool of the list the answer never names without an answer, rather than unread', () => {
      const text = [
        'Dear Mr Smith,',
        '',
        'Which of these technologies are used by the force:',
        '- Body worn video',
        '- Facial recognition',
        '- Drones',
        '',
        'Body worn video is used by all response officers.',
        '',
        'The force does not use facial recognition.',
      ].join('\n');
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'not-used', drones: 'no-answer' });
    });
  });

  describe('"the former" and "the latter" of a question naming two tools', () => {
    it('splits "The former is used; the latter is not." between the question\'s two tools, in the order it names them', () => {
      const text = '1. Do you use ANPR or predictive policing?\n2. Do you use drones?\n\n1. The former is used; the latter is not.\n2. Yes.';
      assert.deepEqual(answers(text), { anpr: 'used', 'predictive-policing': 'not-used', drones: 'used' });
    });

    it('reads "the former" and "the latter" in sentences of their own', () => {
      const text =
        'Q2. Do you use live facial recognition or hacking?\n\nA2. Of the two technologies listed, the former is used. ' +
        'In relation to the latter, the force neither confirms nor denies that it holds information.';
      assert.deepEqual(answers(text), { 'facial-recognition': 'used', hacking: 'ncnd' });
    });

    it('reads "No to the first part, yes to the second" as answering the two tools in the order the question names them', () => {
      const text =
        '1. Has the force ever used predictive policing, and does it use ANPR at its bases?\n2. Do you use drones?\n\n' +
        '1. No to the first part, yes to the second. ANPR is used at the gates of several sites.\n2. Yes.';
      assert.deepEqual(answers(text), { 'predictive-policing': 'not-used', anpr: 'used', drones: 'used' });
    });

    it('leaves "the latter" of a question naming one tool and something else alone (near miss)', () => {
      const text = 'Q1. Do you use drones, and what did each cost?\n\nA1. The former is confirmed. The latter, the purchase price, is withheld under section 43(2).';
      assert.notEqual(answers(text).drones, 'not-used');
    });
  });

  describe('lists grouped under a heading that gives their status', () => {
    const request = 'You asked: Does the force use body worn video, drones, ANPR, facial recognition or IMSI catchers?\n\nResponse\n\n';

    it('gives each bulleted item the status of its heading ("In use:", "Not in use:")', () => {
      const text =
        `${request}In use:\n * Offender risk scores, which the force uses to support decisions.\n * Body worn video.\n` +
        ' * Drones, flown by the air support unit.\n\nNot in use:\n * Facial recognition.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', anpr: 'no-answer', 'facial-recognition': 'not-used', 'imsi-catchers': 'no-answer' });
    });

    it('reads headings in capitals over lines opening with a tool\'s name', () => {
      const text =
        'You asked: Does the force use body worn video, drones, ANPR or IMSI catchers?\n\nResponse\n\n' +
        'YES\nBody worn video - issued to all response officers.\nANPR - fixed and mobile.\n\n' +
        'NO\nDrones - the force has no aircraft.\n\nNEITHER CONFIRM NOR DENY\nIMSI catchers - see the explanation below.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used', anpr: 'used', 'imsi-catchers': 'ncnd' });
    });

    it('reads "Both forces use:" and "Neither force uses:" over bullets spaced by blank lines', () => {
      const text = `${request}Both forces use:\n\n- drones;\n\n- body worn video;\n\nNeither force uses:\n- facial recognition.`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', anpr: 'no-answer', 'facial-recognition': 'not-used', 'imsi-catchers': 'no-answer' });
    });

    it('leaves an item saying something of its own to its own words (near miss)', () => {
      const text = `${request}In use:\n- Body worn video\n- Drones: no, the trial ended in 2021`;
      assert.equal(answers(text).drones, 'not-used');
    });

    it('does not read a short line ending a wrapped sentence as a heading (near miss)', () => {
      const text = `${request}Retrospective searches are made through the Police National Database. Live facial\nrecognition is not used\nIMSI catchers      Section 18 applies - see below`;
      assert.notEqual(answers(text)['imsi-catchers'], 'not-used');
    });

    it('does not read a table\'s header naming a status as a heading (near miss)', () => {
      const text = `${request}Technology    Used    Introduced\nDrones        —       —\n\nKey: — = no recorded information held`;
      assert.notEqual(answers(text).drones, 'used');
    });

    it('reads "Table 1 - Currently in use" over a table, past its header row, its rules and a wrapped cell', () => {
      const text =
        `${request}TABLE 1 - CURRENTLY IN USE\n\n` +
        '  Capability                            | In use since\n' +
        '  --------------------------------------|-------------\n' +
        '  Body worn video                       | 2015\n' +
        '  Drones (Remotely Piloted Aircraft     | 2018\n' +
        '  Systems)                              |\n' +
        '  ANPR                                  | 2006\n\n' +
        'Table 2: Under trial\n  +--------------------+\n  | Facial recognition |\n  +--------------------+\n\n' +
        'Table 3 - Neither confirm nor deny\n  | IMSI catchers |';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', anpr: 'used', 'facial-recognition': 'trialled', 'imsi-catchers': 'ncnd' });
    });

    it('reads "Not currently in use", "IN SERVICE" a blank line above its items, and items repeating "decommissioned"', () => {
      const text =
        `${request}IN SERVICE\n\n  Body worn video - issued to all officers.\n\nNot currently in use by the force\n  - Facial recognition\n\n` +
        'Decommissioned\n   Drones (decommissioned 2022)\n   ANPR (decommissioned 2021)';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used', anpr: 'not-used', 'facial-recognition': 'not-used', 'imsi-catchers': 'no-answer' });
    });

    it('reads a table\'s row spanning its columns as a status heading over the rows below it: "| NOT USED |"', () => {
      const rule = ' ----------------------------------------------\n';
      const text =
        `${request}${rule}| Technology           | Detail                |\n${rule}| USED BY THE FORCE                            |\n${rule}` +
        `| Body worn video      | Issued to all officers |\n| ANPR                 | Fixed and mobile       |\n${rule}| BEING TRIALLED                               |\n${rule}` +
        `| Facial recognition   | Six-month pilot        |\n${rule}| NOT USED                                     |\n${rule}| Drones               | -                      |\n${rule}`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', anpr: 'used', 'facial-recognition': 'trialled', drones: 'not-used', 'imsi-catchers': 'no-answer' });
    });

    it('reads a sentence of the NCND ending in a colon as the status of the bulleted list below it', () => {
      const text =
        'You asked whether the MPS uses ANPR, IMSI catchers or hacking.\n\nList 1 - overt use\n\n1. ANPR - Yes. The MPS uses ANPR overtly.\n\n' +
        'List 2 - covert use\n\nThe MPS neither confirms nor denies whether it holds any information about:\n- the covert use of ANPR;\n- IMSI catchers;\n- hacking.';
      assert.deepEqual(answers(text), { anpr: 'partial-ncnd', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
    });

    it('does not read a heading over documents as the status of the tools they are about (near miss)', () => {
      const text = `${request}Table 1 - Documents currently in use\n\n  Document                              Owner\n  ----------------------------------    -------\n  Guidance: Live Facial Recognition      College of Policing`;
      assert.equal(answers(text)['facial-recognition'], 'no-answer');
    });
  });

  describe('a list of names announced by the sentence before it', () => {
    const request = 'You asked: Does the force use body worn video, drones, ANPR or facial recognition?\n\nResponse:\n';

    it('gives "The force uses the following:" to every tool its list names', () => {
      const text = `${request}The force uses the following:\n- Body worn video\n- Drones\n\nThe force does not use facial recognition.`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', anpr: 'no-answer', 'facial-recognition': 'not-used' });
    });

    it('reads a list set apart from its announcement by a blank line, and a denial announced so', () => {
      const text = `${request}The force does not use any of the technologies listed below.\n\n  ANPR\n  Facial recognition\n\nIt uses body worn video and drones.`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', anpr: 'not-used', 'facial-recognition': 'not-used' });
    });

    it('leaves a list whose lines answer for themselves to those lines (near miss)', () => {
      const text = `${request}The force uses the following:\n- Body worn video\n- Drones: no\n- ANPR`;
      assert.equal(answers(text).drones, 'not-used');
    });

    it('does not read a question or request announcing its list as an answer (near miss)', () => {
      const text = 'Dear Sir,\n\nPlease can you tell me which of the following are used by the force:\n- Body worn video\n- Drones\n\nThank you.';
      assert.notEqual(answers(text)['body-worn-video'], 'used');
    });

    it('does not give the announcement to a list after a blank line ending it (near miss)', () => {
      const text = `${request}The force uses the following:\n- Body worn video\n\nDrones\nThe matter is under review.`;
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'no-answer', anpr: 'no-answer', 'facial-recognition': 'no-answer' });
    });
  });

  describe('rows of a table counting or paying for kit', () => {
    const request = 'You asked: Please list the equipment and spending for drones, ANPR, body worn video and facial recognition.\n\nResponse:\n';

    it('reads a count in a row led by a category, a sum in a row led by a supplier, and "3 x" units as use', () => {
      const text =
        request +
        '| Asset category   | Make / model            | Quantity |\n' +
        '| UAV              | DJI Matrice 30T         | 4        |\n' +
        '| Body Worn Video  | Motorola Solutions VB400 | 1,150   |\n\n' +
        'Supplier            Value         Description\n' +
        'Genetec UK Ltd      £96,112.50    AutoVu ANPR back office support\n' +
        'Heliguy Ltd         £48,990.00    3 x batteries for the fleet';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'used', 'body-worn-video': 'used', 'facial-recognition': 'no-answer' });
    });

    it('reads a row a tool\'s label opens and a figure with a word before it ("approx. 3,800") as use', () => {
      const text = `${request}Roads Policing    Fixed ANPR cameras        Fixed: 94\nResponse          Body Worn Video - VB400   approx. 3,800\n`;
      assert.deepEqual(answers(text), { drones: 'no-answer', anpr: 'used', 'body-worn-video': 'used', 'facial-recognition': 'no-answer' });
    });

    it('leaves rows of nought, rows saying something of their own and a row\'s own number to their readers (near misses)', () => {
      const text =
        request +
        'Budget line                          2022/23     2023/24\n' +
        'Intelligence - facial recognition    £0          £0\n' +
        'Air Support - drones                 £14,900     £0\n' +
        'ANPR                                 Withheld    £41,000\n' +
        '  4    Body worn video\n';
      assert.deepEqual(answers(text), { drones: 'no-answer', anpr: 'no-answer', 'body-worn-video': 'no-answer', 'facial-recognition': 'no-answer' });
    });

    it('reads the quoted values of a CSV line as its cells', () => {
      const text =
        request +
        '"Supplier Name","Amount","Description"\n' +
        '"NDI Recognition Systems Ltd","12,600.00","ANPR camera maintenance"\n' +
        '"Heliguy Ltd","1,140.00","Drone batteries"';
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'used', 'body-worn-video': 'no-answer', 'facial-recognition': 'no-answer' });
    });

    it('reads the paragraph after a last row with no full stop by itself', () => {
      const text = `${request}Capability            Supplier      Units\nDrones                DJI           11\nFacial recognition    –             –\n\nThe force does not use facial recognition.`;
      assert.deepEqual(answers(text), { drones: 'used', anpr: 'no-answer', 'body-worn-video': 'no-answer', 'facial-recognition': 'not-used' });
    });

    it('does not read a line alone, outside any table, as a row (near miss)', () => {
      const text = `${request}The drones    4\n\nNothing else is held.`;
      assert.notEqual(answers(text).drones, 'used');
    });
  });

  describe('the remaining items of a request, counted', () => {
    it('gives "the remaining two items" the tools not answered', () => {
      const text =
        'You asked whether the force uses drones, IMSI catchers and hacking.\n\nThe force uses drones.\n\n' +
        'In relation to the remaining two items in your request, the force can neither confirm nor deny whether it holds any information.';
      assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
    });

    it('gives "for the remaining two", counted with no noun, the tools not answered, but not "the other two forces"', () => {
      const asked = 'You asked whether the force uses drones, IMSI catchers and hacking.\n\nThe force uses drones. ';
      const rest = 'For the remaining two, the force can neither confirm nor deny whether it holds any information.';
      assert.deepEqual(answers(asked + rest), { drones: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
      const forces = 'The other two forces in the region neither confirm nor deny whether they hold any information.';
      assert.deepEqual(answers(asked + forces), { drones: 'used', 'imsi-catchers': 'no-answer', hacking: 'no-answer' });
    });
  });

  describe('an answer under a question naming several tools', () => {
    it('gives an NCND under one question naming two tools to both', () => {
      const text =
        'Your request:\n1. Does the force use drones?\n\nThe force uses drones.\n\n2. Does the force use IMSI catchers or equipment interference?\n\n' +
        'The force can neither confirm nor deny that it holds the information sought.';
      assert.deepEqual(answers(text), { drones: 'used', 'imsi-catchers': 'ncnd', hacking: 'ncnd' });
    });

    it('reads an answer under one question that describes its tool without naming it', () => {
      const text =
        'You asked: Does Police Scotland use facial recognition?\n\nPolice Scotland does not use live facial recognition. ' +
        'Retrospective facial searching of custody images is carried out using the Police National Database.';
      assert.deepEqual(answers(text), { 'facial-recognition': 'used' });
    });

    it('does not take use told without a tool\'s name under such a question as its answer once another tool is named (near miss)', () => {
      const text = 'Your request:\n1. Does the force use IMSI catchers or equipment interference?\n\nThe force uses ANPR. Officers use radios.';
      assert.deepEqual(answers(text), { 'imsi-catchers': 'no-answer', hacking: 'no-answer', anpr: 'used' });
    });
  });

  describe('an NCND of covert use, or of any other information, that names no tool', () => {
    const asked = 'You asked: Does the force use IMSI catchers?\n\nResponse:\n';
    it('makes the overt answer just given a partial NCND', () => {
      const text = `${asked}In relation to overt use, IMSI catchers are not used. Any covert use is neither confirmed nor denied under sections 23(5) and 24(2).`;
      assert.deepEqual([answerFor(text, 'imsi-catchers').status, answerFor(text, 'imsi-catchers').exemptions], ['partial-ncnd', ['s23(5)', 's24(2)']]);
    });

    it('does not take a public interest argument about covert capabilities for such a statement', () => {
      const text =
        'You asked: Do you use body worn video or drones?\n\nResponse:\nBody worn video: Yes.\nDrones: No.\n\n' +
        'Public Interest Test\nFactors favouring neither confirming nor denying: to confirm or deny whether covert capabilities are held would allow offenders to adapt.';
      assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'not-used' });
    });

    it('makes an overt "not held" a partial NCND too', () => {
      const text = `${asked}The force holds no information regarding the overt use of IMSI catchers. The force neither confirms nor denies holding any other information by virtue of section 24(2).`;
      assert.equal(answerFor(text, 'imsi-catchers').status, 'partial-ncnd');
    });
  });

  describe('an NCND of one part of a tool beside an answer to another part', () => {
    it('reads use of one form of the tool beside an NCND of another, in separate sentences, as partial NCND', () => {
      const text =
        'You asked about live and retrospective facial recognition.\n\nThe force uses retrospective facial recognition to compare custody images. ' +
        'With regard to live facial recognition, the force can neither confirm nor deny whether any information is held.';
      assert.equal(answers(text)['facial-recognition'], 'partial-ncnd');
      // Near miss: an indirect mention of use (a published report) beside the NCND leaves it whole.
      const published =
        'You asked: Do you use hacking?\n\nThe force can neither confirm nor deny that it holds the information. Any use of equipment interference is ' +
        'overseen by the Investigatory Powers Commissioner, whose reports are published online.';
      assert.equal(answers(published).hacking, 'ncnd');
    });

    it('reads "covert" in the words leading into the NCND, or in its label, as an NCND of covert use', () => {
      const lead =
        'You asked: Does the force use facial recognition?\n\nThe force does not use live facial recognition. In relation to any covert use of facial ' +
        'recognition, the force can neither confirm nor deny that it holds any information.';
      assert.equal(answers(lead)['facial-recognition'], 'partial-ncnd');
      const labels = 'You asked: Does the force monitor social media?\n\nOvert open source research: yes, by the Intelligence Hub.\nCovert online investigation: the force can neither confirm nor deny (s31(3)).';
      assert.equal(answers(labels)['social-media-intelligence'], 'partial-ncnd');
    });

    it('gives an NCND of covert use naming no tool to the one tool answered, when the request named none', () => {
      const text =
        'You asked whether the force uses covert accounts to watch protest groups.\n\nThe force carries out open source research on public social media. ' +
        'It will neither confirm nor deny whether it holds any information about the use of covert online accounts.';
      assert.equal(answers(text)['social-media-intelligence'], 'partial-ncnd');
    });
  });

  describe('the words beside an NCND clause', () => {
    const asked = 'You asked: Do you use drones?\n\n';

    it('does not read a hypothetical after the clause as an answer', () => {
      const text = `${asked}The force neither confirms nor denies that drones are used; to do so would show whether they are deployed.`;
      assert.equal(answerFor(text, 'drones').status, 'ncnd');
    });

    it('does not read "overtly" inside the clause as an overt answer', () => {
      const text = `${asked}We can neither confirm nor deny whether drones are used overtly.`;
      assert.equal(answerFor(text, 'drones').status, 'ncnd');
    });

    it('reads an overt answer after the clause, in the same sentence, as partial NCND', () => {
      const text = `${asked}We can neither confirm nor deny whether drones are used covertly; drones are used overtly at events.`;
      assert.equal(answerFor(text, 'drones').status, 'partial-ncnd');
    });
  });

  it('answers nothing for a letter that names no tool', () => {
    assert.deepEqual(answers('Dear requester,\n\nWe do not hold the information. It is exempt and withheld.\n\nYes.'), {});
  });

  describe('evidence, confidence and exemptions', () => {
    it('gives the answering sentence as evidence, outside the request', () => {
      const text = 'You asked: Do you use drones?\n\nWe do not currently use drones.';
      const answer = answerFor(text, 'drones');
      assert.equal(answer.text, 'We do not currently use drones.');
      assert.equal(text.slice(answer.evidence.start, answer.evidence.end), answer.text);
    });

    it('carries the NCND provisions listed after "by virtue of the following exemptions:"', () => {
      const text = 'You asked: Is the force using facial recognition?\n\nThe force neither confirms nor denies that it holds information on the covert use of facial recognition, as the duty in section 1(1)(a) does not apply, by virtue of the following exemptions:\n\nSection 24(2) National Security\nSection 31(3) Law Enforcement\n\nSection 24 and Section 31 are prejudice based qualified exemptions which require a public interest test.';
      assert.deepEqual(answerFor(text, 'facial-recognition').exemptions, ['s24(2)', 's31(3)']);
    });

    it('carries the exemptions of a refusal', () => {
      const text = 'You requested the ANPR camera locations.\n\nThe ANPR camera locations are exempt under section 31(1)(a) and section 24(1) and are withheld.';
      const answer = answerFor(text, 'anpr');
      assert.equal(answer.status, 'refused');
      assert.deepEqual(answer.exemptions, ['s31(1)(a)', 's24(1)']);
    });

    it('is surer of a per-tool line than of a blanket statement, and least sure of no answer', () => {
      const perTool = answerFor('You asked: drones?\n\nDrones – we do not use drones.', 'drones');
      const blanket = answerFor('Request:\nDo you use drones or ANPR?\n\nResponse:\nThe information requested is not held.', 'drones');
      const none = answerFor('You asked: Do you use drones?\n\nThank you.', 'drones');
      assert.ok(perTool.confidence > blanket.confidence && blanket.confidence > none.confidence);
      for (const c of [perTool.confidence, blanket.confidence, none.confidence]) assert.ok(c > 0 && c <= 1);
    });

    it('lowers its confidence when the letter says both used and not used', () => {
      const clear = answerFor('You asked: drones?\n\nThe force uses drones.', 'drones');
      const mixed = answerFor('You asked: drones?\n\nThe force uses drones. The force does not use drones at night.', 'drones');
      assert.equal(mixed.status, 'used');
      assert.ok(mixed.confidence < clear.confidence);
    });
  });
});

describe('answers beside a tool\'s name on its line', () => {
  const request = 'You asked which of the following are used by the force. Our response is in brackets:\n\n';

  it('reads a bracket closing the line, opening with an answer, as that tool\'s answer', () => {
    const text = `${request}• body worn video cameras [used]\n• facial recognition (not held)\n• hacking [Not held by the OPCC]\n• Predictive policing [No]\n`;
    assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'facial-recognition': 'not-held', hacking: 'not-held', 'predictive-policing': 'not-used' });
  });

  it('reads the answer after a tool\'s name put as a question, past the question mark', () => {
    const text = 'Our answers follow the dash after each question.\n\nPredictive policing? – not used.\nDrones? – yes, six aircraft.\n';
    assert.deepEqual(answers(text), { 'predictive-policing': 'not-used', drones: 'used' });
  });

  it('does not read a bracket naming a kind of the tool, or a note inside a sentence, as an answer', () => {
    assert.deepEqual(answers(`${request}• Facial recognition (live or retrospective) – not used\n`), { 'facial-recognition': 'not-used' });
    const sentence = `${request}• ANPR (in use since 2006) and drones (introduced in 2018).`;
    assert.deepEqual(answers(sentence), { anpr: 'used', drones: 'used' });
  });
});

describe('request regions seen by tool answers', () => {
  it('reads a plain answer paragraph after a numbered request with no response heading', () => {
    const questions = 'You asked:\n1. Do you use body worn video?\n2. Do you use drones?\n\n';
    for (const answer of ['Body worn video is used by the force.', 'Yes, body worn video is used by the force.', 'Thank you for your request.\n\nBody worn video is used by the force.']) {
      assert.deepEqual(answers(questions + answer), { 'body-worn-video': 'used', drones: 'no-answer' }, answer);
    }
  });

  it('does not read the requester\'s ">"-quoted words as an answer', () => {
    const text = '> 1. predictive policing\n> 2. facial recognition\n> For each, please state whether it is in use now.\n\nResponse:\n1. The force ran a pilot that ended; it is no longer in use.\n2. Facial recognition is not currently used.';
    const found = answers(text);
    assert.equal(found['facial-recognition'], 'not-used');
    assert.ok(found['predictive-policing'] && found['predictive-policing'] !== 'used', found['predictive-policing']);
    assert.deepEqual(answers('Dear Sir\n\n> Drones are used by the force. How many?\n\nThe information is not held.'), { drones: 'not-held' });
  });

  it('gives the tools asked about only in the quoted original message no status from its words', () => {
    const text = 'Drones: No, the force does not own drones.\n\n-----Original Message-----\nFrom: J Smith\nSent: 01 May 2019\nSubject: FOI\n\nDoes the force use facial recognition, or has it piloted it? I expect you will neither confirm nor deny whether you use IMSI catchers.';
    assert.deepEqual(answers(text), { drones: 'not-used', 'facial-recognition': 'no-answer', 'imsi-catchers': 'no-answer' });
  });

  it('reads a question label as an answer\'s once the one before it labelled an answer, after a bulleted request', () => {
    const text = 'You asked:\n\n• Do you use body worn video?\n• Do you use IMSI catchers?\n\nQ1 – Yes.\nQ2 – The force can neither confirm nor deny use of IMSI catchers.';
    assert.deepEqual(answers(text), { 'body-worn-video': 'used', 'imsi-catchers': 'ncnd' });
  });

  it('does not take the colon of a web address for a colon introducing the request', () => {
    const text =
      'You asked:\n\n(1) Does the force use ANPR?\n(2) How many phones were examined?\n(3) Does the force use drones?\n\n(1) The force uses ANPR.\n\n' +
      '(2) The information you have requested is already published in our annual summary, which can be found at https://www.example.police.uk/items/. ' +
      'As this information is reasonably accessible to you by other means, it is exempt under section 21 of the Act.\n\n(3) The force has a drone capability.';
    assert.deepEqual(answers(text), { anpr: 'used', 'mobile-phone-extraction': 'refused', drones: 'used' });
  });

  it('reads the answer beside a question under a heading naming its tool as the question\'s', () => {
    const text =
      'Hi,\n\nAnswers are in square brackets after each of your questions.\n\nBody worn video\na) Does the force use BWV? [Yes - all officers]\n' +
      'b) How many cameras? [1,050]\n\nDrones\na) Does the force use drones? [Yes]\n\nPredictive policing\na) Does the force use predictive policing software? No\n\nKind regards';
    assert.deepEqual(answers(text), { 'body-worn-video': 'used', drones: 'used', 'predictive-policing': 'not-used' });
  });

  it('reads the answer under a question under a heading naming its tool as the question\'s', () => {
    const text =
      'Thank you for your request. Our answers follow each question.\n\nDrones\na) Does the force use drones?\nYes, the force has six.\n\n' +
      'Facial recognition\na) Does the force use facial recognition?\nNo.\n\nYours faithfully';
    assert.deepEqual(answers(text), { drones: 'used', 'facial-recognition': 'not-used' });
  });

  it('still reads the paragraph under a heading naming a tool, in the response, as that tool\'s answer', () => {
    const text = 'You asked:\n1. Does the force use drones?\n\nOur response:\n\nDrones\nThe force has six drones.\n\nYours faithfully';
    assert.deepEqual(answers(text), { drones: 'used' });
  });

  it('reads the answer after a colon beside the question mark, on the question\'s line', () => {
    const text = 'Our answers are given beside each question.\n\nQuestion 1: Does the MPS use drones?: Yes. The Drone Unit supports searches.\nQuestion 2: Does the MPS use ANPR?: No.\n';
    assert.deepEqual(answers(text), { drones: 'used', anpr: 'not-used' });
    // Near miss: a follow-up question beside the question mark asks more.
    const followUp = 'You asked:\n1. Does the force use drones? If so, how many?\n\nThe force does not use drones.';
    assert.deepEqual(answers(followUp), { drones: 'not-used' });
  });

  it('reads an answer given under the question\'s label once the response has begun', () => {
    const request = 'Your request:\n1. Does the force use ANPR?\n\nOur response:\n\n';
    for (const answer of ['Question 1: The force uses ANPR.', 'Question 1 - The force uses ANPR.', 'Q1: The force uses ANPR.']) {
      assert.deepEqual(answers(request + answer), { anpr: 'used' }, answer);
    }
  });
});
