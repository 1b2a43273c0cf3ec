// What a unit says of a tool (a signal), a statement waiting to be given to tools (a blanket), and the confidence
// each way of naming a tool earns. Shared by the stages that make signals and the one that combines them.

import type { ToolStatus } from '../../model';
import type { Span } from '../../text';

/**
 * Statuses a statement naming no tool can give every requested tool ("the information requested is not held");
 * a bare "is used" with no tool named says nothing about which tool.
 */
export const WHOLE_REQUEST_STATUSES: ReadonlySet<ToolStatus> = new Set(['ncnd', 'not-held', 'refused', 'referred']);

export const CONFIDENCE = {
  perToolLine: 0.9,
  mention: 0.85,
  anaphora: 0.75,
  bareAnswer: 0.75,
  remaining: 0.7,
  question: 0.7,
  blanket: 0.6,
  noAnswer: 0.3,
  conflictPenalty: 0.2,
} as const;

export interface Signal {
  readonly tool: string;
  readonly status: ToolStatus;
  readonly confidence: number;
  readonly unit: Span;
  readonly sections: readonly string[];
  /** For NCND: the statement covers only covert use or "any other information". */
  readonly partial: boolean;
  /** For NCND: the same passage answers overt use ("no overt use ..., but can neither confirm nor deny ..."). */
  readonly overtAnswered?: boolean;
  /**
   * For use: told only indirectly, over a period that closed ("used a mapping product between 2015 and 2018"), as
   * information published about the tool ("is published on our website") or as a licence held ("holds a licence for
   * ..."), which a denial of present use or a trial elsewhere in the letter outweighs. For a trial: one told before
   * its ending, which a denial of use outweighs.
   */
  readonly indirect?: boolean;
  /** For non-use: told as use that ended ("It has since been withdrawn"), which outweighs use told before it. */
  readonly ended?: boolean;
  /** False for a statement applied to several tools because it names none of them. */
  readonly specific: boolean;
}

/**
 * A statement naming no tool, waiting to be given to tools: `all` the requested tools (only when the letter answers
 * nothing more specifically), the `remaining` ones ("the other tools"), or those of the numbered `question` it
 * answers ("Question 4: no information is held").
 */
export interface PendingBlanket {
  readonly kind: 'remaining' | 'all' | 'question';
  readonly status: ToolStatus;
  readonly topic: readonly string[];
  readonly unit: Span;
  readonly sections: readonly string[];
  readonly partial: boolean;
  /** A request sent on to another body ("we have transferred your request to Gwent Police"), which a general "not held" does not outweigh. */
  readonly transferred?: boolean;
  /**
   * A referral sending the requester on ("please contact Cheshire Constabulary"), not only saying whose matter it is
   * ("operational matters for the Chief Constable"): a general "not held" beside it does not outweigh it.
   */
  readonly sendsOn?: boolean;
}
