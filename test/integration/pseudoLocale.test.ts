// In another display language the extension speaks it throughout: diagnostics and hovers written by the core,
// quick fixes written by the extension, and the Summary panel. The pseudo-locale pass
// (`FOI_INTEGRATION_PSEUDO_LOCALE=1 npm run test:integration`) runs VS Code in `qps-ploc` with our bundles
// pseudo-translated (every letter accented), so an English word that escaped localisation stands out.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { screenshot } from './util/screenshot';
import { waitFor, waitForDiagnostics } from './util/wait';
import { canInspectWebviews, evaluateInFrames } from './util/webviews';
import { closeAllEditors, openFixture } from './util/workspace';

const EXTENSION_ID = 'foi-tools.foi-annotator';
const PSEUDO_LOCALE = 'qps-ploc';
const WEST_MIDLANDS = 'letters/west-midlands-pcc-2019-01031.foi.txt';
/** A pseudo-translated message opens with an accented letter where the English one opens with plain ASCII. */
const PSEUDO_START = /^[^ -~]/;

/** The pseudo-translation of an English message of l10n/bundle.l10n.json, placeholders filled. */
function pseudo(message: string, ...args: string[]): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  const file = path.join(extension.extensionPath, 'l10n', `bundle.l10n.${PSEUDO_LOCALE}.json`);
  const bundle = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  const translated = bundle[message];
  assert.equal(typeof translated, 'string', `"${message}" is not in the pseudo bundle`);
  return translated.replace(/\{(\d+)\}/g, (_, index: string) => args[Number(index)]);
}

if (vscode.env.language === PSEUDO_LOCALE) {
  describe('Pseudo-locale: the extension in another display language', () => {
    afterEach(closeAllEditors);

    it('writes every diagnostic of a letter in the display language', async () => {
      const { document } = await openFixture(WEST_MIDLANDS);
      const diagnostics = await waitForDiagnostics(document.uri, (found) => found.some((d) => d.code !== undefined));
      const ours = diagnostics.filter((diagnostic) => diagnostic.source === 'foi');
      assert.ok(ours.length > 5, `only ${ours.length} diagnostics`);
      for (const diagnostic of ours) assert.match(diagnostic.message, PSEUDO_START, diagnostic.message);
      const ncnd = ours.find((diagnostic) => codeOf(diagnostic) === 'ncnd');
      assert.equal(ncnd?.message, pseudo('Neither confirm nor deny (partial: overt use answered) relying on {0}', 's24(2), s31(3)'));
    });

    it('explains a citation on hover in the display language', async () => {
      const { document } = await openFixture(WEST_MIDLANDS);
      const at = document.positionAt(document.getText().indexOf('Section 24(2)') + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
      const text = hovers
        .flatMap((hover) => hover.contents)
        .map((content) => (typeof content === 'string' ? content : content.value))
        .join('\n')
        .replace(/&nbsp;/g, ' ')
        .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
      assert.ok(text.includes(pseudo('A public interest test is required: the letter should weigh the factors for and against.')), text);
      const summary = 'Information can be withheld where that is required to safeguard national security. The authority must explain the risk and weigh the public interest.';
      assert.ok(text.includes(pseudo(summary)), text);
    });

    it('offers quick fixes whose titles and status words are in the display language', async () => {
      const { document } = await openFixture(WEST_MIDLANDS);
      const diagnostics = await waitForDiagnostics(document.uri, (found) => found.some((d) => codeOf(d) === 'untagged-tool'));
      const untagged = diagnostics.find((diagnostic) => codeOf(diagnostic) === 'untagged-tool');
      assert.ok(untagged);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, untagged.range);
      const titles = actions.map((action) => action.title);
      assert.ok(titles.length > 0);
      for (const title of titles) assert.match(title, PSEUDO_START, title);
      assert.ok(titles.some((title) => title.includes(pseudo('Used'))), titles.join('\n'));
    });

    it('shows the Summary panel in the display language', async function () {
      if (!canInspectWebviews()) this.skip();
      await vscode.commands.executeCommand('foi.showSummary');
      await vscode.commands.executeCommand('foi.summary.focus');
      const heading = pseudo('Authorities and tools');
      const empty = pseudo('No letters in the summary yet.');
      const shown = await waitFor(
        async () => {
          const frames = (await evaluateInFrames<string | null>(`document.getElementById('app')?.dataset.ready === 'true' ? document.getElementById('app').textContent : null`)) ?? [];
          return frames.map((frame) => frame.value).find((text) => typeof text === 'string' && (text.includes(heading) || text.includes(empty)));
        },
        { description: 'the Summary panel, translated', timeout: 20_000, interval: 200 },
      );
      assert.ok(shown);
      await screenshot('pseudo-locale-summary');
    });
  });
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
