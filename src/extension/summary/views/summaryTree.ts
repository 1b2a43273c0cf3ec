// The one tree data provider behind the Letters, Tools and Exemptions views: it hands out the roots a view's
// `roots` function builds from the current summary, and redraws when the summary changes. Nodes render themselves.
import * as vscode from 'vscode';
import { toolLabel } from '../../../core/vocabulary/tools';
import { Disposable } from '../../util/dispose';
import type { WorkspaceSummary } from '../workspaceSummary';
import type { SummaryNode, TreeContext } from './treeNodes';

export class SummaryTreeProvider extends Disposable implements vscode.TreeDataProvider<SummaryNode> {
  readonly #onDidChangeTreeData = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.#onDidChangeTreeData.event;

  /**
   * @param view the view this provider fills, created at activation (see ../index.ts); its description shows progress
   * @param roots the top-level nodes of this view for one state of the summary
   */
  constructor(
    private readonly view: vscode.TreeView<unknown>,
    private readonly summary: WorkspaceSummary,
    private readonly roots: (context: TreeContext) => SummaryNode[],
  ) {
    super();
    this._register(summary.onDidChange(() => this.#onDidChangeTreeData.fire()));
  }

  getTreeItem(node: SummaryNode): vscode.TreeItem {
    return node.getTreeItem();
  }

  /** The roots wait for the summary: the first call, made when the view is first shown, starts the workspace scan. */
  async getChildren(node?: SummaryNode): Promise<SummaryNode[]> {
    if (node) return node.getChildren();
    const index = await this.summary.current();
    const snapshot = index.snapshot();
    const { tagged, letters } = snapshot.progress;
    this.view.description = letters === 0 ? undefined : vscode.l10n.t('{0} of {1} letters tagged', tagged, letters);
    const summary = this.summary;
    return this.roots({
      snapshot,
      toolLabel: (tool) => snapshot.tools.find((column) => column.id === tool)?.label ?? toolLabel(summary.vocabulary, tool),
      letterUri: (file) => summary.letterUri(file),
      sidecarUri: (path) => summary.sidecarUri(path),
    });
  }

  getParent(node: SummaryNode): SummaryNode | undefined {
    return node.getParent();
  }
}
