// The engine as it ships: src/core bundled and minified by esbuild, as dist/engine.js and dist/cli.js carry it.
// Timing the TypeScript sources through tsx would add tsx's own wrappers (kept function names, export getters on
// every call between modules): a few per cent that no user pays.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { analyze } from '../src/core/analyze';

export type Analyze = typeof analyze;

let built: string | undefined;

/** Bundles the engine once per process (about 0.2 s) and returns the file, for this thread or a worker to load. */
export function shippedEngineFile(): string {
  if (built === undefined) {
    const file = join(mkdtempSync(join(tmpdir(), 'foi-bench-')), 'engine.js');
    buildSync({
      entryPoints: [join(__dirname, '..', 'src', 'core', 'analyze.ts')],
      outfile: file,
      bundle: true,
      minify: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
    });
    built = file;
  }
  return built;
}

/** `analyze` from the bundled engine in `file` (by default, the one {@link shippedEngineFile} builds). */
export function loadShippedAnalyze(file = shippedEngineFile()): Analyze {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(file) as { analyze: Analyze }).analyze;
}
