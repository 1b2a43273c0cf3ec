// One entry point for the three export formats, so the command line and the extension produce the same text.

import { exportCsv } from './exportCsv';
import { exportJson } from './exportJson';
import { exportMarkdown } from './exportMarkdown';
import type { SummarySnapshot } from './types';

/** The export formats, by name as `foi summary --format` takes them. */
export const SUMMARY_FORMATS = ['csv', 'markdown', 'json'] as const;

export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** The usual file extension of each format, for save dialogs. */
export const SUMMARY_FILE_EXTENSIONS: Readonly<Record<SummaryFormat, string>> = {
  csv: 'csv',
  markdown: 'md',
  json: 'json',
};

/** Options shared by the formats; `generated` is ignored by CSV, which carries no time stamp. */
export interface ExportOptions {
  readonly generated?: Date;
}

/** The snapshot in the given format. */
export function exportSummary(snapshot: SummarySnapshot, format: SummaryFormat, options: ExportOptions = {}): string {
  switch (format) {
    case 'csv':
      return exportCsv(snapshot);
    case 'markdown':
      return exportMarkdown(snapshot, options);
    case 'json':
      return exportJson(snapshot, options);
  }
}
