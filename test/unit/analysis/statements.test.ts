import * as assert from 'node:assert/strict';
import { findCitations } from '../../../src/core/analysis/citations';
import { splitSentences } from '../../../src/core/analysis/sentences';
import { findStatements, type LetterStatements } from '../../../src/core/analysis/statements';
import { fasterOfTwo, seed } from '../support/fixtures';

function statements(text: string): LetterStatements {
  return findStatements(text, findCitations(text), splitSentences(text));
}

describe('findStatements', () => {
  describe('not held', () => {
    const phrasings = [
      'The information is not held.',
      'The force does not hold the information requested.',
      'The OPCC does not hold information on the other tools you refer to.',
      'No information is held.',
      'No record is held concerning the introduction of drones.',
      'No record could be located of facial recognition technology ever having been used.',
      'There is no recorded information about this.',
      'We hold no information about ANPR.',
      'MOPAC is not the holder of this information.',
      'The Constabulary holds no information on hacking.',
      'The information requested is not held by the Office of the Police and Crime Commissioner.',
      'We do not hold any of the information you have requested.',
      // Informal replies drop the apostrophe.
      'We dont hold that information.',
      'That information isnt held.',
      'Facial recognition – Not held.',
      // An answer in brackets after the tool's name.
      'Hacking (not held)',
      'IMSI catchers [Not held by the OPCC]',
      'Having searched our records, we have been unable to locate any information.',
      'Searches of the relevant systems found no relevant records.',
      'A search of the spend data for facial recognition returned no transactions.',
      'The force does not record this information.',
      'This information is not recorded centrally.',
      'The force does not have any information relating to drones.',
      'We do not possess any records of such deployments.',
      'No information matching your request was located.',
      'No information in scope of your request is held.',
      'No information falling within the scope of your request is held by this office.',
      'Merseyside Police has not located any information held in respect of this question.',
      // A national body without the list a request asks for.
      'The NPCC does not hold a central record of which forces use drones.',
      'The Home Office does not maintain a list of forces using facial recognition.',
      // A search reported with doubt.
      'Gwent Police is not aware of holding any information relevant to this part of your request.',
      'The force does not believe that it holds any information about predictive policing.',
    ];
    for (const text of phrasings) {
      it(`recognises "${text}"`, () => {
        const { notHeld } = statements(text);
        assert.equal(notHeld.length, 1);
        assert.deepEqual(notHeld[0], { span: { start: 0, end: text.length }, text });
      });
    }

    const nearMisses = [
      'The information held by the force is published on our website.',
      'The force is not holding a meeting about drones.',
      'If no information is held, we will tell you.',
      'Confirming or denying whether any information is or is not held would harm law enforcement.',
      'The service will not divulge whether any other information is or isn’t held.',
      'We hold information on body worn video.',
      'The meeting was not recorded.',
      'The search returned results for ANPR.',
      // Held, but costly to find: the argument of a cost refusal.
      'Deployments are not recorded in a way that could be retrieved centrally.',
      'The information is not held in a searchable format.',
      'The force does not keep a record book in the custody suite.',
      'Extractions are not recorded on any single system.',
      'Examinations are not recorded centrally in a form that would allow them to be counted.',
      'We do not believe that any information about drones should be withheld.',
    ];
    for (const text of nearMisses) {
      it(`ignores "${text}"`, () => assert.deepEqual(statements(text).notHeld, []));
    }
  });

  describe('referrals', () => {
    it('reads "you may wish to contact <Body>" with an e-mail address in the same sentence', () => {
      const [referral] = statements('You may wish to contact Kent Police at foi@kent.pnn.police.uk about this.').referrals;
      assert.equal(referral.body, 'Kent Police');
      assert.equal(referral.contact, 'foi@kent.pnn.police.uk');
    });

    it('reads "<Body> may hold" and cuts a possessive to the body itself', () => {
      const text = 'The OPFCC does not hold any of the information. Northamptonshire Police’s Information Unit may hold some of the information you are seeking.';
      const { referrals } = statements(text);
      assert.equal(referrals.length, 1);
      assert.equal(referrals[0].body, 'Northamptonshire Police');
      assert.equal(referrals[0].text, 'Northamptonshire Police’s Information Unit may hold some of the information you are seeking.');
      assert.equal(referrals[0].contact, undefined);
    });

    it('reads "<Body> who may be able to assist you" and "please redirect your request to <Body>"', () => {
      assert.equal(statements('Essex Police, who may be able to assist you, publish a disclosure log.').referrals[0]?.body, 'Essex Police');
      assert.equal(statements('You could ask Essex Police who may be able to assist you.').referrals[0]?.body, 'Essex Police');
      assert.equal(statements('Please redirect your request to the Home Office.').referrals[0]?.body, 'the Home Office');
    });

    it('reads "please make your request directly to <Body>", but not a request made to the authority itself', () => {
      const text = 'Please make your request directly to West Yorkshire Police: foi@westyorkshire.police.uk.';
      assert.equal(statements(text).referrals[0]?.body, 'West Yorkshire Police');
      assert.equal(statements('You may wish to make your request to Kent Police.').referrals[0]?.body, 'Kent Police');
      assert.deepEqual(statements('Thank you for the request you made to us on 3 May.').referrals, []);
    });

    it('reads a request sent on or to be put to another body: "transferred these parts of your request to", "ask you to put them to"', () => {
      assert.equal(statements('We have transferred these parts of your request to Surrey Police, who will respond directly.').referrals[0]?.body, 'Surrey Police');
      assert.equal(statements('These concern operational matters, and we would ask you to put them to Surrey Police directly.').referrals[0]?.body, 'Surrey Police');
      const topics = 'We have therefore forwarded your questions on facial recognition, drones and body worn cameras to Gwent Police, who will reply.';
      assert.equal(statements(topics).referrals[0]?.body, 'Gwent Police');
      // Near misses: asking the requester something else is no referral, nor is a topic passed to no one.
      assert.deepEqual(statements('We would ask you to clarify which years you are interested in.').referrals, []);
      assert.deepEqual(statements('We have passed your questions on drones. To be clear, the unit is small.').referrals, []);
    });

    it('reads a request told as sent on: "This part of your request has therefore been transferred to <Body>"', () => {
      const text = 'This part of your request has therefore been transferred to the North West Regional Organised Crime Unit, who will respond to you directly.';
      assert.equal(statements(text).referrals[0]?.body, 'the North West Regional Organised Crime Unit');
      // Near misses: the request came to the body answering, and a transfer to no one named.
      assert.deepEqual(statements('Your request, which was transferred to Essex Police by the Commissioner\'s office on 17 February, has been considered.').referrals, []);
      assert.deepEqual(statements('Your request has been transferred to a colleague.').referrals, []);
    });

    it('reads questions told as passed or sent on: "these three questions have therefore been passed to <Body>"', () => {
      const text = "These three questions have therefore been passed to Surrey Police's Information Access team for a response.";
      assert.equal(statements(text).referrals[0]?.body, 'Surrey Police');
      assert.equal(statements('Your email has been sent to Sussex Police.').referrals[0]?.body, 'Sussex Police');
      // Near miss: data, not the request, sent to a body.
      assert.deepEqual(statements('ANPR reads have been sent to the National ANPR Data Centre since 2010.').referrals, []);
    });

    it('reads a whole request told as sent on: "has therefore been transferred in full to <Body>"', () => {
      const text = 'Your request has therefore been transferred in full to Derbyshire Constabulary, who will reply to you directly.';
      assert.equal(statements(text).referrals[0]?.body, 'Derbyshire Constabulary');
      assert.equal(statements('The request was forwarded in its entirety to the Home Office.').referrals[0]?.body, 'the Home Office');
      // Near miss: sent in full to no one named.
      assert.deepEqual(statements('Your request has been transferred in full to a colleague.').referrals, []);
    });

    it('reads "please write to <Body>" as a referral when another authority is named', () => {
      const text = 'For the force\'s use, please write to Staffordshire Police\'s Information Compliance Unit at foi@staffordshire.police.uk.';
      assert.equal(statements(text).referrals[0]?.body, 'Staffordshire Police');
      // Near misses: the authority's own team, and a person.
      assert.deepEqual(statements('Please write to the Information Governance Unit at the above address.').referrals, []);
      assert.deepEqual(statements('Please write to Jane Smith, Disclosure Officer, if you have any questions.').referrals, []);
    });

    it('reads "Please submit your request to <Body>" as a referral when another authority is named', () => {
      const text = 'Please submit your request to West Yorkshire Police, Freedom of Information Unit, PO Box 9, Wakefield.';
      assert.equal(statements(text).referrals[0]?.body, 'West Yorkshire Police');
      assert.equal(statements('Please resubmit these questions directly to the Home Office.').referrals[0]?.body, 'the Home Office');
      // Near misses: the authority's own team and address.
      assert.deepEqual(statements('Please submit your request to the Information Management Unit at the above address.').referrals, []);
      assert.deepEqual(statements('Please submit any new request to foi@example.police.uk.').referrals, []);
    });

    it('reads "you can write to <Body>" and "you may contact <Body>" as referrals when another authority is named', () => {
      assert.equal(statements('You can write to Police Scotland at foi@scotland.police.uk.').referrals[0]?.body, 'Police Scotland');
      assert.equal(statements('You may contact Kent Police directly.').referrals[0]?.body, 'Kent Police');
      assert.equal(statements('For drones you would need to ask North Yorkshire Police.').referrals[0]?.body, 'North Yorkshire Police');
      assert.equal(statements('For drones you\'d need to ask North Yorkshire Police.').referrals[0]?.body, 'North Yorkshire Police');
      assert.equal(statements('I\'d suggest sending your questions to Kent Police.').referrals[0]?.body, 'Kent Police');
      // Near misses: the authority's own team, and the Information Commissioner.
      assert.deepEqual(statements('You can write to the Information Governance Unit at the above address.').referrals, []);
      assert.deepEqual(statements('You may then contact the Information Commissioner.').referrals, []);
      assert.deepEqual(statements('You would need to contact the Information Governance Unit for a review.').referrals, []);
    });

    it('does not read the unit named for the review offered in the sentence before as a referral', () => {
      const review = 'If you are dissatisfied with this response, you may request an internal review within 40 working days. ';
      assert.deepEqual(statements(`${review}Please address your request to the Joint Information Management Unit at the above address.`).referrals, []);
      // Near miss: another authority named after the review is offered.
      const other = `${review}Questions about drones should be sent to Sussex Police.`;
      assert.equal(statements(other).referrals[0]?.body, 'Sussex Police');
    });

    it('does not read the sign-off offering the authority\'s own team for further queries as a referral', () => {
      assert.deepEqual(statements('Should you have any further queries please contact the Information Access Department.').referrals, []);
      assert.deepEqual(statements('If you have any queries about this response, please contact the Information Compliance Unit.').referrals, []);
      // Near miss: another authority named for questions about its own answers.
      const other = 'If you have any questions about the force\'s answers, please contact Wiltshire Police\'s Information Management Unit.';
      assert.equal(statements(other).referrals[0]?.body, 'Wiltshire Police');
    });

    it('reads a transfer told with the means it was sent by: "has been transferred to <Body> by email"', () => {
      assert.equal(statements('Your request has been transferred to Bedfordshire Police by email today.').referrals[0]?.body, 'Bedfordshire Police');
      assert.equal(statements('This part was forwarded to the Home Office by post on 3 May.').referrals[0]?.body, 'the Home Office');
    });

    it('reads a request sent on by how many of its questions: "forwarded all three questions to", "passed both questions to"', () => {
      assert.equal(statements('We have forwarded all three questions to the Gwent Police FOI Unit.').referrals[0]?.body, 'the Gwent Police FOI Unit');
      assert.equal(statements('We have passed both questions to Surrey Police.').referrals[0]?.body, 'Surrey Police');
      // Near miss: answering all three questions sends nothing on.
      assert.deepEqual(statements('We have answered all three questions to the best of our ability.').referrals, []);
    });

    it('reads "we have sent your request to <Body>" as a referral', () => {
      assert.equal(statements('We have therefore sent your request to the South Wales Police FOI Unit, which will reply.').referrals[0]?.body, 'the South Wales Police FOI Unit');
      // Near miss: a reply sent to the requester sends nothing on.
      assert.deepEqual(statements('We sent our response to you by email on 3 May.').referrals, []);
    });

    it('reads numbered parts sent on: "forwarded questions 2 to 4 to <Body>", "passed question 3 to <Body>"', () => {
      assert.equal(statements('We have forwarded questions 2 to 4 to the FOI team at North Wales Police.').referrals[0]?.body, 'North Wales Police');
      assert.equal(statements('We have passed question 3 to Police Scotland.').referrals[0]?.body, 'Police Scotland');
      assert.equal(statements('We have transferred questions 1, 2 and 5 to Gwent Police.').referrals[0]?.body, 'Gwent Police');
      // Near miss: answering numbered questions sends nothing on.
      assert.deepEqual(statements('We have answered questions 2 to 4 in full.').referrals, []);
    });

    it('reads "please resend your questions to <Body>" and "these are operational questions for <Body>"', () => {
      assert.equal(statements('Please resend your questions to Cumbria Constabulary, who will be able to help you.').referrals[0]?.body, 'Cumbria Constabulary');
      assert.equal(statements('These are operational questions for Cumbria Constabulary.').referrals[0]?.body, 'Cumbria Constabulary');
      // Near misses: resending something else, and questions for the requester.
      assert.deepEqual(statements('Please resend your payment to the Finance Team.').referrals, []);
      assert.deepEqual(statements('These are questions for you to consider.').referrals, []);
    });

    it('reads a request sent to another body\'s team: "transferred your request to the Freedom of Information team at <Body>"', () => {
      const text = 'I have transferred your request to the Freedom of Information team at North Wales Police, who will reply to you directly.';
      assert.equal(statements(text).referrals[0]?.body, 'North Wales Police');
      assert.equal(statements('I have therefore passed that part of your request to Devon & Cornwall Police.').referrals[0]?.body, 'Devon & Cornwall Police');
      // Near miss: the authority's own team is no other body.
      assert.deepEqual(statements('I have transferred your request to the Freedom of Information team, who will reply to you directly.').referrals, []);
    });

    it('reads "passed your request, in full, to <Body>" and "<Body>, who are the correct body to answer it"', () => {
      const text = 'For that reason I have passed your request, in full, to the Freedom of Informa-\ntion Unit at North Wales Police, who will reply.';
      assert.equal(statements(text).referrals[0]?.body, 'North Wales Police');
      assert.equal(statements('Gwent Police are the correct body to answer these questions.').referrals[0]?.body, 'Gwent Police');
      // Near misses: an aside that is not about the request, and the authority's own standing.
      assert.deepEqual(statements('I have passed your request, with thanks, to our records.').referrals, []);
      assert.deepEqual(statements('The Commissioner is the correct body to set the budget.').referrals, []);
    });

    it('reads "<Body> is the body that holds this information" as a referral, with its subject over an "and"', () => {
      assert.equal(statements('Police Scotland is the body that holds this information.').referrals[0]?.body, 'Police Scotland');
      const joined = 'Cheshire Constabulary is a separate public authority and is the body that holds this information.';
      assert.equal(statements(joined).referrals[0]?.body, 'Cheshire Constabulary');
      // Near miss: the body holding something else, no information of the request's.
      assert.deepEqual(statements('The Commissioner is the body that sets the budget.').referrals, []);
    });

    it('reads "passed your email to <Body>" as a referral, as "passed your request" is', () => {
      const text = 'I have therefore passed your email to Gwent Police, who will respond to you directly.';
      assert.equal(statements(text).referrals[0]?.body, 'Gwent Police');
      // Near miss: an email passed to the authority's own team is no referral.
      assert.deepEqual(statements('I have passed your email to the Freedom of Information team, who will reply.').referrals, []);
    });

    it('reads "submit your request directly to <Body>" and "a response ... will be provided by <Body>" as referrals', () => {
      assert.equal(statements('We would suggest that you submit your request directly to Northumbria Police.').referrals[0]?.body, 'Northumbria Police');
      const merged = 'A single response covering both forces will be provided by Sussex Police.';
      assert.equal(statements(merged).referrals[0]?.body, 'Sussex Police');
      // Near misses: the authority's own team, and a date rather than a body.
      assert.deepEqual(statements('A response will be provided by the Freedom of Information team.').referrals, []);
      assert.deepEqual(statements('A full response will be sent to you by 3 May.').referrals, []);
    });

    it('reads "please ask <Body>", "you may wish to ask <Body>" and "<Body> is responsible for responding to requests"', () => {
      assert.equal(statements('Please ask Dyfed-Powys Police.').referrals[0]?.body, 'Dyfed-Powys Police');
      assert.equal(statements('You may wish to ask Essex Police through its web form.').referrals[0]?.body, 'Essex Police');
      const responsible = 'South Yorkshire Police is responsible for responding to requests about its own operations.';
      assert.equal(statements(responsible).referrals[0]?.body, 'South Yorkshire Police');
      // Near misses: asking for a review or asking a person, and a body responsible for something else.
      assert.deepEqual(statements('You may wish to ask for an internal review.').referrals, []);
      assert.deepEqual(statements('Please ask Jane Smith.').referrals, []);
      assert.deepEqual(statements('South Yorkshire Police is responsible for the cameras.').referrals, []);
    });

    it('reads "you should ask <Body>", "we would suggest you contact <Body>" and "<Body> is therefore the appropriate body"', () => {
      assert.equal(statements('You should ask Police Scotland directly.').referrals[0]?.body, 'Police Scotland');
      assert.equal(statements('We would suggest you contact Police Scotland regarding drones.').referrals[0]?.body, 'Police Scotland');
      const linked = 'West Midlands Police is therefore the appropriate body to answer your questions about drones.';
      assert.equal(statements(linked).referrals[0]?.body, 'West Midlands Police');
      // Near misses: an appeal route, and advice to contact no body by name.
      assert.deepEqual(statements('If you are unhappy, you should contact the Information Commissioner.').referrals, []);
      assert.deepEqual(statements('You should contact us if you need the letter in another format.').referrals, []);
    });

    it('reads a body set out on its own line below "to:", without the address under it', () => {
      const text = 'Please send your request for these items to:\n\n   Police Scotland\n   Information Management\n   Glasgow';
      assert.equal(statements(text).referrals[0]?.body, 'Police Scotland');
      assert.equal(statements('Please direct questions on those topics to South Wales Police.').referrals[0]?.body, 'South Wales Police');
      // Near misses: a name wrapped onto the next line stays whole; questions about something else are no referral.
      assert.equal(statements('You may wish to direct these parts of your request to North\nWales Police.').referrals[0]?.body, 'North Wales Police');
      assert.deepEqual(statements('Please direct questions on your payment to us.').referrals, []);
    });

    it('reads a referral of part of the request: "direct this part of your request to <Body>"', () => {
      const text = 'You may wish to direct this part of your request to the Home Office, who may hold this information.';
      assert.equal(statements(text).referrals[0]?.body, 'the Home Office');
      assert.equal(statements('Please forward these parts of your request to Essex Police.').referrals[0]?.body, 'Essex Police');
    });

    it('reads a body named by an acronym or two capitalised words before "may hold"', () => {
      assert.equal(statements('The DVLA may hold this information.').referrals[0]?.body, 'The DVLA');
      assert.equal(statements('Transport for London may hold this information.').referrals[0]?.body, 'Transport for London');
    });

    it('takes the contact from the next sentence, and a web address as well as an e-mail', () => {
      const [referral] = statements('Surrey Police may hold this information. Their disclosure team is at https://www.surrey.police.uk/foi/.').referrals;
      assert.equal(referral.body, 'Surrey Police');
      assert.equal(referral.contact, 'https://www.surrey.police.uk/foi/');
    });

    it('does not take the contact of the next referral to another body', () => {
      const { referrals } = statements('Essex Police may be able to assist you. Please contact Kent Police at foi@kent.pnn.police.uk.');
      assert.deepEqual(referrals.map((r) => [r.body, r.contact]), [['Essex Police', undefined], ['Kent Police', 'foi@kent.pnn.police.uk']]);
    });

    it('reads "we would suggest that you direct them to <Body>", "you should direct your request to <Body>", "better answered by <Body>" and "best directed to <Body>"', () => {
      for (const text of [
        "We would suggest that you direct them to the National Police Chiefs' Council.",
        'You should direct your request to Kent Police.',
        'This question may be better answered by the Home Office.',
        "Questions about IMSI catchers are best directed to the National Police Chiefs' Council.",
        "The Commissioner's office suggests you submit your request to Kent Police.",
      ]) {
        const referrals = statements(text).referrals;
        assert.equal(referrals.length, 1, text);
        assert.ok(referrals[0].body, text);
      }
    });

    it('reads "may be available from <Body>", "should be directed to <Body>" and "is the responsibility of <Body>"', () => {
      assert.equal(statements('This information may be available from the Home Office.').referrals[0]?.body, 'the Home Office');
      assert.equal(statements('Your request should be directed to Kent Police.').referrals[0]?.body, 'Kent Police');
      assert.equal(statements('Operational matters are the responsibility of the Chief Constable.').referrals[0]?.body, 'the Chief Constable');
    });

    it('reads "is an operational matter for <Body>", "rests with <Body>" and "please direct your request to" their team', () => {
      assert.equal(statements('This is an operational matter for Kent Police.').referrals[0]?.body, 'Kent Police');
      assert.equal(statements('Decisions about the database rest with the Home Office.').referrals[0]?.body, 'the Home Office');
      assert.equal(statements('Please direct your request to their disclosure team at foi@kent.pnn.police.uk.').referrals[0]?.contact, 'foi@kent.pnn.police.uk');
      assert.deepEqual(statements('The burden rests with the requester to show otherwise.').referrals, []);
    });

    it('reads a table cell (after a bar or wide spaces) or line opening "Operational matter for <Body>", but not those words inside a sentence', () => {
      const row = '  Facial recognition   | Operational matter for Surrey Police - please contact the force\n';
      assert.equal(statements(row).referrals[0]?.body, 'Surrey Police');
      assert.equal(statements('Hacking: operational matter for the MPS.').referrals[0]?.body, 'the MPS');
      assert.equal(statements('  Drones         | A matter for Police Scotland: foi@scotland.police.uk\n').referrals[0]?.body, 'Police Scotland');
      // A table set out with spaces alone.
      assert.equal(statements('   Hacking            Matter for PSNI – contact foi@psni.police.uk\n').referrals[0]?.body, 'PSNI');
      // Near misses: a plan that sets out operational matters, and a heading of the office's own business.
      assert.deepEqual(statements('The plan does not cover operational matters for Surrey Police in detail.').referrals, []);
      assert.deepEqual(statements('Matters for the Board are listed in the minutes.\n').referrals, []);
    });

    it('reads "these are operational matters for the MPS" and "please contact the MPS", a body known by its initials, but not a person', () => {
      assert.equal(statements('These are operational matters for the MPS.').referrals[0]?.body, 'the MPS');
      assert.equal(statements('Please contact the MPS directly.').referrals.length, 1);
      assert.deepEqual(statements('Please contact DS Smith on 0123 456 789.').referrals, []);
    });

    it('reads the body named before ", which may hold" rather than the sentence\'s subject', () => {
      const text = 'Decisions about national databases rest with others, such as the Home Office, which may hold the information you seek.';
      assert.equal(statements(text).referrals[0]?.body, 'the Home Office');
    });

    it('needs a named body after those phrases', () => {
      assert.deepEqual(statements('It is the responsibility of the requester to check. This is a matter for you.').referrals, []);
      assert.deepEqual(statements('Requests for a review should be addressed to: Freedom of Information Decision Maker.').referrals, []);
    });

    it('names no body for "the relevant force", and still reads a referral', () => {
      const [referral] = statements('You may wish to redirect your request to the relevant force.').referrals;
      assert.equal(referral.body, undefined);
    });

    it('reads "is more likely to be held by <Body>", "make the same request to <Body>" and "make a new request to the force"', () => {
      const bodies = [
        ['The information you are seeking is more likely to be held by BTP itself.', 'BTP'],
        ['You may like to make the same request to Gloucestershire Constabulary, who can be found on WhatDoTheyKnow.', 'Gloucestershire Constabulary'],
        ['If you wish to make a new request to the force, you can do so by emailing foi@example.police.uk.', undefined],
        ["If you would like to pursue this, you can make your request using the force's online form.", undefined],
        ['West Midlands Police is a separate public authority and you may wish to ask them directly.', 'West Midlands Police'],
      ] as const;
      for (const [text, body] of bodies) {
        const found = statements(text).referrals;
        assert.equal(found.length, 1, text);
        assert.equal(found[0].body, body, text);
      }
    });

    const nearMisses = [
      'If you are unhappy, you may wish to contact the Information Commissioner at https://ico.org.uk.',
      'You may request an internal review by writing to us.',
      'Please contact me if you have any questions.',
      'Please contact Jane Smith, Disclosure Officer, quoting the reference above.',
      'For information on how to make a complaint please visit their website or contact them on 0303 123 1113.',
      'You may wish to contact us again.',
      'The information held by the force is published.',
      'We may hold a meeting next month.',
      'Officers may hold a body worn video camera on patrol.',
      'We note that you sent the same request to Staffordshire Police on the same day.',
      'Dorset Police is in an alliance with Devon and Cornwall Police; you may wish to submit a separate request to that force.',
      'Officers may wish to ask them directly about the procedure.',
    ];
    for (const text of nearMisses) {
      it(`ignores "${text}"`, () => assert.deepEqual(statements(text).referrals, []));
    }
  });

  describe('opinion questions', () => {
    const phrasings = [
      'This is an opinion based question.',
      'Your third question asks for an opinion.',
      'This is not a request for recorded information.',
      'This question is not valid under s8 of the Act.',
      'This is not a valid request under section 8 of the FOI Act 2000.',
      'Question 3 seeks the views or opinions of the Commissioner.',
    ];
    for (const text of phrasings) {
      it(`recognises "${text}"`, () => assert.equal(statements(text).opinionQuestions.length, 1));
    }

    it('makes one statement of adjacent sentences refusing the same question', () => {
      const text = '3) This is an opinion based question. This question is not valid under section 8 of the FOI Act 2000.';
      const { opinionQuestions } = statements(text);
      assert.equal(opinionQuestions.length, 1);
      assert.equal(opinionQuestions[0].text, text);
    });

    const nearMisses = [
      'In our opinion the public interest favours withholding.',
      'It is our opinion that the balancing test is not made out.',
      'Your request is not valid because it gives no name.',
    ];
    for (const text of nearMisses) {
      it(`ignores "${text}"`, () => assert.deepEqual(statements(text).opinionQuestions, []));
    }
  });

  describe('public interest, harm and balance tests', () => {
    it('finds a public interest test from its heading and its factors', () => {
      const text = 'Public Interest Test\n\nFactors favouring disclosure\n\nThe public would be better informed.\n\nFactors against disclosure\n\nTactics would be revealed.';
      const { publicInterestTest } = statements(text);
      assert.equal(publicInterestTest.present, true);
      assert.equal(publicInterestTest.attached, false);
      assert.equal(publicInterestTest.spans.length, 3);
      assert.equal(text.slice(publicInterestTest.spans[0].start, publicInterestTest.spans[0].end), 'Public Interest Test');
    });

    it('finds the weighing itself: "the public interest in maintaining the exemption outweighs ..."', () => {
      const { publicInterestTest } = statements('The public interest in maintaining the exemption outweighs the public interest in disclosure.');
      assert.equal(publicInterestTest.present, true);
      assert.equal(publicInterestTest.attached, false);
    });

    it('finds a public interest test from the headings of its two sides: "Public interest in confirming or denying", "... in neither confirming nor denying", "... for disclosure"', () => {
      for (const text of ['Public interest in confirming or denying', 'Public interest in neither confirming nor denying', 'Public Interest for disclosure']) {
        assert.equal(statements(`${text}\n\nThe force has weighed the arguments.`).publicInterestTest.present, true, text);
      }
      assert.equal(statements('The public interest in policing is high.').publicInterestTest.present, false);
    });

    it('marks a test that only an attached document contains, with no sentence of the letter carrying it out', () => {
      const { publicInterestTest } = statements('See attached document explaining justification and public interest test.');
      assert.deepEqual(publicInterestTest, { present: true, attached: true, spans: [] });
    });

    it('does not take a sentence saying a test is required for the test itself', () => {
      const text = 'Sections 24 and 31 are qualified exemptions, which requires the harm to be evidenced and a public interest test to be carried out.';
      assert.deepEqual(statements(text).publicInterestTest, { present: false, attached: false, spans: [] });
    });

    it('finds a harm test from "Prejudice (Harm) test", "Harm for the partial NCND", "evidence of harm" and "would be likely to prejudice"', () => {
      for (const text of ['Overall Prejudice (Harm) test Section 24', 'Harm for the partial NCND', 'There is evidence of harm.', 'Disclosure would be likely to prejudice the detection of crime.']) {
        assert.equal(statements(text).harmTest.present, true, text);
      }
      assert.equal(statements('The force must show harm.').harmTest.present, false);
    });

    it('finds a balance test from "Balance test" and "balancing test"', () => {
      assert.equal(statements('Balance Test\n\nThe public interest lies in withholding.').balanceTest.present, true);
      assert.equal(statements('It is our opinion that the balancing test is not made out.').balanceTest.present, true);
      assert.equal(statements('On balance, we will release the figures.').balanceTest.present, false);
    });
  });

  describe('the seed letters', () => {
    it('Cambridgeshire: not held twice, an s8 opinion question and a referral to the Constabulary', () => {
      const found = statements(seed('cambridgeshire-opcc-19-026-037.txt'));
      assert.equal(found.notHeld.length, 2);
      assert.equal(found.opinionQuestions.length, 1);
      assert.match(found.opinionQuestions[0].text, /^This question is not valid under s8 of the Act/);
      assert.equal(found.referrals.length, 1);
      assert.equal(found.referrals[0].body, 'the Constabulary');
      assert.equal(found.referrals[0].contact, 'foi@cambs.pnn.police.uk');
      assert.equal(found.publicInterestTest.present, false);
    });

    it('Northamptonshire: not held and a referral to Northamptonshire Police', () => {
      const found = statements(seed('northamptonshire-opfcc-13062019.txt'));
      assert.equal(found.notHeld.length, 2);
      assert.match(found.notHeld[0].text, /information requested is not held by the Office of the Northamptonshire Police/);
      assert.deepEqual(found.referrals.map((r) => r.body), ['Northamptonshire Police']);
    });

    it('West Midlands: not held, a referral to West Midlands Police, an opinion question and an attached public interest test', () => {
      const found = statements(seed('west-midlands-pcc-2019-01031.txt'));
      assert.equal(found.notHeld.length, 1);
      assert.deepEqual(found.referrals.map((r) => [r.body, r.contact]), [['West Midlands Police', undefined]]);
      assert.equal(found.opinionQuestions.length, 1);
      assert.equal(found.publicInterestTest.present, true);
      assert.equal(found.publicInterestTest.attached, true);
      assert.equal(found.harmTest.present, false);
    });

    it('Hertfordshire: "no record is held" but not the "is or is not held" reasoning, and all three tests in the letter', () => {
      const found = statements(seed('hertfordshire-2017-01696.txt'));
      assert.equal(found.notHeld.length, 1);
      assert.match(found.notHeld[0].text, /no record is held/);
      assert.deepEqual(found.referrals, []);
      for (const test of [found.publicInterestTest, found.harmTest, found.balanceTest]) {
        assert.equal(test.present, true);
        assert.equal(test.attached, false);
      }
    });

    it('Norfolk and Suffolk: no not-held, no referral (the review and ICO routes are not referrals), all three tests', () => {
      const found = statements(seed('norfolk-suffolk-007663-17.txt'));
      assert.deepEqual(found.notHeld, []);
      assert.deepEqual(found.referrals, []);
      assert.deepEqual(found.opinionQuestions, []);
      assert.equal(found.publicInterestTest.present, true);
      assert.equal(found.harmTest.present, true);
      assert.equal(found.balanceTest.present, true);
    });
  });

  it('is linear on long runs of phrases and near misses', () => {
    const inputs = [
      'whether it is not held '.repeat(5_000),
      'Aaa Bbb may hold '.repeat(8_000),
      'you may wish to contact ' + 'a.'.repeat(50_000),
      'public interest '.repeat(8_000),
      'neither '.repeat(12_500),
      'x'.repeat(100_000) + '@',
    ];
    for (const text of inputs) {
      const took = fasterOfTwo(() => statements(text));
      assert.ok(took < 500, `took ${took} ms`);
    }
  });
});
