// Runs in a worker thread: times the analysis of one pathological input, so the benchmark can stop an input
// that runs away instead of waiting for it.

import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../src/core/analyze';

/** What the benchmark sends: the input and how many timed runs to make. */
export interface WorstCaseJob {
  readonly text: string;
  readonly runs: number;
}

/** What the worker sends back: the slowest run in milliseconds, or why analysis failed. */
export type WorstCaseResult = { readonly slowestMs: number } | { readonly error: string };

function slowestRun({ text, runs }: WorstCaseJob): WorstCaseResult {
  try {
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
