// Printing an edited sidecar. The yaml Document API re-prints the whole file in one style; this module prints in
// the style the person already uses (indentation step, list indentation; it also notes their line ending) and then
// puts back, exactly as written, every line the edit did not touch, so their spacing and comment alignment survive.

import type { Document, ToStringOptions } from 'yaml';
import { matchLines } from './lineMatch';
import { readYaml } from './yamlSource';
import { ProblemList } from './problems';

/** Beyond this many differing lines between two versions, the re-printing is used as it is. */
const MAX_RESTYLED_LINES = 500;

/** How a sidecar is printed. */
export interface PrintStyle {
  readonly options: ToStringOptions;
  readonly eol: '\n' | '\r\n';
}

/** The style of `text`: its indentation step, whether lists are indented under their key, and its line ending. */
export function styleOf(text: string | undefined): PrintStyle {
  let indent = 0;
  let indentSeq: boolean | undefined;
  let parentIndent = -1;
  const lines = text === undefined ? [] : text.split(/\r?\n/);
  for (const line of lines) {
    const content = /^( *)([^\s#].*)$/.exec(line);
    if (!content) continue;
    const depth = content[1].length;
    const isItem = /^-(\s|$)/.test(content[2]);
    if (parentIndent >= 0 && isItem && indentSeq === undefined) indentSeq = depth > parentIndent;
    else if (parentIndent >= 0 && depth > parentIndent && indent === 0 && !isItem) indent = depth - parentIndent;
    if (indent > 0 && indentSeq !== undefined) break;
    // A key with nothing after it opens a block collection on the following lines.
    parentIndent = /^[^#]*:\s*(#.*)?$/.test(content[2]) && !isItem ? depth : -1;
  }
  return {
    options: { indent: indent >= 1 && indent <= 8 ? indent : 2, indentSeq: indentSeq ?? true, lineWidth: 0, flowCollectionPadding: false },
    eol: text?.includes('\r\n') ? '\r\n' : '\n',
  };
}

/** `document` printed in `style`, with LF line ends. */
export function printDocument(document: Document, style: PrintStyle): string {
  return document.toString(style.options);
}

/**
 * The edited text, all with LF line ends: `after` (the edited document printed in `style`), except that wherever the edit left a stretch
 * of `before` (the original's re-printing) alone, that stretch is taken from `original` as the person wrote it.
 * This is a three-way merge with `before` as the base. Falls back to `after` whenever the merged text would not
 * read back exactly as `after` does.
 */
export function keepUntouchedLines(original: string, before: string, after: string, style: PrintStyle): string {
  if (original === before) return after;
  const source = original.split('\n');
  const base = before.split('\n');
  const edited = after.split('\n');
  // The person's lines are paired with their re-printing ignoring whitespace, which is most of what re-printing
  // changes (indentation, spacing before comments, padding in flow lists).
  const inSource = matchLines(source.map(withoutSpaces), base.map(withoutSpaces), MAX_RESTYLED_LINES);
  const inEdited = matchLines(edited, base, MAX_RESTYLED_LINES);
  if (!inSource || !inEdited) return after;
  const merged: string[] = [];
  let previous = -1;
  for (let line = 0; line <= base.length; line++) {
    const end = line === base.length;
    if (!end && (inSource[line] < 0 || inEdited[line] < 0)) continue;
    // base[previous+1, line) is a stretch between lines all three versions share.
    const sourceChunk = source.slice(previous < 0 ? 0 : inSource[previous] + 1, end ? source.length : inSource[line]);
    const editedFrom = previous < 0 ? 0 : inEdited[previous] + 1;
    const editedChunk = edited.slice(editedFrom, end ? edited.length : inEdited[line]);
    const baseChunk = base.slice(previous + 1, line);
    if (sameLines(editedChunk, baseChunk)) {
      merged.push(...sourceChunk);
    } else if (sourceChunk.length === 0) {
      // Both sides changed this stretch, the person's side by lacking lines the re-printing added (a blank line
      // before a closing comment, say): keep the edit's new lines without those.
      const reprinted = new Set<number>();
      for (let k = previous + 1; k < line; k++) if (inEdited[k] >= 0) reprinted.add(inEdited[k]);
      editedChunk.forEach((text, k) => {
        if (!reprinted.has(editedFrom + k)) merged.push(text);
      });
    } else {
      merged.push(...editedChunk);
    }
    if (!end) merged.push(source[inSource[line]]);
    previous = line;
  }
  const text = merged.join('\n');
  return reprint(text, style) === after ? text : after;
}

function withoutSpaces(line: string): string {
  return line.replace(/\s+/g, '');
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/** `text` parsed and printed again in `style`, or undefined when it does not parse cleanly. */
function reprint(text: string, style: PrintStyle): string | undefined {
  const source = readYaml(text, new ProblemList());
  return source.readable ? printDocument(source.document, style) : undefined;
}
