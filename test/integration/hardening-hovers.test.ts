// No string from a letter or a sidecar can put markup, HTML or command links into a hover: hover markdown is
// untrusted, without HTML, and built with appendText. Checked through the hover API and in the rendered workbench.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { scratchFolder, show, writeFiles } from './hardening-support';
import { screenshot } from './util/screenshot';
import { canInspectWebviews, evaluateInFrames } from './util/webviews';
import { waitFor, waitForDiagnostics } from './util/wait';
import { closeAllEditors } from './util/workspace';

const COMMAND_LINK = '[click](command:workbench.action.quit)';
const IMAGE = '<img src=x onerror=alert(1)>';

const LETTER = [
  'Freedom of Information request 2024/77',
  '',
  `Hacking ${COMMAND_LINK} – the force neither confirms nor denies that it holds information, by virtue of Section 24(2)${IMAGE} National Security.`,
  `Drones ${IMAGE} – exempt under Section 99 ${COMMAND_LINK} of the Act.`,
  '',
].join('\n');

const SIDECAR = [
  'foi: 1',
  'document: letter.foi.txt',
  'tools:',
  '  hacking:',
  '    status: ncnd',
  `    note: "${COMMAND_LINK} ${IMAGE}"`,
  '    evidence:',
  '      - exact: the force neither confirms nor denies that it holds information',
  'annotations:',
  `  - label: "${IMAGE}"`,
  `    note: "${COMMAND_LINK} **bold** <script>alert(2)</script>"`,
  '    anchor:',
  '      exact: exempt under Section 99',
  '',
].join('\n');

function markdownOf(hovers: readonly vscode.Hover[]): vscode.MarkdownString[] {
  return hovers.flatMap((hover) => hover.contents).filter((content): content is vscode.MarkdownString => typeof content !== 'string' && 'isTrusted' in content);
}

/** What the workbench shows in its hover widget: text (spaces as typed), links' targets, images and script elements. */
interface RenderedHover {
  readonly text: string;
  readonly links: string[];
  readonly images: number;
  readonly scripts: number;
}

async function renderedHover(): Promise<RenderedHover | undefined> {
  const results = await evaluateInFrames<RenderedHover | null>(`(() => {
    const hovers = [...document.querySelectorAll('.monaco-hover')].filter((el) => !el.classList.contains('hidden') && el.textContent.includes('FOI'));
    if (hovers.length === 0) return null;
    const hover = hovers[hovers.length - 1];
    return {
      text: hover.textContent.replace(/\u00a0/g, ' '),
      links: [...hover.querySelectorAll('a')].map((a) => a.getAttribute('href') || a.getAttribute('data-href') || ''),
      images: hover.querySelectorAll('img').length,
      scripts: hover.querySelectorAll('script').length,
    };
  })()`);
  return results?.map((result) => result.value).find((value): value is RenderedHover => Boolean(value));
}

describe('hardening: hovers cannot be injected into', () => {
  afterEach(closeAllEditors);

  it('keeps markup from the letter out of the citation and NCND hovers', async () => {
    const { 'letter.foi.txt': letter } = writeFiles(scratchFolder('hover-letter'), { 'letter.foi.txt': LETTER });
    const { document } = await show(letter);
    await waitForDiagnostics(letter, (list) => list.length > 0);
    const positions = ['Section 24(2)', 'Section 99', 'neither confirms nor denies'].map((needle) => document.positionAt(LETTER.indexOf(needle) + 3));
    let seen = 0;
    for (const position of positions) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', letter, position);
      for (const markdown of markdownOf(hovers)) {
        seen++;
        assert.notEqual(markdown.isTrusted, true);
        assert.notEqual(markdown.supportHtml, true);
        assert.doesNotMatch(markdown.value, /\]\(command:|<img|<script/, markdown.value);
      }
    }
    assert.ok(seen >= 3, `only ${seen} hovers were shown`);
  });

  it('shows notes and labels from the sidecar as plain text in the decoration hovers', async function () {
    if (!canInspectWebviews()) this.skip();
    const folder = scratchFolder('hover-sidecar');
    const { 'letter.foi.txt': letter } = writeFiles(folder, { 'letter.foi.txt': LETTER, 'letter.foi.txt.foi.yaml': SIDECAR });
    const editor = await show(letter);
    await waitForDiagnostics(letter, (list) => list.length > 0);

    const passage = editor.document.positionAt(LETTER.indexOf('exempt under Section 99') + 2);
    await vscode.window.showTextDocument(editor.document, { selection: new vscode.Selection(passage, passage) });
    // Asks again while nothing shows: the first request may come before the decorations are drawn.
    const hover = await waitFor(
      async () => (await renderedHover()) ?? vscode.commands.executeCommand('editor.action.showHover').then(() => undefined),
      { description: 'the annotation hover to render', interval: 1000, events: [] },
    );
    await screenshot('hover-with-hostile-note');
    assert.ok(hover.text.includes(IMAGE), `the label shows as text: ${hover.text}`);
    assert.ok(hover.text.includes(COMMAND_LINK), `the note's link shows as text: ${hover.text}`);
    assert.ok(hover.text.includes('**bold**') && hover.text.includes('<script>alert(2)</script>'), hover.text);
    assert.equal(hover.images, 0, 'no image element was made');
    assert.equal(hover.scripts, 0, 'no script element was made');
    assert.ok(hover.links.every((href) => !href.startsWith('command:')), `links: ${hover.links.join(', ')}`);
  });
});
