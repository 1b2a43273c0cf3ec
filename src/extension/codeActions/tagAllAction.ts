// Source action "Tag All Suggested Statuses": records every suggestion in the letter, never replacing a status a
// person set. Not a fix-all, because it writes a file beside the letter and must never run on save by surprise.
import * as vscode from 'vscode';
import type { LetterAnalyses, SidecarRecords } from '../letterAnalyses';

export class TagAllActionProvider implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Source.append('foi').append('tagAll');
  static readonly providedCodeActionKinds = [TagAllActionProvider.kind];

  constructor(
    private readonly analyses: LetterAnalyses,
    private readonly records: SidecarRecords,
  ) {}

  static register(selector: vscode.DocumentSelector, analyses: LetterAnalyses, records: SidecarRecords): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider(selector, new TagAllActionProvider(analyses, records), {
      providedCodeActionKinds: TagAllActionProvider.providedCodeActionKinds,
    });
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.intersects(TagAllActionProvider.kind)) return [];
    const recorded = this.records.recordedFor(document.uri) ?? {};
    const untagged = (this.analyses.get(document)?.tools ?? []).filter((answer) => !recorded[answer.tool]);
    if (untagged.length === 0) return [];
    const title = vscode.l10n.t('Tag All Suggested Statuses ({0})', untagged.length);
    const action = new vscode.CodeAction(title, TagAllActionProvider.kind);
    action.command = { command: 'foi.tagAllSuggested', title, arguments: [document.uri] };
    return [action];
  }
}
