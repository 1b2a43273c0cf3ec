// The one list of diagnostic codes: what each means and how severe it is unless the user's settings say otherwise.

import type { Severity } from '../model';

interface CodeInfo {
  readonly severity: Severity;
  readonly description: string;
}

/** Every diagnostic the engine and the sidecar layer report, with default severity and a one-line description. */
export const DIAGNOSTIC_CODES = {
  exemption: { severity: 'information', description: 'A section of the Act is relied on to withhold information.' },
  ncnd: { severity: 'information', description: 'The authority neither confirms nor denies holding information.' },
  'not-held': { severity: 'information', description: 'The authority says it does not hold the information.' },
  referral: { severity: 'information', description: 'The letter points to another body that may hold the information.' },
  'opinion-question': { severity: 'information', description: 'A question is treated as a request for opinion, not for information held.' },
  'missing-public-interest-test': {
    severity: 'warning',
    description: 'A qualified exemption is relied on without a public interest test in the letter.',
  },
  'unknown-section': { severity: 'warning', description: 'A cited section does not exist in the Freedom of Information Act 2000.' },
  'late-response': { severity: 'warning', description: 'The response took more than the 20 working days section 10 allows.' },
  'untagged-tool': { severity: 'information', description: 'The letter answers for a tool whose status is not yet recorded.' },
  'status-mismatch': { severity: 'warning', description: 'The recorded status differs from what the letter appears to say.' },
  'stale-annotation': { severity: 'warning', description: 'An annotation points at text that has since changed.' },
  'letter-too-large': { severity: 'information', description: 'The letter is too large to analyse while typing.' },
  'letter-not-text': { severity: 'information', description: 'The file holds binary data, not the text of a letter, so it is not analysed.' },
  'sidecar-syntax': { severity: 'error', description: 'The annotation file is not valid YAML.' },
  'sidecar-duplicate-key': { severity: 'error', description: 'The annotation file repeats a key.' },
  'sidecar-unknown-status': { severity: 'error', description: 'The annotation file records a status that does not exist.' },
  'sidecar-unknown-tool': { severity: 'warning', description: 'The annotation file records a tool that is not in the vocabulary.' },
  'sidecar-bad-date': { severity: 'error', description: 'The annotation file holds a date that is not a valid YYYY-MM-DD day.' },
  'sidecar-invalid': { severity: 'error', description: 'The annotation file does not match its schema.' },
} as const satisfies Readonly<Record<string, CodeInfo>>;

/** One of the keys of {@link DIAGNOSTIC_CODES}. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function isDiagnosticCode(value: unknown): value is DiagnosticCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, value);
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];

/**
 * The severity a finding is reported at: the user's override for its code when that is a valid severity, otherwise
 * the finding's own severity (or the code's default). Undefined when the override is `ignore` (the finding is dropped)
 * or the code is unknown.
 */
export function resolveSeverity(
  code: string,
  overrides: Readonly<Record<string, Severity | 'ignore'>> = {},
  own?: Severity,
): Severity | undefined {
  if (!isDiagnosticCode(code)) return undefined;
  const override = Object.prototype.hasOwnProperty.call(overrides, code) ? overrides[code] : undefined;
  if (override === 'ignore') return undefined;
  if (typeof override === 'string' && SEVERITIES.includes(override)) return override;
  return own ?? DIAGNOSTIC_CODES[code].severity;
}
