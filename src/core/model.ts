// The vocabulary of the analysis: what the engine finds in a letter, and the statuses a researcher records.
// Every other layer (command line, diagnostics, quick fixes, hovers, sidecars, summary) speaks these types.

import * as l10n from '@vscode/l10n';
import type { Span } from './text';

/** What an authority said about one tool, as recorded by a researcher or suggested by the engine. */
export const TOOL_STATUSES = [
  'used',
  'trialled',
  'not-used',
  'ncnd',
  'partial-ncnd',
  'not-held',
  'refused',
  'referred',
  'no-answer',
] as const;

/** One of {@link TOOL_STATUSES}. */
export type ToolStatus = (typeof TOOL_STATUSES)[number];

/** Words a person reads for a status: a short label and a one-sentence description. */
export interface ToolStatusWords {
  readonly label: string;
  readonly description: string;
}

/**
 * Human words for each status; shown in quick fixes, trees, the summary and exports. Read through `l10n.t` each time,
 * so they follow the display language the extension configures after this module has loaded.
 */
export const TOOL_STATUS_INFO: Readonly<Record<ToolStatus, ToolStatusWords>> = {
  used: wordsOf(() => l10n.t('Used'), () => l10n.t('The authority confirms it uses the tool.')),
  trialled: wordsOf(() => l10n.t('Trialled'), () => l10n.t('The tool was trialled, piloted or is planned.')),
  'not-used': wordsOf(() => l10n.t('Not used'), () => l10n.t('The authority says it does not use the tool.')),
  ncnd: wordsOf(() => l10n.t('NCND'), () => l10n.t('The authority neither confirms nor denies use of the tool.')),
  'partial-ncnd': wordsOf(
    () => l10n.t('Partial NCND'),
    () => l10n.t('Overt use is answered; covert use is neither confirmed nor denied.'),
  ),
  'not-held': wordsOf(
    () => l10n.t('Not held'),
    () => l10n.t('The authority says it holds no information about the tool.'),
  ),
  refused: wordsOf(
    () => l10n.t('Refused'),
    () => l10n.t('Information is held but withheld under an exemption or refusal ground.'),
  ),
  referred: wordsOf(() => l10n.t('Referred'), () => l10n.t('The authority points to another body for the answer.')),
  'no-answer': wordsOf(() => l10n.t('No answer'), () => l10n.t('The letter does not answer for this tool.')),
};

/** Words read each time they are asked for. */
function wordsOf(label: () => string, description: () => string): ToolStatusWords {
  return {
    get label() {
      return label();
    },
    get description() {
      return description();
    },
  };
}

export function isToolStatus(value: unknown): value is ToolStatus {
  return typeof value === 'string' && (TOOL_STATUSES as readonly string[]).includes(value);
}

/**
 * The Act a letter answers under: `foia`, the Freedom of Information Act 2000 (England, Wales, Northern Ireland and
 * UK-wide bodies), or `foisa`, the Freedom of Information (Scotland) Act 2002 (Scottish public authorities such as
 * Police Scotland). Section numbers, their titles and kinds, and the bank holidays of working days depend on it.
 */
export type ActId = 'foia' | 'foisa';

/** How a cited section works in a response. */
export type CitationKind = 'exemption' | 'ncnd-provision' | 'refusal-ground' | 'procedural';

/** A citation of a section of the letter's Act, e.g. "Section 24(2) National Security". */
export interface Citation {
  /** Normalised id, e.g. `s24(2)`, `s31(1)(a)`, `s8`. */
  readonly section: string;
  /** The section number alone, e.g. `s24`. */
  readonly base: string;
  readonly kind: CitationKind;
  /** The section's title from the letter's Act, or undefined when the section is not in that Act. */
  readonly title: string | undefined;
  /** False when the Act has no such section (e.g. "Section 99"). */
  readonly known: boolean;
  /** The characters of this one citation in the letter. */
  readonly span: Span;
  readonly text: string;
}

/** A "neither confirm nor deny" statement. */
export interface NcndStatement {
  /** `partial` where an overt answer is given and covert use is NCND. */
  readonly scope: 'full' | 'partial';
  /** Section ids relied on, e.g. `['s24(2)', 's31(3)']`. */
  readonly sections: readonly string[];
  readonly span: Span;
  readonly text: string;
}

/** A sentence-level statement the engine recognised (not held, opinion question, ...). */
export interface Statement {
  readonly span: Span;
  readonly text: string;
}

/** A referral to another body that may hold the information. */
export interface Referral extends Statement {
  /** The body named, e.g. "Northamptonshire Police", when the letter names one. */
  readonly body: string | undefined;
  /** An e-mail address, URL or postal address given for the body. */
  readonly contact: string | undefined;
}

/** Whether a test (public interest, prejudice/harm, balance) appears in the letter. */
export interface TestPresence {
  readonly present: boolean;
  /** True when the letter only refers to an attached document holding the test. */
  readonly attached: boolean;
  /** The sentences carrying out the test in the letter, not those pointing to an attachment; in text order. */
  readonly spans: readonly Span[];
}

/** Facts about the letter itself. Dates are ISO `YYYY-MM-DD`. */
export interface LetterFacts {
  readonly authority: string | null;
  readonly reference: string | null;
  readonly date: string | null;
  readonly received: string | null;
  /** Working days from receipt to the letter's date (bank holidays of England and Wales, or of Scotland for FOISA, skipped). */
  readonly workingDays: number | null;
  /** True when `workingDays` exceeds the 20 working days of section 10. */
  readonly late: boolean;
  readonly referenceSpan: Span | undefined;
  readonly dateSpan: Span | undefined;
  readonly receivedSpan: Span | undefined;
  readonly authoritySpan: Span | undefined;
}

/** A tool the research asks about, with the words letters use for it. */
export interface ToolDefinition {
  /** Stable id, e.g. `facial-recognition`. */
  readonly id: string;
  readonly label: string;
  /** Phrases that name the tool, matched case-insensitively on word boundaries. */
  readonly synonyms: readonly string[];
}

/** Where a tool is named in the letter. */
export interface ToolMention {
  readonly tool: string;
  readonly span: Span;
  /** True when the mention is inside the quoted request rather than the authority's answer. */
  readonly inRequest: boolean;
}

/** The engine's suggested status for one tool, with its evidence. */
export interface ToolAnswer {
  readonly tool: string;
  readonly status: ToolStatus;
  /** 0 to 1. */
  readonly confidence: number;
  /** The sentence (or passage) that gives the answer. */
  readonly evidence: Span;
  readonly text: string;
  /** Section ids relied on for this tool's answer. */
  readonly exemptions: readonly string[];
}

/** A part of the letter for the outline and folding. */
export interface LetterPart {
  readonly kind:
    | 'request'
    | 'question'
    | 'answer'
    | 'harm-test'
    | 'public-interest-test'
    | 'factors-for'
    | 'factors-against'
    | 'balance-test'
    | 'review';
  readonly title: string;
  /** The whole part. */
  readonly span: Span;
  /** The heading or first line that names the part. */
  readonly selection: Span;
  readonly children: readonly LetterPart[];
}

/** Severity of a finding; `ignore` in settings removes it. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A diagnostic the engine reports. `data` carries what a quick fix needs, so fixes never re-parse. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly span: Span;
  readonly message: string;
  readonly data?: FindingData;
}

/** Payload of a finding. */
export interface FindingData {
  readonly tool?: string;
  readonly status?: ToolStatus;
  readonly recordedStatus?: ToolStatus;
  readonly sections?: readonly string[];
  readonly section?: string;
}

/** Everything the engine found in one letter. */
export interface LetterAnalysis {
  /** The Act the letter answers under, which every section lookup of this analysis used. */
  readonly act: ActId;
  readonly letter: LetterFacts;
  readonly citations: readonly Citation[];
  readonly ncnd: readonly NcndStatement[];
  readonly notHeld: readonly Statement[];
  readonly referrals: readonly Referral[];
  readonly opinionQuestions: readonly Statement[];
  readonly publicInterestTest: TestPresence;
  readonly harmTest: TestPresence;
  readonly balanceTest: TestPresence;
  /** Regions quoting the requester's own words. */
  readonly request: readonly Span[];
  readonly mentions: readonly ToolMention[];
  readonly tools: readonly ToolAnswer[];
  readonly outline: readonly LetterPart[];
  readonly diagnostics: readonly Finding[];
}

/** Inputs besides the text. */
export interface AnalyzeOptions {
  /** Extra tools, or extra synonyms for a default tool when the id matches. */
  readonly tools?: readonly ToolDefinition[];
  /** Statuses already recorded in the letter's sidecar; tools with one get no `untagged-tool`. */
  readonly recorded?: Readonly<Record<string, ToolStatus>>;
}
