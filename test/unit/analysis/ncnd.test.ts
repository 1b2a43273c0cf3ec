import * as assert from 'node:assert/strict';
import { findCitations } from '../../../src/core/analysis/citations';
import { findNcnd } from '../../../src/core/analysis/ncnd';
import { splitSentences } from '../../../src/core/analysis/sentences';
import type { NcndStatement } from '../../../src/core/model';
import { fasterOfTwo, seed } from '../support/fixtures';

function ncnd(text: string): NcndStatement[] {
  return findNcnd(text, findCitations(text), splitSentences(text));
}

describe('findNcnd', () => {
  describe('phrasings', () => {
    const statements = [
      'The force can neither confirm nor deny that it holds information about drones.',
      'Kent Police neither confirms nor denies that it holds the information.',
      'The force generally neither confirms nor denies the use of covert techniques.',
      'We will neither confirm nor deny whether this tactic is used.',
      'The Constabulary is neither confirming nor denying whether it holds any information.',
      'The force will NCND whether it uses IMSI catchers.',
      'This is a partial NCND response.',
      'We are neither able to confirm nor deny whether the information is held.',
      'The force is not obliged to confirm or deny whether it holds information, by virtue of section 17(4).',
      'Section 31(3) removes the duty to confirm or deny whether information is held.',
      'The duty in Section 1(1)(a) of the Act does not apply to this information.',
      'The duty to confirm or deny does not arise in relation to this request.',
      'The information, if held, is exempt from the duty to confirm or deny.',
      'Any such information would be excluded from the duty to confirm or deny.',
      'We refuse to confirm or deny whether the information is held.',
      'The force cannot confirm or deny that it uses this technology.',
      'IMSI catchers – Neither Confirm Nor Deny',
      'The force can neither confirm or deny that it holds information about drones.',
      'Kent Police neither confirms or denies that it holds the information.',
      'Whether the information is held can neither be confirmed nor denied.',
      'The force will not confirm or deny whether it holds information.',
      'The force does not confirm or deny whether it holds information.',
      'It is not possible to confirm or deny whether the information is held.',
      'It would not be appropriate for the Constabulary to confirm or deny whether such equipment is used.',
      'The force cannot confirm nor deny that it uses this technology.',
      'Police Scotland is not obliged to reveal whether the information you have asked for exists or is held.',
      // Two bodies answering together.
      'Neither Kent Police nor Essex Police is able to confirm or deny that it holds the information.',
      'Neither the force nor the OPCC can confirm or deny whether the information is held.',
      // Upheld on review, or upheld in part, is still relied on.
      'I uphold the decision to neither confirm nor deny; sections 23(5) and 24(2) were correctly engaged.',
      'The decision to neither confirm nor deny is partially overturned, as explained below.',
    ];
    for (const text of statements) {
      it(`recognises "${text}"`, () => {
        const found = ncnd(text);
        assert.equal(found.length, 1);
        assert.equal(found[0].text, text);
        assert.deepEqual(found[0].span, { start: 0, end: text.length });
      });
    }
  });

  describe('near misses', () => {
    const others = [
      'We can confirm that the force uses body worn video.',
      'Neither the force nor the OPCC holds this information.',
      'The force cannot confirm the date of the trial.',
      'Confirming or denying whether any information is held would prejudice law enforcement.',
      'By confirming or denying that the force holds information, it would reveal tactics.',
      'Factors favouring Neither Confirming Nor Denying for Section 24',
      'Harm for the partial NCND',
      'Neither Confirm Nor Deny',
      'None of the above can be viewed as an inference that the information does or does not exist.',
      'Neither Confirm or Deny',
      'Neither Be Confirmed Nor Denied',
      'If the force did not confirm or deny in every case, the public could draw inferences.',
      'It is possible to confirm or deny whether the information is held.',
      'The force does not confirm the date of the trial or deny the charge.',
      'Neither the force or the OPCC can confirm this.',
      // Another body's answer foretold by an office that holds nothing.
      'Please be aware that the force may neither confirm nor deny whether some of this information is held.',
      'The Constabulary might well neither confirm nor deny that it holds such information.',
      // What police forces generally do, told by an office that holds nothing.
      'You may wish to be aware that police forces generally neither confirm nor deny the use of covert techniques.',
      // What the Act allows, explained in an acknowledgement.
      'In some circumstances the Act allows a public authority to neither confirm nor deny whether information is held.',
      // An NCND taken back on review.
      'The NCND is withdrawn for this part.',
      'I therefore withdraw the neither confirm nor deny response to question 1 and can confirm that the force uses drones.',
      'I agree that the neither confirm nor deny position should not have been applied to question 1.',
      'The Commissioner found that the force was not entitled to neither confirm nor deny whether it held information about drones.',
      // An NCND said not to be relied on in this answer.
      'The reasons which lead the force to NCND requests about covert tactics do not arise here, and the force has not needed to rely on NCND.',
      'The force has not relied upon neither confirm nor deny in answering your request.',
      'The force no longer considers that a neither confirm nor deny response is appropriate to this question.',
      'We are therefore not relying on any neither confirm nor deny provision in this response.',
      'As the answer is no, we do not need to apply the neither confirm nor deny exemptions that some forces have used.',
      'The force has concluded that it is not necessary to neither confirm nor deny.',
      // An NCND put in by mistake, or only weighed.
      'No neither confirm nor deny decision was made in respect of your request, and the paragraph should be disregarded.',
      'The paragraph saying that the force neither confirms nor denies holding information was included in error.',
      'In reaching this decision the force considered whether it would be appropriate to neither confirm nor deny that drones are used.',
    ];
    for (const text of others) {
      it(`ignores "${text}"`, () => assert.deepEqual(ncnd(text), []));
    }
  });

  describe('across a page break', () => {
    const letter = (breakLines: string): string =>
      `In this case the force can neither confirm nor${breakLines}deny that it holds information, by virtue of section 24(2).\n\nThank you.`;

    for (const breakLines of ['\nOFFICIAL\nPage 1 of 3\nOFFICIAL\n', '\n\nOFFICIAL\n\nPage 1 of 3\n\nOFFICIAL\n\n', '\r\n\r\nNOT PROTECTIVELY MARKED\r\n\r\n2\r\n\r\n']) {
      it(`finds the statement whole across ${JSON.stringify(breakLines)}`, () => {
        const text = letter(breakLines);
        const found = ncnd(text);
        assert.equal(found.length, 1);
        assert.equal(found[0].text, text.slice(0, text.indexOf('(2).') + 4));
        assert.deepEqual(found[0].sections, ['s24(2)']);
        assert.equal(text.slice(found[0].span.start, found[0].span.end).startsWith('In this case'), true);
      });
    }

    it('does not join a phrase across furniture lines after a finished sentence', () => {
      assert.deepEqual(ncnd('We can neither confirm.\n\nOFFICIAL\n\nPage 1 of 3\n\nNor deny anything here.'), []);
    });
  });

  it('reads "it is not our policy to confirm or deny", "does not wish to confirm nor deny" and the misspelling "nether confirm nor deny"', () => {
    assert.equal(ncnd('It is not our policy to confirm or deny the use of covert equipment.').length, 1);
    assert.equal(ncnd('Police Scotland does not wish to confirm nor deny whether it holds the information.').length, 1);
    assert.equal(ncnd('It is the long-standing practice of the NCA not to confirm or deny whether it uses such capabilities.').length, 1);
    assert.equal(ncnd('The force can nether confirm nor deny that it holds this information.').length, 1);
    assert.equal(ncnd('The nether regions of the building are closed.').length, 0);
  });

  it('does not read an NCND response named as withdrawn or complained about as a statement, but reads one named as given', () => {
    assert.equal(ncnd('I therefore withdraw the neither confirm nor deny response to part (ii).').length, 0);
    assert.equal(ncnd('Your complaint is about the neither confirm nor deny response to question 2.').length, 0);
    assert.equal(ncnd('The answer on IMSI catchers is replaced with a neither confirm nor deny response.').length, 1);
  });

  it('does not read the cost limit\'s release from the duty to confirm or deny (section 12(2)) as an NCND', () => {
    assert.equal(ncnd('As section 12 applies to the request as a whole, PSNI is not required to confirm or deny whether it holds the information.').length, 0);
    const following = 'Finding out would exceed the appropriate limit of 18 hours. This means we are not required to confirm or deny whether it is held.';
    assert.equal(ncnd(following).length, 0);
    // Near misses: an exemption with its own NCND provision cited beside the cost limit, and a sentence that does not
    // follow on from the cost limit's.
    assert.equal(ncnd('Under sections 12(2) and 24(2), the force is not required to confirm or deny whether it holds the information.').length, 1);
    assert.equal(ncnd('Question 1 would exceed the cost limit. For question 2, the force neither confirms nor denies that it holds information.').length, 1);
  });

  it('reads "not able to disclose whether the information ... exists" and "will not confirm whether or not it holds any information"', () => {
    assert.equal(ncnd('Police Scotland is not able to disclose whether the information you have requested exists or is held by us.').length, 1);
    assert.equal(ncnd('Kent Police will not confirm whether or not it holds any information about IMSI catchers.').length, 1);
    // Near misses: a detail not disclosed, another body's holding, and an NCND said not to be one.
    assert.equal(ncnd('We are not able to disclose whether any cameras are sited between junctions 11 and 14.').length, 0);
    assert.equal(ncnd('The Commissioner cannot say whether or not the force holds any information; please ask the force.').length, 0);
    assert.equal(ncnd("For the avoidance of doubt, this is not a 'neither confirm nor deny' response.").length, 0);
  });

  it('does not read an NCND foretold for a narrower request as one given: "may be necessary to", "is likely to"', () => {
    assert.equal(ncnd('For a refined request, it may be necessary to neither confirm nor deny whether information is held.').length, 0);
    assert.equal(ncnd('Please be aware that the Constabulary is likely to neither confirm nor deny whether such tactics are used.').length, 0);
    assert.equal(ncnd('Requests about certain covert technologies are likely to attract a neither confirm nor deny response.').length, 0);
    // Near miss: the NCND given.
    assert.equal(ncnd('The Constabulary therefore neither confirms nor denies whether such tactics are used.').length, 1);
  });

  it('gives one statement for a sentence using several NCND phrasings', () => {
    const text = 'The force neither confirms nor denies it holds information, as the duty in Section 1(1)(a) does not apply.';
    assert.equal(ncnd(text).length, 1);
  });

  describe('scope', () => {
    it('is partial when the same sentence answers overt use and NCNDs covert use', () => {
      const [statement] = ncnd('There is no overt use of this technology, but we can neither confirm nor deny whether it is used covertly.');
      assert.equal(statement.scope, 'partial');
    });

    it('is partial when only "any other information" is neither confirmed nor denied', () => {
      const [statement] = ncnd('The force neither confirms nor denies that it holds any other information regarding the covert use of drones.');
      assert.equal(statement.scope, 'partial');
    });

    it('is partial when only any other use of the kind is neither confirmed nor denied: "any other social media monitoring"', () => {
      const [statement] = ncnd('Beyond that, the force neither confirms nor denies whether it holds information about any other social media monitoring.');
      assert.equal(statement.scope, 'partial');
      // Near miss: "any" without "other" leaves nothing answered.
      assert.equal(ncnd('The force neither confirms nor denies whether it holds information about any social media monitoring.')[0].scope, 'full');
    });

    it('is partial when the sentence before answers for overt use', () => {
      const text = 'The force does not use drones overtly.\n\nThe force neither confirms nor denies that it holds information concerning the covert use of drones.';
      const [statement] = ncnd(text);
      assert.equal(statement.scope, 'partial');
    });

    it('is full otherwise, even when an earlier answer mentioned overt use', () => {
      const text =
        'Facial recognition – there is no overt use, but we can neither confirm nor deny covert use.\n\nSee attached.\n\n' +
        'Hacking – I can neither confirm nor deny that this is used by the Force.';
      const statements = ncnd(text);
      assert.deepEqual(statements.map((s) => s.scope), ['partial', 'full']);
    });
  });

  describe('sections relied on', () => {
    it('takes the sections cited in the sentence, leaving out procedural ones', () => {
      const [statement] = ncnd('We neither confirm nor deny by virtue of Section 24(2) National Security and Section 31(3) Law Enforcement, as Section 1(1)(a) does not apply.');
      assert.deepEqual(statement.sections, ['s24(2)', 's31(3)']);
    });

    it('takes the list of exemptions announced at the end of the sentence', () => {
      const text =
        'The force neither confirms nor denies that it holds information, by virtue of the following exemptions:\n\n' +
        '• Section 23(5) Information relating to Security Bodies\n• Section 24(2) National Security\n• Section 31(3) Law Enforcement\n\n' +
        'Sections 23, 24 and 31 are explained below, and this sentence is long enough not to read as an item of the list.';
      const [statement] = ncnd(text);
      assert.deepEqual(statement.sections, ['s23(5)', 's24(2)', 's31(3)']);
    });

    it('takes a following sentence that begins "by virtue of"', () => {
      const text = 'The force can neither confirm nor deny that it holds this information. By virtue of sections 24(2) and 31(3) of the Act.';
      assert.deepEqual(ncnd(text)[0].sections, ['s24(2)', 's31(3)']);
    });

    it('takes nothing from an unrelated sentence that follows', () => {
      const text = 'The force can neither confirm nor deny that it holds this information. Section 31 is a qualified exemption.';
      assert.deepEqual(ncnd(text)[0].sections, []);
    });
  });

  it('reads a letter in another force\'s style: exemptions listed after "by virtue of:", harm and factors headings', () => {
    const text = [
      'The MPS uses ANPR.',
      '',
      'In relation to IMSI catchers, the MPS can neither confirm nor deny whether it holds any information relevant to your request, as the duty in s1(1)(a) of the Act does not apply, by virtue of:',
      '',
      'Section 23(5) - Information supplied by, or concerning, certain Security Bodies',
      'Section 24(2) - National Security',
      'Section 31(3) - Law Enforcement',
      '',
      'Overall harm in confirming or denying that information is held',
      '',
      'Factors favouring confirmation or denial',
      'The public is entitled to know how public funds are spent.',
      '',
      'Balancing test',
      'The public interest favours neither confirming nor denying that information is held, maintaining the NCND stance.',
    ].join('\n');
    const statements = ncnd(text);
    assert.equal(statements.length, 1);
    assert.equal(statements[0].scope, 'full');
    assert.deepEqual(statements[0].sections, ['s23(5)', 's24(2)', 's31(3)']);
  });

  describe('the seed letters', () => {
    it('finds Hertfordshire\'s one partial NCND relying on s24(2) and s31(3)', () => {
      const statements = ncnd(seed('hertfordshire-2017-01696.txt'));
      assert.equal(statements.length, 1);
      assert.equal(statements[0].scope, 'partial');
      assert.deepEqual(statements[0].sections, ['s24(2)', 's31(3)']);
      assert.ok(statements[0].text.startsWith('Hertfordshire Constabulary neither confirms nor denies'));
    });

    it('finds Norfolk and Suffolk\'s one partial NCND, not its headings', () => {
      const statements = ncnd(seed('norfolk-suffolk-007663-17.txt'));
      assert.equal(statements.length, 1);
      assert.equal(statements[0].scope, 'partial');
      assert.deepEqual(statements[0].sections, ['s24(2)', 's31(3)']);
    });

    it('finds West Midlands\' three NCND sentences: facial recognition partial, hacking and IMSI catchers full', () => {
      const statements = ncnd(seed('west-midlands-pcc-2019-01031.txt'));
      assert.deepEqual(statements.map((s) => [s.text.split(/ [–-] /)[0], s.scope]), [
        ['Facial recognition', 'partial'],
        ['Hacking', 'full'],
        ['IMSI catchers', 'full'],
      ]);
      for (const statement of statements) assert.deepEqual(statement.sections, ['s24(2)', 's31(3)']);
    });

    it('finds none in the letters that give no NCND', () => {
      assert.deepEqual(ncnd(seed('cambridgeshire-opcc-19-026-037.txt')), []);
      assert.deepEqual(ncnd(seed('northamptonshire-opfcc-13062019.txt')), []);
    });
  });

  it('is linear: a 100 KB line of "neither " and long runs of NCND phrases finish quickly', () => {
    for (const text of ['neither '.repeat(12_500), 'neither confirm nor deny '.repeat(4_000), 'is NCND '.repeat(12_000), 'Section 1(1)(a) '.repeat(6_000)]) {
      const took = fasterOfTwo(() => ncnd(text));
      assert.ok(took < 500, `took ${took} ms`);
    }
  });
});
