// How the summary names a section relied on: its id, marked "(FOISA)" when it is a section of the Freedom of
// Information (Scotland) Act 2002, so that a workspace with letters under both Acts never merges their s31s.

import type { ExemptionUse } from './types';

/** `s31(1)` for the Act of 2000, `s31(1) (FOISA)` for the Scottish Act. */
export function sectionLabel(use: Pick<ExemptionUse, 'section' | 'act'>): string {
  return use.act === 'foisa' ? `${use.section} (FOISA)` : use.section;
}
