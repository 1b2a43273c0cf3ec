// The public surface of the core engine: the shared types, the single entry point, and the data tables (the Act,
// the tool vocabulary, the diagnostic codes) that hosts such as the extension and the command line build on.

export * from './model';
export * from './text';
export { analyze } from './analyze';
export { ACT_SECTIONS, lookupSection, sectionKind, type ActSection, type ExemptionInfo } from './act/sections';
export { DEFAULT_TOOLS, buildVocabulary, findToolMentions, toolLabel, type ToolMatch, type Vocabulary } from './vocabulary/tools';
export { DIAGNOSTIC_CODES, isDiagnosticCode, resolveSeverity, type DiagnosticCode } from './diagnostics/codes';
