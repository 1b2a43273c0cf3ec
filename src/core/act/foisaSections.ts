// The Freedom of Information (Scotland) Act 2002 (FOISA), section by section: what a letter from a Scottish
// authority (Police Scotland, a Scottish council) means when it cites "section 18" or "section 35(1)(a)". The numbers
// mean other things than in the Act of 2000: s17 is the notice that information is not held, s18 lets an authority
// neither confirm nor deny, and the exemptions are sections 25 to 41. Titles are the Act's own headings; summaries
// are our own plain words for a requester, localisable like those of the 2000 Act (sections.ts).

import * as l10n from '@vscode/l10n';
import { buildTable, type ExemptionRow, type Row, type SectionTable } from './table';

/**
 * Part 1 (Access to information held by Scottish public authorities), Part 3 (The Scottish Information
 * Commissioner), Part 4 (Enforcement), Part 5 (Historical records), Part 6 (Codes of practice) and Part 7
 * (Miscellaneous and supplemental). None is an exemption. Headings as amended: s46's by the Public Services Reform
 * (Scotland) Act 2010, sch. 4 para. 6. The inserted s7A (Reports on section 5 power, Freedom of Information
 * (Amendment) (Scotland) Act 2013 s1) is not listed yet: a row needs a summary, which is a new localisable message.
 */
const NON_EXEMPTIONS: readonly Row[] = [
  ['s1', 'General entitlement', () => l10n.t('Gives anyone who asks a Scottish public authority for information it holds the right to be given it, unless an exemption or another provision of the Act applies.')],
  ['s2', 'Effect of exemptions', () => l10n.t('Explains how the Part 2 exemptions work: the absolute ones listed in section 2(2) apply outright, the others only when the public interest in withholding the information outweighs the public interest in disclosing it.')],
  ['s3', 'Scottish public authorities', () => l10n.t('Defines which bodies are Scottish public authorities, including those listed in schedule 1 such as the Police Service of Scotland.')],
  ['s4', 'Amendment of schedule 1', () => l10n.t('Lets the Scottish Ministers add bodies to, or remove them from, the list of Scottish public authorities.')],
  ['s5', 'Further power to designate Scottish public authorities', () => l10n.t('Lets the Scottish Ministers bring other bodies that carry out public functions within the Act.')],
  ['s6', 'Publicly-owned companies', () => l10n.t('Brings companies wholly owned by the Scottish Ministers or by Scottish public authorities within the Act.')],
  ['s7', 'Public authorities to which Act has limited application', () => l10n.t('Some authorities are covered only for certain kinds of information they hold.')],
  ['s8', 'Requesting information', () => l10n.t('Sets what counts as a valid request: in a lasting form such as a letter or e-mail, with the requester\'s name and an address for reply, describing the information asked for.')],
  ['s9', 'Fees', () => l10n.t('Lets an authority charge a fee for answering a request, within limits set by regulations, and pauses the time for answering until the fee is paid.')],
  ['s10', 'Time for compliance', () => l10n.t('The authority must answer promptly and in any case within 20 working days of receiving the request.')],
  ['s11', 'Means of providing information', () => l10n.t('The requester can ask for information in a particular form, such as a copy or a digest, and the authority should comply where reasonably practicable.')],
  ['s12', 'Excessive cost of compliance', () => l10n.t('The authority need not answer a request that would cost more than the amount set by regulations (£600) to comply with.'), 'refusal-ground'],
  ['s13', 'Fees for disclosure in certain circumstances', () => l10n.t('Lets an authority answer an over-cost request anyway, charging a fee.')],
  ['s14', 'Vexatious or repeated requests', () => l10n.t('The authority need not answer a request that is vexatious, or one identical or substantially similar to an earlier request from the same person that it has already answered.'), 'refusal-ground'],
  ['s15', 'Duty to provide advice and assistance', () => l10n.t('The authority must give reasonable advice and help to requesters, for example on narrowing a request or on where else to ask.')],
  ['s16', 'Refusal of request', () => l10n.t('A refusal must be in writing, within the time limit, say that the information is held, name the exemption relied on and say why it applies, including the public interest reasons for a qualified exemption.')],
  ['s17', 'Notice that information is not held', () => l10n.t('When the authority does not hold the information asked for, it must tell the requester so in writing within the time limit.')],
  ['s18', 'Further provision as respects responses to request', () => l10n.t('The Act\'s "neither confirm nor deny" provision: where revealing whether information exists or is held would itself be contrary to the public interest, and the information would be exempt under one of the exemptions it lists, the authority may refuse without saying whether it holds it.'), 'ncnd-provision'],
  ['s19', 'Content of certain notices', () => l10n.t('A refusal or not-held notice must explain the authority\'s complaints procedure and the requester\'s rights to ask for a review and then to apply to the Scottish Information Commissioner.')],
  ['s20', 'Requirement for review of refusal etc.', () => l10n.t('A requester who is unhappy with the answer can require the authority to review it, in writing and normally within 40 working days.')],
  ['s21', 'Review by Scottish public authority', () => l10n.t('The authority must carry out the review and answer within 20 working days, upholding, changing or replacing its decision.')],
  ['s22', 'Special provisions relating to records transferred to the Keeper', () => l10n.t('Sets how requests for records transferred to the National Records of Scotland are handled, including consultation with the authority that transferred them.')],
  ['s23', 'Publication schemes', () => l10n.t('Every authority must adopt and follow a scheme for publishing information routinely, approved by the Commissioner.')],
  ['s24', 'Model publication schemes', () => l10n.t('The Scottish Information Commissioner may approve model publication schemes that authorities can adopt.')],
  ['s42', 'The Scottish Information Commissioner', () => l10n.t('Sets up the Scottish Information Commissioner, who oversees the Act.')],
  ['s43', 'General functions of Commissioner', () => l10n.t('The Commissioner promotes good practice and compliance with the Act and the codes of practice.')],
  ['s44', 'Recommendations as to good practice', () => l10n.t('The Commissioner may tell an authority how to bring its practice into line with the codes.')],
  ['s45', 'Confidentiality of information obtained by or furnished to Commissioner', () => l10n.t('Limits what the Commissioner may disclose of information obtained for the purposes of the Act.')],
  ['s46', 'Laying and publication of reports', () => l10n.t('The Commissioner reports to the Scottish Parliament each year.')],
  ['s47', 'Application for decision by Commissioner', () => l10n.t('After a review, a requester who is still dissatisfied can apply to the Scottish Information Commissioner for a decision, normally within six months.')],
  ['s48', 'When application excluded', () => l10n.t('Some applications cannot be made to the Commissioner, for example about a review by the Commissioner\'s own office.')],
  ['s49', 'Commissioner\'s decision', () => l10n.t('The Commissioner investigates an application and issues a decision notice saying whether the request was dealt with as the Act requires.')],
  ['s50', 'Information notices', () => l10n.t('The Commissioner can require an authority to supply information needed to decide an application.')],
  ['s51', 'Enforcement notices', () => l10n.t('The Commissioner can order an authority to take steps to comply with the Act.')],
  ['s52', 'Exception from duty to comply with certain notices', () => l10n.t('The First Minister can override certain decisions of the Commissioner about the Scottish Administration by certificate.')],
  ['s53', 'Failure to comply with notice', () => l10n.t('An authority that ignores a notice can be dealt with by the Court of Session as if in contempt of court.')],
  ['s54', 'Powers of entry and inspection', () => l10n.t('Gives effect to the Commissioner\'s powers of entry and inspection under warrant.')],
  ['s55', 'No civil proceedings against Scottish public authority', () => l10n.t('A requester cannot sue an authority for failing to comply with the Act; complaints go to the Commissioner.')],
  ['s56', 'Appeal against notices under Part 4', () => l10n.t('The requester or the authority can appeal a decision of the Commissioner to the Court of Session on a point of law.')],
  ['s57', 'The expression "historical record"', () => l10n.t('Defines when a record becomes a historical record.')],
  ['s58', 'Falling away of exemptions with time', () => l10n.t('Some exemptions stop applying once a record is old enough to be historical.')],
  ['s59', 'Power to vary periods mentioned in sections 57 and 58', () => l10n.t('Lets the Scottish Ministers change the ages at which records become historical or exemptions fall away.')],
  ['s60', 'Code of practice as to functions under this Act', () => l10n.t('Provides for the code of practice on how authorities should handle requests and reviews.')],
  ['s61', 'Code of practice as to the keeping, management and destruction of records', () => l10n.t('Provides for the code of practice on keeping and managing records.')],
  ['s62', 'Power to make provision relating to environmental information', () => l10n.t('Allows regulations for access to environmental information, now the Environmental Information (Scotland) Regulations 2004.')],
  ['s63', 'Disclosure of information to Scottish Public Services Ombudsman or to Information Commissioner', () => l10n.t('Lets the Commissioner share information with the ombudsman and the UK Information Commissioner.')],
  ['s64', 'Power to amend or repeal enactments prohibiting disclosure of information', () => l10n.t('Lets the Scottish Ministers remove other statutory bars on disclosure.')],
  ['s65', 'Offence of altering etc. records with intent to prevent disclosure', () => l10n.t('It is a criminal offence to alter, destroy or conceal records to stop them being disclosed after a request.')],
  ['s66', 'Saving for existing powers', () => l10n.t('The Act does not limit other powers an authority already has to disclose information.')],
  ['s67', 'Protection from actions for defamation', () => l10n.t('Information supplied by a third party and disclosed under the Act is protected from defamation claims unless disclosed with malice.')],
  ['s68', 'Scottish Parliament and Scottish Administration', () => l10n.t('Sets how the Act applies to the Scottish Parliament and the Scottish Administration.')],
  ['s69', 'Exercise of rights by children', () => l10n.t('Sets when a child may exercise rights under the Act.')],
  ['s70', 'Amendment of Public Records (Scotland) Act 1937', () => l10n.t('Amends the public records legislation to fit the Act.')],
  ['s71', 'Amendment of Scottish Public Services Ombudsman Act 2002', () => l10n.t('Amends the ombudsman legislation to fit the Act.')],
  ['s72', 'Orders and regulations', () => l10n.t('Sets how orders and regulations under the Act are made.')],
  ['s73', 'Interpretation', () => l10n.t('Defines terms used throughout the Act, such as "information" (recorded in any form) and "working day", which leaves out Scottish bank holidays.')],
  ['s74', 'Giving of notice etc. by electronic means', () => l10n.t('Lets notices and other documents under the Act be given electronically.')],
  ['s75', 'Commencement', () => l10n.t('Sets when each part of the Act came into force; the right of access began on 1 January 2005.')],
  ['s76', 'Short title', () => l10n.t('Names the Act.')],
];

/**
 * Section 18(1) lets an authority neither confirm nor deny for "any of sections 28 to 35, 38, 39(1) or 41": s38 was
 * added by the Freedom of Information (Amendment) (Scotland) Act 2013 s2 and is still there after the Data Protection
 * Act 2018; of s39 only subsection (1) (health and safety), not (2) (environmental information).
 */
const WITH_S18 = { ncndSubsection: 's18' } as const;
const WITH_S18_FOR_S39_1 = { ncndSubsection: 's18', ncndCovers: 's39(1)' } as const;

/**
 * Part 2 (Exempt information). Absolute per section 2(2) (s25, s26, s36(2), s37, and most of s38); "prejudice" means
 * the Act's test of substantial prejudice (or, for s31(1) and s39(1), of what is required or what would endanger).
 * s41 stays wholly qualified: the Bill of 2012 would have made communications with the Sovereign, the heir and the
 * second in line absolute, but that provision was dropped before the 2013 Act was passed.
 */
const EXEMPTIONS: readonly ExemptionRow[] = [
  ['s25', 'Information otherwise accessible', () => l10n.t('Information the requester can reasonably get another way, for example because it is published or in the publication scheme, is exempt outright.'), { absolute: true, basis: 'class', publicInterestTest: false }],
  ['s26', 'Prohibitions on disclosure', () => l10n.t('Information is exempt outright where another law, a court order or contempt of court forbids disclosing it.'), { absolute: true, basis: 'class', publicInterestTest: false }],
  ['s27', 'Information intended for future publication', () => l10n.t('Information the authority plans to publish within twelve weeks, or from an ongoing research programme, can be withheld; the public interest must be weighed.'), { absolute: false, basis: 'class', publicInterestTest: true }],
  ['s28', 'Relations within the United Kingdom', () => l10n.t('Information can be withheld if disclosure would, or would be likely to, substantially harm relations between administrations within the United Kingdom.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ...WITH_S18 }],
  ['s29', 'Formulation of Scottish Administration policy etc.', () => l10n.t('Information held by the Scottish Administration about forming or developing government policy falls within this class; the public interest must be weighed.'), { absolute: false, basis: 'class', publicInterestTest: true, ...WITH_S18 }],
  ['s30', 'Prejudice to effective conduct of public affairs', () => l10n.t('Information can be withheld if disclosure would, or would be likely to, substantially harm the free and frank giving of advice or exchange of views, or the conduct of public affairs.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ...WITH_S18 }],
  ['s31', 'National security and defence', () => l10n.t('Information can be withheld where that is required to safeguard national security, or where disclosure would substantially harm defence or the armed forces. The authority must explain the risk and weigh the public interest.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ...WITH_S18 }],
  ['s32', 'International relations', () => l10n.t('Information can be withheld if disclosure would substantially harm relations with other states or international bodies, or if it is confidential information from them.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ...WITH_S18 }],
  ['s33', 'Commercial interests and the economy', () => l10n.t('Trade secrets, and information whose disclosure would substantially harm anyone\'s commercial interests or the economic interests of Scotland or the UK, can be withheld; the public interest must be weighed.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ...WITH_S18 }],
  ['s34', 'Investigations by Scottish public authorities and proceedings arising out of such investigations', () => l10n.t('Information held for criminal investigations, for decisions on prosecution, or for inquiries into deaths falls within this class whatever the harm; the public interest must still be weighed.'), { absolute: false, basis: 'class', publicInterestTest: true, ...WITH_S18 }],
  ['s35', 'Law enforcement', () => l10n.t('Information can be withheld if disclosure would, or would be likely to, substantially harm the prevention or detection of crime, the apprehension or prosecution of offenders, or other law enforcement. The authority must show the harm and weigh the public interest.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ...WITH_S18 }],
  ['s36', 'Confidentiality', () => l10n.t('Information covered by legal professional privilege can be withheld after weighing the public interest; information whose disclosure would be an actionable breach of confidence is exempt outright.'), { absolute: 'partly', basis: 'class', publicInterestTest: true }],
  ['s37', 'Court records, etc.', () => l10n.t('Information held only because it is in court or inquiry documents is exempt outright.'), { absolute: true, basis: 'class', publicInterestTest: false }],
  ['s38', 'Personal information', () => l10n.t('The requester\'s own personal data is exempt outright (ask under data protection law instead); other people\'s personal data is withheld where disclosure would breach data protection principles.'), { absolute: 'partly', basis: 'class', publicInterestTest: true, ...WITH_S18 }],
  ['s39', 'Health, safety and the environment', () => l10n.t('Information can be withheld if disclosure would, or would be likely to, endanger anyone\'s physical or mental health or safety; environmental information is handled under the Environmental Information (Scotland) Regulations instead.'), { absolute: false, basis: 'prejudice', publicInterestTest: true, ...WITH_S18_FOR_S39_1 }],
  ['s40', 'Audit functions', () => l10n.t('Information can be withheld if disclosure would, or would be likely to, substantially harm an auditing body\'s audit or value-for-money work.'), { absolute: false, basis: 'prejudice', publicInterestTest: true }],
  ['s41', 'Communications with Her Majesty etc. and honours', () => l10n.t('Communications with the Sovereign and the Royal Household, and information about honours and dignities, can be withheld; the public interest must be weighed.'), { absolute: false, basis: 'class', publicInterestTest: true, ...WITH_S18 }],
];

/** Every section of the Freedom of Information (Scotland) Act 2002, 1 to 76, in order. */
export const FOISA_TABLE: SectionTable = buildTable(NON_EXEMPTIONS, EXEMPTIONS);
