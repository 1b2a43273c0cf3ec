// The outcome of checking one file, as the formatters receive it.

import type { LetterAnalysis } from '../core/model';

/** A file the engine analysed, or one it could not, with the reason. */
export type FileReport =
  | {
      /** The path as shown to the user. */
      readonly file: string;
      readonly text: string;
      readonly analysis: LetterAnalysis;
    }
  | { readonly file: string; readonly error: string };

/** True for a report that carries an analysis. */
export function isAnalysed(report: FileReport): report is Extract<FileReport, { analysis: LetterAnalysis }> {
  return 'analysis' in report;
}
