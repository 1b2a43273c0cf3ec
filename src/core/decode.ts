// Turns the bytes of a letter file into the text the engine analyses, or one clear reason why it cannot.
// Pure: no file system. Line endings are kept as they are, so every offset refers to the text an editor shows.
//
// Encodings: UTF-8 (a leading byte order mark is dropped) and UTF-16 LE/BE when a byte order mark says so.
// Bytes that are not valid UTF-8 are refused rather than guessed as Windows-1252: the editor opens the same file
// as UTF-8, and a silent guess would give the command line and the editor different texts and offsets. The
// reason names the first bad byte and says how to convert the file.

/** Largest file the analysis accepts by default: 20 MB. Letters are kilobytes; anything near this is not a letter. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** How many leading bytes are inspected to tell text from binary data. */
const SNIFF_BYTES = 8 * 1024;

/** Share of control characters in the sniffed bytes above which a file counts as binary. */
const CONTROL_SHARE_LIMIT = 0.1;

/** Options for {@link decodeLetter}. */
export interface DecodeOptions {
  /** Refuse inputs longer than this many bytes; defaults to {@link DEFAULT_MAX_BYTES}. */
  readonly maxBytes?: number;
}

/** A decoded letter, or the reason it could not be decoded. */
export type DecodeResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** True when the file began with a byte order mark (which is not part of `text`). */
      readonly bom: boolean;
      /** True when the text contains CRLF line endings (kept in `text`). */
      readonly crlf: boolean;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Decodes the bytes of a letter file.
 * Reasons for refusal are one line each: empty, too large, binary, UTF-16 without a byte order mark, invalid UTF-8.
 */
export function decodeLetter(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const tooLarge = sizeProblem(bytes.length, options.maxBytes);
  if (tooLarge !== undefined) return refuse(tooLarge);
  if (bytes.length === 0) return refuse('empty file');

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), true);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be');

  const binary = binaryProblem(bytes.subarray(0, SNIFF_BYTES));
  if (binary !== undefined) return refuse(binary);
  return decodeUtf8(bytes, false);
}

/**
 * The reason a file of `byteLength` bytes is refused for its size, or undefined when it is within the limit.
 * Exported so a host can check a file's size before reading it.
 */
export function sizeProblem(byteLength: number, maxBytes: number = DEFAULT_MAX_BYTES): string | undefined {
  if (byteLength <= maxBytes) return undefined;
  return `file is too large to analyse: ${formatBytes(byteLength)}, over the ${formatBytes(maxBytes)} limit`;
}

/**
 * Why text that a host has already decoded (an editor's buffer) looks like binary data rather than a letter, or
 * undefined when it looks like text. The same test as for bytes: a NUL character anywhere, or too many control
 * characters at the start, where characters the host could not decode (U+FFFD) count as control characters.
 */
export function binaryTextProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'binary file (contains NUL characters)';
  const head = Math.min(text.length, SNIFF_BYTES);
  let strays = 0;
  for (let i = 0; i < head; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd || (code < 0x80 && isStrayControl(code))) strays++;
  }
  if (strays > head * CONTROL_SHARE_LIMIT) {
    return `binary file (${Math.round((strays / head) * 100)}% control or undecodable characters)`;
  }
  return undefined;
}

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodeResult {
  if (bom && bytes.length === 0) return refuse('empty file (only a byte order mark)');
  try {
    return accept(new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom);
  } catch {
    return refuse(invalidUtf8Reason(bytes));
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  if (bytes.length === 0) return refuse('empty file (only a byte order mark)');
  const name = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (bytes.length % 2 !== 0) return refuse(`invalid ${name}: odd number of bytes after the byte order mark`);
  try {
    return accept(new TextDecoder(encoding, { fatal: true }).decode(bytes), true);
  } catch {
    return refuse(`invalid ${name}: unpaired surrogate`);
  }
}

function accept(text: string, bom: boolean): DecodeResult {
  return { ok: true, text, bom, crlf: text.includes('\r\n') };
}

function refuse(reason: string): DecodeResult {
  return { ok: false, reason };
}

/** Why the sniffed bytes look binary, or undefined when they look like text. */
function binaryProblem(head: Uint8Array): string | undefined {
  let nuls = 0;
  let evenNuls = 0;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i];
    if (byte === 0) {
      nuls++;
      if (i % 2 === 0) evenNuls++;
    } else if (isStrayControl(byte)) {
      controls++;
    }
  }
  if (nuls > 0) {
    // ASCII text in UTF-16 has a NUL in every other byte; say so rather than calling it binary.
    if (nuls * 2 >= head.length * 0.9) {
      const order = evenNuls * 2 > nuls ? 'BE' : 'LE';
      return `looks like UTF-16 ${order} without a byte order mark; save it as UTF-8`;
    }
    return 'binary file (contains NUL bytes)';
  }
  if (controls > head.length * CONTROL_SHARE_LIMIT) {
    return `binary file (${Math.round((controls / head.length) * 100)}% control characters)`;
  }
  return undefined;
}

/** Control bytes that text files do not contain. Tab, line feed, carriage return and form feed are text. */
function isStrayControl(byte: number): boolean {
  if (byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d) return false;
  return byte < 0x20 || byte === 0x7f;
}

/** Names the first byte that breaks UTF-8 and says how to convert the likeliest other encoding. */
function invalidUtf8Reason(bytes: Uint8Array): string {
  const offset = firstInvalidUtf8Offset(bytes);
  const hex = `0x${bytes[offset].toString(16).toUpperCase().padStart(2, '0')}`;
  return (
    `invalid UTF-8 at byte ${offset} (${hex}); if the file is Windows-1252 (common for PDFs converted on Windows), ` +
    'convert it with `iconv -f windows-1252 -t utf-8`'
  );
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (the end when all are). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 when it is malformed (RFC 3629 table 3-7). */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1];
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k];
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function formatBytes(count: number): string {
  const mb = count / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  const kb = count / 1024;
  if (kb >= 1) return `${Number.isInteger(kb) ? kb : kb.toFixed(1)} KB`;
  return `${count} bytes`;
}
