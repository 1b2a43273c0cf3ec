// FOI: Tag Tool Status — records a tool's status. Scripts and tests call it as `foi.tagTool(uri, toolId, status)`;
// from the palette it asks for the tool and the status.
import * as vscode from 'vscode';
import { isToolStatus, TOOL_STATUSES, TOOL_STATUS_INFO, type ToolStatus } from '../../core/model';
import type { LetterAnalyses } from '../letterAnalyses';
import type { LetterTagging } from '../tagging';
import type { UpdateOutcome } from '../sidecar/sidecarStore';
import type { Command } from './commandManager';
import { activeLetter, toUri } from './letters';

export class TagToolCommand implements Command {
  readonly id = 'foi.tagTool';

  constructor(
    private readonly tagging: LetterTagging,
    private readonly analyses: LetterAnalyses,
  ) {}

  async execute(uri?: vscode.Uri | string, tool?: string, status?: string): Promise<UpdateOutcome | undefined> {
    const letter = toUri(uri) ?? activeLetter();
    if (!letter) return undefined;
    if (tool && status) {
      if (!isToolStatus(status)) throw new Error(`Unknown status "${status}"; expected one of ${TOOL_STATUSES.join(', ')}`);
      return this.tagging.tagTool(letter, tool, status);
    }
    const chosen = await this.#ask(letter);
    return chosen && this.tagging.tagTool(letter, chosen.tool, chosen.status);
  }

  async #ask(letter: vscode.Uri): Promise<{ tool: string; status: ToolStatus } | undefined> {
    const document = await vscode.workspace.openTextDocument(letter);
    const analysis = this.analyses.get(document);
    const vocabulary = this.analyses.vocabulary;
    const suggestions = new Map(analysis?.tools.map((answer) => [answer.tool, answer.status]));
    const toolPick = await vscode.window.showQuickPick(
      vocabulary.tools.map((definition) => {
        const suggested = suggestions.get(definition.id);
        return {
          label: definition.label,
          description: suggested ? vscode.l10n.t('suggested: {0}', TOOL_STATUS_INFO[suggested].label) : undefined,
          id: definition.id,
        };
      }),
      { title: vscode.l10n.t('Tag which tool?'), placeHolder: vscode.l10n.t('Tool') },
    );
    if (!toolPick) return undefined;
    const suggested = suggestions.get(toolPick.id);
    const statusPick = await vscode.window.showQuickPick(
      TOOL_STATUSES.map((status) => ({
        label: TOOL_STATUS_INFO[status].label,
        description: status === suggested ? vscode.l10n.t('suggested') : undefined,
        detail: TOOL_STATUS_INFO[status].description,
        status,
      })),
      { title: vscode.l10n.t('Status of {0}', toolPick.label) },
    );
    return statusPick && { tool: toolPick.id, status: statusPick.status };
  }
}
