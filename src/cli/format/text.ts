// Text output of `foi check`: one line per diagnostic, `file:line:column severity code message`,
// in the spirit of eslint's unix format, so editors and grep can jump to each finding.

import type { FileReport } from '../fileReport';
import { isAnalysed } from '../fileReport';
import { OneBasedPositions } from './positions';

/** The diagnostic lines of the analysed files, in report order. Files that could not be read give no line here. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (!isAnalysed(report)) continue;
    const positions = new OneBasedPositions(report.text);
    for (const finding of report.analysis.diagnostics) {
      const { line, column } = positions.start(finding.span);
      lines.push(`${report.file}:${line}:${column} ${finding.severity} ${finding.code} ${oneLine(finding.message)}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** Messages are printed on one line whatever they contain. */
function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}
