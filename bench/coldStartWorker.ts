// Runs in a worker thread, a fresh V8 isolate with nothing loaded: times loading the bundled engine and its first
// analyses, as an editor pays them when the first letter opens or `foi check` is run on one file.

import { parentPort, workerData } from 'node:worker_threads';
import { readSeeds } from './corpus';
import { type Analyze, loadShippedAnalyze } from './shippedEngine';

/** What the benchmark sends: the bundled engine to time. */
export interface ColdStartJob {
  readonly engineFile: string;
}

/** What the worker sends back, in milliseconds; or why loading or analysis failed. */
export type ColdStartResult = { readonly loadMs: number; readonly firstMs: number; readonly secondMs: number } | { readonly error: string };

function coldStart({ engineFile }: ColdStartJob): ColdStartResult {
  try {
    const [first, second] = readSeeds();
    const loadStarted = performance.now();
    const analyze: Analyze = loadShippedAnalyze(engineFile);
    const loadMs = performance.now() - loadStarted;
    const timed = (text: string): number => {
      const started = performance.now();
      analyze(text);
      return performance.now() - started;
    };
    return { loadMs, firstMs: timed(first), secondMs: timed(second) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(coldStart(workerData as ColdStartJob));
