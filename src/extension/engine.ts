// The analysis engine (engineBundle.ts), loaded from dist/engine.js on first use rather than at activation.
import type * as Engine from './engineBundle';

let loaded: typeof Engine | undefined;

/** Loads the engine the first time it is asked for; a synchronous `require` of a file beside dist/extension.js. */
export function engine(): typeof Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, resolved by esbuild.mjs
  loaded ??= require('./engine.js') as typeof Engine;
  return loaded;
}
