import * as assert from 'node:assert/strict';
import { ACT_SECTIONS, lookupSection, sectionKind } from '../../src/core/act/sections';

describe('the table of the Freedom of Information Act 2000', () => {
  it('has every section from 1 to 88 once, in order, plus the inserted 11A, 11B and 22A', () => {
    const ids = ACT_SECTIONS.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (let n = 1; n <= 88; n++) assert.ok(ids.includes(`s${n}`), `s${n} missing`);
    for (const inserted of ['s11A', 's11B', 's22A']) assert.ok(ids.includes(inserted), `${inserted} missing`);
    assert.equal(ids.length, 91);
    assert.deepEqual(ids.slice(9, 14), ['s10', 's11', 's11A', 's11B', 's12']);
  });

  it('gives every section a title and a summary of one or two sentences', () => {
    for (const section of ACT_SECTIONS) {
      assert.ok(section.title.length > 2, section.id);
      const sentences = section.summary.split(/(?<=\.)\s+/).length;
      assert.ok(sentences >= 1 && sentences <= 2 && section.summary.endsWith('.'), `${section.id}: ${section.summary}`);
    }
  });

  it('uses the Act\'s titles for the Part II exemptions', () => {
    const titles: Record<string, string> = {
      s21: 'Information accessible to applicant by other means',
      s22: 'Information intended for future publication',
      s22A: 'Research',
      s23: 'Information supplied by, or concerning, certain security bodies',
      s24: 'National security',
      s26: 'Defence',
      s27: 'International relations',
      s28: 'Relations within the United Kingdom',
      s29: 'The economy',
      s30: 'Investigations and proceedings conducted by public authorities',
      s31: 'Law enforcement',
      s32: 'Court records',
      s33: 'Audit functions',
      s34: 'Parliamentary privilege',
      s35: 'Formulation of government policy',
      s36: 'Prejudice to effective conduct of public affairs',
      s37: 'Communications with Her Majesty etc. and honours',
      s38: 'Health and safety',
      s39: 'Environmental information',
      s40: 'Personal information',
      s41: 'Information provided in confidence',
      s42: 'Legal professional privilege',
      s43: 'Commercial interests',
      s44: 'Prohibitions on disclosure',
    };
    for (const [id, title] of Object.entries(titles)) {
      assert.equal(lookupSection(id)?.title, title, id);
      assert.equal(lookupSection(id)?.kind, 'exemption', id);
    }
  });

  it('marks the absolute exemptions, those absolute in part, and the rest as qualified', () => {
    const absolute = ACT_SECTIONS.filter((s) => s.exemption?.absolute === true).map((s) => s.id);
    const partly = ACT_SECTIONS.filter((s) => s.exemption?.absolute === 'partly').map((s) => s.id);
    assert.deepEqual(absolute, ['s21', 's23', 's32', 's34', 's41', 's44']);
    assert.deepEqual(partly, ['s36', 's37', 's40']);
    for (const section of ACT_SECTIONS.filter((s) => s.exemption)) {
      assert.equal(section.exemption?.publicInterestTest, section.exemption?.absolute !== true, section.id);
    }
  });

  it('tells prejudice-based exemptions from class-based ones', () => {
    const prejudice = ACT_SECTIONS.filter((s) => s.exemption?.basis === 'prejudice').map((s) => s.id);
    assert.deepEqual(prejudice, ['s22A', 's24', 's26', 's27', 's28', 's29', 's31', 's33', 's36', 's38', 's43']);
    assert.equal(lookupSection('s30')?.exemption?.basis, 'class');
    assert.equal(lookupSection('s40')?.exemption?.basis, 'class');
  });

  it('names each exemption\'s neither-confirm-nor-deny subsection, and none for s21', () => {
    const expected: Record<string, string> = {
      s22: 's22(2)', s22A: 's22A(2)', s23: 's23(5)', s24: 's24(2)', s26: 's26(3)', s27: 's27(4)', s28: 's28(3)',
      s29: 's29(2)', s30: 's30(3)', s31: 's31(3)', s32: 's32(3)', s33: 's33(3)', s34: 's34(2)', s35: 's35(3)',
      s36: 's36(3)', s37: 's37(2)', s38: 's38(2)', s39: 's39(2)', s40: 's40(5)', s41: 's41(2)', s42: 's42(2)',
      s43: 's43(3)', s44: 's44(2)',
    };
    for (const [id, ncnd] of Object.entries(expected)) assert.equal(lookupSection(id)?.exemption?.ncndSubsection, ncnd, id);
    assert.equal(lookupSection('s21')?.exemption?.ncndSubsection, undefined);
  });

  it('classes s12 and s14 as refusal grounds and the Part I duties as procedural', () => {
    assert.equal(lookupSection(12)?.kind, 'refusal-ground');
    assert.equal(lookupSection(14)?.kind, 'refusal-ground');
    for (const n of [1, 2, 8, 10, 16, 17, 50, 77]) assert.equal(lookupSection(n)?.kind, 'procedural', `s${n}`);
    assert.equal(lookupSection(25)?.exemption, undefined, 's25 is about certificates, not an exemption');
  });
});

describe('lookupSection', () => {
  it('accepts ids, ids with subsections, numbers and written-out citations', () => {
    assert.equal(lookupSection('s24')?.id, 's24');
    assert.equal(lookupSection('s24(2)')?.id, 's24');
    assert.equal(lookupSection(24)?.id, 's24');
    assert.equal(lookupSection('Section 31(1)(a)')?.id, 's31');
    assert.equal(lookupSection('s22A(2)')?.id, 's22A');
    assert.equal(lookupSection('s22a')?.id, 's22A');
    assert.equal(lookupSection(22)?.id, 's22');
  });

  it('answers undefined for numbers the Act does not have', () => {
    assert.equal(lookupSection('s99'), undefined);
    assert.equal(lookupSection(0), undefined);
    assert.equal(lookupSection(89), undefined);
    assert.equal(lookupSection('s24B'), undefined);
    assert.equal(lookupSection('paragraph'), undefined);
  });
});

describe('sectionKind', () => {
  it('reads an exemption\'s NCND subsection as an ncnd-provision', () => {
    assert.equal(sectionKind('s24(2)'), 'ncnd-provision');
    assert.equal(sectionKind('s23(5)'), 'ncnd-provision');
    assert.equal(sectionKind('s40(5B)(a)(i)'), 'ncnd-provision');
    assert.equal(sectionKind('s22A(2)'), 'ncnd-provision');
  });

  it('reads other subsections by their section\'s kind', () => {
    assert.equal(sectionKind('s24(1)'), 'exemption');
    assert.equal(sectionKind('s31(1)(a)'), 'exemption');
    assert.equal(sectionKind('s31'), 'exemption');
    assert.equal(sectionKind('s12(2)'), 'refusal-ground');
    assert.equal(sectionKind('s1(1)(a)'), 'procedural');
  });

  it('treats a section the Act does not have as a would-be exemption', () => {
    assert.equal(sectionKind('s99'), 'exemption');
  });
});
