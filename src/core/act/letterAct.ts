// Which Act a letter answers under, decided once per letter before any section is looked up. A Scottish public
// authority answers under the Freedom of Information (Scotland) Act 2002 and says so by name ("Freedom of
// Information (Scotland) Act 2002", "FOISA", "FOI(S)A"); everyone else under the Freedom of Information Act 2000.
// Where a letter names both (a UK-wide body explaining that the Scottish Act does not apply to it), the Act it
// names first is the one it answers under. Naming Scotland alone ("Police Scotland") decides nothing.

import type { ActId } from '../model';

/** Either Act by name, whichever comes first; group 1 is set for the Scottish one. One scan of the letter. */
const ACT_NAME =
  /\bFreedom\s+of\s+Information\s*(\(\s*Scotland\s*\)\s*)?Act\b|\bFOI\s?(\(S\)\s?)?A\b|\b(FOISA)\b/gi;

/** The Act the letter answers under: `foisa` when the first Act it names is the Scottish one, else `foia`. */
export function findAct(text: string): ActId {
  ACT_NAME.lastIndex = 0;
  const first = ACT_NAME.exec(text);
  ACT_NAME.lastIndex = 0;
  if (!first) return 'foia';
  return first[1] !== undefined || first[2] !== undefined || first[3] !== undefined ? 'foisa' : 'foia';
}
