import * as assert from 'node:assert/strict';
import { findAct } from '../../src/core/act/letterAct';
import { analyze } from '../../src/core/analyze';

describe('the Act a letter answers under', () => {
  it('is the Scottish Act when the letter names it in full, however it is spaced or capitalised', () => {
    assert.equal(findAct('Your request under the Freedom of Information (Scotland) Act 2002 has been considered.'), 'foisa');
    assert.equal(findAct('FREEDOM OF INFORMATION (SCOTLAND) ACT 2002'), 'foisa');
    assert.equal(findAct('the Freedom of Information\n(Scotland) Act 2002'), 'foisa');
    assert.equal(findAct('the Freedom of Information ( Scotland ) Act'), 'foisa');
  });

  it('is the Scottish Act when the letter names it by its acronyms FOISA or FOI(S)A', () => {
    assert.equal(findAct('The information is exempt under section 25 of FOISA.'), 'foisa');
    assert.equal(findAct('Request under FOI(S)A: reference 123'), 'foisa');
    assert.equal(findAct('under the FOI (S)A'), 'foisa');
  });

  it('is the Act of 2000 when the letter names no Act, or only the Act of 2000', () => {
    assert.equal(findAct(''), 'foia');
    assert.equal(findAct('Thank you for your request. The information is not held.'), 'foia');
    assert.equal(findAct('Your request under the Freedom of Information Act 2000 has been considered.'), 'foia');
    assert.equal(findAct('Section 24(2) of the FOIA applies.'), 'foia');
  });

  it('stays the Act of 2000 for a letter that merely mentions Scotland or Police Scotland', () => {
    const english = [
      'Freedom of Information Act 2000. Some of this information may be held by Police Scotland; you may wish to contact them.',
      'We share a national database with forces in England, Wales and Scotland.',
      'The Scottish Information Commissioner does not deal with complaints about us.',
      'See Police Scotland\'s Freedom of Information pages for their own disclosures.',
    ];
    for (const text of english) assert.equal(findAct(text), 'foia', text);
  });

  it('goes by the Act the letter names first when it names both', () => {
    const uk = 'This request is handled under the Freedom of Information Act 2000; the Freedom of Information (Scotland) Act 2002 does not apply to us.';
    assert.equal(findAct(uk), 'foia');
    const scottish = 'In terms of the Freedom of Information (Scotland) Act 2002 ... unlike the Freedom of Information Act 2000 in England.';
    assert.equal(findAct(scottish), 'foisa');
  });

  it('is given in every analysis as `act`', () => {
    assert.equal(analyze('Under FOISA, section 17 applies.').act, 'foisa');
    assert.equal(analyze('Section 17 applies.').act, 'foia');
  });
});
