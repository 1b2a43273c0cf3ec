// `npm run bench` runs every benchmark; `npm run bench -- <name> [<name>...]` runs the ones named.
// Add a benchmark by writing bench/<name>.ts that exports a Benchmark and listing it here.

import { analysisBenchmark } from './analysis';
import type { Benchmark } from './benchmark';
import { summaryBenchmark } from './summary';

const BENCHMARKS: readonly Benchmark[] = [analysisBenchmark, summaryBenchmark];

async function runBenchmarks(names: readonly string[]): Promise<number> {
  const unknown = names.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    console.error(`unknown benchmark: ${unknown.join(', ')}; available: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const chosen = names.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => names.includes(b.name));
  for (const benchmark of chosen) {
    console.log(`# ${benchmark.name}: ${benchmark.description}`);
    await benchmark.run();
  }
  return 0;
}

runBenchmarks(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
