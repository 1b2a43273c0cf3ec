// The Freedom of Information Act 2000, section by section: the table the engine, hovers, diagnostics and summary
// read for every letter except one under the Freedom of Information (Scotland) Act 2002, whose table is in
// foisaSections.ts; `lookupSection` and `sectionKind` take the letter's Act and read the right one. It lists every
// numbered section of the Act (1 to 88) plus the inserted sections 11A, 11B and 22A, so `lookupSection` also
// answers whether a cited number exists at all. Summaries are our own plain words for a
// requester, not the statutory text, and are localisable; titles are the Act's own headings and stay as enacted.

import * as l10n from '@vscode/l10n';
import type { ActId, CitationKind } from '../model';
import { FOISA_TABLE } from './foisaSections';
import { buildTable, type ActSection, type ExemptionRow, type Row } from './table';

export type { ActSection, ExemptionInfo } from './table';

/** Parts I and III to VIII: duties, procedure, enforcement and machinery. None of these is an exemption. */
const NON_EXEMPTIONS: readonly Row[] = [
  ['s1', 'General right of access to information held by public authorities', () => l10n.t('Gives anyone the right to be told whether an authority holds the information asked for (the duty to confirm or deny, s1(1)(a)) and, if it does, to have it (s1(1)(b)).')],
  ['s2', 'Effect of the exemptions in Part II', () => l10n.t('Explains how exemptions work: absolute exemptions apply outright, qualified ones only when the public interest in withholding outweighs the public interest in disclosure.')],
  ['s3', 'Public authorities', () => l10n.t('Defines which bodies are public authorities under the Act, including those listed in Schedule 1 such as police forces and police and crime commissioners.')],
  ['s4', 'Amendment of Schedule 1', () => l10n.t('Lets the government add bodies to, or remove them from, the list of public authorities.')],
  ['s5', 'Further power to designate public authorities', () => l10n.t('Lets the government bring other bodies that carry out public functions within the Act.')],
  ['s6', 'Publicly-owned companies', () => l10n.t('Brings companies wholly owned by the Crown or by public authorities within the Act.')],
  ['s7', 'Public authorities to which Act has limited application', () => l10n.t('Some authorities are covered only for certain kinds of information they hold.')],
  ['s8', 'Request for information', () => l10n.t('Sets what counts as a valid request: in writing, with a name and address for reply, describing recorded information. Questions asking for opinions are not requests under the Act.')],
  ['s9', 'Fees', () => l10n.t('Lets an authority ask for a fee before answering, within limits set by regulations.')],
  ['s10', 'Time for compliance with request', () => l10n.t('The authority must answer promptly and in any case within 20 working days of receiving the request.')],
  ['s11', 'Means by which communication to be made', () => l10n.t('The requester can ask for information in a particular form, such as a copy or a summary, and the authority should comply where reasonably practicable.')],
  ['s11A', 'Release of datasets for re-use', () => l10n.t('Where a requested dataset is released, the authority must make it available for re-use under a licence.')],
  ['s11B', 'Power to charge fees in relation to release of datasets for re-use', () => l10n.t('Lets the government set fees an authority may charge for allowing re-use of datasets.')],
  ['s12', 'Exemption where cost of compliance exceeds appropriate limit', () => l10n.t('The authority may refuse a request that would cost more than the appropriate limit to answer (for police forces, 18 hours of work). Section 12(2) covers the cost of confirming or denying.'), 'refusal-ground'],
  ['s13', 'Fees for disclosure where cost of compliance exceeds appropriate limit', () => l10n.t('Lets an authority answer an over-limit request anyway, charging a fee.')],
  ['s14', 'Vexatious or repeated requests', () => l10n.t('The authority need not answer a request that is vexatious, or one identical or similar to a recent request from the same person.'), 'refusal-ground'],
  ['s15', 'Special provisions relating to public records transferred to Public Record Office, etc.', () => l10n.t('Sets who decides on requests for records transferred to The National Archives and similar record offices.')],
  ['s16', 'Duty to provide advice and assistance', () => l10n.t('The authority must give reasonable advice and help to requesters, for example on narrowing a request or on where else to ask.')],
  ['s17', 'Refusal of request', () => l10n.t('A refusal must be in writing, within the time limit, name the exemption relied on and say why it applies, including the public interest reasons for a qualified exemption.')],
  ['s18', 'The Information Commissioner', () => l10n.t('Sets up the Information Commissioner, who oversees the Act.')],
  ['s19', 'Publication schemes', () => l10n.t('Every authority must adopt and follow a scheme for publishing information routinely.')],
  ['s20', 'Model publication schemes', () => l10n.t('The Information Commissioner may approve model publication schemes that authorities can adopt.')],
  ['s25', 'Certificates under ss. 23 and 24: supplementary provisions', () => l10n.t('Sets out how ministerial certificates about security bodies and national security are signed and used as evidence.')],
  ['s45', 'Issue of code of practice by Secretary of State', () => l10n.t('Provides for the code of practice on how authorities should handle requests, including internal reviews.')],
  ['s46', 'Issue of code of practice by Lord Chancellor', () => l10n.t('Provides for the code of practice on keeping and managing records.')],
  ['s47', 'General functions of Commissioner', () => l10n.t('The Information Commissioner promotes good practice and compliance with the Act.')],
  ['s48', 'Recommendations as to good practice', () => l10n.t('The Commissioner may tell an authority how to bring its practice into line with the codes.')],
  ['s49', 'Reports to be laid before Parliament', () => l10n.t('The Commissioner reports to Parliament each year.')],
  ['s50', 'Application for decision by Commissioner', () => l10n.t('After an internal review, a requester can complain to the Information Commissioner, who decides whether the request was handled lawfully.')],
  ['s51', 'Information notices', () => l10n.t('The Commissioner can require an authority to supply information needed to decide a complaint.')],
  ['s52', 'Enforcement notices', () => l10n.t('The Commissioner can order an authority to take steps to comply with the Act.')],
  ['s53', 'Exception from duty to comply with decision notice or enforcement notice', () => l10n.t('A cabinet minister or equivalent can override certain decisions of the Commissioner by certificate (the ministerial veto).')],
  ['s54', 'Failure to comply with notice', () => l10n.t('An authority that ignores a notice can be dealt with as if in contempt of court.')],
  ['s55', 'Powers of entry and inspection', () => l10n.t('Gives effect to the Commissioner\'s powers of entry and inspection under warrant.')],
  ['s56', 'No action against public authority', () => l10n.t('A requester cannot sue an authority for failing to comply with the Act; complaints go to the Commissioner.')],
  ['s57', 'Appeal against notices served under Part IV', () => l10n.t('The requester or the authority can appeal a decision of the Commissioner to the tribunal.')],
  ['s58', 'Determination of appeals', () => l10n.t('Sets what the tribunal can do on an appeal.')],
  ['s59', 'Appeals from decision of Tribunal', () => l10n.t('Allows further appeal on a point of law.')],
  ['s60', 'Appeals against national security certificate', () => l10n.t('Sets how a national security certificate can be challenged before the tribunal.')],
  ['s61', 'Appeal proceedings', () => l10n.t('Makes provision for how tribunal appeals are conducted.')],
  ['s62', 'Interpretation of Part VI', () => l10n.t('Defines when a record becomes a historical record.')],
  ['s63', 'Removal of exemptions: historical records generally', () => l10n.t('Some exemptions stop applying once a record is old enough to be historical.')],
  ['s64', 'Removal of exemptions: historical records in public record offices', () => l10n.t('Further exemptions stop applying to historical records held in public record offices.')],
  ['s65', 'Decisions as to refusal of discretionary disclosure of historical records', () => l10n.t('Requires consultation before refusing certain requests for historical records.')],
  ['s66', 'Decisions relating to certain transferred public records', () => l10n.t('Requires consultation with the transferring authority on requests for transferred records.')],
  ['s67', 'Amendments of public records legislation', () => l10n.t('Amends the public records legislation to fit the Act.')],
  ['s68', 'Extension of meaning of "data"', () => l10n.t('Extended data protection law to unstructured personal data held by public authorities.')],
  ['s69', 'Right of access to unstructured personal data held by public authorities', () => l10n.t('Gave individuals access to unstructured personal data about them held by public authorities.')],
  ['s70', 'Exemptions applicable to certain manual data held by public authorities', () => l10n.t('Limited how data protection law applied to unstructured manual data.')],
  ['s71', 'Particulars registrable under Part III of Data Protection Act 1998 not to include certain manual data', () => l10n.t('Kept unstructured manual data out of data protection notifications.')],
  ['s72', 'Availability under Act disregarded for purposes of exemption', () => l10n.t('Made data protection exemptions ignore the fact that information is available under this Act.')],
  ['s73', 'Further amendments of Data Protection Act 1998', () => l10n.t('Made further amendments to data protection law.')],
  ['s74', 'Power to make provision relating to environmental information', () => l10n.t('Allows regulations for access to environmental information, now the Environmental Information Regulations 2004.')],
  ['s75', 'Power to amend or repeal enactments prohibiting disclosure of information', () => l10n.t('Lets the government remove other statutory bars on disclosure.')],
  ['s76', 'Disclosure of information between Commissioner and ombudsmen', () => l10n.t('Lets the Commissioner share information with ombudsmen.')],
  ['s77', 'Offence of altering etc. records with intent to prevent disclosure', () => l10n.t('It is a criminal offence to alter, destroy or conceal records to stop them being disclosed after a request.')],
  ['s78', 'Saving for existing powers', () => l10n.t('The Act does not limit other powers an authority already has to disclose information.')],
  ['s79', 'Defamation', () => l10n.t('Information supplied by a third party and disclosed under the Act is protected from defamation claims unless disclosed with malice.')],
  ['s80', 'Scotland', () => l10n.t('The Act does not apply to Scottish public authorities, which have their own Act.')],
  ['s81', 'Application to government departments, etc.', () => l10n.t('Treats government departments as separate authorities and the Crown as bound by the Act.')],
  ['s82', 'Orders and regulations', () => l10n.t('Sets how orders and regulations under the Act are made.')],
  ['s83', 'Meaning of "Welsh public authority"', () => l10n.t('Defines which authorities count as Welsh public authorities.')],
  ['s84', 'Interpretation', () => l10n.t('Defines terms used throughout the Act, such as "information" (recorded in any form) and "working day".')],
  ['s85', 'Expenses', () => l10n.t('Provides for the costs of running the Act.')],
  ['s86', 'Repeals', () => l10n.t('Lists the enactments the Act repealed.')],
  ['s87', 'Commencement', () => l10n.t('Sets when each part of the Act came into force; the right of access began on 1 January 2005.')],
  ['s88', 'Short title and extent', () => l10n.t('Names the Act and sets where in the United Kingdom it applies.')],
];

/** Part II. Absolute/qualified, prejudice/class and the NCND subsections follow the Act as amended. */
const EXEMPTIONS: readonly ExemptionRow[] = [
  ['s21', 'Information accessible to applicant by other means', () => l10n.t('Information the requester can already get another way, for example because it is published, need not be provided again.'), { absolute: true, basis: 'class', publicInterestTest: false }],
  ['s22', 'Information intended for future publication', () => l10n.t('Information the authority already plans to publish can be withheld until then, if withholding is reasonable.'), { absolute: false, basis: 'class', publicInterestTest: true, ncndSubsection: 's22(2)' }],
  ['s22A', 'Research', () => l10n.t('Information from an ongoing research programme can be withheld if disclosure would harm the research.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's22A(2)' }],
  ['s23', 'Information supplied by, or concerning, certain security bodies', () => l10n.t('Information from or about the security and intelligence bodies (such as MI5, MI6 and GCHQ) is exempt outright, with no public interest test.'), { absolute: true, basis: 'class', publicInterestTest: false, ncndSubsection: 's23(5)' }],
  ['s24', 'National security', () => l10n.t('Information can be withheld where that is required to safeguard national security. The authority must explain the risk and weigh the public interest.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's24(2)' }],
  ['s26', 'Defence', () => l10n.t('Information can be withheld if disclosure would, or would be likely to, harm the defence of the British Islands or the armed forces.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's26(3)' }],
  ['s27', 'International relations', () => l10n.t('Information can be withheld if disclosure would harm relations with other states or international bodies, or if it is confidential information from them.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's27(4)' }],
  ['s28', 'Relations within the United Kingdom', () => l10n.t('Information can be withheld if disclosure would harm relations between the UK government and the devolved administrations.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's28(3)' }],
  ['s29', 'The economy', () => l10n.t('Information can be withheld if disclosure would harm the economic or financial interests of the UK or of a government.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's29(2)' }],
  ['s30', 'Investigations and proceedings conducted by public authorities', () => l10n.t('Information held for criminal investigations or proceedings, or from confidential sources, falls within this class whatever the harm; the public interest must still be weighed.'), { absolute: false, basis: 'class', publicInterestTest: true, ncndSubsection: 's30(3)' }],
  ['s31', 'Law enforcement', () => l10n.t('Information can be withheld if disclosure would, or would be likely to, harm the prevention or detection of crime or other law enforcement. The authority must show the harm and weigh the public interest.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's31(3)' }],
  ['s32', 'Court records', () => l10n.t('Information held only because it is in court or inquiry documents is exempt outright.'), { absolute: true, basis: 'class', publicInterestTest: false, ncndSubsection: 's32(3)' }],
  ['s33', 'Audit functions', () => l10n.t('Information can be withheld if disclosure would harm an auditing body\'s audit or value-for-money work.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's33(3)' }],
  ['s34', 'Parliamentary privilege', () => l10n.t('Information is exempt outright where withholding it is needed to avoid infringing the privileges of either House of Parliament.'), { absolute: true, basis: 'class', publicInterestTest: false, ncndSubsection: 's34(2)' }],
  ['s35', 'Formulation of government policy', () => l10n.t('Information held by a government department about forming or developing government policy falls within this class; the public interest must be weighed.'), { absolute: false, basis: 'class', publicInterestTest: true, ncndSubsection: 's35(3)' }],
  ['s36', 'Prejudice to effective conduct of public affairs', () => l10n.t('Information can be withheld if, in the reasonable opinion of a qualified person, disclosure would harm the free and frank giving of advice or the conduct of public affairs. Qualified, except for information held by the Houses of Parliament.'), { absolute: 'partly', basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's36(3)' }],
  ['s37', 'Communications with Her Majesty etc. and honours', () => l10n.t('Communications with the Sovereign and the heir and second in line are exempt outright; other royal communications and honours information are qualified.'), { absolute: 'partly', basis: 'class', publicInterestTest: true, ncndSubsection: 's37(2)' }],
  ['s38', 'Health and safety', () => l10n.t('Information can be withheld if disclosure would, or would be likely to, endanger anyone\'s physical or mental health or safety.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's38(2)' }],
  ['s39', 'Environmental information', () => l10n.t('Environmental information is handled under the Environmental Information Regulations instead of this Act.'), { absolute: false, basis: 'class', publicInterestTest: true, ncndSubsection: 's39(2)' }],
  ['s40', 'Personal information', () => l10n.t('The requester\'s own personal data is exempt outright (ask under data protection law instead); other people\'s personal data is withheld where disclosure would breach data protection principles.'), { absolute: 'partly', basis: 'class', publicInterestTest: true, ncndSubsection: 's40(5)' }],
  ['s41', 'Information provided in confidence', () => l10n.t('Information given to the authority by someone else is exempt outright where disclosing it would be an actionable breach of confidence.'), { absolute: true, basis: 'class', publicInterestTest: false, ncndSubsection: 's41(2)' }],
  ['s42', 'Legal professional privilege', () => l10n.t('Legal advice and material prepared for litigation can be withheld; the public interest must be weighed.'), { absolute: false, basis: 'class', publicInterestTest: true, ncndSubsection: 's42(2)' }],
  ['s43', 'Commercial interests', () => l10n.t('Trade secrets, and information whose disclosure would, or would be likely to, harm anyone\'s commercial interests, can be withheld; the public interest must be weighed.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ncndSubsection: 's43(3)' }],
  ['s44', 'Prohibitions on disclosure', () => l10n.t('Information is exempt outright where another law, a court order or retained EU obligations forbid disclosing it.'), { absolute: true, basis: 'class', publicInterestTest: false, ncndSubsection: 's44(2)' }],
];

const FOIA_TABLE = buildTable(NON_EXEMPTIONS, EXEMPTIONS);

/** Every section of the Act, in order: s1, s2, ..., s11, s11A, s11B, s12, ..., s22, s22A, ..., s88. */
export const ACT_SECTIONS: readonly ActSection[] = FOIA_TABLE.sections;

/** The leading "s" / "section" and the number with any inserted-section letter, before subsections. */
const LOOKUP_SHAPE = /^\s*(?:sections?|sec|s)?\.?\s*(\d{1,3})([A-Za-z](?![A-Za-z]))?/i;

/**
 * The section of an Act for an id or number: `'s24'`, `'s24(2)'`, `'s22A'`, `'Section 31(1)(a)'` or `24`. `act` is
 * the letter's Act (see `findAct`): the Freedom of Information Act 2000 unless told otherwise. Undefined when that
 * Act has no such section.
 */
export function lookupSection(idOrNumber: string | number, act: ActId = 'foia'): ActSection | undefined {
  const byId = act === 'foisa' ? FOISA_TABLE.byId : FOIA_TABLE.byId;
  if (typeof idOrNumber === 'number') return byId.get(`s${idOrNumber}`);
  const shape = LOOKUP_SHAPE.exec(idOrNumber);
  if (!shape) return undefined;
  return byId.get(`s${Number(shape[1])}${(shape[2] ?? '').toUpperCase()}`);
}

const FIRST_SUBSECTION = /^s\d{1,3}[A-Z]?\((\d{1,2})/;

/**
 * How a citation of this id works under the letter's Act: an exemption's NCND subsection (`s24(2)`, `s40(5A)`) is
 * an `ncnd-provision`, as is FOISA's section 18 itself; otherwise the section's own kind. Sections the Act does not
 * have count as `exemption`, since a letter cites an unknown number almost always when it means an exemption.
 */
export function sectionKind(id: string, act: ActId = 'foia'): CitationKind {
  const section = lookupSection(id, act);
  if (!section) return 'exemption';
  const ncnd = section.exemption?.ncndSubsection;
  if (ncnd) {
    const cited = FIRST_SUBSECTION.exec(id)?.[1];
    if (cited !== undefined && cited === FIRST_SUBSECTION.exec(ncnd)?.[1]) return 'ncnd-provision';
  }
  return section.kind;
}
