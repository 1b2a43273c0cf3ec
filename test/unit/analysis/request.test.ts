import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRequestRegions, insideRegions, mergeSpans } from '../../../src/core/analysis/request';
import { splitSentences } from '../../../src/core/analysis/sentences';
import { fasterOfTwo } from '../support/fixtures';

function regions(text: string): string[] {
  return findRequestRegions(text, splitSentences(text)).map((r) => text.slice(r.start, r.end));
}

function seed(name: string): string {
  return readFileSync(join(__dirname, '..', '..', 'fixtures', 'seeds', name), 'utf8');
}

describe('request regions', () => {
  it('takes the text after "you sought access to the following information:" up to the response heading', () => {
    const text = 'In which you sought access to the following information:\n\n1. Do you use drones?\n2. How many?\n\nResponse to your Request\n\nWe do not use drones.';
    assert.deepEqual(regions(text), ['1. Do you use drones?\n2. How many?']);
  });

  it('takes everything down to the requester\'s sign-off on a request page saved from WhatDoTheyKnow as the requester\'s', () => {
    const text =
      'Drones - a Freedom of Information request to Kent Police\n\nJo Bloggs made this Freedom of Information request to Kent Police\n\n' +
      'Information not held.\n\nDear Kent Police,\n\nWhich of these do you use:\n* drones\n* ANPR\n\nYours faithfully,\n\nJo Bloggs\n\n' +
      'Kent Police\n\nDear Jo Bloggs,\n\nThe force uses drones.';
    const [page] = regions(text);
    assert.ok(page.startsWith('Drones - a Freedom') && page.endsWith('* ANPR'), page);
    assert.equal(regions(text).length, 1);
  });

  it('takes the requester\'s later messages on a WhatDoTheyKnow page, from the greeting to the authority to the sign-off, as the requester\'s', () => {
    const review = 'Dear Kent Police,\n\nPlease pass this on to the person who conducts reviews. Kent Police obviously uses facial recognition.\n\n';
    for (const head of ['Jo Bloggs made this Freedom of Information request to Kent Police', 'Request to Kent Police by Jo Bloggs']) {
      const text =
        `Drones\n\n${head}\n\nDear Kent Police,\n\nDo you use drones or facial recognition?\n\nYours faithfully,\n\nJo Bloggs\n\n` +
        `Kent Police\n\nDear Ms Bloggs,\n\nNo information is held.\n\nYours sincerely\n\nFOI Team\n\n${review}Yours faithfully,\n\nJo Bloggs`;
      const found = regions(text);
      assert.equal(found.length, 2, head);
      assert.ok(found[0].includes('Do you use drones') && found[1].startsWith('Dear Kent Police,\n\nPlease pass') && found[1].includes('obviously uses'), head);
      assert.ok(!found.some((region) => region.includes('No information is held')), head);
    }
  });

  it('takes the notes users left on a WhatDoTheyKnow page ("... left an annotation") as theirs, up to the next rule or message', () => {
    const text =
      'Drones\n\nJo Bloggs made this Freedom of Information request to Kent Police\n\nDear Kent Police,\n\nDo you use drones?\n\nYours faithfully,\n\nJo Bloggs\n\n' +
      'Kent Police\n\nDear Ms Bloggs,\n\nThe information is exempt under section 21.\n\nYours sincerely\n\n' +
      'Jo Bloggs left an annotation (10 February 2024)\n\nTheir drone unit is all over social media, so drones are clearly in use.\n\n' +
      '-------\n\nKent Police\n\nDear Ms Bloggs,\n\nFollowing review, the force confirms it uses drones.';
    const found = regions(text);
    assert.equal(found.length, 2);
    assert.equal(found[1], 'Jo Bloggs left an annotation (10 February 2024)\n\nTheir drone unit is all over social media, so drones are clearly in use.');
    // Near miss: the same words in a letter that is not a request's page.
    assert.deepEqual(regions('Kent Police\n\nDear Requester\n\nA colleague left an annotation on the file: the force uses drones.'), []);
  });

  it('does not take the authority\'s later reply, greeting the requester, or a "Request to ... by email" line for a page (near misses)', () => {
    const text = 'Request to Kent Police by email\n\nDear Kent Police,\n\nThe force uses drones.\n\nYours faithfully,\n\nKent Police';
    assert.deepEqual(regions(text), []);
  });

  it('takes only the page\'s head as the requester\'s on a WhatDoTheyKnow page saved with the reply alone, which greets the requester', () => {
    const text =
      'Drones - a Freedom of Information request to Kent Police\n\nJo Bloggs made this Freedom of Information request to Kent Police\n\n' +
      'Partially successful.\n\nKent Police\n\nDear Ms Bloggs\n\nKent Police uses drones and ANPR.\n\nYours sincerely\n\nFOI Team';
    assert.deepEqual(regions(text), ['Drones - a Freedom of Information request to Kent Police\n\nJo Bloggs made this Freedom of Information request to Kent Police\n\nPartially successful.\n\nKent Police']);
    const addressed = text.replace('Dear Ms Bloggs', 'Dear Requester');
    assert.equal(regions(addressed).length, 1);
    assert.ok(!regions(addressed)[0].includes('uses drones'));
  });

  it('ends a request quoted with ">" marks below "in which you asked:" where the marks end', () => {
    const text =
      'Thank you for your request, in which you asked the Commissioner:\n\n> which of these tools are used by the force: body worn video;\n> drones; ANPR\n\n' +
      'Body worn video: the force uses body worn video.\n\nDrones and ANPR: these are matters for the force.';
    assert.deepEqual(regions(text), ['> which of these tools are used by the force: body worn video;\n> drones; ANPR']);
  });

  it('takes "in which you again ask ..." and "your request ..., addressed to the Commissioner, asking which ..." as the requester\'s', () => {
    const again = 'Thank you for your email, in which you again ask the Commissioner which of these are used by the force: drones; ANPR.\n\nThe Office does not hold this information.';
    assert.ok(regions(again).some((region) => region.includes('again ask the Commissioner which')), JSON.stringify(regions(again)));
    const asking = 'I refer to your request dated 14 June 2019, addressed to the Commissioner, asking which of drones and ANPR are used by the force.\n\nThese are matters for the force.';
    assert.deepEqual(regions(asking), ['I refer to your request dated 14 June 2019, addressed to the Commissioner, asking which of drones and ANPR are used by the force.']);
  });

  it('takes a reported request hard-wrapped between "You" and "asked" as the requester\'s', () => {
    const text = 'Thank you for your request. You\nasked the Commissioner which, if any, of drones and ANPR are used by the force.\n\nThe OPCC does not hold information on any of the tools you have listed.';
    assert.deepEqual(regions(text), ['You\nasked the Commissioner which, if any, of drones and ANPR are used by the force.']);
  });

  it('takes a request reported in the present tense ("in which you ask ...") as the requester\'s, but not "if you ask for a review"', () => {
    const text = 'Thank you for your request, in which you ask the Commissioner whether the force uses drones.\n\nWe have passed it to the force.';
    assert.deepEqual(regions(text), ['Thank you for your request, in which you ask the Commissioner whether the force uses drones.']);
    assert.deepEqual(regions('The force uses drones.\n\nIf you ask for a review of this decision, write to us.'), []);
  });

  it('takes the requester asking "can you tell me" as the request', () => {
    const text = 'Dear Commissioner,\n\nAs my elected PCC, can you tell me which of these the force uses:\n* drones\n* ANPR\n\nThank you for your email. These are matters for the force.';
    assert.ok(regions(text).some((region) => region.includes('can you tell me') && region.includes('* ANPR')), JSON.stringify(regions(text)));
  });

  it('takes a further part reported after the request ("You also asked about ...") as the requester\'s', () => {
    const text = 'You asked:\n1. Does the force use drones?\n\nYou also asked about the assessments made before any such tool was introduced.\n\nResponse\nThe force uses drones.';
    assert.deepEqual(regions(text), ['1. Does the force use drones?', 'You also asked about the assessments made before any such tool was introduced.']);
    // Near miss: a sentence that goes on to answer is the authority's.
    const answering = 'You asked:\n1. Does the force use drones?\n\nYou also asked about ANPR; this information is not held.';
    assert.deepEqual(regions(answering), ['1. Does the force use drones?']);
  });

  it('takes the request a correction reports in the past ("You had asked: ...") as the requester\'s', () => {
    const text = 'I am writing to correct our response.\n\nYou had asked: "Does the force use (a) live facial recognition and (b) drones?"\n\nThe force does use drones.';
    assert.deepEqual(regions(text), ['"Does the force use (a) live facial recognition and (b) drones?"']);
  });

  it('ends the request at a paragraph in the authority\'s voice even when it says "I": "has located the information you requested"', () => {
    const questions = 'Thank you for your email in which you asked:\n\n1. Does the force use drones?\n2. Does the force use ANPR?\n\n';
    for (const answer of [
      'The force has located the information you requested and I am pleased to provide it below.',
      'I am pleased to confirm that I can provide it.',
      'We have now located some of it, which I set out below.',
      'I have collated responses from the departments responsible, as follows.',
      'I have consulted the relevant departments.',
      'In order to respond I consulted several business areas.',
      'I consulted the Digital Forensics Unit and the Operational Support Services department.',
    ]) {
      assert.deepEqual(regions(`${questions}${answer}\n\nThe force uses drones only.`), ['1. Does the force use drones?\n2. Does the force use ANPR?'], answer);
    }
    // Near misses: the requester asking on, or telling of other requests, in the first person is still the request.
    assert.equal(regions(`${questions}I would also like to know the cost.\n\nThe force uses drones only.`).length, 1);
    assert.ok(regions(`${questions}I have also asked the other forces in the region.\n\nThe force uses drones only.`)[0].includes('other forces'));
    assert.ok(regions(`${questions}I would also like to know the cost.\n\nThe force uses drones only.`)[0].includes('the cost'));
  });

  it('does not take "your request was forwarded to the business areas, who have responded as follows:" for the request\'s introducer', () => {
    const asked = 'You asked:\n"Can you confirm whether PSNI uses drones?"\n\nYour request was forwarded to the business areas, who have responded as follows:\n\n';
    assert.deepEqual(regions(`${asked}Air Support:\nPSNI operates a fleet of drones.`), ['"Can you confirm whether PSNI uses drones?"']);
    // Near miss: "your request ... as follows:" still introduces it.
    assert.deepEqual(regions('Your request was as follows:\n\nDoes PSNI use drones?\n\nYes.'), ['Does PSNI use drones?']);
  });

  it('ends a labelled question at its answer below it in bold, "**No. The University does not ...**", but not at a bold item', () => {
    const text = 'Thank you.\n\nQ1. Does the University use facial recognition?\n\n**No. The University does not use it.**\n';
    assert.deepEqual(regions(text), ['Q1. Does the University use facial recognition?']);
    // Near miss: a bold item of the request goes on with it.
    const items = 'Thank you.\n\nQ1. Which of these do you use?\n\n**Body worn video**\n';
    assert.deepEqual(regions(items), ['Q1. Which of these do you use?\n\n**Body worn video**']);
  });

  it('ends a request table at "BTP has completed the table as follows", so the same table filled in below is the answer', () => {
    const table = 'Tool            | In use (Y/N)?\n  Drones          |\n  ANPR            |\n';
    const text = `You asked us to complete the following table:\n\n  ${table}\nBTP has completed the table as follows.\n\n  Tool            | In use (Y/N)?\n  Drones          | Y\n  ANPR            | N\n`;
    assert.deepEqual(regions(text), [table.trimEnd()]);
    // Near miss: the requester asking the authority to complete it is still the request.
    const asking = `You asked:\n\n  Drones          |\n  ANPR            |\n\nPlease could you complete the table for each year.\n\nThe force uses drones.`;
    assert.ok(regions(asking)[0]?.includes('complete the table'));
  });

  it('ends a question keying its items inline at the numbered answers below it: "1. Yes." after "(1) drones, (2) ANPR?"', () => {
    const question = 'does the force use (1) drones and (2) ANPR?';
    assert.deepEqual(regions(`Your questions were: ${question}\n\n1. Yes.\n2. No, ANPR is not used.\n`), [question]);
    // Near miss: numbered questions below it are still the request.
    const more = `Your questions were: ${question}\n\n1. If so, how many?\n\nThe force uses drones.`;
    assert.ok(regions(more)[0]?.includes('how many'));
  });

  it('takes the request under a bilingual label, "Cais / Request:", as under "Request:"', () => {
    const text = 'Cais / Request:\nA ydych yn defnyddio? / Do you use the following?\n1. Dronau / Drones\n2. ANPR\n\nYmateb / Response:\nWe use both.';
    assert.deepEqual(regions(text), ['A ydych yn defnyddio? / Do you use the following?\n1. Dronau / Drones\n2. ANPR']);
    // Near miss: a label of more than one word before the slash is no translation of "Request".
    assert.deepEqual(regions('Our answer to your first / Request:\nWe use drones.\n'), []);
  });

  it('ends a question under "Q." at the answer under "A." on the next line', () => {
    const text =
      'Please find your questions below.\n\nQ. (a) Does the force use drones?\nA. Yes. The force has four drones.\n\n' +
      'Q. (b) Does the force use ANPR?\nA. The force does not use ANPR.';
    assert.deepEqual(regions(text), ['Q. (a) Does the force use drones?', 'Q. (b) Does the force use ANPR?']);
  });

  it('takes each question after "Q -" as the request, apart from its "A -" answer', () => {
    const text = 'Our answers are below.\n\nQ - Does the force use ANPR?\nA - Yes.\n\nQ - Does the force use drones?\nA - No.';
    assert.deepEqual(regions(text), ['Q - Does the force use ANPR?', 'Q - Does the force use drones?']);
  });

  it('keeps "A." as the first item of a lettered list in a request not opened by "Q."', () => {
    const text = 'You asked the following:\nA. Does the force use drones?\nB. Does the force use ANPR?\n\nResponse\n\nThe force uses both.';
    assert.deepEqual(regions(text), ['A. Does the force use drones?\nB. Does the force use ANPR?']);
  });

  it('does not take a "Q1" line just below the quoted question, asking nothing, for another question', () => {
    const text = 'You asked: Does the force have a policy on hacking?\n\nQ1 Policy on hacking – Not held by this force. You may wish to ask the NPCC.';
    assert.deepEqual(regions(text), ['Does the force have a policy on hacking?']);
    // Near miss: a "Q2" line that asks is still the requester's.
    const asks = 'You asked: Does the force have a policy on hacking?\n\nQ2 Does it have one on drones?\n\nResponse: neither is held.';
    assert.deepEqual(regions(asks), ['Does the force have a policy on hacking?', 'Q2 Does it have one on drones?']);
  });

  it('does not take "the information you requested ..., by virtue of the following exemptions:" for a request', () => {
    const text =
      'You asked:\n(a) drones\n(b) IMSI catchers\n(c) ANPR\n\nResponse\n\n(a) Yes.\n\n(b) The force can neither confirm nor deny that it holds the information ' +
      'you requested in part (b), by virtue of the following exemptions: section 24(2); section 31(3).\n\n(c) Yes. ANPR is used.';
    assert.deepEqual(regions(text), ['(a) drones\n(b) IMSI catchers\n(c) ANPR']);
  });

  it('takes "Your request was for confirmation of which ..." for the request, reported in one sentence', () => {
    const text = 'I write in response to your request.\n\nYour request was for confirmation of which of the following tools are used by the force: drones and ANPR.\n\nThe force uses ANPR.';
    assert.deepEqual(regions(text), ['Your request was for confirmation of which of the following tools are used by the force: drones and ANPR.']);
  });

  it('ends a request at a paragraph of the authority\'s whose telling words a PDF\'s line wrap put on the next line', () => {
    const text =
      'You asked which of these the force uses:\n\n1. drones\n2. ANPR\n\nand what assessments have been made.\n\n' +
      'I have searched the records of the Office of the Police and Crime\nCommissioner and can confirm that nothing is held.';
    assert.deepEqual(regions(text), ['1. drones\n2. ANPR\n\nand what assessments have been made.']);
    const passed = text.replace(/I have searched[^]*$/, 'For that reason I have passed your re-\nquest to North Wales Police.');
    assert.deepEqual(regions(passed), ['1. drones\n2. ANPR\n\nand what assessments have been made.']);
    const table = text.replace(/I have searched[^]*$/, 'In response, I can provide the following table:\n\nDrones | Used');
    assert.deepEqual(regions(table), ['1. drones\n2. ANPR\n\nand what assessments have been made.']);
    // Near miss: the requester's own paragraph goes on with the request.
    const more = text.replace(/I have searched[^]*$/, 'Please also tell me the cost of each of\nthem.');
    assert.deepEqual(regions(more), ['1. drones\n2. ANPR\n\nand what assessments have been made.\n\nPlease also tell me the cost of each of\nthem.']);
  });

  it('takes a request reported in one sentence as listing its items, with its date set off by commas, or as for copies', () => {
    for (const sentence of [
      'Your request listed four items - (1) body worn video, (2) ANPR and (3) drones - and asked whether the force uses each.',
      'I write in response to your request, received on 8 August 2019, which asked whether the force uses predictive policing.',
      'Thank you for your request, received on 2 November, for copies of any DPIAs held for the following (drones, ANPR).',
    ]) {
      assert.deepEqual(regions(`${sentence}\n\nThe force uses drones.`), [sentence], sentence);
    }
    // Near miss: the authority's own list, in a sentence that does not report the request.
    assert.deepEqual(regions('Our policy listed four items - drones and ANPR among them.\n\nThe force uses drones.'), []);
  });

  it('takes a request reported with "about" in one sentence, after thanks or with its date', () => {
    const thanks = 'Thank you for your email of 3.5.21 regarding drones and ANPR.\n\nThe force uses ANPR.';
    assert.deepEqual(regions(thanks), ['Thank you for your email of 3.5.21 regarding drones and ANPR.']);
    const asking = 'Thank you for your email of 25 May 2021 asking:\n\n1. Does the force hack phones? If so how many times\n   in 2020?\n\nQuestion 1\nNot held.';
    assert.deepEqual(regions(asking), ['1. Does the force hack phones? If so how many times\n   in 2020?']);
    const dated = 'Your request of 26 August 2019 asked for information about drones.\n\nThe force uses drones.';
    assert.deepEqual(regions(dated), ['Your request of 26 August 2019 asked for information about drones.']);
    const repeated = 'Your request of 2 January for information on the use of drones is similar to FOI 5390.\n\nSection 14(2) applies.';
    assert.deepEqual(regions(repeated), ['Your request of 2 January for information on the use of drones is similar to FOI 5390.']);
    const named = 'Thank you for your Freedom of Information request of 12 June 2019, which asked the Commissioner which tools are used by the force: drones; ANPR.\n\nThe OPCC holds none.';
    assert.deepEqual(regions(named), ['Thank you for your Freedom of Information request of 12 June 2019, which asked the Commissioner which tools are used by the force: drones; ANPR.']);
    const items =
      'Thank you for your email of 28 January, in which you asked whether the Agency\n(i) uses equipment interference, (ii) uses IMSI catchers, and\n(iii) extracts data from phones.\n\nThe NCA is not listed in Schedule 1.';
    assert.deepEqual(regions(items), [items.slice(0, items.indexOf('\n\n'))]);
    // Near misses: thanks naming no subject, and thanks in a sentence that answers.
    assert.deepEqual(regions('Thank you for your request for information.\n\nThe force uses drones.'), []);
    assert.deepEqual(regions('Thank you for your request about drones; we can confirm that the force has two.'), []);
  });

  it('takes a subject line wrapped onto the next line, with its bracket open or a comma at its end, whole', () => {
    const text = 'Dear Sir\n\nRe: Police surveillance tools (body worn video, facial recognition,\nhacking, drones)\n\nThe OPCC does not hold this information.';
    assert.deepEqual(regions(text), ['Police surveillance tools (body worn video, facial recognition,\nhacking, drones)']);
    // Near miss: a subject ending in a word is one line.
    assert.deepEqual(regions('Dear Sir\n\nRe: Drones\nThe OPCC does not hold this information.'), ['Drones']);
  });

  it('takes the words of a subject line in the head of a letter for the request ("Re: ...", "Subject: ...")', () => {
    const text = 'Sussex Police\nRe: your request about hacking and IMSI catchers\n\nThe force will neither confirm nor deny that it holds this information.';
    assert.deepEqual(regions(text), ['your request about hacking and IMSI catchers']);
    const email = 'From: OPCC\nSubject: Your FOI - drones\n\nThanks for your email asking the Commissioner whether the force uses drones.\n\nPlease resend it to the force.';
    assert.deepEqual(regions(email), ['Your FOI - drones', 'Thanks for your email asking the Commissioner whether the force uses drones.']);
    // Near miss: "Re:" inside a line is no subject line.
    assert.deepEqual(regions('Sussex Police\nOur ref re: drones 1023/19\n\nThe force uses drones.'), []);
  });

  it('does not take the authority offering "the following information:" for the request', () => {
    const text = 'You requested confirmation of which tools are used:\n• Drones\n• ANPR\n\nResponse\n\nThe force is able to provide the following information:\n\n• Drones - in use.\n• ANPR - not in use.';
    assert.deepEqual(regions(text), ['• Drones\n• ANPR']);
    // Passed on from another body: "the force has provided the following information:".
    const passed = text.replace('The force is able to provide', 'We have consulted the force, and it has provided');
    assert.deepEqual(regions(passed), ['• Drones\n• ANPR']);
  });

  it('takes the list under an introducer wrapped across lines ("You asked the\\nCommissioner ... in use by\\nSurrey Police:")', () => {
    const text =
      'Thank you for contacting the Office. You asked the\nCommissioner, as your elected representative, to say which of the following tools are in use by\nSurrey Police:\n\n' +
      '  • body worn video\n  • drones\n\nResponse\n\nSurrey Police uses body worn video.';
    assert.deepEqual(regions(text), ['• body worn video\n  • drones']);
    // Near miss: a line ending a sentence above does not run on into the line with the colon.
    const ended = 'The Commissioner has considered what you asked.\nThe following tools are in use:\n\n  • body worn video\n\nWe hope this helps.';
    assert.deepEqual(regions(ended), []);
  });

  it('takes an introducer longer than a short line: "where you asked the Police and Crime Commissioner (PCC) which, if any, of the following ...:"', () => {
    const text =
      'We acknowledge your request of 13 June 2019, where you asked the Police and Crime Commissioner (PCC) which, if any, of the following are being used by Avon and Somerset Constabulary:\n\n' +
      ' • body worn video\n • drones\n\nResponse\n\nThe Constabulary uses body worn video.';
    assert.deepEqual(regions(text), ['• body worn video\n • drones']);
  });

  it('takes the list under the requester\'s "Please advise whether the force currently uses the following:"', () => {
    const text =
      'Dear Applicant,\n\n"I am researching police use of surveillance technology. Please advise\nwhether the force currently uses the following, ' +
      'and in each case the date it was first\nused:\n\na) Body worn video\nb) Drones"\n\na) The force uses body worn video.';
    assert.deepEqual(regions(text), ['a) Body worn video\nb) Drones"']);
    // Near miss: the authority advising is no request.
    assert.deepEqual(regions('We can advise the following:\n\na) The force uses body worn video.'), []);
  });

  it('takes the words after "You asked:" on the same line', () => {
    const text = 'You asked: Does the force use ANPR?\n\nWe can confirm that ANPR is used.';
    assert.deepEqual(regions(text), ['Does the force use ANPR?']);
  });

  it('takes the items after "Your request listed five items:" or "You listed:" on the same line as the request', () => {
    const items = '(1) body worn video, (2) IMSI catchers, (3) drones.';
    for (const opener of ['Your request listed five items:', 'You listed:', 'Your email named these tools:']) {
      const text = `${opener} ${items}\n\nItems 1 and 3 - the force uses these.`;
      assert.deepEqual(regions(text), [items], opener);
    }
  });

  it('ends a list without marks under "You listed:" at the paragraph below it that does not read as the request', () => {
    const text = 'You listed:\n\n  body worn cameras\n  drones\n  facial recognition\n\nWe use body worn cameras and drones. Nothing else on your list is used.';
    assert.deepEqual(regions(text), ['body worn cameras\n  drones\n  facial recognition']);
  });

  it('keeps a request going past a paragraph below a line holding a date or a stop, which is no item of a list (near misses)', () => {
    for (const last of ['16 March 2021', 'drones, and', 'Section 31(3) Law Enforcement']) {
      const text = `You listed:\n\n  body worn cameras\n  ${last}\n\nThe period runs from then on.`;
      assert.deepEqual(regions(text).length, 1, last);
      assert.match(regions(text)[0], /The period runs from then on\.$/, last);
    }
  });

  it('takes the summary in brackets after "Re your FOI request of 13 June" as the request, across a line break', () => {
    const text = 'Re your FOI request of 13 June (tools used by our local force: BWV, facial recognition,\nhacking (covert), IMSI catchers).\n\nThe force uses body worn video.';
    assert.deepEqual(regions(text), ['tools used by our local force: BWV, facial recognition,\nhacking (covert), IMSI catchers']);
  });

  it('does not take the brackets of an answer pointing back to the request ("the products named in your request (...)") (near miss)', () => {
    const text = 'In respect of the products named in your request (Stingray and PredPol), the force neither confirms nor denies it holds information.';
    assert.deepEqual(regions(text), []);
  });

  it('ends a one-line question at an answer on the very next line, with no blank line between', () => {
    const answers = [
      'Neither IMSI catchers nor AFR are used by the Constabulary.',
      'Body worn cameras are being issued to all operational officers.',
      'In terms of section 17 of the Act, the information is not held.',
    ];
    for (const answer of answers) {
      assert.deepEqual(regions(`You asked: Does the Constabulary use IMSI catchers or AFR?\n${answer}`), ['Does the Constabulary use IMSI catchers or AFR?'], answer);
    }
    assert.deepEqual(regions('Q1. Does the force use drones?\nThe force has four drones.'), ['Q1. Does the force use drones?']);
    // A note in brackets after the question; the answer to one of its labelled questions; the authority's own words.
    assert.deepEqual(regions('You asked: Does the force use drones? (internal review)\nThe reviewer has upheld the decision.'), ['Does the force use drones? (internal review)']);
    assert.deepEqual(regions('You asked: 1. Does the force use drones? 2. Does it use ANPR?\n1. Yes.\n2. No.'), ['1. Does the force use drones? 2. Does it use ANPR?']);
    assert.deepEqual(regions('You asked: Does the force use ANPR?\nOn review, I now confirm that ANPR is used.'), ['Does the force use ANPR?']);
  });

  it('ends a one-line request put as a statement only at the authority\'s words on the next line', () => {
    assert.deepEqual(regions('You asked: Copies of any evaluation of drones.\nThe reviewer carried out further searches.'), ['Copies of any evaluation of drones.']);
    assert.deepEqual(regions('You asked: Copies of any evaluation of drones.\nWe have carried out a search of our records.'), ['Copies of any evaluation of drones.']);
    const told = 'Your email asked:\n\n1. Does the force use drones?\n\nI\'ve checked with colleagues and I can tell you:\n\nDrones - yes.';
    assert.deepEqual(regions(told), ['1. Does the force use drones?']);
    // Near miss: the requester's own "the department that carried out the search" goes on with the request.
    const asks = 'You asked: The number of searches by tool.\nBroken down by the department that carried out the search.\n\nNot held.';
    assert.deepEqual(regions(asks), ['The number of searches by tool.\nBroken down by the department that carried out the search.']);
    assert.deepEqual(regions('You asked: Copies of any evaluation of drones.\nIn our letter of 3 May we said that none is held.'), ['Copies of any evaluation of drones.']);
    assert.deepEqual(regions('You asked: Every drone deployment record.\nTo comply would exceed the appropriate limit.'), ['Every drone deployment record.']);
    // A tool's answer item, or a numbered answer, is the authority's after any request line.
    assert.deepEqual(regions('You asked: Say whether the force uses BWV and drones.\nBody worn video ........ In use\nDrones  Not in use'), ['Say whether the force uses BWV and drones.']);
    assert.deepEqual(regions('You asked: Does the force use (1) drones or (2) ANPR?\n1. Yes.\n2. No.'), ['Does the force use (1) drones or (2) ANPR?']);
    // Near misses: the request goes on.
    assert.deepEqual(regions('You asked: Copies of any evaluation of drones.\nThe cost of each drone.\n\nNone is held.'), ['Copies of any evaluation of drones.\nThe cost of each drone.']);
    assert.deepEqual(regions('You asked: Every drone deployment record.\nIf this would exceed the cost limit, give 2023.\n\nNone is held.'), [
      'Every drone deployment record.\nIf this would exceed the cost limit, give 2023.',
    ]);
  });

  it('keeps the request going on the next line when it still asks, lists, continues or speaks as the requester', () => {
    const more = ['If so, how many are there?', '1. How many are there?', 'How many are there?', 'Please also give the cost.', 'including the cost.'];
    for (const line of more) {
      assert.deepEqual(regions(`You asked: Does the force use drones?\n${line}\n\nThe force uses drones.`), [`Does the force use drones?\n${line}`], line);
    }
    // A request line that does not end with its question mark may wrap onto the next line.
    assert.deepEqual(regions('You asked: Do you use facial recognition, or\nAFR, in custody?\n\nNo.'), ['Do you use facial recognition, or\nAFR, in custody?']);
  });

  it('reads "you asked:" in any case, with dashes, curly apostrophes or accented letters on the line, and as Unicode case folding reads it', () => {
    const answer = '\n\nWe do not hold this information.';
    assert.deepEqual(regions(`YOU ASKED: Does the force use ANPR?${answer}`), ['Does the force use ANPR?']);
    assert.deepEqual(regions(`In your email – sent on 1 May – you asked: Do you use drones?${answer}`), ['Do you use drones?']);
    assert.deepEqual(regions(`As the café’s owner you asked: Do you use drones?${answer}`), ['Do you use drones?']);
    assert.deepEqual(regions(`You aſked: Does the force use ANPR?${answer}`), ['Does the force use ANPR?']);
  });

  it('takes a "Request:" block up to a "Response:" heading', () => {
    const text = 'Request:\nPlease tell me whether you use drones.\nAnd how much they cost.\n\nResponse:\nThe force does not use drones.';
    assert.deepEqual(regions(text), ['Please tell me whether you use drones.\nAnd how much they cost.']);
  });

  it('ends at the first answer sentence when there is no heading', () => {
    const text = 'Thank you for your request in which you asked:\n1. Do you use BWV?\nIn response to your request, I can confirm the following.';
    assert.deepEqual(regions(text), ['1. Do you use BWV?']);
  });

  it('ends a question at an answer on its own line: "Do you use drones? No."', () => {
    const text = 'Your questions were as follows:\n1. Do you use drones? No.\n';
    assert.deepEqual(regions(text), ['1. Do you use drones?']);
  });

  it('ends at a paragraph in the authority\'s voice that follows the request', () => {
    const text = 'You asked:\nWhat tools do you use?\n\nThe information is exempt under section 31 and is withheld.';
    assert.deepEqual(regions(text), ['What tools do you use?']);
  });

  it('ends at a paragraph presenting the authority\'s response, before numbered answers like the questions', () => {
    const text = 'You asked:\n1. Does the force use drones?\n2. Does the force use ANPR?\n\nI have considered your request and my response to each question is set out below.\n1. Yes.\n2. No.';
    assert.deepEqual(regions(text), ['1. Does the force use drones?\n2. Does the force use ANPR?']);
  });

  it('takes the question below a "Your request -" heading as the request', () => {
    const text = 'Dear Requester\n\nYour request - \n"Does the force use drones?"\n\nThe force does not use drones.';
    assert.deepEqual(regions(text), ['"Does the force use drones?"']);
    // Near miss: a line going on after the dash is no heading.
    assert.deepEqual(regions('Dear Requester\n\nYour request - thank you\n\nThe force does not use drones.'), []);
  });

  it('ends at "I am now able to respond.", before answers headed by question labels', () => {
    const text = 'You asked:\n1. Does the force use drones?\n2. Does the force use ANPR?\n\nI am now able to respond.\n\nQ1\nThe force operates eleven drones.\n\nQ2\nYes.';
    assert.deepEqual(regions(text), ['1. Does the force use drones?\n2. Does the force use ANPR?']);
  });

  it('takes the items after "Your request dated ... asked for the following:" as the request', () => {
    const text = 'Your request dated 19 August 2022 asked for the following:\n\n  1) Does the force use drones?\n\nRESPONSE\n\n1) Yes.';
    assert.deepEqual(regions(text), ['1) Does the force use drones?']);
  });

  it('takes the items after "Your original request asked:" in a review as the request, not the answers labelled by question below', () => {
    const text =
      'Your original request asked:\n\n1. Whether the force possesses IMSI catchers.\n2. How many drones the force owns.\n\n' +
      'Question 2 - The original decision is not upheld. I can therefore advise that the force owns 12 drones.';
    assert.deepEqual(regions(text), ['1. Whether the force possesses IMSI catchers.\n2. How many drones the force owns.']);
    // Near miss: the requester's own "I" under a label is still the request.
    assert.deepEqual(regions('Your original request asked:\n\nQuestion 1 - I would like to know whether the force uses drones.\n\nThe force uses drones.'), [
      'Question 1 - I would like to know whether the force uses drones.',
    ]);
  });

  it('reads a labelled question under "Your questions and our answers are set out below." with its answer straight beneath', () => {
    const text =
      'Your questions and our answers are set out below.\n\nQ1. Does the force still use PredPol?\n' +
      'The force ran PredPol until the contract ended in 2018.\n\nQ2. Does the force use drones?\nYes.';
    assert.deepEqual(regions(text), ['Q1. Does the force still use PredPol?', 'Q2. Does the force use drones?']);
    // A question under the same line without a label runs on to the blank line, as before.
    assert.deepEqual(regions('Your questions are set out below.\n\nDoes the force use drones?\nAnd ANPR?\n\nThe force uses drones.'), [
      'Does the force use drones?\nAnd ANPR?',
    ]);
  });

  it('does not take a form the authority filled in, its rows answered at their ends, for the request introduced above it', () => {
    const form = 'The completed form is reproduced below.\n\n  1. Body worn video .......  Yes [X]   No [ ]\n  2. Drones ................  Y\n';
    assert.deepEqual(regions(form), []);
    const underQuestion = 'Does the force use:\n  a) Body worn video ......... Y\n  b) Drones\tNot held\n';
    assert.deepEqual(regions(underQuestion), []);
    // Near miss: a blank form, or one offering "Yes / No", is the requester's.
    assert.deepEqual(regions('Your request is set out below.\n\n  1. Drones .......  Yes [ ]   No [ ]\n  2. ANPR .........  Yes / No\n\nThe force uses drones.'), [
      '1. Drones .......  Yes [ ]   No [ ]\n  2. ANPR .........  Yes / No',
    ]);
  });

  it('takes the request "replicated below together with the response" as introduced below', () => {
    const text = 'For ease of reference, your request is replicated below together with the response.\n\nWhich of these are used:\na) drones\nb) ANPR\n\nPart (a)\nDrones are used.';
    assert.deepEqual(regions(text), ['Which of these are used:\na) drones\nb) ANPR']);
  });

  it('takes a paragraph the requester opens with "Please tell me" as the request, with no introducer', () => {
    const text = 'Dear Requester\n\nPlease tell me which of the following are used by the force: drones; ANPR.\n\nThe force uses drones.';
    assert.deepEqual(regions(text), ['Please tell me which of the following are used by the force: drones; ANPR.']);
  });

  it('takes the list below "your request ..., which I have reproduced below." up to the authority\'s next paragraph', () => {
    const text =
      'I refer to your request dated 2 May, which I have reproduced below.\n\n  1. Do you use drones?\n  2. Do you use ANPR?\n\n' +
      'Your request has been considered under the Act and I respond to each question in turn.\n\n1. Drones are used.\n\n2. ANPR is not used.';
    assert.deepEqual(regions(text), ['1. Do you use drones?\n  2. Do you use ANPR?']);
    assert.deepEqual(regions('Your questions are set out below:\n\nDo you use drones?\n\nWe do not use drones.'), ['Do you use drones?']);
  });

  it('takes the request under "your request is set out below in italics." after a sentence of the authority\'s on the same line', () => {
    const text =
      'We can confirm receipt of your e-mail of 14 June 2019. For ease of reference your request is set out below in italics.\n\n' +
      '  Which of these tools are used by the force - drones, ANPR.\n\nOur response\n\nThe force uses drones.';
    assert.deepEqual(regions(text), ['Which of these tools are used by the force - drones, ANPR.']);
    // Near miss: the authority's answer set out below is no request.
    assert.deepEqual(regions('Thank you for your e-mail. Our response is set out below in bold.\n\nThe force uses drones.'), []);
  });

  it('takes each numbered question over its answer as a region, with no introducer', () => {
    const text =
      'Your request is replicated below together with the response.\n\n1. Does the force use drones?\n\nThe force operates drones.\n\n' +
      '2. Does the force use IMSI catchers?\n\nThe force can neither confirm nor deny that it holds this information.';
    assert.deepEqual(regions(text), ['1. Does the force use drones?', '2. Does the force use IMSI catchers?']);
    assert.deepEqual(regions('1. The force operates drones. Why?\n\n2. Costs are not held.'), []);
  });

  it('takes each numbered question under "replicated below together with the response" apart from its answer on the next line', () => {
    const text =
      'For ease of reference, your request is replicated below together with the response.\n\n1. How many cyber kiosks does the force have?\n' +
      'Police Scotland currently has 41 cyber kiosks, located at sites across all divisions.\n\n2. How many drones does the force operate?\n' +
      'The Air Support Unit operates 6 drones.';
    assert.deepEqual(regions(text), ['1. How many cyber kiosks does the force have?', '2. How many drones does the force operate?']);
    // Near miss: numbered questions listed one under another stay one region.
    const listed = 'Your request is set out below.\n\n1. How many cyber kiosks does the force have?\n2. How many drones does the force operate?\n\nResponse\n1. 41';
    assert.deepEqual(regions(listed), ['1. How many cyber kiosks does the force have?\n2. How many drones does the force operate?']);
  });

  it('takes the first and last of numbered questions quoted together, with their quotation marks', () => {
    // Under a heading in Welsh only, which is no request heading the finder knows.
    const text = 'Cais:\n"1. Does the force use drones?\n2. Does the force use ANPR?\n3. Does the force use facial recognition?"\n\nYmateb / Response:\n\n1. Yes.';
    assert.deepEqual(regions(text), ['"1. Does the force use drones?', '2. Does the force use ANPR?', '3. Does the force use facial recognition?"']);
  });

  it('takes the text under a "Request (summarised)" heading as the request', () => {
    const text = 'Request (summarised)\nDetails of every contract for ANPR, body worn video and drones since 2019.\n\nResponse\nThe cost of complying would exceed the limit.';
    assert.deepEqual(regions(text), ['Details of every contract for ANPR, body worn video and drones since 2019.']);
    // Near miss: a bracket of other words is no request heading.
    assert.deepEqual(regions('Request (see below)\nThe force uses ANPR.'), []);
  });

  it('takes the text under "Request summary:" as the request', () => {
    const text = 'Request summary:\nWhich of these do you use? Say if each is in use now, was trialled, or is planned: ANPR, drones.\n\nResponse:\nANPR is used.';
    assert.deepEqual(regions(text), ['Which of these do you use? Say if each is in use now, was trialled, or is planned: ANPR, drones.']);
  });

  it('ends a request at a paragraph opening with a label the request already used', () => {
    const text = 'You asked: Do you use (1) drones and (2) ANPR?\n\n(1) Drones are flown by the Operational Support Unit.\n(2) ANPR is used.';
    assert.deepEqual(regions(text), ['Do you use (1) drones and (2) ANPR?']);
    const questions = 'You asked:\n1. Do you use drones?\n\n2. Do you use ANPR?\n\nResponse:\n1. Yes.';
    assert.deepEqual(regions(questions), ['1. Do you use drones?\n\n2. Do you use ANPR?']);
  });

  it('takes each lettered question as a region of its own, and not the answers labelled like them', () => {
    const text = '(a) Does the force use cyber kiosks?\n(b) Does the force use drones?\n\n(a) Yes. Cyber kiosks were introduced in\n2020.\n\n(b) No.';
    assert.deepEqual(regions(text), ['(a) Does the force use cyber kiosks?', '(b) Does the force use drones?']);
  });

  it('takes "Part (d) - Do you use ...?" as the question and the line below it as its answer', () => {
    const text = 'Your request is reproduced below, with our answer beneath each part.\n\nPart (a) - Do you use drones?\nYes. The force has two drones.\n\nPart (b) - Do you use IMSI catchers?\nThe force neither confirms nor denies that it holds this information.';
    assert.deepEqual(regions(text), ['Part (a) - Do you use drones?', 'Part (b) - Do you use IMSI catchers?']);
  });

  it('takes questions numbered "ii." and "iii." after an answered "i." as questions, wrapped or not', () => {
    const text = [
      'Your request is reproduced below with our responses beneath each part.',
      '',
      '  i.  Are officers issued with body worn video?',
      'Yes, all response officers are.',
      '  ii. Does the force have the ability to collect the identity numbers of phones at',
      '      a protest?',
      '  iii. Does the force use drones?',
      'The force neither confirms nor denies that it holds information relevant to parts ii and iii.',
    ].join('\n');
    assert.deepEqual(regions(text), [
      'i.  Are officers issued with body worn video?',
      'ii. Does the force have the ability to collect the identity numbers of phones at\n      a protest?',
      'iii. Does the force use drones?',
    ]);
  });

  it('does not take a line opening with a word such as "vi" or "xi" with no full stop as a numbered question (near miss)', () => {
    const text = 'Your request:\n\nDo you use drones?\n\nYes.\n\nvi Does the force use drones in other ways? We cannot say.';
    assert.ok(!regions(text).some((region) => region.startsWith('vi Does')), JSON.stringify(regions(text)));
  });

  it('does not take what follows "our response is set out below." as the request', () => {
    assert.deepEqual(regions('Thank you for your request. Our response is set out below.\n\nThe force uses drones.'), []);
  });

  it('takes a request reported in one sentence as the region, however the sentence names the body or the asking', () => {
    const answer = '\n\nThe information is not held.';
    for (const sentence of [
      'You asked the Police and Crime Commissioner for North Wales whether the force uses drones or ANPR.',
      'You asked us to confirm which surveillance tools the force uses.',
      'You asked for the names of the social media monitoring software used by the force.',
      'You asked how many body worn cameras the force has.',
    ]) {
      assert.deepEqual(regions(sentence + answer), [sentence], sentence);
    }
  });

  it('takes a request the authority summarises in one sentence as the region', () => {
    const answer = '\n\nThe information is not held.';
    for (const sentence of [
      'In summary you wanted to know whether the force has bought or used IMSI catchers or hacking tools.',
      'You appear to be asking whether the Police Service of Northern Ireland is using facial recognition or drones.',
      'I have taken your request to be for confirmation of whether the force uses ANPR, drones and body worn video.',
      'As summarised in our acknowledgement, your request related to three topics: ANPR, body worn video and social media monitoring.',
      'Your email raised questions in three areas: body worn cameras, ANPR and predictive policing tools.',
      "Your latest request seeks details of the Constabulary's use of hacking, IMSI catchers and social media monitoring.",
      'Your original request sought the deployment logs of the force\'s drones and ANPR cameras.',
      'Your request asked for every record since 2019 of the deployment of drones and body worn video.',
      'You requested copies of all correspondence about live facial recognition and drones since 2017.',
      'I write in response to your request for the number of deployments of ANPR and drones at protests.',
      'Your request, received on 11 September 2023, asked for all risk assessments relating to drones.',
      'Your two requests, taken together, ask for the number of drone flights and of body worn video recordings.',
      'I write in response to your request for information dated 4 January 2021 concerning contracts for IMSI catchers.',
      'Thank you for your request, received on 28 February 2024, for "all information" held about the use of hacking.',
    ]) {
      assert.deepEqual(regions(sentence + answer), [sentence], sentence);
    }
    // Near miss: "on" after the date the request was received opens no subject.
    assert.deepEqual(regions(`I write about your requests for information received by the force on 8 November.${answer}`), []);
  });

  it('ends a reported request before its handling, said of it in the same sentence', () => {
    const text = 'Your email of 24 October, which asked (in short) whether the force uses ANPR, has been dealt with under the Act.\n\nANPR is used.';
    assert.deepEqual(regions(text), ['Your email of 24 October, which asked (in short) whether the force uses ANPR,']);
    // Near miss: a sentence that answers after its handling is the authority's.
    assert.deepEqual(regions('Your request about drones has been considered and I can confirm that the force has two.'), []);
  });

  it('does not take a summary that goes on to answer, or a request named in the answer, as the request', () => {
    assert.deepEqual(regions('You wanted to know whether the force uses drones, and I can confirm that it does.'), []);
    assert.deepEqual(regions('The force uses drones.\n\nAs your request concerned covert tactics, no more can be said.'), []);
  });

  it('does not take "the information you asked for" as a reported request', () => {
    assert.deepEqual(regions('The information you asked for is not held by the force.\n\nWe do not use drones.'), []);
  });

  it('runs a quoted request to its closing quotation mark', () => {
    const text = 'in which you sought access to the following information:\n1. “Is your force using drones?\n\n2. If no, why not?”\n\nThe Constabulary does not use drones.';
    assert.deepEqual(regions(text), ['1. “Is your force using drones?\n\n2. If no, why not?”']);
  });

  it('takes a free-standing quotation that asks something as a request', () => {
    const text = 'You wrote to us. “Please can you tell me whether the force uses live facial recognition?” We hold no information.';
    assert.deepEqual(regions(text), ['“Please can you tell me whether the force uses live facial recognition?”']);
  });

  it('takes a paragraph in straight quotes that asks something as a request, and no quotation within a line', () => {
    const asked = '"Sorry for the vagueness. I am interested in drones and ANPR only.\nFor each please give the amount spent."';
    assert.deepEqual(regions(`You replied on 20 March:\n\n${asked}\n\nThe figures are below.`), [asked]);
    // Near misses: a quotation inside a line, and a quoted paragraph asking nothing.
    assert.deepEqual(regions('The review found "the request was clear" and please see below for the figures.'), []);
    assert.deepEqual(regions('Our reply:\n\n"The force uses ANPR and has done so for many years."\n\nEnd.'), []);
  });

  it('runs a quotation from its opening mark to the first closing mark, even past another opening mark', () => {
    const text = 'He wrote “not closed. Later he added: “Please can you tell me whether the force uses drones?” We hold nothing.';
    assert.deepEqual(regions(text), ['“not closed. Later he added: “Please can you tell me whether the force uses drones?”']);
  });

  it('does not take rows of a CSV file, each cell in straight quotes, as a quoted request', () => {
    const text = 'Our answers are below.\n\n"Technology","Do you use it?","Notes"\n"Body worn video","Yes","All officers are issued a camera"\n"Drones","No",""';
    assert.deepEqual(regions(text), []);
  });

  it('does not take a short quotation such as (the “Act”) as a request', () => {
    assert.deepEqual(regions('The OPCC has treated your request under the Act (the “Act”). We hold no information.'), []);
  });

  it('takes the list under a question that ends in a colon ("Which of these ... are used by the force:") as the request', () => {
    const text = 'Dear Mr Smith,\n\nWhich of these technologies are used by the force:\n- Body worn video\n- Drones\n\nBody worn video is used by all officers.';
    assert.deepEqual(regions(text), ['- Body worn video\n- Drones']);
  });

  it('ends a question\'s label over its topic ("Q1 - Body worn video") at the answer on the next line', () => {
    const text = 'Dear Ms Okafor,\n\nQ1 - Body worn video\nYes. Cameras are issued to all officers.\n\nQ2 - Drones\nEssex Police operates two drones.';
    assert.deepEqual(regions(text), ['Q1 - Body worn video', 'Q2 - Drones']);
    // Near miss: a topic label over the requester's words goes on as the request.
    assert.deepEqual(regions('You asked:\n\nQ1 - Body worn video\nPlease tell me how many cameras you have.\n\nWe have 400.'), ['Q1 - Body worn video\nPlease tell me how many cameras you have.']);
  });

  it('does not take a question over a list for the request once the authority has started answering', () => {
    const text = 'Dear Mr Smith,\n\nThe force does not use drones.\n\nWhat the force does use is as follows:\n- Body worn video\n- ANPR';
    assert.deepEqual(regions(text), []);
    assert.deepEqual(regions('Which of these are used:\nBody worn video is used.'), []);
  });

  it('does not take the authority introducing its answer with a colon as a request', () => {
    assert.deepEqual(regions('Our response is as follows:\nThe force does not use drones.'), []);
  });

  it('makes each question of an interleaved letter a region and leaves each answer out', () => {
    const text = [
      'Q1. Do you use drones?',
      '',
      'OPCC response:',
      'The force does not use drones.',
      '',
      'Q2. Do you use ANPR?',
      '',
      'Answer: Yes.',
      '',
      'Q3. Will you guarantee safeguards?',
      '',
      'This question is not valid under section 8.',
    ].join('\n');
    assert.deepEqual(regions(text), ['Q1. Do you use drones?', 'Q2. Do you use ANPR?', 'Q3. Will you guarantee safeguards?']);
  });

  it('takes an unmarked request pasted in the requester\'s own voice, up to the first answer', () => {
    const text = 'FOI 123 - Drones\n\nI am concerned about drones.\n\nPlease can you tell me whether the force uses them?\n\nFollowing a search of our records, the information is not held.';
    assert.deepEqual(regions(text), ['I am concerned about drones.\n\nPlease can you tell me whether the force uses them?']);
  });

  it('does not read the authority\'s own first person as the requester\'s voice', () => {
    assert.deepEqual(regions('I write in response to your request. I would like to advise you that the information is not held.'), []);
  });

  it('finds the request of every seed letter and none of its answers', () => {
    const expectations: [string, string, string][] = [
      ['cambridgeshire-opcc-19-026-037.txt', 'Q1. As my elected Police and Crime Commissioner', 'does use body worn video cameras'],
      ['hertfordshire-2017-01696.txt', '**I am writing under the Freedom of Information Act 2000', 'is not currently using facial recognition'],
      ['norfolk-suffolk-007663-17.txt', '1. “Is your force currently using', 'do not use overt automated facial recognition'],
      ['northamptonshire-opfcc-13062019.txt', 'I am concerned about intrusive surveillance', 'the information requested is not held'],
      ['west-midlands-pcc-2019-01031.txt', '1.As my elected Police and Crime Commissioner', 'I can confirm this is used'],
    ];
    for (const [name, requestStart, answerWords] of expectations) {
      const text = seed(name);
      const found = findRequestRegions(text, splitSentences(text));
      assert.ok(found.length > 0, name);
      assert.ok(text.startsWith(requestStart, found[0].start), `${name}: ${text.slice(found[0].start, found[0].start + 40)}`);
      const answer = text.indexOf(answerWords);
      assert.ok(answer > 0 && !insideRegions(found, answer), `${name}: answer inside the request`);
    }
  });

  it('ends the interleaved Cambridgeshire questions before each OPCC response', () => {
    const text = seed('cambridgeshire-opcc-19-026-037.txt');
    const found = regions(text);
    assert.equal(found.length, 3);
    assert.ok(found[0].endsWith('• Social media intelligence'));
    assert.ok(found[2].startsWith('Q3.') && found[2].endsWith('protected?'));
  });

  it('merges overlapping spans and answers whether an offset is inside one', () => {
    const merged = mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 8, end: 12 }]);
    assert.deepEqual(merged, [{ start: 0, end: 3 }, { start: 5, end: 12 }]);
    assert.equal(insideRegions(merged, 11), true);
    assert.equal(insideRegions(merged, 12), false);
    assert.equal(insideRegions(merged, 4), false);
  });

  it('is linear: 100 KB of unclosed quotation marks, bullet lines or lines without a request finish quickly', () => {
    for (const text of ['“'.repeat(100_000), '“a”'.repeat(33_000), '  •\n'.repeat(25_000), 'Dear requester\n'.repeat(7_000), 'Q1. '.repeat(25_000)]) {
      const sentences = splitSentences(text);
      const took = fasterOfTwo(() => findRequestRegions(text, sentences));
      assert.ok(took < 500, `took ${took} ms`);
    }
  });

  it('keeps every region inside the text on empty and odd input', () => {
    for (const text of ['', ':', 'You asked:', 'Q1.', '“', 'Request:\n\n\n']) {
      for (const r of findRequestRegions(text, splitSentences(text))) assert.ok(r.start >= 0 && r.end <= text.length && r.start < r.end);
    }
  });
});

describe('request regions in replies and numbered requests without a response heading', () => {
  it('ends each question at its mark where the reply says it answers beside each question, unless more is asked there', () => {
    const intro = 'Please see below your questions, each followed by our response after the dash.\n\n';
    assert.deepEqual(regions(`${intro}1. Does the force use facial recognition? - The force uses the PND facial search.\n2. Does the force use drones? - Yes\n`), [
      '1. Does the force use facial recognition?',
      '2. Does the force use drones?',
    ]);
    // Near miss: "If so, ..." after the mark asks more, and stays the requester's.
    assert.deepEqual(regions(`${intro}1. Does the force use drones? If so, how many?\n\nThe force does not use drones.`), ['1. Does the force use drones? If so, how many?']);
  });

  const questions = 'You asked:\n1. Do you use body worn video?\n2. Do you use drones?';

  it('ends a numbered request at a blank line and a paragraph that is not a question or list item', () => {
    assert.deepEqual(regions(`${questions}\n\nBody worn video is used by the force.`), ['1. Do you use body worn video?\n2. Do you use drones?']);
    assert.deepEqual(regions(`${questions}\n\nYes, body worn video is used by the force.`), ['1. Do you use body worn video?\n2. Do you use drones?']);
    assert.deepEqual(regions(`${questions}\n\nThank you for your request.\n\nBody worn video is used.`), ['1. Do you use body worn video?\n2. Do you use drones?']);
    assert.deepEqual(regions('Your questions were:\nDo you use drones?\n\nDrones are used by the force.'), ['Do you use drones?']);
  });

  it('ends a request numbered (i), (ii) at an answer naming its parts, or at "I can answer"', () => {
    const parts = 'You asked:\n(i) Do you use body worn video?\n(ii) Do you use drones?';
    const request = ['(i) Do you use body worn video?\n(ii) Do you use drones?'];
    assert.deepEqual(regions(`${parts}\n\nYes to (i) and no to (ii).`), request);
    assert.deepEqual(regions(`${parts}\n\nI can answer "yes" to both parts.`), request);
    // Near miss: the requester's own "I" still carries the request on.
    assert.deepEqual(regions(`${parts}\n\nI would also like the cost.\n\nResponse:\nYes.`), [`${request[0]}\n\nI would also like the cost.`]);
  });

  it('runs a numbered request on into a paragraph that continues it (near misses)', () => {
    for (const more of ['3. Do you use ANPR?', 'If so, how many?', 'For each, the annual cost.', 'Please also state the cost.', '> 3. ANPR']) {
      assert.deepEqual(regions(`${questions}\n\n${more}\n\nResponse:\nBody worn video is used.`), [`1. Do you use body worn video?\n2. Do you use drones?\n\n${more}`]);
    }
  });

  it('ends a one-line request before a list or table that answers tool by tool', () => {
    const asked = 'You asked: whether the force uses body worn video, drones and ANPR.';
    const request = ['whether the force uses body worn video, drones and ANPR.'];
    assert.deepEqual(regions(`${asked}\n\n* BWV - in use\n* Drones - in use (x9)\n* ANPR - in use`), request);
    assert.deepEqual(regions(`${asked}\n\nTechnology\tIn use?\tNotes\nBWV\tYes\tSince 2014\nDrones\tNo\t`), request);
    assert.deepEqual(regions(`${asked}\n\n| Tool | In use? |\n| BWV | Yes |`), request);
  });

  it('runs a one-line request on into a list of its own items (near misses)', () => {
    const asked = 'You asked: whether the force uses any of these technologies.';
    for (const more of ['* BWV\n* Drones', '1. Drones - yes or no?\n2. ANPR', '- ANPR: if so, how many cameras?']) {
      assert.deepEqual(regions(`${asked}\n\n${more}\n\nResponse:\nNone are used.`), [`whether the force uses any of these technologies.\n\n${more}`]);
    }
  });

  it('ends a request at a paragraph in the authority\'s voice: "I can confirm", "no information held"', () => {
    const asked = 'You asked: whether the force uses drones and predictive policing.';
    assert.deepEqual(regions(`${asked}\n\nIn relation to predictive policing, I can confirm there is no information held.`), [
      'whether the force uses drones and predictive policing.',
    ]);
    assert.deepEqual(regions(`${asked}\n\nHaving checked with my colleagues, no relevant information is held.`), [
      'whether the force uses drones and predictive policing.',
    ]);
  });

  it('keeps running a prose request into its next paragraph, as before', () => {
    const text = 'Request:\nI want to know about drones.\n\nThe costs of each drone bought since 2015.\n\nResponse:\nNone are held.';
    assert.deepEqual(regions(text), ['I want to know about drones.\n\nThe costs of each drone bought since 2015.']);
  });

  it('takes each block of ">"-quoted lines as the requester\'s words', () => {
    const text = '> 1. predictive policing\n> 2. facial recognition\n> For each, please state whether it is in use now.\n\nResponse:\n1. It is no longer in use.\n2. Facial recognition is not currently used.';
    assert.deepEqual(regions(text), ['> 1. predictive policing\n> 2. facial recognition\n> For each, please state whether it is in use now.']);
    assert.deepEqual(regions('The force uses ANPR.\n>> Do you use ANPR?\n>\n> Thanks\nRegards'), ['>> Do you use ANPR?\n>\n> Thanks']);
  });

  it('does not take a ">" that is not an email quote mark ("<5 or >5 years") as a quotation (near miss)', () => {
    assert.deepEqual(regions('Officers by service:\n>5 years: 40\nThe force uses ANPR.'), []);
    assert.deepEqual(regions('The force uses ANPR. Cameras -> 40.'), []);
  });

  it('takes the original message below a reply marker, to the end, as the requester\'s words', () => {
    const original = 'From: J Smith\nSent: 01 May 2019\nSubject: FOI\n\nDoes the force use facial recognition?';
    const reply = 'Drones: No, the force does not own drones.\n\n';
    assert.deepEqual(regions(`${reply}-----Original Message-----\n${original}`), [`-----Original Message-----\n${original}`]);
    assert.deepEqual(regions(`${reply}${original}`), [original]);
    assert.deepEqual(regions(`${reply}________________\n**From:** J Smith\n**To:** FOI\n**Sent:** 1 May\n\nDo you use ANPR?`), ['**From:** J Smith\n**To:** FOI\n**Sent:** 1 May\n\nDo you use ANPR?']);
    assert.deepEqual(regions(`${reply}On 1 May 2019, J Smith wrote:\nDo you use ANPR?`), ['On 1 May 2019, J Smith wrote:\nDo you use ANPR?']);
    assert.deepEqual(regions(`${reply}On Mon, 1 May 2019 at 10:00, J Smith <j@x.org>\nwrote:\n\nDo you use ANPR?`), ['On Mon, 1 May 2019 at 10:00, J Smith <j@x.org>\nwrote:\n\nDo you use ANPR?']);
  });

  it('takes the lines under a "REQUEST" heading without a colon, up to the "RESPONSE" heading, as the request', () => {
    const text = 'REQUEST\n1. Does the force use drones?\n2. Please provide the names of the software used.\n\nRESPONSE\n1. Yes.';
    assert.deepEqual(regions(text), ['1. Does the force use drones?\n2. Please provide the names of the software used.']);
  });

  it('does not take a "Request" heading over an answer, or a longer line naming a request, as a request heading (near misses)', () => {
    assert.deepEqual(regions('Request\nThe force can neither confirm nor deny whether it holds the information.'), []);
    assert.deepEqual(regions('Freedom of Information Request\nThe force uses drones.'), []);
  });

  it('ends the original message where the answer starts when the reply above it answers nothing', () => {
    const original = '-----Original Message-----\nFrom: J Smith\nSent: 01 May 2019\n\nDo you use ANPR?';
    const text = `Dear Requester\n\nI write about your request received on 1 May.\n\n${original}\n\nI can confirm that the information is held. ANPR: the force uses ANPR.`;
    assert.deepEqual(regions(text), [original]);
  });

  it('does not take the later items of a list of answers over a "Decision" heading for a request', () => {
    const text =
      'You asked: Do you use drones, ANPR or hacking?\n\n1. Drones - Yes. The force has four.\n2. ANPR - the force operates cameras.\n' +
      '3. Hacking - the force neither confirms nor denies this.\n\nDecision\nSection 24(2) applies.';
    assert.deepEqual(regions(text), ['Do you use drones, ANPR or hacking?']);
  });

  it('takes a labelled item set over its "Response:" as the request, and not one over prose (near miss)', () => {
    const text = '1) Whether the force uses drones,\nand how many.\n\nResponse: Yes.\n\n2) The force uses ANPR.\n\nThe cameras are overt.';
    assert.deepEqual(regions(text), ['1) Whether the force uses drones,\nand how many.']);
  });

  it('ends the original message pasted mid-letter at its "----- End of Original Message -----" line', () => {
    const original = '-----Original Message-----\nFrom: J Smith\nSent: 01 May 2019\n\nPlease can you tell me if the force uses:\nANPR, drones. Thanks.\n-----End of Original Message-----';
    const text = `Thank you for your email. Your request, copied below, has been dealt with under the Act.\n\n${original}\n\nANPR: the force uses ANPR.\n\nDrones: the force does not use drones.`;
    assert.deepEqual(regions(text), [original]);
  });

  it('ends a one-paragraph request before an answer that asks the requester to send the request elsewhere', () => {
    const text = 'You asked: How many ANPR reads were made nationally?\n\nThe national service is run by the Home Office; please redirect your request to them.';
    assert.deepEqual(regions(text), ['How many ANPR reads were made nationally?']);
  });

  it('does not read an email\'s own header, or a "From:" line without a "Sent:" line, as quoted correspondence (near misses)', () => {
    // Only its subject line is the request's.
    assert.deepEqual(regions('From: FOI Unit\nSent: 01 May 2019\nTo: J Smith\nSubject: RE: FOI\n\nDear Mr Smith,\n\nThe force uses ANPR.'), ['RE: FOI']);
    assert.deepEqual(regions('FOI 123\nFrom: FOI Unit\nSent: 01 May 2019\n\nThe force uses ANPR.'), []);
    assert.deepEqual(regions('The force uses ANPR.\n\nFrom: the Chief Constable\n\nThe cameras are overt.'), []);
    assert.deepEqual(regions('The force uses ANPR.\n\nOn the cameras, an officer wrote: they are overt.'), []);
  });

  it('leaves answers written into a pasted message outside the request when the reply says it answers in line', () => {
    const text = [
      'Dear Mr Marsh,',
      "I've answered your two questions in line below (our answers in capitals).",
      '',
      '-----Original Message-----',
      'From: J Marsh',
      'Sent: 10 June 2024 09:03',
      '',
      '1. Do officers plug phones into kiosks at police stations?',
      'YES. THE FORCE HAS KIOSKS AT FOUR STATIONS.',
      '2. Do officers look at Facebook as part of investigations?',
      'NO.',
    ].join('\n');
    assert.deepEqual(regions(text), [
      '1. Do officers plug phones into kiosks at police stations?',
      '2. Do officers look at Facebook as part of investigations?',
    ]);
  });

  it('reads "our responses in red below your original questions" and "typed beneath each of your questions" as answers in line', () => {
    const message = '\n\n-----Original Message-----\nFrom: J Marsh\nSent: 10 June 2024 09:03\n\n1. Do you use drones?\nYES, SINCE 2019.';
    for (const reply of ['Please see our responses in red below your original questions.', 'Our answers are typed beneath each of your questions.']) {
      assert.deepEqual(regions(reply + message), ['1. Do you use drones?'], reply);
    }
  });

  it('reads answers "set out after each of your\nquestions" or "to each question below" as answers in line, and ">>" lines in the message as those answers', () => {
    const message = '\n\n-----Original Message-----\nFrom: J Marsh\nSent: 10 June 2024 09:03\n\n1. Do you use drones?\n>> Yes, since 2019.';
    for (const reply of ['Please find our response to your request set out after each of your\nquestions.', 'Please find our response to each question below.']) {
      assert.deepEqual(regions(reply + message), ['1. Do you use drones?'], reply);
    }
    // Near miss: where the quoted lines ask the questions, they are the request, and the answers are between them.
    const quotedQuestions = 'Please see our answers inline below.\n\nFrom: J Marsh\nSent: 10 June 2024 09:03\n\n> 1) Do you use drones?\n\nYES.';
    assert.deepEqual(regions(quotedQuestions), ['> 1) Do you use drones?']);
  });

  it('reads answers said to be marked, written into the request or given in the thread below as answers in line', () => {
    const message = '\n\n-----Original Message-----\nFrom: J Marsh\nSent: 10 June 2024 09:03\n\n1. Do you use drones?\n[CP] Yes, since 2019.';
    for (const reply of [
      'Our replies are marked [CP].',
      'Your questions are set out below, each followed by our answer, marked ANSWER.',
      "The Constabulary's answers have been written into your request.",
      'I have answered within the forwarded thread below.',
      "The force's response is given in your email below.",
    ]) {
      assert.deepEqual(regions(reply + message), ['1. Do you use drones?'], reply);
    }
  });

  it('does not read numbered or lettered answers above a quoted request, announced as "answers to your questions", as the request', () => {
    const message = '\n\n-----Original Message-----\nFrom: J Marsh\nSent: 10 June 2024 09:03\n\n1. Do you use drones?\n2. Do you use ANPR?';
    for (const intro of ['Answers to your two questions, in the order you asked them (your email is below):', "The force's answers to your questions 1 and 2, which are copied below, are as follows:"]) {
      const text = `Dear Mr Marsh,\n\n${intro}\n\n1. Yes.\n2. No.${message}`;
      assert.deepEqual(regions(text), ['-----Original Message-----\nFrom: J Marsh\nSent: 10 June 2024 09:03\n\n1. Do you use drones?\n2. Do you use ANPR?'], intro);
    }
    // Near miss: "In response to your request" reports it.
    assert.deepEqual(regions('In response to your request, you asked:\n\n1. Do you use drones?\n\nYes.'), ['1. Do you use drones?']);
  });

  it('still takes a pasted message as the request when the reply answers "in line with" a policy, or above it (near misses)', () => {
    const message = '\n\n-----Original Message-----\nFrom: J Marsh\nSent: 10 June 2024 09:03\n\nDo you use drones?';
    for (const reply of ['We answer in line with the force policy. The force uses drones.', 'Our answer: the force uses drones.']) {
      assert.deepEqual(regions(reply + message), ['-----Original Message-----\nFrom: J Marsh\nSent: 10 June 2024 09:03\n\nDo you use drones?'], reply);
    }
  });

  it('leaves the answers between the ">" lines of an inline reply outside the request', () => {
    const text = 'See below.\n\nOn 1 May 2019, J Smith wrote:\n> Do you use ANPR?\nYes, the force uses ANPR.\n> Do you use drones?\nNo.';
    assert.deepEqual(regions(text), ['> Do you use ANPR?', '> Do you use drones?']);
    const outlook = 'See below.\n\n-----Original Message-----\n> Do you use cyber kiosks?\n\nYes - we have 7 kiosks.';
    assert.deepEqual(regions(outlook), ['> Do you use cyber kiosks?']);
  });

  it('reads an authority\'s earlier message quoted below its latest as answers, and the request quoted within it as the request', () => {
    const latest = 'Further to my email of 9 April, drones: the force uses drones.\n\n';
    const earlier = '> Dear Ms Smith,\n>\n> 1. ANPR - the force uses ANPR.\n>\n';
    const request = '> On 28 Mar 2025, J Smith <j@example.org> wrote:\n>> Do you use ANPR or drones?';
    for (const writer of ['Kent Police FOI <foi@kent.police.uk>', 'Freedom of Information Team', 'Data Office <data@example.gov.uk>']) {
      assert.deepEqual(regions(`${latest}On 9 Apr 2025, ${writer} wrote:\n\n${earlier}${request}`), ['>> Do you use ANPR or drones?'], writer);
    }
    // Near misses: a requester's message, even from a WhatDoTheyKnow "foi+request" address, is quoted as the request.
    assert.deepEqual(regions(`${latest}On 9 Apr 2025, J Smith <j@example.org> wrote:\n\n> Do you use ANPR?`), ['> Do you use ANPR?']);
    assert.deepEqual(regions(`${latest}On 9 Apr 2025, foi+request-123-ab@whatdotheyknow.com wrote:\n\n> Do you use ANPR?`), ['> Do you use ANPR?']);
  });

  it('reads an authority\'s earlier message below a "From:" header block as answers, and the requester\'s below that as the request', () => {
    const text =
      'Dear Mr Grant,\n\nPlease disregard our answer about drones. The force does use drones.\n\n' +
      'From: Cumbria Constabulary FOI\nSent: 02 May 2025 14:50\n\n1. ANPR - the force uses ANPR.\n\n' +
      'From: Lewis Grant\nSent: 08 April 2025 12:00\n\n1. Do you use ANPR?\n2. Drones?';
    assert.deepEqual(regions(text), ['From: Lewis Grant\nSent: 08 April 2025 12:00\n\n1. Do you use ANPR?\n2. Drones?']);
  });

  it('does not take a question label holding a statement after the response has begun as a request', () => {
    const request = 'Your request:\n1. Does the force use ANPR?\n\nOur response:\n\n';
    for (const answer of ['Question 1: The force uses ANPR.', 'Question 1 - The force uses ANPR.', 'Q1: The force uses ANPR.', 'Question 1:\nThe force uses ANPR.', 'Q1. I can confirm ANPR is used.']) {
      assert.deepEqual(regions(request + answer), ['1. Does the force use ANPR?'], answer);
    }
  });

  it('still takes a question label as a request before the response, when it asks, or when an answer follows it (near misses)', () => {
    assert.deepEqual(regions('Question 1: The number of ANPR cameras.\n\nResponse:\n40.'), ['Question 1: The number of ANPR cameras.']);
    const interleaved = 'Q1. Do you use drones?\n\nOPCC response:\nThe force does not use drones.\n\n';
    assert.deepEqual(regions(`${interleaved}Q2. Do you use ANPR?\n\nThe force uses ANPR.`), ['Q1. Do you use drones?', 'Q2. Do you use ANPR?']);
    assert.deepEqual(regions(`${interleaved}Q2. The number of ANPR cameras.\n\nAnswer: 40.`), ['Q1. Do you use drones?', 'Q2. The number of ANPR cameras.']);
    assert.deepEqual(regions(`${interleaved}Q2. Please state the number of cameras.`), ['Q1. Do you use drones?', 'Q2. Please state the number of cameras.']);
  });

  it('reads "Q2 – No." as an answer where the request listed its items as "(1) ..., (2) ..." in a sentence', () => {
    const request = 'You asked whether the force uses: (1) ANPR, (2) drones, (3) body worn video.\n\n';
    assert.deepEqual(regions(`${request}Q2 – No.\nQ1, Q3 – Yes.`), ['(1) ANPR, (2) drones, (3) body worn video.']);
    // Near miss: a section's subsection is no listed item.
    const cited = 'You asked about the harm test under section 31(2) of the Act.\n\n';
    assert.deepEqual(regions(`${cited}Q2 – Does the force hold a harm test?`), ['Q2 – Does the force hold a harm test?']);
  });

  it('ends a request at the authority saying how it has set out its answers ("I have grouped the answers ...")', () => {
    const request = 'You asked whether the force uses:\n  (i)  body worn video\n  (ii) drones\n\n';
    const grouped = 'I have grouped the answers where the same response applies.\n\n(ii) and (i) – Yes, both are in use.';
    assert.deepEqual(regions(request + grouped), ['(i)  body worn video\n  (ii) drones']);
    // Near miss: the requester saying how they set out their own questions goes on with the request.
    const own = 'I have grouped my questions by topic.\n\n(iii) Do you use ANPR?';
    assert.equal(regions(request + own).length, 1);
    assert.ok(regions(request + own)[0].includes('ANPR'));
  });

  it('is linear on many ">" lines, "From:" lines and "wrote:" lines', () => {
    for (const text of ['> a\n'.repeat(25_000), 'From: a\n'.repeat(12_000), 'From: a\nSent: b\n'.repeat(8_000), 'On x wrote:\n> a\n'.repeat(8_000), 'Question 1: a.\n'.repeat(7_000)]) {
      const sentences = splitSentences(text);
      const took = fasterOfTwo(() => findRequestRegions(text, sentences));
      assert.ok(took < 500, `took ${took} ms`);
    }
  });
});
