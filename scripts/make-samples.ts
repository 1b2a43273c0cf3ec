// Writes samples/: the five seed letters (two saved as plain `.txt`, to show detection, three as `.foi.txt`) and
// sidecars for three of them, made by the real engine and sidecar code, as a researcher part-way through the
// work would have them: some tools tagged, a comment and a note here and there, two letters not started.
// Run with `npx tsx scripts/make-samples.ts` after the engine's suggestions for the seeds change; the unit test
// test/unit/samples.test.ts says when that is needed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import type { LetterAnalysis, ToolStatus } from '../src/core/model';
import { addAnnotation, createAnchor, parseSidecar, setToolStatus, sidecarPathFor, type EditResult } from '../src/core/sidecar';

const repoRoot = path.resolve(__dirname, '..');
const seedsDir = path.join(repoRoot, 'test', 'fixtures', 'seeds');
const samplesDir = path.join(repoRoot, 'samples');

/** One fixed time for every entry, so that running the script again changes nothing. */
const RECORDED_AT = '2026-01-12T10:30:00Z';
const RESEARCHER = 'Sample Researcher';

interface SampleLetter {
  readonly seed: string;
  readonly name: string;
  /** Tools to tag with the engine's suggestion; undefined: none (the letter is left for the reader to tag). */
  readonly tag?: readonly string[];
  /** YAML comments to write above a tool's record, as a researcher would. */
  readonly comments?: Readonly<Record<string, string>>;
  /** Free annotations: a phrase of the letter (its first occurrence), a label and a note. */
  readonly annotations?: readonly { readonly phrase: string; readonly label: string; readonly note: string }[];
}

export const SAMPLE_LETTERS: readonly SampleLetter[] = [
  // Untagged, and saved as plain text: the letter the walkthrough and the end-to-end test open.
  { seed: 'west-midlands-pcc-2019-01031.txt', name: 'west-midlands-pcc-2019-01031.txt' },
  { seed: 'northamptonshire-opfcc-13062019.txt', name: 'northamptonshire-opfcc-13062019.foi.txt' },
  {
    seed: 'hertfordshire-2017-01696.txt',
    name: 'hertfordshire-2017-01696.txt',
    tag: ['facial-recognition'],
    comments: { 'facial-recognition': 'Overt use denied; covert use NCND under s24(2) and s31(3). Same wording as Norfolk and Suffolk.' },
    annotations: [{ phrase: 'neither confirms nor denies that it holds information concerning the covert use of facial recognition', label: 'key-quote', note: 'Compare with the NCND wording of other forces.' }],
  },
  {
    seed: 'norfolk-suffolk-007663-17.txt',
    name: 'norfolk-suffolk-007663-17.foi.txt',
    tag: ['facial-recognition'],
    comments: { 'facial-recognition': 'The letter itself is undated; ask for the date of the response.' },
  },
  {
    seed: 'cambridgeshire-opcc-19-026-037.txt',
    name: 'cambridgeshire-opcc-19-026-037.foi.txt',
    tag: ['body-worn-video', 'facial-recognition'],
    comments: { 'body-worn-video': 'The OPCC answers for the force here; the other tools are still to be tagged.' },
    annotations: [{ phrase: 'does not hold information on the other tools', label: 'follow-up', note: 'Ask the Constabulary directly.' }],
  },
];

/** The sidecar text for one sample letter, or undefined when the letter is left untagged. */
export function sampleSidecar(sample: SampleLetter, letterText: string): string | undefined {
  if (!sample.tag) return undefined;
  const analysis = analyze(letterText);
  let text: string | undefined;
  for (const tool of sample.tag) text = applied(setToolStatus(text, toolEdit(sample.name, analysis, letterText, tool)), sample.name);
  for (const { phrase, label, note } of sample.annotations ?? []) {
    const start = letterText.indexOf(phrase);
    if (start < 0) throw new Error(`${sample.name}: "${phrase}" is not in the letter`);
    const anchor = createAnchor(letterText, { start, end: start + phrase.length });
    text = applied(addAnnotation(text, { document: sample.name, label, note, anchor, by: RESEARCHER, at: RECORDED_AT }), sample.name);
  }
  for (const [tool, comment] of Object.entries(sample.comments ?? {})) text = withCommentAbove(text ?? '', tool, comment);
  return text;
}

function toolEdit(document: string, analysis: LetterAnalysis, letterText: string, tool: string) {
  const answer = analysis.tools.find((candidate) => candidate.tool === tool);
  if (!answer) throw new Error(`${document}: the engine finds no answer for ${tool}`);
  const facts = analysis.letter;
  return {
    document,
    letter: { authority: facts.authority, reference: facts.reference, date: facts.date, received: facts.received },
    tool,
    status: answer.status as ToolStatus,
    exemptions: [...answer.exemptions],
    evidence: [createAnchor(letterText, answer.evidence)],
    by: RESEARCHER,
    at: RECORDED_AT,
  };
}

function applied(result: EditResult, name: string): string {
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result.text;
}

/** Puts `# comment` on the line above the tool's key under `tools:`, indented as the key is. */
function withCommentAbove(text: string, tool: string, comment: string): string {
  const key = new RegExp(`^( +)${tool}:`, 'm');
  const match = key.exec(text);
  if (!match) throw new Error(`no record for ${tool} to comment on`);
  return `${text.slice(0, match.index)}${match[1]}# ${comment}\n${text.slice(match.index)}`;
}

function main(): void {
  for (const sample of SAMPLE_LETTERS) {
    const letterText = readFileSync(path.join(seedsDir, sample.seed), 'utf8');
    const letterFile = path.join(samplesDir, sample.name);
    writeFileSync(letterFile, letterText);
    const sidecar = sampleSidecar(sample, letterText);
    if (sidecar === undefined) continue;
    const problems = parseSidecar(sidecar).problems;
    if (problems.length > 0) throw new Error(`${sample.name}: the sidecar made has problems: ${problems.map((p) => p.message).join('; ')}`);
    writeFileSync(sidecarPathFor(letterFile), sidecar);
    console.log(`${path.relative(repoRoot, sidecarPathFor(letterFile))}: ${sample.tag?.join(', ')}`);
  }
}

if (require.main === module) main();
