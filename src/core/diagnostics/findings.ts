// Turns an analysis into findings a researcher reads in the editor's problems list: which exemptions are relied
// on, NCND and not-held statements, referrals, missing public interest tests, late answers, and tools whose
// status is not yet recorded (or is recorded differently from what the letter says). Each finding's `data`
// carries what a quick fix needs, so fixes never parse the letter again.

import * as l10n from '@vscode/l10n';
import { lookupSection, type ExemptionInfo } from '../act/sections';
import { fill } from '../fill';
import { TOOL_STATUS_INFO, type ActId, type Citation, type Finding, type FindingData, type LetterAnalysis, type NcndStatement, type ToolStatus } from '../model';
import type { Span } from '../text';
import { SECTION_10_LIMIT } from '../analysis/letterFacts';
import { insideRegions } from '../analysis/request';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';

/** What findings are built from: the analysis so far (everything but its diagnostics) and the researcher's records. */
export interface FindingsInput {
  readonly analysis: Omit<LetterAnalysis, 'diagnostics' | 'outline'>;
  /** Tool labels, by id, for messages. */
  readonly toolLabel: (id: string) => string;
  /** Statuses already recorded for this letter. */
  readonly recorded: Readonly<Record<string, ToolStatus>>;
}

/** A suggestion this sure or surer is worth contradicting a researcher's record over. */
const MISMATCH_CONFIDENCE = 0.6;

/** All findings for a letter, in text order. */
export function buildFindings({ analysis, toolLabel, recorded }: FindingsInput): Finding[] {
  const findings: Finding[] = [];
  const add = (code: DiagnosticCode, span: Span, message: string, data?: FindingData): void => {
    findings.push({ code, severity: DIAGNOSTIC_CODES[code].severity, span, message, ...(data ? { data } : {}) });
  };
  const answerCitations = analysis.citations.filter((c) => !insideRegions(analysis.request, c.span.start));

  citationFindings(answerCitations, analysis, add);

  for (const statement of analysis.ncnd) {
    add('ncnd', statement.span, ncndMessage(statement.scope, statement.sections), { sections: statement.sections });
  }
  for (const statement of analysis.notHeld) {
    add('not-held', statement.span, l10n.t('Information not held by this authority'));
  }
  for (const referral of analysis.referrals) {
    add('referral', referral.span, referralMessage(referral.body, referral.contact));
  }
  for (const question of analysis.opinionQuestions) {
    add('opinion-question', question.span, l10n.t('Treated as a request for an opinion, not for recorded information (section 8)'));
  }

  const { letter } = analysis;
  if (letter.late && letter.workingDays !== null) {
    const span = letter.dateSpan ?? letter.receivedSpan ?? { start: 0, end: 0 };
    add('late-response', span, fill(l10n.t('Response took {0} working days; section 10 allows {1}'), letter.workingDays, SECTION_10_LIMIT));
  }

  for (const answer of analysis.tools) {
    const label = toolLabel(answer.tool);
    const suggested = TOOL_STATUS_INFO[answer.status].label;
    const sections = answer.exemptions.length > 0 ? { sections: answer.exemptions } : {};
    const recordedStatus = Object.prototype.hasOwnProperty.call(recorded, answer.tool) ? recorded[answer.tool] : undefined;
    if (recordedStatus === undefined) {
      add('untagged-tool', answer.evidence, fill(l10n.t('{0}: suggested status {1} — not yet recorded'), label, suggested), {
        tool: answer.tool,
        status: answer.status,
        ...sections,
      });
    } else if (recordedStatus !== answer.status && answer.status !== 'no-answer' && answer.confidence >= MISMATCH_CONFIDENCE) {
      add(
        'status-mismatch',
        answer.evidence,
        fill(l10n.t('{0}: recorded as {1}, but the letter reads as {2}'), label, TOOL_STATUS_INFO[recordedStatus]?.label ?? recordedStatus, suggested),
        { tool: answer.tool, status: answer.status, recordedStatus, ...sections },
      );
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

// Messages are whole sentences, one per variant, so that a translator never has to reassemble fragments.

function ncndMessage(scope: NcndStatement['scope'], sections: readonly string[]): string {
  const relied = sections.join(', ');
  if (scope === 'partial') {
    return relied
      ? fill(l10n.t('Neither confirm nor deny (partial: overt use answered) relying on {0}'), relied)
      : l10n.t('Neither confirm nor deny (partial: overt use answered) (no section cited)');
  }
  return relied ? fill(l10n.t('Neither confirm nor deny relying on {0}'), relied) : l10n.t('Neither confirm nor deny (no section cited)');
}

function referralMessage(body: string | undefined, contact: string | undefined): string {
  if (body) return contact ? fill(l10n.t('Referral to {0} ({1})'), body, contact) : fill(l10n.t('Referral to {0}'), body);
  return contact ? fill(l10n.t('Referral to another body ({0})'), contact) : l10n.t('Referral to another body');
}

/**
 * One finding per section relied on (at its first citation), unknown sections wherever cited, and a warning for a
 * qualified exemption when the letter carries no public interest test (nor refers to an attached one).
 */
function citationFindings(
  citations: readonly Citation[],
  analysis: FindingsInput['analysis'],
  add: (code: DiagnosticCode, span: Span, message: string, data?: FindingData) => void,
): void {
  const described = new Set<string>();
  const testChecked = new Set<string>();
  const testGiven = analysis.publicInterestTest.present || analysis.publicInterestTest.attached;
  const { act } = analysis;
  const describer = new CitationDescriber(act);
  for (const citation of citations) {
    if (!citation.known) {
      add('unknown-section', citation.span, unknownSectionMessage(act, sectionNumber(citation.section)), { section: citation.section });
      continue;
    }
    if (citation.kind === 'procedural') continue;
    if (!described.has(citation.section)) {
      described.add(citation.section);
      add('exemption', citation.span, describer.describe(citation), { section: citation.section, sections: [citation.section] });
    }
    // Each section is looked up once: whether it is qualified does not change from one citation to the next.
    if (testGiven || testChecked.has(citation.base)) continue;
    testChecked.add(citation.base);
    if (lookupSection(citation.base, act)?.exemption?.publicInterestTest === true) {
      add('missing-public-interest-test', citation.span, fill(l10n.t('Qualified exemption {0} relied on without a public interest test'), citation.base), {
        section: citation.base,
        sections: [citation.base],
      });
    }
  }
}

function unknownSectionMessage(act: ActId, number: string): string {
  return act === 'foisa'
    ? fill(l10n.t('Section {0} is not a section of the Freedom of Information (Scotland) Act 2002'), number)
    : fill(l10n.t('Section {0} is not a section of the Freedom of Information Act 2000'), number);
}

/**
 * Describes the sections one letter relies on: "Section 24(2) National Security — NCND provision, qualified,
 * prejudice-based". Letters rely on several sections of the same kind, so the translated words after the dash, and
 * the message's template, are looked up once per letter rather than once per section.
 */
class CitationDescriber {
  readonly #act: ActId;
  /** The words after the dash, by the kind of citation and the kind of exemption. */
  readonly #properties = new Map<string, string>();
  #template: string | undefined;

  constructor(act: ActId) {
    this.#act = act;
  }

  describe(citation: Citation): string {
    const section = lookupSection(citation.base, this.#act);
    const title = section ? titleCase(section.title) : (citation.title ?? '');
    const exemption = section?.exemption;
    const key = exemption ? `${citation.kind} ${String(exemption.absolute)} ${exemption.basis}` : citation.kind;
    let properties = this.#properties.get(key);
    if (properties === undefined) {
      properties = propertyWords(citation.kind, exemption);
      this.#properties.set(key, properties);
    }
    this.#template ??= l10n.t('Section {0} {1} — {2}');
    return fill(this.#template, sectionNumber(citation.section), title, properties).replace(/\s+—/, ' —');
  }
}

/** "NCND provision, qualified, prejudice-based": the kind of citation, and of exemption when the section is one. */
function propertyWords(kind: Citation['kind'], exemption: ExemptionInfo | undefined): string {
  const parts: string[] = [kindWords(kind)];
  if (exemption) {
    parts.push(exemption.absolute === 'partly' ? l10n.t('partly absolute') : exemption.absolute ? l10n.t('absolute') : l10n.t('qualified'));
    parts.push(exemption.basis === 'prejudice' ? l10n.t('prejudice-based') : l10n.t('class-based'));
  }
  return parts.join(', ');
}

function kindWords(kind: Citation['kind']): string {
  switch (kind) {
    case 'exemption':
      return l10n.t('exemption');
    case 'ncnd-provision':
      return l10n.t('NCND provision');
    case 'refusal-ground':
      return l10n.t('refusal ground');
    case 'procedural':
      return l10n.t('procedural section');
  }
}

/** `s24(2)` → "24(2)". */
function sectionNumber(id: string): string {
  return id.replace(/^s/, '');
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'etc.']);
/** Titles of the Act's sections, title-cased once: there are a few dozen, and letters cite the same ones. */
const titleCased = new Map<string, string>();

/** "National security" → "National Security", keeping short joining words lower-case. */
function titleCase(title: string): string {
  let cased = titleCased.get(title);
  if (cased === undefined) {
    cased = title
      .split(' ')
      .map((word, i) => (i > 0 && SMALL_WORDS.has(word.replace(/[,;:]$/, '')) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
      .join(' ');
    titleCased.set(title, cased);
  }
  return cased;
}
