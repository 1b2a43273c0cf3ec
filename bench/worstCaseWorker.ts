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

/** What the worker sends back: the slowest run in milliseconds, or why analysis failed. */
export type WorstCaseResult = { readonly slowestMs: number } | { readonly error: string };

function slowestRun({ text, runs, engineFile }: WorstCaseJob): WorstCaseResult {
  try {
    const analyze = loadShippedAnalyze(engineFile);
    const seeds = readSeeds();
    for (let round = 0; round < WARM_UP_ROUNDS; round++) seeds.forEach((letter) => analyze(letter));
    analyze(text);
    let slowest = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      analyze(text);
      slowest = Math.max(slowest, performance.now() - started);
    }
    return { slowestMs: slowest };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(slowestRun(workerData as WorstCaseJob));
