// Letters copied out of web pages, e-mail exports and ticketing portals keep their markup: HTML character references
// ("Hacking &amp; IMSI catchers", "Gwent Police&#8217;s", twice encoded as "&amp;#8217;") and tags ("<p>", "<br>",
// "<td>", "<strong>"). The engine reads such a letter as the page showed it, and then reports every span in the
// letter as saved, so that offsets still refer to the text the editor shows.

import { decodeHTMLStrict } from 'entities';

/** A letter with its markup read, and the way back to the saved text's offsets. */
export interface DecodedText {
  /** The text as the engine reads it. */
  readonly plain: string;
  /** The saved text's offset of a `plain` offset: the start of what was written for that character. */
  readonly sourceOffset: (plainOffset: number) => number;
}

/**
 * A character reference closed by its semicolon, maybe encoded twice ("&amp;#8217;"); or a tag of a name from
 * {@link TAG_READING}, or the opening of a comment. Bounded, so it never scans far.
 */
const MARKUP = /&(amp;)?(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|<(!--)|<(\/?)([A-Za-z][A-Za-z0-9]{0,9}(?::[A-Za-z]{1,9})?)\b[^<>]{0,500}>/g;

/**
 * What a tag reads as: a line break ("<br>"); the end of a line, where one is not already ended ("<div>", "<tr>"); the
 * end of a paragraph, with a blank line ("<p>", "<table>"); the edge of a table cell; a list item; nothing; or nothing
 * up to its close.
 */
type TagReading = 'break' | 'line' | 'paragraph' | 'cell' | 'item' | 'none' | 'hidden';

const TAG_READING: ReadonlyMap<string, TagReading> = new Map([
  ['br', 'break'],
  ...['address', 'article', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'footer', 'form', 'header', 'html', 'section', 'tbody', 'tfoot', 'thead', 'title', 'tr'].map(
    (name) => [name, 'line'] as const,
  ),
  ...['blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'ol', 'p', 'pre', 'table', 'ul'].map((name) => [name, 'paragraph'] as const),
  ...['td', 'th'].map((name) => [name, 'cell'] as const),
  ['li', 'item'],
  ...['a', 'abbr', 'b', 'big', 'cite', 'code', 'col', 'colgroup', 'em', 'font', 'i', 'img', 'input', 'ins', 'label', 'link', 'mark', 'meta', 'o:p', 'small', 'span', 'strong', 'sub', 'sup', 'tt', 'u'].map(
    (name) => [name, 'none'] as const,
  ),
  // What a page never shows: its style sheets and scripts, and text struck out as deleted.
  ...['del', 'head', 'script', 'strike', 'style'].map((name) => [name, 'hidden'] as const),
]);

/**
 * Tags are read only in a letter holding at least this many: a plain letter naming "<b>" once, or an address in angle
 * brackets, is left as written.
 */
const MIN_TAGS = 2;

/**
 * Reads the markup of `text`, or returns undefined when it holds none (most letters), so that the usual path costs
 * a search for "&" and "<". A no-break space is read as a plain space, which is all it means in a letter. References
 * that name no character, and tags of names a page does not use, are left as written. Every reading is no longer than
 * what it replaces, so the plain text is never the longer.
 */
export function decodeWebText(text: string): DecodedText | undefined {
  const hasTags = text.includes('<') && countTags(text) >= MIN_TAGS;
  if (!hasTags && !text.includes('&')) return undefined;
  // The plain text is gathered in pieces and joined once: a string built by appending is read back slowly, and
  // what a tag reads as depends only on the last two characters read, kept in `tail`.
  const pieces: string[] = [];
  let length = 0;
  let tail = '';
  // `starts[i]` is the saved offset where the source of plain character i begins; `starts[length]` is the end.
  const starts = new Int32Array(text.length + 1);
  let copied = 0;
  // The kinds of element met unclosed: no later one of a kind can close either, so none is looked for.
  const unclosed = new Set<string>();
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(text); match; match = MARKUP.exec(text)) {
    const end = match[0].startsWith('&') ? decodeReference(match) : hasTags ? readTag(match) : undefined;
    if (end !== undefined) MARKUP.lastIndex = end;
  }
  if (copied === 0) return undefined; // nothing read
  copyThrough(text.length);
  starts[length] = text.length;
  const plain = pieces.join('');
  return { plain, sourceOffset: (offset) => starts[Math.max(0, Math.min(offset, length))] };

  function decodeReference(match: RegExpExecArray): number | undefined {
    const reference = match[1] ? `&${match[0].slice(5)}` : match[0];
    const decoded = decodeHTMLStrict(reference).replace(/\u00a0/g, ' ');
    if (decoded === reference) return undefined;
    put(match.index, decoded);
    return (copied = match.index + match[0].length);
  }

  /** Reads the tag matched, returning where reading goes on, or undefined for a tag left as written. */
  function readTag(match: RegExpExecArray): number | undefined {
    const [whole, , comment, slash, name] = match;
    if (comment) return hide(match.index, /-->/g, 'comment');
    const reading = TAG_READING.get(name.toLowerCase());
    if (reading === undefined) return undefined;
    const closing = slash === '/';
    if (reading === 'hidden' && !closing) return hide(match.index, new RegExp(`</${name}\\s*>`, 'gi'), name.toLowerCase());
    // What a tag reads as depends on what was read just before it.
    copyThrough(match.index);
    put(match.index, tagText(reading, closing, length === 0 ? undefined : tail));
    copied = match.index + whole.length;
    // Spaces and line breaks before a tag that breaks the line anyway are the page's source layout, not its text;
    // so is the line break just after a tag breaking the line ("Yes.<br>" at a line's end).
    let next = copied;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (next > copied && breaksLine(text, next)) copied = next;
    else if (reading === 'break' || reading === 'line' || reading === 'paragraph') copied = afterLineBreak(text, copied);
    return copied;
  }

  /** Leaves out an element a page never shows, from `at` through the end of its `close`. */
  function hide(at: number, close: RegExp, kind: string): number | undefined {
    if (unclosed.has(kind)) return undefined;
    close.lastIndex = at;
    if (!close.exec(text)) {
      unclosed.add(kind);
      return undefined;
    }
    put(at, '');
    return (copied = close.lastIndex);
  }

  /** Copies the saved text up to `at`, then `reading` for what is written from `at`. */
  function put(at: number, reading: string): void {
    copyThrough(at);
    starts.fill(at, length, length + reading.length);
    append(reading);
  }

  function append(piece: string): void {
    if (piece === '') return;
    pieces.push(piece);
    length += piece.length;
    tail = piece.length >= 2 ? piece.slice(-2) : tail.slice(-1) + piece;
  }

  function copyThrough(end: number): void {
    for (let i = copied, at = length; i < end; i++, at++) starts[at] = i;
    append(text.slice(copied, end));
    copied = end;
  }
}

/** Tags of names a page uses, counted up to {@link MIN_TAGS}. */
function countTags(text: string): number {
  let count = 0;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(text); match && count < MIN_TAGS; match = MARKUP.exec(text)) {
    if (match[2] || (match[4] !== undefined && TAG_READING.has(match[4].toLowerCase()))) count++;
  }
  return count;
}

/** The text a tag of `reading` reads as, after `tail`, the last characters read (undefined at the start). */
function tagText(reading: TagReading, closing: boolean, tail: string | undefined): string {
  const lineStart = tail === undefined || tail.endsWith('\n');
  switch (reading) {
    case 'break':
      return '\n';
    case 'line':
      return lineStart ? '' : '\n';
    case 'paragraph':
      return tail === undefined || tail.endsWith('\n\n') ? '' : lineStart ? '\n' : '\n\n';
    case 'cell':
      return closing ? ' |' : lineStart ? '| ' : ' ';
    case 'item':
      return closing ? '' : lineStart ? '• ' : '\n• ';
    default:
      return '';
  }
}

const TAG_NAME = /<\/?([A-Za-z][A-Za-z0-9]{0,9}(?::[A-Za-z]{1,9})?)\b/y;

/** Whether a tag opening at `at` reads as a line break, a table cell or a list item. */
function breaksLine(text: string, at: number): boolean {
  TAG_NAME.lastIndex = at;
  const name = TAG_NAME.exec(text)?.[1].toLowerCase();
  const reading = name === undefined ? undefined : TAG_READING.get(name);
  return reading !== undefined && reading !== 'none' && reading !== 'hidden';
}

/** `at` moved past one line break ("\n" or "\r\n") after spaces, or `at` itself when none follows. */
function afterLineBreak(text: string, at: number): number {
  let next = at;
  while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++;
  if (text.charCodeAt(next) === 13) next++;
  return text.charCodeAt(next) === 10 ? next + 1 : at;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
