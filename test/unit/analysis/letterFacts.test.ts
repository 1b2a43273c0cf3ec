import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLetterFacts } from '../../../src/core/analysis/letterFacts';
import { splitSentences } from '../../../src/core/analysis/sentences';

function facts(text: string) {
  return findLetterFacts(text, splitSentences(text));
}

function seed(name: string): string {
  return readFileSync(join(__dirname, '..', '..', 'fixtures', 'seeds', name), 'utf8');
}

describe('letter facts', () => {
  describe('reference', () => {
    const cases: [string, string][] = [
      ['Our Ref:  FOI/OPCC/19-026-037, 19-040-043  \n', 'FOI/OPCC/19-026-037, 19-040-043'],
      ['REQUEST UNDER THE ACT Ref No: FOI2017/01696\n', 'FOI2017/01696'],
      ['Freedom of Information Request Reference No: FOI 007663-17 \n', 'FOI 007663-17'],
      [' FOI request and response 2019-01031\nTools and tactics', '2019-01031'],
      ['FOI 13062019-1- Police Surveillance Tools\n', 'FOI 13062019-1'],
      ['Request Number: 000123/19\n', '000123/19'],
      ['FOI Ref: 2020/123.\n', '2020/123'],
      ['Our reference\n  HC/2021/0042\n', 'HC/2021/0042'],
      ['Reference number FOI/0789/19\n', 'FOI/0789/19'],
      ['Ref No 2019-555\n', '2019-555'],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text.trim().slice(0, 40)}" as ${expected}`, () => {
        const found = facts(text);
        assert.equal(found.reference, expected);
        assert.equal(text.slice(found.referenceSpan!.start, found.referenceSpan!.end), expected);
      });
    }

    it('prefers "Our ref" to the requester\'s "Your ref", wherever they stand', () => {
      assert.equal(facts('Your Ref: ABC123\nOur Ref: FOI-2020-77\n').reference, 'FOI-2020-77');
      assert.equal(facts('Your ref: ABC123\nDear Sir\n').reference, null);
    });

    it('needs a digit: a label followed by words is no reference', () => {
      assert.equal(facts('Reference: see above\nRef No: none').reference, null);
    });

    it('needs a separator after a request or case number, which letters also use for the questions asked', () => {
      assert.equal(facts('This is our answer to request number 2 of your letter.').reference, null);
    });
  });

  describe('dates', () => {
    it('takes a date alone on a line near the top as the letter date', () => {
      assert.equal(facts('\n4th July 2019  \n\nDear requester').date, '2019-07-04');
    });

    it('takes a "Date:" line as the letter date', () => {
      assert.equal(facts('Some Force\nDate: 03/02/2021\nDear Sir').date, '2021-02-03');
    });

    it('takes a bilingual "Dyddiad / Date:" line as the letter date, but not a date after other words and a slash', () => {
      assert.equal(facts('Heddlu Gogledd Cymru / North Wales Police\nDyddiad / Date: 21/07/2023\nDear Sir').date, '2023-07-21');
      assert.equal(facts('Some Force\nDyddiad: 21/07/2023\nDear Sir').date, '2023-07-21');
      assert.equal(facts('Some Force\nReceived / Logged: 21/07/2023\nDear Sir').date, null);
    });

    it('does not take a date inside a sentence as the letter date', () => {
      assert.equal(facts('The response is correct as of 13 December 2017 and no later.').date, null);
    });

    it('reads the receipt date from "received on", "dated", "received by ... on the" and "Date received:"', () => {
      const cases: [string, string][] = [
        ['1 March 2020\n\nyour request for information received on 13 February 2020.', '2020-02-13'],
        ['I write in response to your request for information dated 13th June 2019 to us.', '2019-06-13'],
        ['your request received by Norfolk and Suffolk\nConstabularies on the 13 December 2017 in which', '2017-12-13'],
        ['Date received: 02/03/2021\nDate: 30/03/2021\n', '2021-03-02'],
        ['Thank you for your email of 5 May 2021 about drones.', '2021-05-05'],
      ];
      for (const [text, iso] of cases) assert.equal(facts(text).received, iso, text);
    });

    it('gives a receipt date without a year the year that puts it before the letter', () => {
      const found = facts('15th January 2018\n\nI write in connection with your request for information received on 13th December. Thanks.');
      assert.equal(found.received, '2017-12-13');
      assert.equal(found.workingDays, 20);
      assert.equal(found.late, false);
    });

    it('flags a letter sent after more than 20 working days as late', () => {
      const found = facts('4th July 2019\n\nYour request for information dated 1st June 2019 asked about drones.');
      assert.equal(found.received, '2019-06-01');
      assert.equal(found.workingDays, 24);
      assert.equal(found.late, true);
    });

    it('takes the day a request dated earlier was received, when the letter gives both', () => {
      const text = '14/10/2019\n\nThank you for your request for information dated 16/09/2019, which we received on 17/09/2019.';
      assert.deepEqual([facts(text).received, facts(text).workingDays], ['2019-09-17', 19]);
      assert.equal(facts('14/10/2019\n\nYour request dated 16/09/2019 asked about drones.').received, '2019-09-16');
    });

    it('does not take a day something else was received, further on, over the day the request was dated', () => {
      const text =
        '14/10/2019\n\nThank you for your request dated 16/09/2019. ' + 'The force has answered many such questions. '.repeat(6) + 'The drone unit received new equipment on 1 October 2019.';
      assert.equal(facts(text).received, '2019-09-16');
    });

    it('does not take an unrelated date as the receipt date', () => {
      assert.equal(facts('A paper was presented in April 2018 and on 24 April 2018 it was published.').received, null);
    });

    it('takes a date as the receipt date only when the receipt words end just before it', () => {
      assert.equal(facts('5 April 2019\n\nWe received your request on Monday and replied 5 March 2019.').received, null);
      assert.equal(facts('5 April 2019\n\nYour request by e-mail of 20 March 2019 was answered on 2 April 2019.').received, '2019-03-20');
    });
  });

  describe('authority', () => {
    const cases: [string, string | null][] = [
      ['Yours sincerely\n\nOffice of the Police and Crime Commissioner for Cambridgeshire and Peterborough\n', 'Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough'],
      ['Norfolk and Suffolk Constabularies have considered your request for information.', 'Norfolk and Suffolk Constabularies'],
      ['Hertfordshire Constabulary is not currently using facial recognition technology.', 'Hertfordshire Constabulary'],
      ['the information requested is not held by the Office of the Northamptonshire Police, Fire and Crime Commissioner.', 'Office of the Northamptonshire Police, Fire and Crime Commissioner'],
      ['Thames Valley Police can confirm that it uses ANPR.', 'Thames Valley Police'],
      ['Kind regards\nJane Smith\nInformation Manager\nDevon and Cornwall Police\n', 'Devon and Cornwall Police'],
      ['Yours faithfully\n\nDisclosure Officer\nPolice Service of Northern Ireland\n', 'Police Service of Northern Ireland'],
      ['Yours faithfully\n\nFor and on behalf of\nThe Chief Constable of Kent Police\n', 'Kent Police'],
    ];
    for (const [text, expected] of cases) {
      it(`names ${expected} from "${text.trim().slice(0, 50)}..."`, () => {
        const found = facts(text);
        assert.equal(found.authority, expected);
        const span = found.authoritySpan!;
        assert.equal(text.slice(span.start, span.end).replace(/\s+/g, ' '), expected);
      });
    }

    it('names a body whose name wraps onto further lines or is abbreviated', () => {
      assert.equal(
        facts('Yours sincerely\n\nOffice of the\nPolice, Fire and Crime Commissioner for\nNorth Yorkshire\n').authority,
        'Office of the Police, Fire and Crime Commissioner for North Yorkshire',
      );
      const abbreviated = 'Cambridgeshire and Peterborough OPCC does not hold this information.';
      assert.equal(facts(abbreviated).authority, 'Cambridgeshire and Peterborough OPCC');
    });

    it('prefers the body signed under the valediction to one named in the body of the letter', () => {
      const body = 'Essex Police has considered your request. Essex Police has searched.\n'.padEnd(700, '.');
      assert.equal(facts(`${body}\nYours faithfully\n\nJane Smith\nKent Police\n`).authority, 'Kent Police');
      const farFromValediction = `${body}\nYours faithfully\n${'\n'.repeat(300)}Kent Police\n`;
      assert.equal(facts(farFromValediction).authority, 'Essex Police');
    });

    it('reads each body signed alone on its line against the valediction just before it', () => {
      const body = 'Essex Police has considered your request.'.padEnd(700, '.');
      const farFromValediction = `${'\n'.repeat(300)}Surrey Police\n\nSurrey Police\n`;
      const signed = `\nKind regards\nSussex Police\n${'\n'.repeat(200)}Sussex Police\n`;
      const text = `${body}\nRegards\nKent Police\n${farFromValediction}${signed}`;
      assert.equal(facts(text).authority, 'Sussex Police');
    });

    it('names the force of a question quoted from the request without the question\'s first word', () => {
      assert.equal(facts('"Does Durham Constabulary use the following?"\n\nDurham Constabulary does not use drones.').authority, 'Durham Constabulary');
      assert.equal(facts('1. Do Kent Police use ANPR?\nKent Police can confirm that it does.').authority, 'Kent Police');
    });

    it('names a Commissioner whose title opens the line, and a Commissioner\'s Office named by its place', () => {
      const cheshire = 'Police and Crime Commissioner for Cheshire\nClemonds Hey, Winsford\n\nDear Mr Hughes,';
      assert.equal(facts(cheshire).authority, 'Police and Crime Commissioner for Cheshire');
      const staffordshire = 'Staffordshire Commissioner\'s Office\nBlock 9, Weston Road, Stafford\n\nDear Ms Hollins';
      assert.equal(facts(staffordshire).authority, 'Staffordshire Commissioner\'s Office');
    });

    it('prefers the Commissioner signed under the valediction to the force the letter talks about', () => {
      const body = [
        'Kent Police is a separate public authority. These questions are answered by Kent Police, not this Office.',
        'Nothing here indicates what Kent Police does or does not use.',
      ].join('\n');
      const text = `${body}\n\nYours faithfully\n\nHead of Governance\nOffice of the Kent Police and Crime Commissioner\n`;
      assert.equal(facts(text).authority, 'Office of the Kent Police and Crime Commissioner');
    });

    it('names the bodies overseeing a force that have no Commissioner, before the force they talk about', () => {
      const spa = 'Scottish Police Authority\n1 Pacific Quay, Glasgow\n\nPolice Scotland uses cyber kiosks. Police Scotland has 41.';
      assert.equal(facts(spa).authority, 'Scottish Police Authority');
      const board = 'Northern Ireland Policing Board\nJames House, Belfast\n\nThe PSNI is a separate authority.';
      assert.equal(facts(board).authority, 'Northern Ireland Policing Board');
      const gmca = 'Greater Manchester Combined Authority\nTootal Buildings\n\nGreater Manchester Police has deployed drones.';
      assert.equal(facts(gmca).authority, 'Greater Manchester Combined Authority');
    });

    it('reads a letterhead name followed by its initials as alone on its line', () => {
      const mopac = "MAYOR OF LONDON\nMayor's Office for Policing and Crime (MOPAC)\n\nThe Metropolitan Police Service uses drones.";
      assert.equal(facts(mopac).authority, "Mayor's Office for Policing and Crime");
      const prose = "The Mayor's Office for Policing and Crime (MOPAC) oversees it.\nThe Metropolitan Police Service uses drones.";
      assert.equal(facts(prose).authority, 'Metropolitan Police Service');
    });

    it('names a body from a letterhead in capitals, on one line or several, in its usual capitals', () => {
      const psni = 'POLICE SERVICE OF NORTHERN IRELAND\nCorporate Information Branch\n\nDear Sir';
      assert.equal(facts(psni).authority, 'Police Service of Northern Ireland');
      assert.equal(facts(psni).authoritySpan!.start, 0);
      const wrapped = '      OFFICE OF THE\n  POLICE AND CRIME COMMISSIONER\n      FOR LEICESTERSHIRE\n   LEICESTER AND RUTLAND\n\nDear Sir';
      assert.equal(facts(wrapped).authority, 'Office of the Police and Crime Commissioner for Leicestershire');
      assert.equal(facts('HAMPSHIRE AND ISLE OF WIGHT CONSTABULARY\n\nDear Sir').authority, 'Hampshire and Isle of Wight Constabulary');
      // Not a heading that only opens with a name, nor one far below the top.
      assert.equal(facts('SUFFOLK CONSTABULARY - FREEDOM OF INFORMATION\n\nDear Sir').authority, null);
      assert.equal(facts(`${'Dear Sir, thank you.\n'.repeat(40)}KENT POLICE\n`).authority, null);
    });

    it('names a Welsh force by its English name after the Welsh one', () => {
      assert.equal(facts('Heddlu Dyfed-Powys Police\nPO Box 99, Llangunnor\n\nDear Sir').authority, 'Dyfed-Powys Police');
      assert.equal(facts('HEDDLU GOGLEDD CYMRU NORTH WALES POLICE\n\nDear Sir').authority, 'North Wales Police');
    });

    it('does not take the body a letter refers the requester to', () => {
      assert.equal(facts('We do not hold this. You may wish to contact West Midlands Police who may be able to assist you.').authority, null);
    });

    it('does not take a headquarters building for the authority', () => {
      assert.equal(facts('Information Rights\nBedfordshire Police Headquarters,\nWoburn Road').authority, null);
    });

    it('returns null rather than guessing when no body is named as answering', () => {
      assert.equal(facts('Dear requester, thank you for your email. Regards').authority, null);
    });
  });

  describe('the seed letters', () => {
    it('reads the Cambridgeshire letter', () => {
      const found = facts(seed('cambridgeshire-opcc-19-026-037.txt'));
      assert.equal(found.reference, 'FOI/OPCC/19-026-037, 19-040-043');
      assert.equal(found.date, '2019-07-04');
      assert.equal(found.received, '2019-06-13');
      assert.equal(found.workingDays, 15);
      assert.equal(found.authority, 'Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough');
    });

    it('reads the Hertfordshire letter, inferring the year of receipt', () => {
      const found = facts(seed('hertfordshire-2017-01696.txt'));
      assert.equal(found.reference, 'FOI2017/01696');
      assert.equal(found.date, '2018-01-15');
      assert.equal(found.received, '2017-12-13');
      assert.equal(found.workingDays, 20);
      assert.equal(found.authority, 'Hertfordshire Constabulary');
    });

    it('reads the Norfolk and Suffolk letter, which carries no letter date', () => {
      const found = facts(seed('norfolk-suffolk-007663-17.txt'));
      assert.equal(found.reference, 'FOI 007663-17');
      assert.equal(found.date, null);
      assert.equal(found.received, '2017-12-13');
      assert.equal(found.workingDays, null);
      assert.equal(found.authority, 'Norfolk and Suffolk Constabularies');
    });

    it('reads the Northamptonshire and West Midlands headings as references', () => {
      assert.equal(facts(seed('northamptonshire-opfcc-13062019.txt')).reference, 'FOI 13062019-1');
      assert.equal(facts(seed('northamptonshire-opfcc-13062019.txt')).authority, 'Office of the Northamptonshire Police, Fire and Crime Commissioner');
      assert.equal(facts(seed('west-midlands-pcc-2019-01031.txt')).reference, '2019-01031');
    });
  });

  it('works without sentences and on empty text', () => {
    assert.equal(findLetterFacts('Our Ref: AB/1\n').reference, 'AB/1');
    const empty = findLetterFacts('');
    assert.deepEqual([empty.authority, empty.reference, empty.date, empty.received, empty.workingDays, empty.late], [null, null, null, null, null, false]);
  });
});
