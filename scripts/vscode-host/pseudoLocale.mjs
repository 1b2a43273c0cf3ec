// The pseudo-locale pass of the integration tests runs VS Code in `qps-ploc`, the pseudo-language VS Code offers to
// extension authors: every string of ours is shown accented and bracketed, so a test can tell a string that went
// through localisation from one that did not. Its bundles are made from the English ones for the run only, and
// removed afterwards (they are also ignored by git and left out of the .vsix).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import l10nDev from '@vscode/l10n-dev';
import { repoRoot } from './layout.mjs';

export const PSEUDO_LOCALE = 'qps-ploc';

/** The English bundles and where their pseudo-translations go. */
const BUNDLES = [
  ['l10n/bundle.l10n.json', `l10n/bundle.l10n.${PSEUDO_LOCALE}.json`],
  ['package.nls.json', `package.nls.${PSEUDO_LOCALE}.json`],
];

/** Writes the pseudo-translated bundles beside the English ones; returns a function that removes them. */
export function writePseudoTranslations() {
  const written = BUNDLES.map(([english, pseudo]) => {
    const strings = JSON.parse(readFileSync(path.join(repoRoot, english), 'utf8'));
    const file = path.join(repoRoot, pseudo);
    writeFileSync(file, `${JSON.stringify(l10nDev.getL10nPseudoLocalized(strings), null, 2)}\n`);
    return file;
  });
  return () => written.forEach((file) => rmSync(file, { force: true }));
}
