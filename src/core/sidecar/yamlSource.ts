// Reads sidecar YAML so that no file, however hostile, can stall or crash the host:
// - nesting is bounded before the yaml package's recursive composer runs (very deep nesting otherwise overflows
//   the stack, and an overflow that lands while V8 compiles a regular expression aborts the whole process);
// - aliases are reported, never expanded (no "billion laughs");
// - duplicate keys are found with one hash lookup per key, because the package's own `uniqueKeys` check compares
//   each key with every earlier one, which is quadratic on a file with 100 000 keys.

import * as l10n from '@vscode/l10n';
import { Composer, Document, Lexer, Parser, isAlias, isMap, isPair, isScalar, isSeq, type CST, type Range } from 'yaml';
import type { Span } from '../text';
import type { ProblemList } from './problems';

/** Deepest nesting of collections accepted; a sidecar needs six levels. */
export const MAX_SIDECAR_NESTING = 64;

/** Options for every parse of sidecar text. */
const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false } as const;

/** A sidecar's YAML, parsed. */
export interface YamlSource {
  readonly document: Document;
  /**
   * False when the YAML cannot be trusted to mean one thing: syntax errors, duplicate keys, aliases, more than one
   * document, or nesting deeper than {@link MAX_SIDECAR_NESTING}. Each reason was added to the problem list.
   */
  readonly readable: boolean;
}

/** Parses `text`, adding a problem at the exact characters of each YAML error, duplicate key and alias. */
export function readYaml(text: string, problems: ProblemList): YamlSource {
  const tokens = boundedTokens(text);
  if ('tooDeepAt' in tokens) {
    const at = Math.min(tokens.tooDeepAt, text.length);
    problems.add('sidecar-syntax', l10n.t('Collections are nested more than {0} levels deep.', MAX_SIDECAR_NESTING), { start: at, end: at }, 'error');
    return { document: new Document(null), readable: false };
  }
  const documents = [...new Composer(PARSE_OPTIONS).compose(tokens.list, true, text.length)];
  const document = documents[0];
  for (const error of document.errors) {
    problems.add('sidecar-syntax', error.message, clampedSpan(error.pos, text.length), 'error');
  }
  for (const warning of document.warnings) {
    problems.add('sidecar-syntax', warning.message, clampedSpan(warning.pos, text.length), 'warning');
  }
  if (documents.length > 1) {
    const extra = documents[1].range ?? [text.length, text.length];
    problems.add('sidecar-syntax', l10n.t('A sidecar holds one YAML document; remove the second.'), clampedSpan([extra[0], text.length], text.length), 'error');
  }
  const structure = scanStructure(document, problems);
  return { document, readable: document.errors.length === 0 && documents.length === 1 && structure };
}

/** The span `[range[0], range[1])` of a parsed node (its value, without trailing comments). */
export function spanOfRange(range: Range | null | undefined): Span {
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}

/** The CST tokens of `text`, or where nesting first exceeded the limit. */
function boundedTokens(text: string): { list: CST.Token[] } | { tooDeepAt: number } {
  const parser = new Parser();
  const list: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    list.push(...parser.next(lexeme));
    // The stack holds the document plus one entry per open collection.
    if (parser.stack.length > MAX_SIDECAR_NESTING + 1) return { tooDeepAt: parser.offset };
  }
  list.push(...parser.end());
  return { list };
}

/** Reports aliases and duplicate keys anywhere in the document; true when there were none. Iterative, one pass. */
function scanStructure(document: Document, problems: ProblemList): boolean {
  let clean = true;
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isAlias(node)) {
      clean = false;
      problems.add('sidecar-invalid', l10n.t('Aliases (*{0}) are not allowed in a sidecar; write the value out.', node.source), spanOfRange(node.range), 'error');
    } else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key)) {
          if (seen.has(pair.key.value)) {
            clean = false;
            problems.add('sidecar-duplicate-key', l10n.t('The key "{0}" appears twice in this mapping.', String(pair.key.value)), spanOfRange(pair.key.range), 'error');
          }
          seen.add(pair.key.value);
        } else {
          pending.push(pair.key);
        }
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    }
  }
  return clean;
}

function clampedSpan(pos: readonly [number, number], length: number): Span {
  const start = Math.max(0, Math.min(pos[0], length));
  return { start, end: Math.max(start, Math.min(pos[1], length)) };
}
