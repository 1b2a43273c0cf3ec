import * as assert from 'node:assert/strict';
import { DEFAULT_MAX_BYTES, decodeLetter, sizeProblem } from '../../src/core/decode';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 + i * 2] = first;
    bytes[3 + i * 2] = second;
  }
  return bytes;
}

function reasonOf(bytes: Uint8Array, maxBytes?: number): string {
  const result = decodeLetter(bytes, { maxBytes });
  assert.equal(result.ok, false, 'expected the bytes to be refused');
  return result.ok ? '' : result.reason;
}

describe('decodeLetter', () => {
  it('decodes plain UTF-8, keeping curly quotes and bullets', () => {
    const result = decodeLetter(utf8('I can confirm this is used by the Force.\n• ‘Hacking’ – not held'));
    assert.deepEqual(result, {
      ok: true,
      text: 'I can confirm this is used by the Force.\n• ‘Hacking’ – not held',
      bom: false,
      crlf: false,
    });
  });

  it('drops a UTF-8 byte order mark and says it was there', () => {
    const result = decodeLetter(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Our Ref: 123')]));
    assert.deepEqual(result, { ok: true, text: 'Our Ref: 123', bom: true, crlf: false });
  });

  it('keeps CRLF and lone CR line endings so offsets match the file', () => {
    const result = decodeLetter(utf8('Dear requester\r\nSection 24(2)\rNot held\n'));
    assert.ok(result.ok);
    assert.equal(result.text, 'Dear requester\r\nSection 24(2)\rNot held\n');
    assert.equal(result.crlf, true);
  });

  it('decodes UTF-16 LE and BE with a byte order mark', () => {
    for (const order of ['le', 'be'] as const) {
      const result = decodeLetter(utf16('Section 31(3) – Law Enforcement\r\n', order));
      assert.deepEqual(result, { ok: true, text: 'Section 31(3) – Law Enforcement\r\n', bom: true, crlf: true }, order);
    }
  });

  it('refuses UTF-16 with an odd number of bytes', () => {
    assert.match(reasonOf(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42])), /^invalid UTF-16 LE: odd number of bytes/);
  });

  it('recognises UTF-16 without a byte order mark instead of calling it binary', () => {
    const withoutBom = utf16('Freedom of Information Act 2000 response', 'le').subarray(2);
    assert.match(reasonOf(withoutBom), /^looks like UTF-16 LE without a byte order mark/);
    const bigEndian = utf16('Freedom of Information Act 2000 response', 'be').subarray(2);
    assert.match(reasonOf(bigEndian), /^looks like UTF-16 BE without a byte order mark/);
  });

  it('refuses an empty file and a file holding only a byte order mark', () => {
    assert.equal(reasonOf(new Uint8Array()), 'empty file');
    assert.equal(reasonOf(new Uint8Array([0xef, 0xbb, 0xbf])), 'empty file (only a byte order mark)');
    assert.equal(reasonOf(new Uint8Array([0xff, 0xfe])), 'empty file (only a byte order mark)');
  });

  it('refuses bytes with NUL as binary', () => {
    const pdfish = new Uint8Array([...utf8('%PDF-1.7\n'), 0x00, 0x01, 0x02, 0x9c, 0x00, ...utf8('stream')]);
    assert.equal(reasonOf(pdfish), 'binary file (contains NUL bytes)');
  });

  it('refuses text dominated by control characters as binary, but not form feeds from pdftotext', () => {
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    assert.match(reasonOf(controls), /^binary file \(\d+% control characters\)$/);
    const pages = decodeLetter(utf8('Page one\f\fPage two\f\t\tPage three\f'));
    assert.equal(pages.ok, true);
  });

  it('looks only at the first 8 KB when deciding a file is binary', () => {
    const text = 'a'.repeat(8 * 1024);
    const result = decodeLetter(new Uint8Array([...utf8(text), 0x01, 0x02, 0x03]));
    assert.equal(result.ok, true);
  });

  it('refuses invalid UTF-8, naming the first bad byte and how to convert Windows-1252', () => {
    // "don’t" saved as Windows-1252: the apostrophe is the single byte 0x92.
    const reason = reasonOf(new Uint8Array([...utf8('We don'), 0x92, ...utf8('t hold it')]));
    assert.match(reason, /^invalid UTF-8 at byte 6 \(0x92\)/);
    assert.match(reason, /iconv -f windows-1252 -t utf-8/);
  });

  it('refuses overlong encodings, surrogates and truncated sequences', () => {
    assert.match(reasonOf(new Uint8Array([0x41, 0xc0, 0xaf])), /^invalid UTF-8 at byte 1 \(0xC0\)/);
    assert.match(reasonOf(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80])), /^invalid UTF-8 at byte 2 \(0xED\)/);
    assert.match(reasonOf(new Uint8Array([0x41, 0xe2, 0x80])), /^invalid UTF-8 at byte 1 \(0xE2\)/);
  });

  it('refuses input over the size limit, giving the size and the limit', () => {
    assert.equal(reasonOf(new Uint8Array(3000), 2048), 'file is too large to analyse: 2.9 KB, over the 2 KB limit');
  });

  it('has a default limit of 20 MB and reports sizes in MB', () => {
    assert.equal(DEFAULT_MAX_BYTES, 20 * 1024 * 1024);
    assert.equal(sizeProblem(DEFAULT_MAX_BYTES), undefined);
    assert.equal(sizeProblem(50 * 1024 * 1024), 'file is too large to analyse: 50 MB, over the 20 MB limit');
  });
});
