import * as assert from 'node:assert/strict';
import { lookupSection, sectionKind } from '../../src/core/act/sections';
import { describeCitation } from '../../src/core/explain';
import type { Citation } from '../../src/core/model';

// The Freedom of Information (Scotland) Act 2002 read through the same lookups as the Act of 2000, with `'foisa'`.
describe('the table of the Freedom of Information (Scotland) Act 2002', () => {
  it('has every section from 1 to 76, and none beyond', () => {
    for (let n = 1; n <= 76; n++) assert.ok(lookupSection(n, 'foisa'), `s${n} missing`);
    assert.equal(lookupSection(77, 'foisa'), undefined);
    assert.equal(lookupSection('s88', 'foisa'), undefined);
    assert.ok(lookupSection('s88'), 'the Act of 2000 still has s88');
  });

  it('uses the Act\'s headings for the Part 1 sections letters cite', () => {
    const titles: Record<string, string> = {
      s1: 'General entitlement',
      s2: 'Effect of exemptions',
      s8: 'Requesting information',
      s9: 'Fees',
      s10: 'Time for compliance',
      s12: 'Excessive cost of compliance',
      s14: 'Vexatious or repeated requests',
      s15: 'Duty to provide advice and assistance',
      s16: 'Refusal of request',
      s17: 'Notice that information is not held',
      s18: 'Further provision as respects responses to request',
      s19: 'Content of certain notices',
      s20: 'Requirement for review of refusal etc.',
      s21: 'Review by Scottish public authority',
      s47: 'Application for decision by Commissioner',
    };
    for (const [id, title] of Object.entries(titles)) assert.equal(lookupSection(id, 'foisa')?.title, title, id);
  });

  it('uses the Act\'s headings for every Part 2 exemption, sections 25 to 41', () => {
    const titles: Record<string, string> = {
      s25: 'Information otherwise accessible',
      s26: 'Prohibitions on disclosure',
      s27: 'Information intended for future publication',
      s28: 'Relations within the United Kingdom',
      s29: 'Formulation of Scottish Administration policy etc.',
      s30: 'Prejudice to effective conduct of public affairs',
      s31: 'National security and defence',
      s32: 'International relations',
      s33: 'Commercial interests and the economy',
      s34: 'Investigations by Scottish public authorities and proceedings arising out of such investigations',
      s35: 'Law enforcement',
      s36: 'Confidentiality',
      s37: 'Court records, etc.',
      s38: 'Personal information',
      s39: 'Health, safety and the environment',
      s40: 'Audit functions',
      s41: 'Communications with Her Majesty etc. and honours',
    };
    for (const [id, title] of Object.entries(titles)) {
      const section = lookupSection(id, 'foisa');
      assert.equal(section?.title, title, id);
      assert.equal(section?.kind, 'exemption', id);
      assert.ok(section?.exemption, id);
    }
    assert.equal(lookupSection('s24', 'foisa')?.exemption, undefined, 's24 is model publication schemes, not an exemption');
    assert.equal(lookupSection('s42', 'foisa')?.exemption, undefined, 's42 sets up the Commissioner');
  });

  it('reads the same numbers differently from the Act of 2000', () => {
    assert.equal(lookupSection('s31(1)', 'foisa')?.title, 'National security and defence');
    assert.equal(lookupSection('s31(1)')?.title, 'Law enforcement');
    assert.equal(lookupSection('Section 17', 'foisa')?.title, 'Notice that information is not held');
    assert.equal(lookupSection('Section 17')?.title, 'Refusal of request');
  });

  it('treats as absolute exactly what section 2(2) lists: s25, s26, s37 outright, s36 and s38 in part', () => {
    const exemptions = Array.from({ length: 17 }, (_, i) => lookupSection(25 + i, 'foisa')!);
    const absolute = exemptions.filter((s) => s.exemption?.absolute === true).map((s) => s.id);
    const partly = exemptions.filter((s) => s.exemption?.absolute === 'partly').map((s) => s.id);
    assert.deepEqual(absolute, ['s25', 's26', 's37']);
    assert.deepEqual(partly, ['s36', 's38']);
    for (const section of exemptions) assert.equal(section.exemption?.publicInterestTest, section.exemption?.absolute !== true, section.id);
  });

  it('tells the substantial-prejudice exemptions from the class-based ones', () => {
    const exemptions = Array.from({ length: 17 }, (_, i) => lookupSection(25 + i, 'foisa')!);
    const prejudice = exemptions.filter((s) => s.exemption?.basis === 'prejudice').map((s) => s.id);
    assert.deepEqual(prejudice, ['s28', 's30', 's31', 's32', 's33', 's35', 's39', 's40']);
  });

  it('makes section 18 the one "neither confirm nor deny" provision, for the exemptions it lists', () => {
    assert.equal(lookupSection('s18', 'foisa')?.kind, 'ncnd-provision');
    assert.equal(sectionKind('s18', 'foisa'), 'ncnd-provision');
    assert.equal(sectionKind('s18(1)', 'foisa'), 'ncnd-provision');
    assert.equal(sectionKind('s18'), 'procedural', 'in the Act of 2000 s18 sets up the Commissioner');
    for (const id of ['s28', 's29', 's30', 's31', 's32', 's33', 's34', 's35', 's38', 's39', 's41']) {
      assert.equal(lookupSection(id, 'foisa')?.exemption?.ncndSubsection, 's18', id);
    }
    for (const id of ['s25', 's26', 's27', 's36', 's37', 's40']) {
      assert.equal(lookupSection(id, 'foisa')?.exemption?.ncndSubsection, undefined, id);
    }
    // A cited subsection of an exemption is the exemption, never its NCND provision (unlike s31(3) in the Act of 2000).
    assert.equal(sectionKind('s31(3)', 'foisa'), 'exemption');
    assert.equal(sectionKind('s31(3)'), 'ncnd-provision');
  });

  it('lets s18 reach only subsection (1) of s39, and the whole of every other exemption it lists', () => {
    // s18(1): "any of sections 28 to 35, 38, 39(1) or 41" (s38 added by the Freedom of Information (Amendment)
    // (Scotland) Act 2013 s2); s39(2) is environmental information, which s18 does not list.
    assert.equal(lookupSection('s39', 'foisa')?.exemption?.ncndCovers, 's39(1)');
    for (const id of ['s28', 's29', 's30', 's31', 's32', 's33', 's34', 's35', 's38', 's41']) {
      assert.equal(lookupSection(id, 'foisa')?.exemption?.ncndCovers, undefined, id);
    }
    for (const id of ['s24', 's31', 's39', 's40']) assert.equal(lookupSection(id)?.exemption?.ncndCovers, undefined, `${id} of the Act of 2000`);
  });

  it('keeps s41 wholly qualified: the royal absolute exemption of the 2012 Bill was dropped before the 2013 Act', () => {
    const s41 = lookupSection('s41', 'foisa')?.exemption;
    assert.equal(s41?.absolute, false);
    assert.equal(s41?.publicInterestTest, true);
    assert.equal(s41?.ncndSubsection, 's18');
  });

  it('uses the headings as amended and as the Act words them for Parts 1 and 3', () => {
    assert.equal(lookupSection('s46', 'foisa')?.title, 'Laying and publication of reports', 'renamed by the Public Services Reform (Scotland) Act 2010');
    assert.equal(lookupSection('s22', 'foisa')?.title, 'Special provisions relating to records transferred to the Keeper');
  });

  it('makes sections 12 and 14 refusal grounds and the other Part 1 sections procedural', () => {
    assert.equal(sectionKind('s12(1)', 'foisa'), 'refusal-ground');
    assert.equal(sectionKind('s14(2)', 'foisa'), 'refusal-ground');
    for (const id of ['s1', 's2', 's8', 's10', 's15', 's16', 's17', 's19', 's20', 's21', 's47']) {
      assert.equal(sectionKind(id, 'foisa'), 'procedural', id);
    }
  });

  it('gives every section a summary of one or two sentences', () => {
    for (let n = 1; n <= 76; n++) {
      const section = lookupSection(n, 'foisa')!;
      const sentences = section.summary.split(/(?<=\.)\s+/).length;
      assert.ok(sentences >= 1 && sentences <= 2 && section.summary.endsWith('.'), `${section.id}: ${section.summary}`);
    }
  });

  it('counts a number the Act does not have as an exemption, as for the Act of 2000', () => {
    assert.equal(lookupSection('s80', 'foisa'), undefined);
    assert.equal(sectionKind('s80', 'foisa'), 'exemption');
  });
});

/** A citation as the engine gives it for a section of the Scottish Act. */
function foisaCitation(section: string): Citation {
  const base = /^s\d+[A-Z]?/.exec(section)![0];
  const title = lookupSection(base, 'foisa')?.title;
  return { section, base, kind: sectionKind(section, 'foisa'), title, known: true, span: { start: 0, end: 1 }, text: section };
}

describe('the hover of a Scottish exemption that s18 covers only in part', () => {
  const S18_LINE = 'Its "neither confirm nor deny" provision is s18.';

  it('names s18 for s39(1) and its paragraphs', () => {
    assert.ok(describeCitation(foisaCitation('s39(1)'), 'foisa').lines.includes(S18_LINE));
    assert.ok(describeCitation(foisaCitation('s39(1)(a)'), 'foisa').lines.includes(S18_LINE));
  });

  it('does not say s39(2), or s39 as a whole, is covered by s18', () => {
    for (const section of ['s39(2)', 's39']) {
      const lines = describeCitation(foisaCitation(section), 'foisa').lines;
      assert.ok(!lines.some((line) => line.includes('neither confirm nor deny')), `${section}: ${lines.join(' | ')}`);
    }
  });

  it('still names s18 for the exemptions it covers whole', () => {
    for (const section of ['s31(1)', 's35(1)(a)', 's38(1)(b)', 's41(a)']) {
      assert.ok(describeCitation(foisaCitation(section), 'foisa').lines.includes(S18_LINE), section);
    }
  });
});
