// JSON output of `foi check`: an array with one object per file, for scripts and spreadsheets.
// Lines and columns are one-based; absent values are null; a file that could not be analysed is `{ file, error }`.

import type { LetterAnalysis } from '../../core/model';
import type { FileReport } from '../fileReport';
import { isAnalysed } from '../fileReport';
import { OneBasedPositions } from './positions';

/** The JSON document for a run, pretty-printed, ending with a newline. */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports.map(toJson), null, 2)}\n`;
}

/** The JSON object for one file. */
export function toJson(report: FileReport): object {
  if (!isAnalysed(report)) return { file: report.file, error: report.error };
  return { file: report.file, ...analysisToJson(report.analysis, new OneBasedPositions(report.text)) };
}

function analysisToJson(analysis: LetterAnalysis, positions: OneBasedPositions): object {
  const { letter } = analysis;
  return {
    act: analysis.act,
    letter: {
      authority: letter.authority,
      reference: letter.reference,
      date: letter.date,
      received: letter.received,
      workingDays: letter.workingDays,
    },
    citations: analysis.citations.map((citation) => ({
      section: citation.section,
      kind: citation.kind,
      title: citation.title ?? null,
      ...positions.start(citation.span),
      text: citation.text,
    })),
    ncnd: analysis.ncnd.map((statement) => ({
      scope: statement.scope,
      sections: statement.sections,
      line: positions.start(statement.span).line,
      text: statement.text,
    })),
    notHeld: analysis.notHeld.map((statement) => ({
      line: positions.start(statement.span).line,
      text: statement.text,
    })),
    referrals: analysis.referrals.map((referral) => ({
      body: referral.body ?? null,
      contact: referral.contact ?? null,
      line: positions.start(referral.span).line,
      text: referral.text,
    })),
    publicInterestTest: analysis.publicInterestTest.present,
    tools: analysis.tools.map((answer) => ({
      tool: answer.tool,
      status: answer.status,
      confidence: answer.confidence,
      line: positions.start(answer.evidence).line,
      text: answer.text,
    })),
    diagnostics: analysis.diagnostics.map((finding) => {
      const start = positions.at(finding.span.start);
      const end = positions.at(finding.span.end);
      return {
        code: finding.code,
        severity: finding.severity,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        message: finding.message,
      };
    }),
  };
}
