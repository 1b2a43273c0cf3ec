// Runs in a worker thread: times the analysis of one pathological input, so the benchmark can stop an input
// that runs away instead of waiting for it. The engine is first warmed on real letters, as it is in an editor that
// has opened a few, so that the figure is the input's own cost rather than the engine compiling itself.

import { parentPort, workerData } from 'node:worker_threads';
import { readSeeds } from './corpus';
import { loadShippedAnalyze } from './shippedEngine';

/** How many times the seed letters are analysed before the input. */
const WARM_UP_ROUNDS = 20;

/** What the benchmark sends: the input, how many timed runs to make, and the bundled engine to time. */
export interface WorstCaseJob {
  readonly text: string;
  readonly runs: number;
  readonly engineFile: string;
}

/**
 * What the worker sends back, in milliseconds: the slowest of the timed runs, and the median of as many runs after
 * them, once V8 has compiled the engine's code for the input's shape (so the difference is warm-up, not the input's
 * cost); or why analysis failed.
 */
export type WorstCaseResult = { readonly slowestMs: number; readonly settledMs: number } | { readonly error: string };

function slowestRun({ text, runs, engineFile }: WorstCaseJob): WorstCaseResult {
  try {
    const analyze = loadShippedAnalyze(engineFile);
    const seeds = readSeeds();
    for (let round = 0; round < WARM_UP_ROUNDS; round++) seeds.forEach((letter) => analyze(letter));
    analyze(text);
    const timed = (): number => {
      const started = performance.now();
      analyze(text);
      return performance.now() - started;
    };
    const first = Array.from({ length: runs }, timed);
    const later = Array.from({ length: runs }, timed).sort((a, b) => a - b);
    return { slowestMs: Math.max(...first), settledMs: later[Math.floor(later.length / 2)] };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(slowestRun(workerData as WorstCaseJob));
