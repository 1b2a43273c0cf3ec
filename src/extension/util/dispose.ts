// Ownership of VS Code resources: whatever a feature registers, it disposes.
import * as vscode from 'vscode';

/** A bag of disposables that disposes them all, once, in reverse order of registration. */
export class DisposableStore implements vscode.Disposable {
  #items: vscode.Disposable[] = [];
  #disposed = false;

  add<T extends vscode.Disposable>(item: T): T {
    if (this.#disposed) {
      item.dispose();
    } else {
      this.#items.push(item);
    }
    return item;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    const items = this.#items.reverse();
    this.#items = [];
    for (const item of items) item.dispose();
  }
}

/** Base class for long-lived objects that own registrations. */
export abstract class Disposable implements vscode.Disposable {
  readonly #store = new DisposableStore();

  protected _register<T extends vscode.Disposable>(item: T): T {
    return this.#store.add(item);
  }

  dispose(): void {
    this.#store.dispose();
  }
}
