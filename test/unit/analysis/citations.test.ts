import * as assert from 'node:assert/strict';
import { findCitations, MAX_CITATIONS } from '../../../src/core/analysis/citations';
import type { Citation } from '../../../src/core/model';
import { fasterOfTwo, seed } from '../support/fixtures';

const ids = (text: string): string[] => findCitations(text).map((c) => c.section);
const only = (text: string): Citation => {
  const citations = findCitations(text);
  assert.equal(citations.length, 1, `expected one citation in ${JSON.stringify(text)}, got ${citations.map((c) => c.section).join(', ')}`);
  return citations[0];
};

describe('findCitations', () => {
  describe('lists with bracketed titles', () => {
    it('reads every section of a list whose sections carry their titles in brackets', () => {
      assert.deepEqual(ids('by virtue of sections 24(2) (National Security) and 31(3) (Law Enforcement)'), ['s24(2)', 's31(3)']);
      assert.deepEqual(ids('Sections 24(2) (National Security), 31(3) (Law Enforcement) and 23(5)'), ['s24(2)', 's31(3)', 's23(5)']);
      assert.deepEqual(ids('sections 12 (Cost of compliance) & 14 (Vexatious requests)'), ['s12', 's14']);
    });

    it('keeps each listed citation\'s span to its number, leaving the title out', () => {
      const text = 'sections 24(2) (National Security) and 31(3) (Law Enforcement)';
      assert.deepEqual(findCitations(text).map((c) => c.text), ['sections 24(2)', '31(3)']);
    });

    it('does not read on past a title into a quantity or a number that is no section', () => {
      assert.deepEqual(ids('Section 40 (Personal Information) and 12 months later'), ['s40']);
      assert.deepEqual(ids('section 24 (National Security) and 30 days'), ['s24']);
      assert.deepEqual(ids('section 24(2) (see 2019) and 31'), ['s24(2)']);
    });
  });

  describe('single citations', () => {
    it('reads "Section 24(2) National Security" as the NCND provision of s24, with its exact span', () => {
      const text = 'by virtue of Section 24(2) National Security';
      const citation = only(text);
      assert.equal(citation.section, 's24(2)');
      assert.equal(citation.base, 's24');
      assert.equal(citation.kind, 'ncnd-provision');
      assert.equal(citation.title, 'National security');
      assert.equal(citation.known, true);
      assert.equal(citation.text, 'Section 24(2)');
      assert.deepEqual(citation.span, { start: text.indexOf('Section'), end: text.indexOf(' National') });
    });

    it('reads paragraphs written side by side, "31(1)(a)(b)", as alternatives, but a roman numeral as inside its paragraph', () => {
      assert.deepEqual(ids('Section 31(1)(a)(b) Law Enforcement'), ['s31(1)(a)', 's31(1)(b)']);
      assert.deepEqual(ids('section 31(1)(a)(b)(c)'), ['s31(1)(a)', 's31(1)(b)', 's31(1)(c)']);
      assert.deepEqual(ids('Section 40(5B)(a)(i) applies'), ['s40(5B)(a)(i)']);
    });

    it('reads sections after the no-break, narrow no-break and thin spaces of word processors and PDFs', () => {
      assert.deepEqual(ids('by virtue of Section\u00a024(2), Section\u202f31(3) and s.\u200943'), ['s24(2)', 's31(3)', 's43']);
      assert.deepEqual(ids('Sections\u202f30 and\u202f31'), ['s30', 's31']);
      assert.deepEqual(ids('the force\u2009s\u202f24 hour line'), []);
    });

    it('reads "Section 31(3) - Law Enforcement", "S.31(3)" and "s.23(5)" as NCND provisions', () => {
      assert.equal(only('Section 31(3) - Law Enforcement').section, 's31(3)');
      assert.equal(only('relying on S.31(3) here').kind, 'ncnd-provision');
      const security = only('Section 23(5) - Information relating to Security Bodies');
      assert.equal(security.section, 's23(5)');
      assert.equal(security.kind, 'ncnd-provision');
      assert.equal(only('under s.23(5)').text, 's.23(5)');
    });

    it('reads "s8 of the Act" and "section 8 of the FOI Act 2000" as section 8, procedural', () => {
      for (const text of ['not valid under s8 of the Act', 'not valid under section 8 of the FOI Act 2000', 'section 8 of the Freedom of Information Act']) {
        const citation = only(text);
        assert.equal(citation.section, 's8');
        assert.equal(citation.kind, 'procedural');
        assert.equal(citation.title, 'Request for information');
      }
    });

    it('reads "Section 1 (1)(a)" with a space and "Section 1(1)(a) of the Freedom of Information Act 2000"', () => {
      assert.equal(only('compliance with Section 1 (1)(a)').section, 's1(1)(a)');
      assert.equal(only('Factors in favour of compliance with Section 1 (1)(a)').text, 'Section 1 (1)(a)');
      assert.equal(only('the duty in Section 1(1)(a) of the Freedom of Information Act 2000 does not apply').section, 's1(1)(a)');
    });

    it('reads section 12(1) as a refusal ground, "Sec 31" and "exemption at section 43(2)" as exemptions', () => {
      const cost = only('refused under section 12(1)');
      assert.equal(cost.section, 's12(1)');
      assert.equal(cost.kind, 'refusal-ground');
      assert.equal(only('Sec 31 applies').section, 's31');
      assert.equal(only('Sec. 31 applies').section, 's31');
      const commercial = only('the exemption at section 43(2) is engaged');
      assert.equal(commercial.section, 's43(2)');
      assert.equal(commercial.kind, 'exemption');
      assert.equal(commercial.title, 'Commercial interests');
    });

    it('reads "SECTION 40" and "s40(5B)(a)(i)" whatever the case, and the inserted section 22A', () => {
      assert.equal(only('SECTION 40 PERSONAL INFORMATION').section, 's40');
      assert.equal(only('under s40(5B)(a)(i)').kind, 'ncnd-provision');
      const research = only('section 22A applies');
      assert.equal(research.section, 's22A');
      assert.equal(research.title, 'Research');
    });

    it('reads a citation wrapped onto the next line', () => {
      assert.equal(only('exempt under Section\n31(3) as explained').section, 's31(3)');
    });

    it('finds citations in Markdown headings and bullet lists of sections', () => {
      assert.deepEqual(ids('## **Section 24**\n\n• Section 24(2) National Security\n• Section 31(3) Law Enforcement'), ['s24', 's24(2)', 's31(3)']);
    });
  });

  describe('several citations in one phrase', () => {
    it('reads "section 31(1)(a)&(b)" as two citations, s31(1)(a) and s31(1)(b)', () => {
      const text = 'under section 31(1)(a)&(b) of the Act';
      const [first, second] = findCitations(text);
      assert.equal(first.section, 's31(1)(a)');
      assert.equal(first.text, 'section 31(1)(a)');
      assert.equal(second.section, 's31(1)(b)');
      assert.equal(second.text, '(b)');
      assert.equal(findCitations(text).length, 2);
    });

    it('reads "Section 40(2)&(3)" and "section 40(2) and (3)" as s40(2) and s40(3)', () => {
      assert.deepEqual(ids('Section 40(2)&(3) applies'), ['s40(2)', 's40(3)']);
      assert.deepEqual(ids('section 40(2) and (3) applies'), ['s40(2)', 's40(3)']);
      assert.deepEqual(ids('section 31(1)(a), (b) and (g)'), ['s31(1)(a)', 's31(1)(b)', 's31(1)(g)']);
    });

    it('reads "Sections 24 and 31" and "Sections 24, and 31" as two citations', () => {
      const citations = findCitations('Sections 24, and 31 are prejudice based');
      assert.deepEqual(citations.map((c) => [c.section, c.text]), [['s24', 'Sections 24'], ['s31', '31']]);
      assert.deepEqual(ids('Sections 24 and 31 are qualified'), ['s24', 's31']);
      assert.deepEqual(ids('Section 24 and Section 31 are prejudice based'), ['s24', 's31']);
    });

    it('reads "sections 30, 31 and 40(2)" as three citations', () => {
      assert.deepEqual(ids('exempt under sections 30, 31 and 40(2) of the Act'), ['s30', 's31', 's40(2)']);
    });

    it('finds every citation of the Hertfordshire letter, in order', () => {
      assert.deepEqual(ids(seed('hertfordshire-2017-01696.txt')), [
        's1(1)(a)', 's24(2)', 's31(3)', 's24', 's31', 's24', 's31', 's24', 's31', 's24', 's1(1)(a)', 's24', 's1(1)(a)', 's31',
        's1(1)(a)', 's31', 's1(1)(a)',
      ]);
    });

    it('finds the citations of the Norfolk and West Midlands letters', () => {
      assert.deepEqual(ids(seed('norfolk-suffolk-007663-17.txt')), ['s24(2)', 's31(3)', 's24', 's31', 's24', 's24', 's31', 's31']);
      assert.deepEqual(ids(seed('west-midlands-pcc-2019-01031.txt')), ['s24(2)', 's31(3)', 's24(2)', 's31(3)', 's24(2)', 's31(3)', 's8']);
      assert.deepEqual(ids(seed('cambridgeshire-opcc-19-026-037.txt')), ['s8']);
      assert.deepEqual(ids(seed('northamptonshire-opfcc-13062019.txt')), []);
    });
  });

  describe('sections the Act does not have', () => {
    it('keeps "Section 99" as an exemption citation with known false and no title', () => {
      const citation = only('withheld under Section 99 of the Act');
      assert.equal(citation.section, 's99');
      assert.equal(citation.known, false);
      assert.equal(citation.kind, 'exemption');
      assert.equal(citation.title, undefined);
    });

    it('keeps real sections outside Part II known, as procedural', () => {
      const complaint = only('apply under section 50 to the Commissioner');
      assert.equal(complaint.known, true);
      assert.equal(complaint.kind, 'procedural');
      assert.equal(complaint.title, 'Application for decision by Commissioner');
    });
  });

  describe('near misses', () => {
    it('leaves out sections of other Acts', () => {
      assert.deepEqual(ids('a subject access request under section 8 of the Data Protection Act 2018'), []);
      assert.deepEqual(ids('authorised under Section 29 of the Regulation of Investigatory Powers Act'), []);
      assert.deepEqual(ids('as set out in section 1 of the Police Act'), []);
      assert.deepEqual(ids('sections 1 and 2 of the Computer Misuse Act 1990'), []);
      assert.deepEqual(ids('under section 29 of RIPA'), []);
      assert.deepEqual(ids('the Data Protection Act 2018, section 45'), []);
      assert.deepEqual(ids('section 35(1)(a) of the Freedom of Information (Scotland) Act 2002'), []);
    });

    it('leaves out sections of letters, websites and guidance', () => {
      assert.deepEqual(ids('please see this section of our website'), []);
      assert.deepEqual(ids('as explained in section 3 of this letter'), []);
      assert.deepEqual(ids('see section 4.2 of the guidance'), []);
    });

    it('leaves out page and paragraph numbers, postcodes, references and times', () => {
      assert.deepEqual(ids('see page 24, paragraph 31'), []);
      assert.deepEqual(ids('Carbrook House, Sheffield S9 4EQ'), []);
      assert.deepEqual(ids('Our ref: FOI/S12/2019 and 2017-S31'), []);
      assert.deepEqual(ids('subsection 2 applies; the force s 24 hour line; its 24 officers'), []);
    });

    it('stops a list of sections where a quantity begins', () => {
      assert.deepEqual(ids('under section 10, 20 working days'), ['s10']);
    });

    it('keeps FOI Act citations next to another Act', () => {
      assert.deepEqual(ids('section 40(2) of the FOI Act and section 45 of the Data Protection Act 2018'), ['s40(2)']);
    });
  });

  it('is linear: 200 KB of "Section Section 24(" finishes quickly', () => {
    const text = 'Section Section 24('.repeat(200_000 / 19);
    const took = fasterOfTwo(() => findCitations(text));
    assert.ok(took < 500, `took ${took} ms`);
  });

  it(`reads at most ${MAX_CITATIONS} citations, the first ones, and stops searching there`, () => {
    const listed = (count: number): string => Array.from({ length: count }, (_, i) => `s${(i % 20) + 21} and s${(i % 20) + 22}`).join(', ');
    const atLimit = findCitations(listed(MAX_CITATIONS / 2));
    assert.equal(atLimit.length, MAX_CITATIONS);
    const over = findCitations(`${listed(MAX_CITATIONS / 2)}, s40`);
    assert.equal(over.length, MAX_CITATIONS);
    assert.deepEqual(over.map((c) => c.section), atLimit.map((c) => c.section));
    assert.equal(findCitations('s24 s31 '.repeat(12_800)).length, MAX_CITATIONS);
  });

  it('is linear on long runs of keywords without numbers', () => {
    for (const text of ['s'.repeat(100_000), 'sections '.repeat(12_000), 'Section 1(1)(1)(1)'.repeat(6_000)]) {
      const took = fasterOfTwo(() => findCitations(text));
      assert.ok(took < 500, `took ${took} ms`);
    }
  });
});
