// The Exemptions view: each section of the Act relied on in a recorded answer → the letters relying on it.
import type * as vscode from 'vscode';
import type { WorkspaceSummary } from '../workspaceSummary';
import { SummaryTreeProvider } from './summaryTree';
import { ExemptionNode, type SummaryNode, type TreeContext } from './treeNodes';

export function exemptionsTree(view: vscode.TreeView<unknown>, summary: WorkspaceSummary): SummaryTreeProvider {
  return new SummaryTreeProvider(view, summary, exemptionsRoots);
}

function exemptionsRoots(context: TreeContext): SummaryNode[] {
  return context.snapshot.exemptions.map((use) => new ExemptionNode(context, use));
}
