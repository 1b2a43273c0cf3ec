// The sidecar annotation store: format, reading, validation, editing, anchors and checks against the letter.
// Pure: text in, text out; the extension and the command line do the file I/O.

export * from './format';
export { parseSidecar, type ParsedSidecar } from './parse';
export { sidecarSpanOf, type SidecarCheckOptions } from './validate';
export { MAX_SIDECAR_PROBLEMS, type SidecarProblem, type SidecarProblemCode } from './problems';
export { MAX_SIDECAR_NESTING } from './yamlSource';
export {
  SIDECAR_HEADER,
  addAnnotation,
  removeToolStatus,
  setToolStatus,
  type AnnotationEdit,
  type EditResult,
  type LetterFactsUpdate,
  type RemoveToolStatusEdit,
  type ToolStatusEdit,
} from './edit';
export { ANCHOR_CONTEXT, QuoteFinder, createAnchor, resolveAnchor } from './anchor';
export { findStaleEvidence, statusMismatches, type StaleAnchor, type StatusMismatch } from './stale';
