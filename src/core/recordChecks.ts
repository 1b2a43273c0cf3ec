// Checks of a letter against what is recorded in its sidecar: statuses the text no longer supports
// (`status-mismatch`) and evidence or annotations whose words are gone (`stale-annotation`).
import * as l10n from '@vscode/l10n';
import { DIAGNOSTIC_CODES } from './diagnostics/codes';
import type { Finding, LetterAnalysis } from './model';
import { TOOL_STATUS_INFO } from './model';
import type { SidecarFile } from './sidecar/format';
import { findStaleEvidence, statusMismatches } from './sidecar/stale';

const QUOTE_PREVIEW = 60;

/** Findings about the sidecar's records, placed in the letter. `label` names a tool id for messages. */
export function checkRecords(text: string, analysis: LetterAnalysis, sidecar: SidecarFile, label: (tool: string) => string): Finding[] {
  const findings: Finding[] = [];
  for (const mismatch of statusMismatches(sidecar, analysis.tools)) {
    const answer = analysis.tools.find((candidate) => candidate.tool === mismatch.tool);
    if (!answer) continue;
    findings.push({
      code: 'status-mismatch',
      severity: DIAGNOSTIC_CODES['status-mismatch'].severity,
      span: answer.evidence,
      message: l10n.t(
        '{0} is recorded as {1}, but the letter now reads as {2}.',
        label(mismatch.tool),
        TOOL_STATUS_INFO[mismatch.recorded].label,
        TOOL_STATUS_INFO[mismatch.suggested].label,
      ),
      data: { tool: mismatch.tool, status: mismatch.suggested, recordedStatus: mismatch.recorded },
    });
  }
  const firstLine = { start: 0, end: Math.max(0, text.search(/\r|\n|$/)) };
  for (const stale of findStaleEvidence(text, sidecar)) {
    const tool = stale.keys[0] === 'tools' ? String(stale.keys[1]) : undefined;
    findings.push({
      code: 'stale-annotation',
      severity: DIAGNOSTIC_CODES['stale-annotation'].severity,
      span: firstLine,
      message: tool
        ? l10n.t('Recorded evidence for {0} is no longer in the letter: “{1}” ({2} in the sidecar).', label(tool), preview(stale.anchor.exact), stale.path)
        : l10n.t('An annotated passage is no longer in the letter: “{0}” ({1} in the sidecar).', preview(stale.anchor.exact), stale.path),
      data: tool ? { tool } : undefined,
    });
  }
  return findings;
}

function preview(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_PREVIEW ? `${flat.slice(0, QUOTE_PREVIEW - 1)}…` : flat;
}
