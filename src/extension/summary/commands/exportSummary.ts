// FOI: Export Summary… — the workspace summary as CSV, Markdown or JSON, in exactly the text `foi summary` prints.
// From the palette or a view's title it asks for the format and a file, writes it and offers to open it.
// Scripts and tests call it with options instead and get no UI:
//   executeCommand('foi.exportSummary', { format: 'json' })               → the text
//   executeCommand('foi.exportSummary', { format: 'csv', target: uri })   → writes the file, returns its uri
import * as vscode from 'vscode';
import { exportSummary, SUMMARY_FILE_EXTENSIONS, SUMMARY_FORMATS, type SummaryFormat } from '../../../core/summary';
import type { Command } from '../../commands/commandManager';
import type { WorkspaceSummary } from '../workspaceSummary';

/** Options of a programmatic call. */
export interface ExportRequest {
  readonly format: SummaryFormat;
  readonly target?: vscode.Uri;
}

const FORMAT_NAMES: Readonly<Record<SummaryFormat, string>> = { csv: 'CSV', markdown: 'Markdown', json: 'JSON' };

export class ExportSummaryCommand implements Command {
  readonly id = 'foi.exportSummary';

  constructor(private readonly summary: WorkspaceSummary) {}

  async execute(options?: unknown): Promise<string | vscode.Uri | undefined> {
    const request = toRequest(options);
    if (request === undefined) return this.#interactive();
    const text = await this.#text(request.format);
    if (request.target === undefined) return text;
    await write(request.target, text);
    return request.target;
  }

  async #text(format: SummaryFormat): Promise<string> {
    const index = await this.summary.current();
    return exportSummary(index.snapshot(), format, { generated: new Date() });
  }

  async #interactive(): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showQuickPick(
      [
        { format: 'csv' as const, label: 'CSV', detail: vscode.l10n.t('One row per letter and tool, for spreadsheets and statistics') },
        { format: 'markdown' as const, label: 'Markdown', detail: vscode.l10n.t('The authorities × tools table, counts and sections cited, for reports') },
        { format: 'json' as const, label: 'JSON', detail: vscode.l10n.t('Letters, matrix, counts, exemptions and problems, for scripts') },
      ],
      { title: vscode.l10n.t('Export FOI Summary'), placeHolder: vscode.l10n.t('Format') },
    );
    if (!picked) return undefined;
    const extension = SUMMARY_FILE_EXTENSIONS[picked.format];
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export FOI Summary as {0}', FORMAT_NAMES[picked.format]),
      defaultUri: folder ? vscode.Uri.joinPath(folder, `foi-summary.${extension}`) : undefined,
      filters: { [FORMAT_NAMES[picked.format]]: [extension] },
    });
    if (!target) return undefined;
    await write(target, await this.#text(picked.format));
    const open = vscode.l10n.t('Open');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('FOI summary exported to {0}.', vscode.workspace.asRelativePath(target)), open)
      .then((choice) => (choice === open ? vscode.window.showTextDocument(target) : undefined));
    return target;
  }
}

/** The request in a programmatic call, undefined when there is none (palette, menus); throws on a malformed one. */
function toRequest(options: unknown): ExportRequest | undefined {
  if (typeof options !== 'object' || options === null || !('format' in options)) return undefined;
  const { format, target } = options as { format: unknown; target?: unknown };
  if (!SUMMARY_FORMATS.includes(format as SummaryFormat)) {
    throw new Error(`foi.exportSummary: format must be one of ${SUMMARY_FORMATS.join(', ')}`);
  }
  if (target === undefined) return { format: format as SummaryFormat };
  if (target instanceof vscode.Uri) return { format: format as SummaryFormat, target };
  if (typeof target === 'string') return { format: format as SummaryFormat, target: vscode.Uri.parse(target) };
  throw new Error('foi.exportSummary: target must be a uri');
}

async function write(target: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
}
