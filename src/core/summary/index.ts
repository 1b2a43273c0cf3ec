// The workspace summary: the incremental index over every sidecar and its three exports.
// The command line (`foi summary`) and the extension's export command both use exactly these functions.

export { SummaryIndex, DUPLICATE_SIDECAR, MISSING_LETTER, type SummaryIndexOptions } from './summaryIndex';
export { UNKNOWN_AUTHORITY } from './matrix';
export { letterFileOf } from './letters';
export { sectionLabel } from './sectionLabel';
export { exportCsv, CSV_COLUMNS, EVIDENCE_SEPARATOR, EXEMPTION_SEPARATOR } from './exportCsv';
export { exportMarkdown, escapeMarkdown, type MarkdownOptions } from './exportMarkdown';
export { exportJson, type JsonOptions } from './exportJson';
export type * from './types';
export {
  exportSummary,
  SUMMARY_FORMATS,
  SUMMARY_FILE_EXTENSIONS,
  type SummaryFormat,
  type ExportOptions,
} from './exportSummary';
