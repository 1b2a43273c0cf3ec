// Reading a sidecar: its text in, its value, its YAML document (for positions and edits) and its problems out.

import type { Document } from 'yaml';
import type { SidecarFile } from './format';
import { ProblemList, type SidecarProblem } from './problems';
import { readSidecarValue, type SidecarCheckOptions } from './validate';
import { readYaml } from './yamlSource';

/** A sidecar as read from its text. */
export interface ParsedSidecar {
  /**
   * What the file records, without the entries that failed validation; undefined when the YAML cannot be read
   * (syntax errors, duplicate keys, aliases), is not a mapping, or declares a format version other than 1.
   */
  readonly value: SidecarFile | undefined;
  /** The parsed YAML, whose nodes' `range`s locate anything in the text. */
  readonly document: Document;
  /** Everything wrong with the file, each at the exact characters concerned, in the order found. */
  readonly problems: readonly SidecarProblem[];
}

/**
 * Parses and validates sidecar text. Runs in time linear in the text: aliases are refused rather than expanded,
 * duplicate keys are found by hashing, and nesting is bounded.
 */
export function parseSidecar(text: string, options: SidecarCheckOptions = {}): ParsedSidecar {
  const problems = new ProblemList();
  const source = readYaml(text, problems);
  const value = source.readable ? readSidecarValue(source.document, problems, options) : undefined;
  return { value, document: source.document, problems: problems.toArray() };
}
