// l10n/bundle.l10n.json, the English strings translators start from, must list exactly the messages passed to
// `vscode.l10n.t(...)` (the extension) and to `@vscode/l10n`'s `l10n.t(...)` (the core, and the Summary panel in
// webview-src/): it is extracted again here the way `npm run l10n` does.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import fg from 'fast-glob';

const repoRoot = path.resolve(__dirname, '..', '..');
const bundleFile = path.join(repoRoot, 'l10n', 'bundle.l10n.json');
const REGENERATE = 'run `npm run l10n`';

/** Entries sorted by key, so that the comparison ignores the order files were read in. */
function sorted(bundle: Record<string, unknown>): [string, unknown][] {
  return Object.entries(bundle).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('l10n/bundle.l10n.json', function () {
  this.timeout(60_000);

  it('holds exactly the messages the source passes to l10n.t', async () => {
    const files = await fg('{src,webview-src}/**/*.{ts,tsx,js,jsx}', { cwd: repoRoot, absolute: true });
    const extracted = await getL10nJson(files.map((file) => ({ extension: path.extname(file), contents: readFileSync(file, 'utf8') })));
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as Record<string, unknown>;
    const added = Object.keys(extracted).filter((key) => !(key in bundle));
    const gone = Object.keys(bundle).filter((key) => !(key in extracted));
    assert.deepEqual({ added, gone }, { added: [], gone: [] }, `the bundle is out of date; ${REGENERATE}`);
    assert.deepEqual(sorted(bundle), sorted(extracted), `the bundle is out of date; ${REGENERATE}`);
  });
});
