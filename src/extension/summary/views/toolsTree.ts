// The Tools view: tool → each status given for it, with counts → the letters that gave it.
import type * as vscode from 'vscode';
import type { WorkspaceSummary } from '../workspaceSummary';
import { SummaryTreeProvider } from './summaryTree';
import { type SummaryNode, type TreeContext, ToolNode } from './treeNodes';

export function toolsTree(view: vscode.TreeView<unknown>, summary: WorkspaceSummary): SummaryTreeProvider {
  return new SummaryTreeProvider(view, summary, toolsRoots);
}

function toolsRoots(context: TreeContext): SummaryNode[] {
  return context.snapshot.tools.map((tool) => new ToolNode(context, tool));
}
