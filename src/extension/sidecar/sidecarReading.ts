// Sidecar text as the editor reads it: parsed, or reported without parsing when it is too long.
import { parseSidecar, type SidecarCheckOptions, type SidecarFile, type SidecarProblem } from '../../core/sidecar';
import { sidecarTooLong } from './sidecarText';

/** What a sidecar's text records and what is wrong with it. */
export interface SidecarReading {
  readonly value: SidecarFile | undefined;
  readonly problems: readonly SidecarProblem[];
}

/** Parses sidecar text, or reports without parsing that it is too long. */
export function readSidecarText(text: string, options: SidecarCheckOptions = {}): SidecarReading {
  const tooLong = sidecarTooLong(text);
  if (tooLong) return { value: undefined, problems: [{ code: 'sidecar-invalid', severity: 'error', message: tooLong, span: { start: 0, end: 0 } }] };
  const { value, problems } = parseSidecar(text, options);
  return { value, problems };
}
