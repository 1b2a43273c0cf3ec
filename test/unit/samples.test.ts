// samples/, which `npm start` serves and the end-to-end test drives: the seed letters unchanged, and sidecars that
// read cleanly and agree with what the engine finds in their letters today (else: npx tsx scripts/make-samples.ts).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { looksLikeFoiLetter } from '../../src/core/detect';
import { findStaleEvidence, letterNameFromSidecar, parseSidecar, sidecarPathFor, statusMismatches } from '../../src/core/sidecar';
import { SAMPLE_LETTERS } from '../../scripts/make-samples';

const repoRoot = path.resolve(__dirname, '..', '..');
const samplesDir = path.join(repoRoot, 'samples');
const seedsDir = path.join(repoRoot, 'test', 'fixtures', 'seeds');
const REGENERATE = 'regenerate them with `npx tsx scripts/make-samples.ts`';

const sidecars = readdirSync(samplesDir).filter((name) => letterNameFromSidecar(name) !== undefined);
const read = (name: string) => readFileSync(path.join(samplesDir, name), 'utf8');

describe('samples/', () => {
  it('holds each seed letter unchanged, some saved as plain .txt and some as .foi.txt', () => {
    for (const sample of SAMPLE_LETTERS) assert.equal(read(sample.name), readFileSync(path.join(seedsDir, sample.seed), 'utf8'), sample.name);
    assert.equal(SAMPLE_LETTERS.length, readdirSync(seedsDir).length);
    assert.ok(SAMPLE_LETTERS.some((sample) => sample.name.endsWith('.foi.txt')));
    assert.ok(SAMPLE_LETTERS.some((sample) => !sample.name.endsWith('.foi.txt')));
  });

  it('has plain .txt letters that detection recognises as FOI letters', () => {
    for (const sample of SAMPLE_LETTERS.filter((candidate) => !candidate.name.endsWith('.foi.txt'))) {
      assert.ok(looksLikeFoiLetter(read(sample.name)), sample.name);
    }
  });

  it('has sidecars for some letters and leaves others to tag', () => {
    const tagged = SAMPLE_LETTERS.filter((sample) => existsSync(path.join(samplesDir, sidecarPathFor(sample.name))));
    assert.deepEqual(sidecars.map((name) => letterNameFromSidecar(name)).sort(), tagged.map((sample) => sample.name).sort());
    assert.ok(tagged.length > 0 && tagged.length < SAMPLE_LETTERS.length);
  });

  for (const sidecar of sidecars) {
    describe(sidecar, () => {
      const letter = letterNameFromSidecar(sidecar)!;

      it('reads without a problem and names its letter', () => {
        const parsed = parseSidecar(read(sidecar));
        assert.deepEqual(parsed.problems, []);
        assert.equal(parsed.value?.document, letter);
      });

      it('keeps a comment written by the researcher', () => {
        const comments = read(sidecar).split('\n').filter((line) => /^\s+#/.test(line));
        assert.ok(comments.length > 0);
      });

      it('quotes evidence still in the letter, with the statuses the engine reads there', () => {
        const value = parseSidecar(read(sidecar)).value!;
        const text = read(letter);
        assert.deepEqual(findStaleEvidence(text, value), [], `stale evidence: ${REGENERATE}`);
        assert.deepEqual(statusMismatches(value, analyze(text).tools), [], `statuses differ from the engine's: ${REGENERATE}`);
      });
    });
  }

  it("nests each sidecar under its letter in the Explorer, with the extension's own nesting patterns", () => {
    const withoutComments = read(path.join('.vscode', 'settings.json')).replace(/^\s*\/\/.*$/gm, '');
    const settings = JSON.parse(withoutComments) as Record<string, unknown>;
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(settings['explorer.fileNesting.enabled'], true);
    assert.deepEqual(settings['explorer.fileNesting.patterns'], manifest.contributes.configurationDefaults['explorer.fileNesting.patterns']);
  });
});
