import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UsageError } from '../../../src/cli/args';
import type { CliIo } from '../../../src/cli/io';
import { runSummary } from '../../../src/cli/summary';
import { exportCsv, exportMarkdown, SummaryIndex } from '../../../src/core/summary';
import { SEED_SIDECARS, sidecarYaml } from './sidecars';

const NOW = new Date('2026-11-22T12:00:00Z');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd };
  const code = await runSummary(argv, io, () => NOW);
  return { code, stdout, stderr };
}

/** The letter a sidecar at `sidecarPath` describes: the same name without `.foi.yaml`, in the same folder. */
function letterBeside(sidecarPath: string): string {
  return sidecarPath.slice(0, -'.foi.yaml'.length);
}

async function write(root: string, file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await fs.writeFile(path.join(root, file), text);
}

describe('foi summary', () => {
  let root: string;

  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'foi-summary-cli-'));
    for (const sidecar of SEED_SIDECARS) {
      await write(root, sidecar.path, sidecar.text);
      await write(root, letterBeside(sidecar.path), 'Dear requester');
    }
    await write(root, 'node_modules/pkg/x.txt.foi.yaml', sidecarYaml('x.txt', { authority: 'Ignored Police' }, { anpr: { status: 'used' } }));
    await write(root, '.git/y.txt.foi.yaml', sidecarYaml('y.txt', { authority: 'Ignored Police' }, { anpr: { status: 'used' } }));
    await write(root, 'letters/notes.yaml', 'not: a sidecar\n');
  });

  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('prints the same CSV as the core export over the sidecars below the folder, and exits 0', async () => {
    const result = await run(root, 'letters', '--format', 'csv');
    const index = new SummaryIndex();
    for (const sidecar of SEED_SIDECARS) index.upsert(sidecar.path, sidecar.text);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    assert.equal(result.stdout, exportCsv(index.snapshot()));
  });

  it('prints Markdown by default and skips node_modules and .git', async () => {
    const result = await run(root, '.');
    const index = new SummaryIndex();
    for (const sidecar of SEED_SIDECARS) index.upsert(sidecar.path, sidecar.text);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, exportMarkdown(index.snapshot(), { generated: NOW }));
    assert.ok(!result.stdout.includes('Ignored Police'));
  });

  it('reports an invalid sidecar on stderr, summarises the rest and exits 1', async () => {
    await write(root, 'letters/broken.txt.foi.yaml', 'foi: 1\ndocument: broken.txt\ntools: [unclosed\n');
    const result = await run(root, 'letters', '--format=json');
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`^${escapeRegExp(path.join('letters', 'broken.txt.foi.yaml'))}:\\d+:\\d+ error sidecar-syntax `, 'm'));
    const document = JSON.parse(result.stdout);
    assert.equal(document.generated, NOW.toISOString());
    assert.equal(document.letters.length, 5);
    assert.equal(document.problems[0].sidecar, path.join('letters', 'broken.txt.foi.yaml'));
  });

  it('exits 1 for a folder that does not exist or holds no sidecars, still summarising the others', async () => {
    await fs.mkdir(path.join(root, 'empty'));
    const result = await run(root, 'letters', 'missing', 'empty', '--format', 'csv');
    assert.equal(result.code, 1);
    assert.equal(result.stderr, 'missing: error: no such file or directory\nempty: error: no .foi.yaml files in this folder\n');
    assert.equal(result.stdout.split('\r\n').length, 1 + 23 + 1);
  });

  it('warns of a sidecar whose letter is not beside it, still summarising it, and exits 0', async () => {
    await fs.rm(path.join(root, 'letters', 'hertfordshire-2017-01696.txt'));
    const result = await run(root, 'letters', '--format', 'json');
    assert.equal(result.code, 0);
    const sidecar = path.join('letters', 'hertfordshire-2017-01696.txt.foi.yaml');
    assert.match(result.stderr, new RegExp(`^${escapeRegExp(sidecar)}:1:1 warning missing-letter `, 'm'));
    assert.equal(result.stderr.split('\n').filter(Boolean).length, 1);
    assert.equal(JSON.parse(result.stdout).letters.length, 5);
  });

  it('counts a sidecar once when folders overlap', async () => {
    const result = await run(root, 'letters', '.', path.join('letters', 'hertfordshire-2017-01696.txt.foi.yaml'), '--format', 'csv');
    assert.equal(result.code, 0);
    assert.equal(result.stdout.split('\r\n').length, 1 + 23 + 1);
  });

  it('takes extra tools from --tools for column labels, without reporting them as unknown', async () => {
    await write(root, 'gait/a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'Kent Police' }, { 'gait-analysis': { status: 'trialled' } }));
    await write(root, 'gait/a.txt', 'Dear requester');
    await write(root, 'tools.json', JSON.stringify([{ id: 'gait-analysis', label: 'Gait analysis', synonyms: ['gait analysis'] }]));
    const withTools = await run(root, 'gait', '--tools', 'tools.json');
    assert.equal(withTools.stderr, '');
    assert.ok(withTools.stdout.includes('| Authority | Gait analysis |\n'));
    const without = await run(root, 'gait');
    assert.match(without.stderr, /sidecar-unknown-tool/);
    assert.equal(without.code, 0);
  });

  it('rejects a wrong command line with a usage error', async () => {
    await assert.rejects(run(root, 'letters', '--format', 'xlsx'), (error: unknown) => {
      assert.ok(error instanceof UsageError);
      assert.match(error.message, /must be one of csv, markdown, json/);
      return true;
    });
    await assert.rejects(run(root), UsageError);
    await assert.rejects(run(root, 'letters', '--colour'), UsageError);
  });

  it('prints its help with --help and exits 0', async () => {
    const result = await run(root, '--help');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Usage: foi summary \[options\] <folders\.\.\.>/);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
