// Quick fixes that record a tool's status: the engine's suggestion (preferred) and every other status,
// a change of status for a tool already tagged, and accepting the letter's status on a mismatch.
import * as vscode from 'vscode';
import { TOOL_STATUSES, TOOL_STATUS_INFO, type ToolStatus } from '../../core/model';
import { toRange } from '../foiDocuments';
import { codeOf, findingOf } from '../languageFeatures/diagnostics';
import type { LetterAnalyses, SidecarRecords } from '../letterAnalyses';

const TAG_TOOL_COMMAND = 'foi.tagTool';

export class TagToolActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly analyses: LetterAnalyses,
    private readonly recorded: SidecarRecords,
  ) {}

  static register(selector: vscode.DocumentSelector, analyses: LetterAnalyses, recorded: SidecarRecords): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider(selector, new TagToolActionProvider(analyses, recorded), {
      providedCodeActionKinds: TagToolActionProvider.providedCodeActionKinds,
    });
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const actions: vscode.CodeAction[] = [];
    const handled = new Set<string>();

    for (const diagnostic of context.diagnostics) {
      const code = codeOf(diagnostic);
      if (code !== 'untagged-tool' && code !== 'status-mismatch') continue;
      const finding = findingOf(diagnostic, document, this.analyses);
      const tool = finding?.data?.tool;
      const suggested = finding?.data?.status;
      if (!tool || !suggested || handled.has(tool)) continue;
      handled.add(tool);
      actions.push(...this.#statusActions(document, tool, suggested, finding.data?.recordedStatus, diagnostic));
    }

    // A tool whose status is already recorded has no diagnostic; offer to change it where its answer is.
    const analysis = this.analyses.get(document);
    const recorded = this.recorded.recordedFor(document.uri) ?? {};
    for (const answer of analysis?.tools ?? []) {
      if (handled.has(answer.tool) || !recorded[answer.tool] || !toRange(document, answer.evidence).intersection(range)) continue;
      handled.add(answer.tool);
      actions.push(...this.#statusActions(document, answer.tool, answer.status, recorded[answer.tool], undefined));
    }
    return actions;
  }

  #statusActions(
    document: vscode.TextDocument,
    tool: string,
    suggested: ToolStatus,
    recorded: ToolStatus | undefined,
    diagnostic: vscode.Diagnostic | undefined,
  ): vscode.CodeAction[] {
    const label = this.analyses.toolLabel(tool);
    const order = [suggested, ...TOOL_STATUSES.filter((status) => status !== suggested)];
    return order
      .filter((status) => status !== recorded)
      .map((status) => {
        const words = TOOL_STATUS_INFO[status].label;
        const title = recorded
          ? status === suggested
            ? vscode.l10n.t('Change {0} to {1} (as the letter now reads)', label, words)
            : vscode.l10n.t('Change {0} to {1}', label, words)
          : vscode.l10n.t('Tag {0} as {1}', label, words);
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command: TAG_TOOL_COMMAND, title, arguments: [document.uri, tool, status] };
        if (diagnostic) action.diagnostics = [diagnostic];
        action.isPreferred = status === suggested && diagnostic !== undefined;
        return action;
      });
  }
}
