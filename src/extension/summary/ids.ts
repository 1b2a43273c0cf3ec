// The ids of what package.json contributes for the summary, in a file of their own so that index.ts can register
// stand-ins under them without loading the summary's code.
export const SUMMARY_VIEW = 'foi.summary';
export const LETTERS_VIEW = 'foi.letters';
export const TOOLS_VIEW = 'foi.tools';
export const EXEMPTIONS_VIEW = 'foi.exemptions';

/** The summary's commands whose code is in dist/summary.js. */
export const SUMMARY_COMMANDS = ['foi.exportSummary', 'foi.refreshSummary', 'foi.openEvidence'] as const;
export type SummaryCommandId = (typeof SUMMARY_COMMANDS)[number];
