// Shows what is recorded, in the letter: each tool's status after its evidence, and annotated passages highlighted,
// with the note on hover. Words always accompany colour.
import * as vscode from 'vscode';
import { TOOL_STATUS_INFO } from '../core/model';
import type { FoiConfiguration } from './config';
import { isLetter, toRange } from './foiDocuments';
import type { LetterAnalyses } from './letterAnalyses';
import { sidecarCodec } from './sidecar/sidecarCodec';
import type { SidecarStore } from './sidecar/sidecarStore';
import { Disposable } from './util/dispose';

export class RecordDecorations extends Disposable {
  readonly #status = this._register(
    vscode.window.createTextEditorDecorationType({
      after: { margin: '0 0 0 1em', color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  );
  readonly #passage = this._register(
    vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('editor.wordHighlightStrongBackground'),
      borderColor: new vscode.ThemeColor('editor.wordHighlightStrongBorder'),
      borderStyle: 'solid',
      borderWidth: '0 0 1px 0',
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.infoForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
  );
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: SidecarStore,
    private readonly analyses: LetterAnalyses,
    private readonly config: () => FoiConfiguration,
  ) {
    super();
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()));
    this._register(store.onDidChange(() => this.refresh()));
    this._register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (isLetter(event.document)) this.#schedule();
      }),
    );
    this._register({ dispose: () => clearTimeout(this.#timer) });
    this.refresh();
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.#decorate(editor);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.refresh(), this.config().debounceMs);
  }

  #decorate(editor: vscode.TextEditor): void {
    const document = editor.document;
    const sidecar = isLetter(document) && this.config().decorations ? this.store.snapshotFor(document.uri)?.value : undefined;
    if (!sidecar) {
      editor.setDecorations(this.#status, []);
      editor.setDecorations(this.#passage, []);
      return;
    }
    const text = document.getText();
    // A sidecar value comes from the sidecar codec, so it is loaded by now.
    const { resolveAnchor } = sidecarCodec();
    const statuses: vscode.DecorationOptions[] = [];
    for (const [tool, record] of Object.entries(sidecar.tools ?? {})) {
      const label = this.analyses.toolLabel(tool);
      const words = TOOL_STATUS_INFO[record.status].label;
      for (const anchor of record.evidence ?? []) {
        const span = resolveAnchor(text, anchor);
        if (!span) continue;
        const end = document.positionAt(span.end);
        statuses.push({
          range: new vscode.Range(end, end),
          hoverMessage: plainHover(`${label}: ${words}`, record.note),
          renderOptions: { after: { contentText: `◆ ${label}: ${words}` } },
        });
      }
    }
    const passages: vscode.DecorationOptions[] = [];
    for (const annotation of sidecar.annotations ?? []) {
      const span = resolveAnchor(text, annotation.anchor);
      if (span) passages.push({ range: toRange(document, span), hoverMessage: plainHover(annotation.label, annotation.note) });
    }
    editor.setDecorations(this.#status, statuses);
    editor.setDecorations(this.#passage, passages);
  }
}

/** Hover text built with appendText, so a note can never inject markup or command links. */
function plainHover(heading: string, note: string | undefined): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  markdown.appendMarkdown('**FOI** · ');
  markdown.appendText(heading);
  if (note) {
    markdown.appendMarkdown('\n\n');
    markdown.appendText(note);
  }
  return markdown;
}
