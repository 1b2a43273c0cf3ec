// The sidecar codec (codecBundle.ts), loaded from dist/sidecarCodec.js on first use rather than at activation.
import type * as SidecarCodec from './codecBundle';

let loaded: typeof SidecarCodec | undefined;

/** Loads the codec the first time it is asked for; a synchronous `require` of a file beside dist/extension.js. */
export function sidecarCodec(): typeof SidecarCodec {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, resolved by esbuild.mjs
  loaded ??= require('./sidecarCodec.js') as typeof SidecarCodec;
  return loaded;
}
