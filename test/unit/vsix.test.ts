// The .vsix that `npm run package` makes: built once here (production bundles, packed into a temporary file), then
// its list of files is read from the zip's central directory and checked against what the extension may ship.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const repoRoot = path.resolve(__dirname, '..', '..');
const MAX_VSIX_BYTES = 1024 * 1024;
/** vsce puts the extension's files under this folder of the zip, beside its own two manifest files. */
const EXTENSION_FOLDER = 'extension/';
const VSCE_FILES = ['extension.vsixmanifest', '[Content_Types].xml'];

/** What may ship, relative to the extension folder. vsce renames README, CHANGELOG and LICENSE as shown. */
const ALLOWED: readonly RegExp[] = [
  /^package\.json$/,
  /^package\.nls(?:\.[a-z]{2}(?:-[a-z]{2,4})?)?\.json$/,
  /^readme\.md$/,
  /^changelog\.md$/,
  /^LICENSE\.txt$/,
  /^language-configuration\.json$/,
  /^dist\/[\w.-]+\.js$/,
  /^dist\/codicons\/codicon\.(?:css|ttf)$/,
  /^syntaxes\/[\w.-]+\.json$/,
  /^snippets\/[\w.-]+\.code-snippets$/,
  /^schemas\/[\w.-]+\.json$/,
  /^media\/[\w./-]+$/,
  /^docs\/diagnostics\.md$/,
  /^l10n\/bundle\.l10n(?:\.[a-z]{2}(?:-[a-z]{2,4})?)?\.json$/,
  /^samples\/[\w.-]+\.txt$/,
];

interface ZipEntry {
  readonly name: string;
  readonly size: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

/** The entries of a zip file, from its central directory (no zip64: a .vsix is far below 4 GB). */
function zipEntries(zip: Buffer): ZipEntry[] {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(endOfDirectory >= 0, 'not a zip file: no end of central directory');
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, `bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(offset + 28);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      localHeader: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

/** The content of one entry (stored or deflated). */
function entryContent(zip: Buffer, entry: ZipEntry): Buffer {
  const start = entry.localHeader + 30 + zip.readUInt16LE(entry.localHeader + 26) + zip.readUInt16LE(entry.localHeader + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? data : inflateRawSync(data);
}

/** Relative file paths named anywhere in the manifest ("./dist/extension.js", "media/icon.png", …). */
function pathsNamedBy(manifest: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const isPath = /^(?:\.\/)?(?:[\w-]+\/)*[\w.-]+\.(?:js|json|png|svg|md|code-snippets)$/.test(value) && (value.startsWith('./') || value.includes('/'));
      if (isPath) found.add(value.replace(/^\.\//, ''));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(manifest);
  return [...found];
}

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', timeout: 170_000 });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

describe('the packaged .vsix', function () {
  this.timeout(180_000);
  let work: string;
  let zip: Buffer;
  let files: Map<string, ZipEntry>;

  before(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'foi-vsix-test-'));
    const vsix = path.join(work, 'foi-annotator.vsix');
    run(process.execPath, ['esbuild.mjs', '--production']);
    run(process.execPath, ['scripts/package.mjs', '--out', vsix]);
    zip = readFileSync(vsix);
    assert.equal(statSync(vsix).size, zip.length);
    files = new Map();
    for (const entry of zipEntries(zip)) {
      if (VSCE_FILES.includes(entry.name)) continue;
      assert.ok(entry.name.startsWith(EXTENSION_FOLDER), `${entry.name} is outside ${EXTENSION_FOLDER}`);
      files.set(entry.name.slice(EXTENSION_FOLDER.length), entry);
    }
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('is smaller than 1 MB', () => {
    assert.ok(zip.length < MAX_VSIX_BYTES, `${zip.length} bytes`);
  });

  it('holds only bundled code, grammar, snippets, schemas, media, docs, translations and the manifest', () => {
    const unexpected = [...files.keys()].filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    assert.deepEqual(unexpected, []);
  });

  it('holds no source maps, sources or dependencies', () => {
    const leaked = [...files.keys()].filter((file) => /\.(?:map|ts)$|^(?:src|node_modules|test|out)\//.test(file));
    assert.deepEqual(leaked, []);
    for (const [file, entry] of files) {
      if (file.endsWith('.js')) assert.doesNotMatch(entryContent(zip, entry).toString('utf8'), /sourceMappingURL=/, file);
    }
  });

  it('holds every file its package.json names, and the translations bundle when it declares one', () => {
    const manifest = JSON.parse(entryContent(zip, files.get('package.json')!).toString('utf8'));
    const named = pathsNamedBy(manifest);
    assert.ok(named.includes('dist/extension.js'), 'the manifest names its main bundle');
    if (typeof manifest.l10n === 'string') named.push(`${manifest.l10n.replace(/^\.\//, '').replace(/\/$/, '')}/bundle.l10n.json`);
    assert.deepEqual(named.filter((file) => !files.has(file)), []);
  });

  it('holds every bundle another bundle requires (the engine, the sidecar codec and the Summary load on first use)', () => {
    const bundles = [...files.keys()].filter((file) => /^dist\/[\w.-]+\.js$/.test(file));
    const required = new Set<string>();
    for (const bundle of bundles) {
      for (const [, name] of entryContent(zip, files.get(bundle)!).toString('utf8').matchAll(/\brequire\("\.\/([\w.-]+\.js)"\)/g)) required.add(`dist/${name}`);
    }
    assert.ok(['dist/engine.js', 'dist/sidecarCodec.js', 'dist/summary.js'].every((file) => required.has(file)), [...required].join(', '));
    assert.deepEqual([...required].filter((file) => !files.has(file)), []);
  });

  it('ships the extension bundle minified', () => {
    const bundle = entryContent(zip, files.get('dist/extension.js')!).toString('utf8');
    const lines = bundle.split('\n').length;
    assert.ok(bundle.length / lines > 500, `${lines} lines for ${bundle.length} characters: not minified`);
  });
});
