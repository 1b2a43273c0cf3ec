// Turns an analysis into findings a researcher reads in the editor's problems list: which exemptions are relied
// on, NCND and not-held statements, referrals, missing public interest tests, late answers, and tools whose
// status is not yet recorded (or is recorded differently from what the letter says). Each finding's `data`
// carries what a quick fix needs, so fixes never parse the letter again.

import { lookupSection } from '../act/sections';
import { TOOL_STATUS_INFO, type Citation, type Finding, type FindingData, type LetterAnalysis, type ToolStatus } from '../model';
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
    const scope = statement.scope === 'partial' ? ' (partial: overt use answered)' : '';
    const relying = statement.sections.length > 0 ? ` relying on ${statement.sections.join(', ')}` : ' (no section cited)';
    add('ncnd', statement.span, `Neither confirm nor deny${scope}${relying}`, { sections: statement.sections });
  }
  for (const statement of analysis.notHeld) {
    add('not-held', statement.span, 'Information not held by this authority');
  }
  for (const referral of analysis.referrals) {
    const body = referral.body ? ` to ${referral.body}` : ' to another body';
    const contact = referral.contact ? ` (${referral.contact})` : '';
    add('referral', referral.span, `Referral${body}${contact}`);
  }
  for (const question of analysis.opinionQuestions) {
    add('opinion-question', question.span, 'Treated as a request for an opinion, not for recorded information (section 8)');
  }

  const { letter } = analysis;
  if (letter.late && letter.workingDays !== null) {
    const span = letter.dateSpan ?? letter.receivedSpan ?? { start: 0, end: 0 };
    add('late-response', span, `Response took ${letter.workingDays} working days; section 10 allows ${SECTION_10_LIMIT}`);
  }

  for (const answer of analysis.tools) {
    const label = toolLabel(answer.tool);
    const suggested = TOOL_STATUS_INFO[answer.status].label;
    const sections = answer.exemptions.length > 0 ? { sections: answer.exemptions } : {};
    const recordedStatus = Object.prototype.hasOwnProperty.call(recorded, answer.tool) ? recorded[answer.tool] : undefined;
    if (recordedStatus === undefined) {
      add('untagged-tool', answer.evidence, `${label}: suggested status ${suggested} — not yet recorded`, {
        tool: answer.tool,
        status: answer.status,
        ...sections,
      });
    } else if (recordedStatus !== answer.status && answer.status !== 'no-answer' && answer.confidence >= MISMATCH_CONFIDENCE) {
      add(
        'status-mismatch',
        answer.evidence,
        `${label}: recorded as ${TOOL_STATUS_INFO[recordedStatus]?.label ?? recordedStatus}, but the letter reads as ${suggested}`,
        { tool: answer.tool, status: answer.status, recordedStatus, ...sections },
      );
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
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
  for (const citation of citations) {
    if (!citation.known) {
      add('unknown-section', citation.span, `${sectionName(citation.section)} is not a section of the Freedom of Information Act 2000`, {
        section: citation.section,
      });
      continue;
    }
    if (citation.kind === 'procedural') continue;
    if (!described.has(citation.section)) {
      described.add(citation.section);
      add('exemption', citation.span, describeCitation(citation), { section: citation.section, sections: [citation.section] });
    }
    // Each section is looked up once: whether it is qualified does not change from one citation to the next.
    if (testGiven || testChecked.has(citation.base)) continue;
    testChecked.add(citation.base);
    if (lookupSection(citation.base)?.exemption?.publicInterestTest === true) {
      add('missing-public-interest-test', citation.span, `Qualified exemption ${citation.base} relied on without a public interest test`, {
        section: citation.base,
        sections: [citation.base],
      });
    }
  }
}

/** "Section 24(2) National Security — NCND provision, qualified, prejudice-based". */
function describeCitation(citation: Citation): string {
  const section = lookupSection(citation.base);
  const title = section ? titleCase(section.title) : (citation.title ?? '');
  const parts: string[] = [KIND_WORDS[citation.kind]];
  const exemption = section?.exemption;
  if (exemption) {
    parts.push(exemption.absolute === 'partly' ? 'partly absolute' : exemption.absolute ? 'absolute' : 'qualified');
    parts.push(exemption.basis === 'prejudice' ? 'prejudice-based' : 'class-based');
  }
  return `${sectionName(citation.section)} ${title} — ${parts.join(', ')}`.replace(/\s+—/, ' —');
}

const KIND_WORDS: Readonly<Record<Citation['kind'], string>> = {
  exemption: 'exemption',
  'ncnd-provision': 'NCND provision',
  'refusal-ground': 'refusal ground',
  procedural: 'procedural section',
};

/** `s24(2)` → "Section 24(2)". */
function sectionName(id: string): string {
  return `Section ${id.replace(/^s/, '')}`;
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
