// Letters copied out of web pages and e-mail exports often keep their HTML character references: "Hacking &amp;
// IMSI catchers", "neither&nbsp;confirm", "Gwent Police&#8217;s". The engine reads such a letter with each reference
// as the character it stands for, and then reports every span in the letter as saved, so that offsets still refer
// to the text the editor shows.

import { decodeHTMLStrict } from 'entities';

/** A letter with its character references decoded, and the way back to the saved text's offsets. */
export interface DecodedText {
  /** The text as the engine reads it. */
  readonly plain: string;
  /** The saved text's offset of a `plain` offset: the start of what was written for that character. */
  readonly sourceOffset: (plainOffset: number) => number;
}

/** A named or numeric character reference, closed by its semicolon; bounded, so it never scans far. */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * Decodes the HTML character references of `text`, or returns undefined when it holds none (most letters), so that
 * the usual path costs one search for "&". A no-break space is read as a plain space, which is all it means in a
 * letter. References that name no character are left as written.
 */
export function decodeEntities(text: string): DecodedText | undefined {
  if (!text.includes('&')) return undefined;
  let plain = '';
  // `starts[i]` is the saved offset where the source of plain character i begins; `starts[plain.length]` is the end.
  // A reference decodes to fewer characters than it is written with, so the plain text is never the longer.
  const starts = new Int32Array(text.length + 1);
  let copied = 0;
  REFERENCE.lastIndex = 0;
  for (let match = REFERENCE.exec(text); match; match = REFERENCE.exec(text)) {
    const decoded = decodeHTMLStrict(match[0]).replace(/\u00a0/g, ' ');
    if (decoded === match[0]) continue;
    copyThrough(match.index);
    starts.fill(match.index, plain.length, plain.length + decoded.length);
    plain += decoded;
    copied = match.index + match[0].length;
  }
  if (copied === 0) return undefined; // nothing decoded
  copyThrough(text.length);
  starts[plain.length] = text.length;
  return { plain, sourceOffset: (offset) => starts[Math.max(0, Math.min(offset, plain.length))] };

  function copyThrough(end: number): void {
    for (let i = copied, at = plain.length; i < end; i++, at++) starts[at] = i;
    plain += text.slice(copied, end);
    copied = end;
  }
}
