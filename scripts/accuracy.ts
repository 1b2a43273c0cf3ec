// Scores the engine's tool statuses against letters labelled by hand: `npm run accuracy [-- --verbose] [set...]`.
// Each folder of test/accuracy/ is a set: letters (*.txt) and expected.json, which maps a letter's file name to
// the status a careful reader gives each tool it names (a list where two readings are both fair). Prints one row
// per set; --verbose lists every misread. Exits 1 when a set scores below the floor recorded in its expected.json,
// so a change that loses a reading is seen, without failing on a new set until its floor is written.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze';

const ROOT = join(__dirname, '..', 'test', 'accuracy');

interface ExpectedSet {
  /** What the set is about, in a line. */
  readonly theme: string;
  /** Judgements the engine gave right when the floor was last raised; a score below it is a regression. */
  readonly floor?: number;
  readonly letters: Record<string, Record<string, string | readonly string[]>>;
}

interface Misread {
  readonly letter: string;
  readonly tool: string;
  readonly expected: readonly string[];
  readonly found: string;
}

interface SetScore {
  readonly name: string;
  readonly theme: string;
  readonly right: number;
  readonly total: number;
  readonly floor: number | undefined;
  readonly misreads: readonly Misread[];
}

function scoreSet(name: string): SetScore {
  const folder = join(ROOT, name);
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as ExpectedSet;
  const misreads: Misread[] = [];
  let total = 0;
  for (const [letter, tools] of Object.entries(expected.letters)) {
    const found = new Map(analyze(readFileSync(join(folder, letter), 'utf8')).tools.map((answer) => [answer.tool, answer.status as string]));
    for (const [tool, statuses] of Object.entries(tools)) {
      total++;
      const accepted = typeof statuses === 'string' ? [statuses] : statuses;
      const status = found.get(tool) ?? '(not named)';
      if (!accepted.includes(status)) misreads.push({ letter, tool, expected: accepted, found: status });
    }
  }
  return { name, theme: expected.theme, right: total - misreads.length, total, floor: expected.floor, misreads };
}

function main(args: readonly string[]): number {
  const verbose = args.includes('--verbose') || args.includes('-v');
  const named = args.filter((arg) => !arg.startsWith('-'));
  const sets = readdirSync(ROOT, { withFileTypes: true })
    // A folder without expected.json is a set still being written.
    .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, entry.name, 'expected.json')))
    .filter((entry) => named.length === 0 || named.includes(entry.name))
    .map((entry) => entry.name)
    .sort();
  let failed = false;
  let right = 0;
  let total = 0;
  for (const score of sets.map(scoreSet)) {
    right += score.right;
    total += score.total;
    const below = score.floor !== undefined && score.right < score.floor;
    failed ||= below;
    const percent = ((100 * score.right) / score.total).toFixed(1);
    const floor = score.floor === undefined ? '' : `  floor ${score.floor}${below ? '  BELOW' : ''}`;
    console.log(`${score.name.padEnd(28)} ${String(score.right).padStart(4)}/${String(score.total).padEnd(4)} ${percent.padStart(5)}%${floor}  ${score.theme}`);
    if (verbose) {
      for (const miss of score.misreads) console.log(`    ${miss.letter}  ${miss.tool}: expected ${miss.expected.join(' or ')}, found ${miss.found}`);
    }
  }
  if (sets.length > 1) console.log(`${'all'.padEnd(28)} ${String(right).padStart(4)}/${String(total).padEnd(4)} ${((100 * right) / total).toFixed(1).padStart(5)}%`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
