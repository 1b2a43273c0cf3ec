import * as assert from 'node:assert/strict';
import { looksLikeHeading, sentenceAt, splitSentences } from '../../../src/core/analysis/sentences';
import { fasterOfTwo, seed } from '../support/fixtures';

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('ends sentences at full stops, question marks and exclamation marks followed by space', () => {
    assert.deepEqual(sentencesOf('We hold it. Do you want it? Yes! Thanks.'), ['We hold it.', 'Do you want it?', 'Yes!', 'Thanks.']);
  });

  it('ends a sentence at each row of a table aligned in columns, though the rows have no stops', () => {
    const drones = 'Drones                 Yes – flown since 2017 in support of searches for missing people';
    const faces = 'Facial recognition     No information is held on any system used by the force today';
    assert.deepEqual(sentencesOf(`${drones}\n${faces}\n`), [drones, faces]);
    // Near miss: prose whose lines happen to hold a wide space still runs on.
    assert.deepEqual(sentencesOf('The force uses drones\nfor searches.'), ['The force uses drones\nfor searches.']);
  });

  it('starts a sentence at each line opening with a number and its lettered part ("5b  N/A", "Q6a. No")', () => {
    assert.deepEqual(sentencesOf('5a  No\n5b  N/A\n6a  No\nQ6b. N/A'), ['5a  No', '5b  N/A', '6a  No', 'Q6b. N/A']);
    // Near miss: "4G" opens no item, and the line runs on.
    assert.deepEqual(sentencesOf('Coverage is poor in\n4G areas of the county.'), ['Coverage is poor in\n4G areas of the county.']);
  });

  it('keeps abbreviations, section numbers, decimals, URLs and e-mail addresses inside the sentence', () => {
    const text =
      'Exemptions, e.g. s. 31 and s.24, apply. The cost is 3.5 hours, see Ref. 1234 and No. 5. ' +
      'Write to foi@herts.pnn.police.uk or visit www.ico.org.uk for help. Done.';
    assert.deepEqual(sentencesOf(text), [
      'Exemptions, e.g. s. 31 and s.24, apply.',
      'The cost is 3.5 hours, see Ref. 1234 and No. 5.',
      'Write to foi@herts.pnn.police.uk or visit www.ico.org.uk for help.',
      'Done.',
    ]);
  });

  it('keeps initials and abbreviations in any case inside the sentence, but not the pronoun "I"', () => {
    const text = 'Signed by J. Smith today. Ask MR. Jones. It was I. Then came E.G. Jones. See REF. 12 and Approx. Ten.';
    assert.deepEqual(sentencesOf(text), ['Signed by J. Smith today.', 'Ask MR. Jones.', 'It was I.', 'Then came E.G. Jones.', 'See REF. 12 and Approx. Ten.']);
  });

  it('joins a line ending in a word such as "THE" or "regarding", in any case, to the next', () => {
    assert.deepEqual(sentencesOf('We asked THE\nForce about it.\nWe wrote Regarding\nDrones.'), ['We asked THE\nForce about it.', 'We wrote Regarding\nDrones.']);
  });

  it('ends a salutation on its own line at its comma ("Hi,", "Dear Ms Khan,"), but not a line ending in a comma mid-sentence', () => {
    assert.deepEqual(sentencesOf('Hi,\n\nNil return for all parts.'), ['Hi,', 'Nil return for all parts.']);
    assert.deepEqual(sentencesOf('Dear Ms Khan,\n\nThank you for your request.'), ['Dear Ms Khan,', 'Thank you for your request.']);
    assert.deepEqual(sentencesOf('The force uses drones,\n\nANPR and body worn video.'), ['The force uses drones,\n\nANPR and body worn video.']);
  });

  it('reads "No." as an answer when no number follows', () => {
    assert.deepEqual(sentencesOf('Is the force using drones? No. We do not hold any.'), ['Is the force using drones?', 'No.', 'We do not hold any.']);
  });

  it('joins a sentence broken across lines, even across blank lines, when it plainly runs on', () => {
    const text = 'Therefore, you may wish to resubmit your request to the \n\n\n\nConstabulary by email.\n\nThe OPCC \n\ndoes not hold it.';
    assert.deepEqual(sentencesOf(text), [
      'Therefore, you may wish to resubmit your request to the \n\n\n\nConstabulary by email.',
      'The OPCC \n\ndoes not hold it.',
    ]);
  });

  it('starts a new sentence at a paragraph opening in lower case after a finished one, and not after a full stop within a line', () => {
    assert.deepEqual(sentencesOf('Does the force use body worn cameras?\n\nyes all officers are issued BWC'), [
      'Does the force use body worn cameras?',
      'yes all officers are issued BWC',
    ]);
    assert.deepEqual(sentencesOf('See p. 4 of the report.'), ['See p. 4 of the report.']);
  });

  it('ends a question at a lower-case "yes" or "no" answering it, and not at other lower-case words', () => {
    assert.deepEqual(sentencesOf('Do you use ANPR? yes\nDo you use drones? no, none.'), ['Do you use ANPR?', 'yes', 'Do you use drones?', 'no, none.']);
    assert.deepEqual(sentencesOf('Is it the case? not that we know. Or is it? nowhere.'), ['Is it the case? not that we know.', 'Or is it? nowhere.']);
  });

  it('ends at a blank line when a capital follows a short line (a heading)', () => {
    assert.deepEqual(sentencesOf('Harm for the partial NCND \n \nAny disclosure is a release to the world.'), [
      'Harm for the partial NCND',
      'Any disclosure is a release to the world.',
    ]);
  });

  it('joins a full-width wrapped line to the next even when the next begins with a capital', () => {
    const line = 'A full copy of the Freedom of Information Act (2000) can be viewed on the Office of Public Sector';
    assert.deepEqual(sentencesOf(`${line} \n\nInformation web-site.`), [`${line} \n\nInformation web-site.`]);
  });

  it('ends a full-width line closing with a web address at the blank line after it', () => {
    const line = 'Details of every deployment, including the watchlist size, are published at https://www.example.police.uk/fr/lfr';
    assert.deepEqual(sentencesOf(`${line}\n\nQuestion 2\nThe trial was not extended.`), [line, 'Question 2', 'The trial was not extended.']);
  });

  it('makes each bullet its own sentence, without the bullet glyph', () => {
    const text = 'Which tools are used:\n\n• Body worn Video Cameras  \n• Facial recognition \n- Hacking\n* IMSI catchers\n\nOPCC response:';
    assert.deepEqual(sentencesOf(text), ['Which tools are used:', 'Body worn Video Cameras', 'Facial recognition', 'Hacking', 'IMSI catchers', 'OPCC response:']);
  });

  it('splits a list run together on one line at its bullets', () => {
    assert.deepEqual(sentencesOf('Tools: • ANPR • Drones'), ['Tools:', 'ANPR', 'Drones']);
  });

  it('starts a sentence at enumerators such as "1.", "2.If", "a)", "Q1." and "3)", keeping the enumerator', () => {
    const text = '1. Is it used?\n2.If yes, how\na) of the system\nQ1. As my PCC, tell me\n3) This is an opinion based question.';
    assert.deepEqual(sentencesOf(text), ['1. Is it used?', '2.If yes, how', 'a) of the system', 'Q1. As my PCC, tell me', '3) This is an opinion based question.']);
  });

  it('joins an enumerator alone on its line to the answer that follows', () => {
    assert.deepEqual(sentencesOf('1)\n\nBody worn video cameras – I can confirm this is used.'), ['1)\n\nBody worn video cameras – I can confirm this is used.']);
  });

  it('ends a heading line, a list of sections and a line ending in a colon at the line end', () => {
    const text = 'by virtue of the following exemptions:\nSection 24(2) - National Security \nSection 31(3) - Law Enforcement \n\nSections 24 and 31 are qualified.';
    assert.deepEqual(sentencesOf(text), [
      'by virtue of the following exemptions:',
      'Section 24(2) - National Security',
      'Section 31(3) - Law Enforcement',
      'Sections 24 and 31 are qualified.',
    ]);
  });

  it('reads Markdown headings and bold lines as sentences of their own, without the hashes', () => {
    const text = '### **Public Interest Test**\n**Factors in favour of compliance**\nThe public are entitled to know.';
    assert.deepEqual(sentencesOf(text), ['**Public Interest Test**', '**Factors in favour of compliance**', 'The public are entitled to know.']);
  });

  it('ends whatever a bare web address on its own line belongs to', () => {
    assert.deepEqual(sentencesOf('This can be located here:\nhttps://example.org/a/\nAdditionally, see the minutes.'), [
      'This can be located here:\nhttps://example.org/a/',
      'Additionally, see the minutes.',
    ]);
  });

  it('ends a sentence before a web address that starts the next line', () => {
    assert.deepEqual(sentencesOf('Only held information can be requested.\n\nhttps://ico.org.uk/guide.pdf'), [
      'Only held information can be requested.',
      'https://ico.org.uk/guide.pdf',
    ]);
  });

  it('reads curly quotation marks and apostrophes as ASCII ones: an opening mark starts a sentence, an apostrophe is inside a word', () => {
    const text = 'Drones\n“Do you use drones?” asked the requester.\nThe PCC’s office\nholds nothing.';
    assert.deepEqual(sentencesOf(text), ['Drones', '“Do you use drones?” asked the requester.', 'The PCC’s office\nholds nothing.']);
  });

  it('handles CRLF and lone CR line endings', () => {
    assert.deepEqual(sentencesOf('Heading\r\n\r\nFirst sentence.\rSecond one.'), ['Heading', 'First sentence.', 'Second one.']);
  });

  it('returns nothing for empty or blank text, and spans that cover no surrounding space', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\n \t'), []);
    for (const span of splitSentences('  One.   Two.  ')) assert.notEqual('  One.   Two.  '[span.start], ' ');
  });

  it('gives spans in order that never overlap', () => {
    const text = seed('norfolk-suffolk-007663-17.txt');
    const spans = splitSentences(text);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start);
  });

  it('splits the Hertfordshire letter\'s NCND sentence from the exemptions listed after it', () => {
    const sentences = sentencesOf(seed('hertfordshire-2017-01696.txt'));
    const ncnd = sentences.findIndex((s) => s.startsWith('Hertfordshire Constabulary neither confirms nor denies'));
    assert.ok(ncnd >= 0);
    assert.ok(sentences[ncnd].endsWith('by virtue of the following exemptions:'));
    assert.deepEqual(sentences.slice(ncnd + 1, ncnd + 3), ['Section 24(2) National Security', 'Section 31(3) Law Enforcement.']);
  });

  it('keeps the Cambridgeshire referral to the Constabulary in one sentence across blank lines', () => {
    const sentences = sentencesOf(seed('cambridgeshire-opcc-19-026-037.txt'));
    assert.ok(sentences.includes('Therefore, you may wish to resubmit your request to the \n\n\n\nConstabulary by email to foi@cambs.pnn.police.uk.'));
    assert.ok(sentences.includes('OPCC response:'));
  });

  it('keeps the West Midlands answers one per sentence', () => {
    const sentences = sentencesOf(seed('west-midlands-pcc-2019-01031.txt'));
    assert.ok(sentences.includes('Mobile phone extraction - I can confirm this is used by the Force.'));
    assert.ok(sentences.includes('Predictive policing - I can confirm this is used by the Force.'));
    assert.ok(sentences.includes('3) This is an opinion based question.'));
  });

  it('keeps an inline list wrapped before one of its labels in one sentence', () => {
    const wrapped = 'You asked whether the force uses (1) body-worn video, (2) facial recognition,\n(3) drones and (4) ANPR.';
    assert.deepEqual(sentencesOf(wrapped), [wrapped]);
    // Near misses: items on lines of their own, and a label after a finished sentence, each open a sentence.
    assert.deepEqual(sentencesOf('(1) body-worn video,\n(2) drones.'), ['(1) body-worn video,', '(2) drones.']);
    assert.deepEqual(sentencesOf('You asked about (1) drones.\n(1) Yes.'), ['You asked about (1) drones.', '(1) Yes.']);
  });

  describe('page furniture', () => {
    const furniture = [
      '\nOFFICIAL\nPage 1 of 3\nOFFICIAL\n',
      '\n\nOFFICIAL-SENSITIVE\n\nPage 2\n\n',
      '\n  NOT PROTECTIVELY MARKED  \n\n  4  \n',
      '\r\n\r\nUNCLASSIFIED\r\n\r\nPage 2 of 12\r\n\r\n',
    ];
    for (const lines of furniture) {
      it(`joins an unfinished sentence across ${JSON.stringify(lines)}`, () => {
        const text = `The force can neither confirm nor${lines}deny that it holds information.\n\nThank you.`;
        assert.deepEqual(sentencesOf(text), [text.slice(0, text.indexOf('.') + 1), 'Thank you.']);
      });
    }

    it('joins when the line after the furniture carries on in lower case', () => {
      const text = 'The force holds the information you asked\n\nOFFICIAL\n\nPage 1 of 3\n\nabout in your request.';
      assert.deepEqual(sentencesOf(text), [text]);
    });

    it('leaves furniture after a finished sentence, or before a new one, as it was', () => {
      assert.deepEqual(sentencesOf('We hold it.\n\nOFFICIAL\n\nPage 1 of 3\n\nDeny is a word.'), ['We hold it.', 'OFFICIAL', 'Page 1 of 3', 'Deny is a word.']);
      assert.deepEqual(sentencesOf('Request\n\nPage 2\n\nWe hold it.'), ['Request', 'Page 2', 'We hold it.']);
    });

    it('does not take a longer line, or a word beside the marking, for furniture', () => {
      const text = 'The force can neither confirm nor\n\nOFFICIAL RECORDS\n\ndeny it.';
      assert.deepEqual(sentencesOf(text), [text]);
      assert.deepEqual(sentencesOf('Our reply to\n\nPage 1 of the report\n\nAnnex A.'), ['Our reply to\n\nPage 1 of the report', 'Annex A.']);
    });
  });

  it('is linear: 100 KB of blank lines, bullets or full stops finish quickly', () => {
    for (const text of ['\n'.repeat(100_000), '• x\n'.repeat(25_000), '. '.repeat(50_000), 'the \n\n'.repeat(20_000), 'a'.repeat(100_000), '\r'.repeat(100_000), 'Q1. '.repeat(25_000), '“x\n'.repeat(33_000), `You asked${' (1) x'.repeat(16_000)}\n(2) y`]) {
      const took = fasterOfTwo(() => splitSentences(text));
      assert.ok(took < 500, `took ${took} ms`);
    }
  });
});

describe('sentenceAt', () => {
  const text = 'One. Two words. Three.';
  const sentences = splitSentences(text);

  it('find the sentence containing an offset', () => {
    assert.deepEqual(sentenceAt(sentences, text.indexOf('words')), sentences[1]);
    assert.deepEqual(sentenceAt(sentences, text.indexOf('Three')), sentences[2]);
    assert.deepEqual(sentenceAt(sentences, 0), sentences[0]);
  });

  it('find nothing between sentences or outside the text', () => {
    assert.equal(sentenceAt(sentences, text.indexOf(' Two')), undefined);
    assert.equal(sentenceAt(sentences, text.length + 5), undefined);
    assert.equal(sentenceAt([], 0), undefined);
  });
});

describe('looksLikeHeading', () => {
  it('reads capitalised lines without end punctuation, and Markdown headings, as headings', () => {
    assert.ok(looksLikeHeading('Factors Favouring Neither Confirming Nor Denying'));
    assert.ok(looksLikeHeading('Neither Confirm Nor Deny'));
    assert.ok(looksLikeHeading('### Balance test'));
  });

  it('reads sentences as statements', () => {
    assert.ok(!looksLikeHeading('Hacking – I can neither confirm nor deny that this is used.'));
    assert.ok(!looksLikeHeading('IMSI catchers – neither confirm nor deny'));
  });
});
