// Waiting without fixed sleeps: a condition is checked at once, again whenever a relevant VS Code event fires,
// and, for state that announces nothing (such as an extension becoming active), at a short interval; the wait
// ends as soon as it holds, or fails with a clear message at the deadline.
import * as vscode from 'vscode';

export interface WaitOptions {
  /** Milliseconds before giving up; default 10 000. */
  readonly timeout?: number;
  /** Events after which the condition is checked again; default: document, editor, diagnostic and extension changes. */
  readonly events?: readonly vscode.Event<unknown>[];
  /** Milliseconds between checks when no event fires, or false to rely on events alone; default 50. */
  readonly interval?: number | false;
  /** Says what was awaited, for the timeout error. */
  readonly description?: string;
}

/** Events after which most conditions in these tests may have changed. */
function defaultEvents(): vscode.Event<unknown>[] {
  return [
    vscode.workspace.onDidOpenTextDocument,
    vscode.workspace.onDidChangeTextDocument,
    vscode.window.onDidChangeActiveTextEditor,
    vscode.window.onDidChangeVisibleTextEditors,
    vscode.languages.onDidChangeDiagnostics,
    vscode.extensions.onDidChange,
  ];
}

/**
 * Resolves with the first truthy value `probe` returns. A probe that throws counts as "not yet", and its last
 * error is reported on timeout, so assertions can serve as probes.
 */
export function waitFor<T>(probe: () => T | Promise<T>, options: WaitOptions = {}): Promise<NonNullable<T>> {
  const timeout = options.timeout ?? 10_000;
  const interval = options.interval ?? 50;
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let settled = false;
    let checking = false;
    let recheck = false;
    let lastError: unknown;

    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (ticker) clearInterval(ticker);
      for (const subscription of subscriptions) subscription.dispose();
      outcome();
    };

    const check = async (): Promise<void> => {
      if (settled) return;
      if (checking) {
        recheck = true;
        return;
      }
      checking = true;
      try {
        const value = await probe();
        if (value) finish(() => resolve(value as NonNullable<T>));
      } catch (error) {
        lastError = error;
      } finally {
        checking = false;
      }
      if (recheck) {
        recheck = false;
        await check();
      }
    };

    const deadline = setTimeout(() => {
      const what = options.description ?? 'condition';
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      finish(() => reject(new Error(`timed out after ${timeout} ms waiting for ${what}${cause}`)));
    }, timeout);
    const ticker = interval === false ? undefined : setInterval(() => void check(), interval);
    for (const event of options.events ?? defaultEvents()) subscriptions.push(event(() => void check()));
    void check();
  });
}

/**
 * Resolves with the diagnostics of `uri` once `accept` holds for them (by default: once there is at least one).
 * Checks now and after every diagnostics change that touches `uri`.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean = (diagnostics) => diagnostics.length > 0,
  options: Omit<WaitOptions, 'events' | 'interval'> = {},
): Promise<readonly vscode.Diagnostic[]> {
  const key = uri.toString();
  const changesToUri: vscode.Event<unknown> = (listener, thisArgs, disposables) =>
    vscode.languages.onDidChangeDiagnostics(
      (event) => {
        if (event.uris.some((changed) => changed.toString() === key)) listener.call(thisArgs, event);
      },
      undefined,
      disposables,
    );
  return waitFor(
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    { description: `diagnostics on ${vscode.workspace.asRelativePath(uri)}`, ...options, events: [changesToUri], interval: false },
  );
}
