// What is wrong with a sidecar, at the exact characters of the sidecar text, under the shared diagnostic codes.

import * as l10n from '@vscode/l10n';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics/codes';
import type { Severity } from '../model';
import type { Span } from '../text';

/** The diagnostic codes that describe a sidecar file itself. */
export type SidecarProblemCode = Extract<DiagnosticCode, `sidecar-${string}`>;

/** One thing wrong with a sidecar. */
export interface SidecarProblem {
  readonly code: SidecarProblemCode;
  readonly severity: Severity;
  readonly message: string;
  /** Character offsets into the sidecar text. */
  readonly span: Span;
}

/** A file with more problems than this reports the first ones and a count of the rest. */
export const MAX_SIDECAR_PROBLEMS = 200;

/** Collects problems, at each code's default severity unless told otherwise, up to {@link MAX_SIDECAR_PROBLEMS}. */
export class ProblemList {
  readonly #problems: SidecarProblem[] = [];
  #dropped = 0;

  add(code: SidecarProblemCode, message: string, span: Span, severity: Severity = DIAGNOSTIC_CODES[code].severity): void {
    if (this.#problems.length < MAX_SIDECAR_PROBLEMS) this.#problems.push({ code, severity, message, span });
    else this.#dropped++;
  }

  /** The problems in the order of the text, with a closing note when some were left out. */
  toArray(): SidecarProblem[] {
    const sorted = [...this.#problems].sort((a, b) => a.span.start - b.span.start);
    if (this.#dropped === 0) return sorted;
    const last = sorted[sorted.length - 1].span;
    const note: SidecarProblem = {
      code: 'sidecar-invalid',
      severity: 'information',
      message: l10n.t('{0} more problems in this file are not shown.', this.#dropped),
      span: last,
    };
    return [...sorted, note];
  }
}
