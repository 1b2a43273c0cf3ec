import * as assert from 'node:assert/strict';
import { readFileSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../../package.json';
import { runCli, SEEDS } from './harness';
import { makeTempDir } from './tempDir';

const SEED_FILES = [
  'cambridgeshire-opcc-19-026-037.txt',
  'hertfordshire-2017-01696.txt',
  'norfolk-suffolk-007663-17.txt',
  'northamptonshire-opfcc-13062019.txt',
  'west-midlands-pcc-2019-01031.txt',
];

const TEXT_LINE = /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+) (?<severity>error|warning|information|hint) (?<code>[a-z][a-z0-9-]*) \S.*$/;

// The JSON shape is a contract with scripts; these are its keys, in order.
const FILE_KEYS = ['file', 'act', 'letter', 'citations', 'ncnd', 'notHeld', 'referrals', 'publicInterestTest', 'tools', 'diagnostics'];
const LETTER_KEYS = ['authority', 'reference', 'date', 'received', 'workingDays'];

interface JsonFile {
  file: string;
  error?: string;
  act: string;
  letter: Record<string, unknown>;
  citations: { section: string; kind: string; title: string | null; line: number; column: number; text: string }[];
  ncnd: { scope: string; sections: string[]; line: number; text: string }[];
  notHeld: { line: number; text: string }[];
  referrals: { body: string | null; contact: string | null; line: number; text: string }[];
  publicInterestTest: boolean;
  tools: { tool: string; status: string; confidence: number; line: number; text: string }[];
  diagnostics: { code: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

/** The lines of a file as an editor numbers them (LF, CRLF or lone CR). */
function linesOf(file: string): string[] {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** The text from a one-based position to the end of its line. */
function textAt(lines: readonly string[], line: number, column: number): string {
  assert.ok(line >= 1 && line <= lines.length, `line ${line} is outside 1..${lines.length}`);
  assert.ok(column >= 1 && column <= lines[line - 1].length + 1, `column ${column} is outside line ${line}`);
  return lines[line - 1].slice(column - 1);
}

function firstLineOf(text: string): string {
  return text.split(/\r\n|\r|\n/)[0];
}

describe('foi (global options)', () => {
  it('prints help listing the check command, and exits 0', async () => {
    const run = await runCli(['--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: foi <command>/);
    assert.match(run.stdout, /^ {2}check +analyse letters/m);
    assert.match(run.stdout, /^ {2}summary +aggregate sidecars/m);
    assert.equal(run.stderr, '');
  });

  it('prints the version from package.json', async () => {
    const run = await runCli(['--version']);
    assert.deepEqual(run, { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 2 without a command, with an unknown command, or an unknown global option', async () => {
    for (const argv of [[], ['lint'], ['--verbose']]) {
      const run = await runCli(argv);
      assert.equal(run.code, 2, argv.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^foi: (no command given|unknown command 'lint'|unknown option '--verbose')\n/);
    }
  });
});

describe('foi check (command line)', () => {
  it('prints its help with the options and exit statuses', async () => {
    const run = await runCli(['check', '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: foi check \[options\] <paths-or-globs\.\.\.>/);
    assert.match(run.stdout, /--format <text\|json>/);
    assert.match(run.stdout, /Exit status: 0/);
  });

  it('exits 2 with one clear message for usage errors, before reading any file', async () => {
    const cases: [string[], string][] = [
      [['check'], 'no paths given'],
      [['check', '--format', 'xml', '.'], "option '--format' must be one of text, json; got 'xml'"],
      [['check', '--colour', '.'], "unknown option '--colour'"],
      [['check', '.', '--format'], "option '--format' needs a value"],
      [['check', '--tools', 'missing-tools.json', '.'], "cannot read tools file 'missing-tools.json': no such file"],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv);
      assert.equal(run.code, 2, argv.join(' '));
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, `foi check: ${message}\nRun 'foi check --help' for usage.\n`);
    }
  });
});

describe('foi check --format text on the seed letters', () => {
  let run: Awaited<ReturnType<typeof runCli>>;

  before(async () => {
    run = await runCli(['check', '.']);
  });

  it('analyses every seed and exits 0 with nothing on stderr', () => {
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '');
  });

  it('prints one "file:line:column severity code message" line per diagnostic, sorted by file', () => {
    const lines = run.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 0, 'the seeds should give some diagnostics');
    const files = lines.map((line) => {
      const match = TEXT_LINE.exec(line);
      assert.ok(match?.groups, `not a diagnostic line: ${line}`);
      assert.ok(SEED_FILES.includes(match.groups.file), match.groups.file);
      textAt(linesOf(join(SEEDS, match.groups.file)), Number(match.groups.line), Number(match.groups.column));
      return match.groups.file;
    });
    assert.deepEqual(files, [...files].sort());
  });

  it('prints the same lines as the JSON diagnostics', async () => {
    const json = JSON.parse((await runCli(['check', '--format', 'json', '.'])).stdout) as JsonFile[];
    const expected = json.flatMap((file) =>
      file.diagnostics.map((d) => `${file.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message.replace(/\s+/g, ' ').trim()}`),
    );
    assert.deepEqual(run.stdout.trimEnd().split('\n'), expected);
  });
});

describe('foi check --format json on the seed letters', () => {
  let files: JsonFile[];

  before(async () => {
    const run = await runCli(['check', '--format', 'json', ...SEED_FILES.map((name) => `./${name}`).reverse()]);
    assert.equal(run.code, 0, run.stderr);
    files = JSON.parse(run.stdout) as JsonFile[];
  });

  it('gives one object per file, sorted, with exactly the documented keys', () => {
    assert.deepEqual(
      files.map((file) => file.file),
      SEED_FILES,
    );
    for (const file of files) {
      assert.deepEqual(Object.keys(file), FILE_KEYS, file.file);
      assert.deepEqual(Object.keys(file.letter), LETTER_KEYS, file.file);
      assert.equal(typeof file.publicInterestTest, 'boolean');
    }
  });

  it('uses ISO dates, integers or null for the letter facts', () => {
    for (const { letter, file } of files) {
      for (const key of ['date', 'received']) {
        assert.ok(letter[key] === null || /^\d{4}-\d{2}-\d{2}$/.test(String(letter[key])), `${file} ${key}: ${letter[key]}`);
      }
      assert.ok(letter.workingDays === null || Number.isInteger(letter.workingDays), file);
      for (const key of ['authority', 'reference']) assert.ok(letter[key] === null || typeof letter[key] === 'string', file);
    }
  });

  it('points every citation at its own text with one-based line and column', () => {
    let count = 0;
    for (const file of files) {
      const lines = linesOf(join(SEEDS, file.file));
      for (const citation of file.citations) {
        assert.ok(textAt(lines, citation.line, citation.column).startsWith(firstLineOf(citation.text)), citation.text);
        assert.ok(citation.title === null || typeof citation.title === 'string');
        count++;
      }
    }
    assert.ok(count > 0, 'the seeds cite sections of the Act');
  });

  it('gives every statement, referral, tool answer and diagnostic a line inside its file', () => {
    for (const file of files) {
      const lines = linesOf(join(SEEDS, file.file));
      const statements = [...file.ncnd, ...file.notHeld, ...file.referrals, ...file.tools];
      for (const { line, text } of statements) {
        assert.ok(lines[line - 1].includes(firstLineOf(text).slice(0, 20)), `${file.file}:${line} does not hold "${text}"`);
      }
      for (const d of file.diagnostics) {
        textAt(lines, d.line, d.column);
        textAt(lines, d.endLine, d.endColumn);
        assert.ok(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), `${file.file}: ${d.code}`);
      }
    }
  });

  it('reads the West Midlands answers as used, partial NCND and NCND', () => {
    const westMidlands = files.find((file) => file.file === 'west-midlands-pcc-2019-01031.txt');
    const statuses = Object.fromEntries(westMidlands?.tools.map((answer) => [answer.tool, answer.status]) ?? []);
    assert.equal(statuses['body-worn-video'], 'used');
    assert.equal(statuses['facial-recognition'], 'partial-ncnd');
    assert.equal(statuses['hacking'], 'ncnd');
    assert.equal(statuses['imsi-catchers'], 'ncnd');
    assert.equal(statuses['social-media-intelligence'], 'used');
  });

  it('finds the NCND under sections 24(2) and 31(3) in the Hertfordshire letter, with its public interest test', () => {
    const hertfordshire = files.find((file) => file.file === 'hertfordshire-2017-01696.txt');
    assert.ok(hertfordshire);
    assert.ok(hertfordshire.citations.some((citation) => citation.section === 's24(2)'));
    assert.ok(hertfordshire.citations.some((citation) => citation.section === 's31(3)'));
    assert.ok(hertfordshire.ncnd.length > 0);
    assert.equal(hertfordshire.publicInterestTest, true);
  });
});

describe('foi check --format json on a Scottish letter', () => {
  const FOISA = join(SEEDS, '..', 'foisa');
  const NAME = 'scottish-ncnd-s18-not-held-s17-within-20-days-after-st-andrews-day.txt';

  it('gives the letter\'s Act as "act", and reads its sections and working days under it', async () => {
    const run = await runCli(['check', '--format', 'json', NAME], FOISA);
    assert.equal(run.code, 0, run.stderr);
    const [file] = JSON.parse(run.stdout) as JsonFile[];
    assert.equal(file.act, 'foisa');
    const s18 = file.citations.find((citation) => citation.section === 's18');
    assert.deepEqual([s18?.kind, s18?.title], ['ncnd-provision', 'Further provision as respects responses to request']);
    assert.equal(file.letter.workingDays, 20);
  });

  it('gives "foia" for every letter under the Act of 2000', async () => {
    const run = await runCli(['check', '--format', 'json', '.']);
    const files = JSON.parse(run.stdout) as JsonFile[];
    assert.deepEqual([...new Set(files.map((file) => file.act))], ['foia']);
  });
});

describe('foi check on bad input', () => {
  let temp: ReturnType<typeof makeTempDir>;

  before(() => {
    temp = makeTempDir();
    const letter = 'Our Ref: FOI 123/19\n\nThe force does not hold the information you requested.\n';
    writeFileSync(join(temp.dir, 'empty.txt'), '');
    writeFileSync(join(temp.dir, 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0x00]));
    writeFileSync(join(temp.dir, 'latin1.txt'), Buffer.from([...Buffer.from('We don'), 0x92, ...Buffer.from('t hold it.')]));
    writeFileSync(join(temp.dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(letter)]));
    writeFileSync(join(temp.dir, 'crlf.txt'), letter.replaceAll('\n', '\r\n'));
    writeFileSync(join(temp.dir, 'huge.txt'), '');
    truncateSync(join(temp.dir, 'huge.txt'), 50 * 1024 * 1024);
    mkdirSync(join(temp.dir, 'scans'));
    writeFileSync(join(temp.dir, 'scans', 'page1.png'), 'not a letter');
  });

  after(() => temp.remove());

  const ARGS = ['bom.txt', 'crlf.txt', 'empty.txt', 'binary.txt', 'latin1.txt', 'huge.txt', 'missing.txt', 'scans'];

  it('reports each unreadable file on one stderr line, analyses the others and exits 1', async () => {
    const run = await runCli(['check', ...ARGS], temp.dir);
    assert.equal(run.code, 1);
    const lines = run.stderr.trimEnd().split('\n');
    assert.deepEqual(lines.map((line) => line.slice(0, line.indexOf(':'))), [
      'binary.txt',
      'empty.txt',
      'huge.txt',
      'latin1.txt',
      'missing.txt',
      'scans',
    ]);
    assert.equal(lines[0], 'binary.txt: error: binary file (contains NUL bytes)');
    assert.equal(lines[1], 'empty.txt: error: empty file');
    assert.equal(lines[2], 'huge.txt: error: file is too large to analyse: 50 MB, over the 20 MB limit');
    assert.match(lines[3], /^latin1\.txt: error: invalid UTF-8 at byte 6 \(0x92\); .*windows-1252/);
    assert.equal(lines[4], 'missing.txt: error: no such file or directory');
    assert.equal(lines[5], 'scans: error: no .txt or .foi files in this directory');
  });

  it('lists unreadable files as { file, error } in JSON and analyses BOM and CRLF files normally', async () => {
    const run = await runCli(['check', '--format', 'json', ...ARGS], temp.dir);
    assert.equal(run.code, 1);
    const files = JSON.parse(run.stdout) as JsonFile[];
    assert.deepEqual(
      files.map((file) => [file.file, 'error' in file]),
      [
        ['binary.txt', true],
        ['bom.txt', false],
        ['crlf.txt', false],
        ['empty.txt', true],
        ['huge.txt', true],
        ['latin1.txt', true],
        ['missing.txt', true],
        ['scans', true],
      ],
    );
    for (const file of files.filter((f) => 'error' in f)) assert.deepEqual(Object.keys(file), ['file', 'error']);
    const [bom, crlf] = [files[1], files[2]];
    for (const file of [bom, crlf]) {
      assert.equal(file.letter.reference, 'FOI 123/19', file.file);
      assert.deepEqual(
        file.notHeld.map((statement) => statement.line),
        [3],
        file.file,
      );
    }
  });

  it('exits 0 when every named file could be analysed', async () => {
    const run = await runCli(['check', 'crlf.txt', 'bom.txt'], temp.dir);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '');
  });
});

describe('foi check --tools', () => {
  let temp: ReturnType<typeof makeTempDir>;

  before(() => {
    temp = makeTempDir();
    writeFileSync(
      join(temp.dir, 'letter.txt'),
      'Our Ref: FOI 55/21\n\nQ1. Do you use gait analysis?\n\nI can confirm that gait analysis is used by the Force.\n',
    );
    writeFileSync(join(temp.dir, 'tools.json'), JSON.stringify([{ id: 'gait-analysis', label: 'Gait analysis', synonyms: ['gait analysis'] }]));
    writeFileSync(join(temp.dir, 'broken.json'), '[{"id": "Gait Analysis"}]');
  });

  after(() => temp.remove());

  it('adds the tools of a JSON file to the vocabulary', async () => {
    const run = await runCli(['check', '--format', 'json', '--tools', 'tools.json', 'letter.txt'], temp.dir);
    assert.equal(run.code, 0, run.stderr);
    const [file] = JSON.parse(run.stdout) as JsonFile[];
    assert.ok(file.tools.some((answer) => answer.tool === 'gait-analysis'), JSON.stringify(file.tools));
  });

  it('exits 2 naming the entry when a tool definition is malformed', async () => {
    const run = await runCli(['check', '--tools', 'broken.json', 'letter.txt'], temp.dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^foi check: tools file 'broken\.json': entry 1 needs an "id" of lower-case letters/);
  });
});
