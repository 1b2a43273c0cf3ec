// A tree data provider that stands in for one built later: VS Code needs a provider when the view is registered,
// but the real one is made only when the view first asks for its items.
import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

export class DeferredTreeDataProvider<T> extends Disposable implements vscode.TreeDataProvider<T> {
  readonly #onDidChangeTreeData = this._register(new vscode.EventEmitter<T | T[] | undefined | null | void>());
  readonly onDidChangeTreeData = this.#onDidChangeTreeData.event;
  #target: vscode.TreeDataProvider<T> | undefined;

  /** @param build makes the real provider; called once, on the first request */
  constructor(private readonly build: () => vscode.TreeDataProvider<T>) {
    super();
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.#provider().getTreeItem(element);
  }

  getChildren(element?: T): vscode.ProviderResult<T[]> {
    return this.#provider().getChildren(element);
  }

  getParent(element: T): vscode.ProviderResult<T> {
    return this.#provider().getParent?.(element);
  }

  #provider(): vscode.TreeDataProvider<T> {
    if (!this.#target) {
      const target = (this.#target = this.build());
      if (target.onDidChangeTreeData) this._register(target.onDidChangeTreeData((change) => this.#onDidChangeTreeData.fire(change)));
    }
    return this.#target;
  }
}
