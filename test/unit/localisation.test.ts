// The core's words go through `@vscode/l10n`, so the extension can show them in VS Code's display language. These
// specs load a pseudo-translation of l10n/bundle.l10n.json (each message wrapped in ⟪ ⟫) and check that the
// engine's messages, hovers and status words all come from it, whole: a word composed outside the bundle would show
// up unwrapped.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as l10n from '@vscode/l10n';
import { analyze } from '../../src/core/analyze';
import { describeCitation, describeNcnd } from '../../src/core/explain';
import { TOOL_STATUSES, TOOL_STATUS_INFO } from '../../src/core/model';
import { DEFAULT_TOOLS } from '../../src/core/vocabulary/tools';
import { seed } from './support/fixtures';

const bundleFile = path.resolve(__dirname, '..', '..', 'l10n', 'bundle.l10n.json');
const SEED_NAMES = readdirSync(path.resolve(__dirname, '..', 'fixtures', 'seeds')).filter((name) => name.endsWith('.txt'));

function pseudoTranslation(): Record<string, string> {
  const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as Record<string, string | { message: string }>;
  return Object.fromEntries(
    Object.entries(bundle).map(([key, value]) => [key, `⟪${typeof value === 'string' ? value : value.message}⟫`]),
  );
}

const wrapped = /^⟪[^]*⟫$/;

describe('the core’s words in another language', () => {
  before(() => {
    // The engine caches the default vocabulary; build it in English first, as any other test would.
    analyze('');
    l10n.config({ contents: pseudoTranslation() });
  });
  after(() => l10n.config({ contents: {} }));

  it('takes every diagnostic message of the seed letters from the bundle, as a whole sentence', () => {
    let messages = 0;
    for (const name of SEED_NAMES) {
      for (const finding of analyze(seed(name)).diagnostics) {
        assert.match(finding.message, wrapped, `${name}: ${finding.code}`);
        messages++;
      }
    }
    assert.ok(messages > 20, `only ${messages} diagnostics`);
  });

  it('fills a translated message’s placeholders', () => {
    const text = 'We can neither confirm nor deny that we hold this information by virtue of Section 24(2) National Security.';
    const ncnd = analyze(text).diagnostics.find((finding) => finding.code === 'ncnd');
    assert.equal(ncnd?.message, '⟪Neither confirm nor deny relying on s24(2)⟫');
  });

  it('takes hover explanations from the bundle, apart from the Act’s own headings', () => {
    const analysis = analyze('We neither confirm nor deny holding it under Section 24(2) National Security and s99.');
    const [known, unknown] = analysis.citations;
    const explained = describeCitation(known);
    assert.deepEqual(
      explained.lines.filter((line) => !wrapped.test(line)),
      [],
      'every line, the section summary included, is translated',
    );
    assert.match(describeCitation(unknown).heading, wrapped);
    const ncnd = describeNcnd(analysis.ncnd[0], analysis);
    assert.match(ncnd.heading, wrapped);
    for (const line of ncnd.lines) assert.match(line, wrapped);
  });

  it('names the outline parts a letter gives no heading for from the bundle', () => {
    const titles = analyze(seed('northamptonshire-opfcc-13062019.txt')).outline.map((part) => part.title);
    assert.deepEqual(titles, ['⟪Request⟫', '⟪Response⟫']);
  });

  it('reads status words and default tool labels at use, so they follow the bundle loaded after start-up', () => {
    for (const status of TOOL_STATUSES) {
      assert.match(TOOL_STATUS_INFO[status].label, wrapped);
      assert.match(TOOL_STATUS_INFO[status].description, wrapped);
    }
    for (const tool of DEFAULT_TOOLS) assert.match(tool.label, wrapped);
  });
});
