// What the tool answers are read from. A module of its own so the stages can name it without importing the entry.

import type { Citation, NcndStatement, Referral, Statement, ToolMention } from '../../model';
import type { Span } from '../../text';
import type { Line } from '../lines';

/** What the tool answers are read from: the text and what the other finders found in it. */
export interface ToolAnswerInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  /** Regions quoting the requester, sorted and non-overlapping. */
  readonly request: readonly Span[];
  /** Every tool mention, in order, flagged when inside the request. */
  readonly mentions: readonly ToolMention[];
  readonly citations: readonly Citation[];
  readonly ncnd: readonly NcndStatement[];
  readonly notHeld: readonly Statement[];
  readonly referrals: readonly Referral[];
  /** Passages arguing a harm, public interest or balance test: reasons for a refusal, not answers. */
  readonly argument: readonly Span[];
  /** The authority that wrote the letter, when found: what another force did is not its answer. */
  readonly authority?: string | null;
  /** The letter's lines from `splitLines`, when the caller has them already. */
  readonly lines?: readonly Line[];
}
