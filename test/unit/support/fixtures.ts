// Shared by the tests: the seed letters, the tools their requests asked about, and a guard against runaway
// regular expressions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(__dirname, '..', '..', 'fixtures', 'seeds');

/** The seven tools the 2019 campaign letters asked about, in vocabulary order. */
export const CAMPAIGN_TOOLS = [
  'body-worn-video',
  'facial-recognition',
  'hacking',
  'imsi-catchers',
  'mobile-phone-extraction',
  'predictive-policing',
  'social-media-intelligence',
] as const;

/** The text of a seed letter in test/fixtures/seeds. */
export const seed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');

/**
 * Milliseconds for the faster of two runs: a backtracking guard, not a benchmark. Runaway regular expressions
 * take seconds on every run; the second run keeps a busy machine or a cold JIT from failing the test.
 */
export function fasterOfTwo(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
