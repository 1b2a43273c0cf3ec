// Tests dispose of everything they register: a store collects disposables, and `withStore` wraps a test body so
// the store is emptied however the test ends.
import type * as vscode from 'vscode';

/** Collects disposables and disposes of them together, newest first. */
export class DisposableStore implements vscode.Disposable {
  readonly #items: vscode.Disposable[] = [];
  #disposed = false;

  /** Keeps `item` until the store is disposed; adding to a disposed store disposes the item at once. */
  add<T extends vscode.Disposable>(item: T): T {
    if (this.#disposed) {
      item.dispose();
    } else {
      this.#items.push(item);
    }
    return item;
  }

  dispose(): void {
    this.#disposed = true;
    const errors: unknown[] = [];
    for (const item of this.#items.splice(0).reverse()) {
      try {
        item.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'disposing the test store failed');
  }
}

/** A mocha test body that gets a fresh store, disposed when the body settles: `it('…', withStore(async (store) => …))`. */
export function withStore(body: (this: Mocha.Context, store: DisposableStore) => Promise<void>): (this: Mocha.Context) => Promise<void> {
  return async function (this: Mocha.Context) {
    const store = new DisposableStore();
    try {
      await body.call(this, store);
    } finally {
      store.dispose();
    }
  };
}
