// The Letters view: authority → letter → each tool's status, and a Problems group for sidecars that are invalid.
import type * as vscode from 'vscode';
import type { SummaryLetter } from '../../../core/summary';
import type { WorkspaceSummary } from '../workspaceSummary';
import { SummaryTreeProvider } from './summaryTree';
import { AuthorityNode, ProblemsNode, type SummaryNode, type TreeContext } from './treeNodes';

export function lettersTree(view: vscode.TreeView<unknown>, summary: WorkspaceSummary): SummaryTreeProvider {
  return new SummaryTreeProvider(view, summary, lettersRoots);
}

/** Problems first, when there are any, then one node per authority in the summary's order. */
function lettersRoots(context: TreeContext): SummaryNode[] {
  const { snapshot } = context;
  const byFile = new Map(snapshot.letters.map((letter) => [letter.file, letter]));
  const roots: SummaryNode[] = snapshot.problems.length > 0 ? [new ProblemsNode(context, snapshot.problems)] : [];
  for (const row of snapshot.matrix.rows) {
    const letters = row.letters.map((file) => byFile.get(file)).filter((letter): letter is SummaryLetter => letter !== undefined);
    roots.push(new AuthorityNode(context, row.authority, letters));
  }
  return roots;
}
