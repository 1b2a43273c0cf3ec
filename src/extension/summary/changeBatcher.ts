// Coalesces bursts of change events (a branch switch can report thousands of files) into batches: items added within
// `delayMs` of the first are processed together, each key once, and batches never overlap.
// Pure timing logic with no VS Code dependency, so it is unit-tested directly.

/** Collects items by key and hands them to `process` in batches, one batch at a time. */
export class ChangeBatcher<T> {
  readonly #pending = new Map<string, T>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #tail: Promise<void> = Promise.resolve();
  #disposed = false;

  /**
   * @param delayMs how long to wait after the first item of a batch before processing it
   * @param keyOf items with the same key are one item; the latest one added wins
   * @param process handles one batch; a batch that throws does not stop later ones
   */
  constructor(
    private readonly delayMs: number,
    private readonly keyOf: (item: T) => string,
    private readonly process: (items: T[]) => Promise<void>,
  ) {}

  /** Items waiting for the next batch. */
  get pending(): number {
    return this.#pending.size;
  }

  add(item: T): void {
    if (this.#disposed) return;
    this.#pending.set(this.keyOf(item), item);
    this.#timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.delayMs);
  }

  /**
   * Processes what is pending now instead of waiting for the timer; resolves once that batch (and any batch still
   * running before it) is done. Items added while a batch runs go into the next one.
   */
  flush(): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const run = this.#tail.then(() => {
      if (this.#disposed || this.#pending.size === 0) return;
      const items = [...this.#pending.values()];
      this.#pending.clear();
      return this.process(items);
    });
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /** Drops pending items; a batch already running finishes. */
  dispose(): void {
    this.#disposed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending.clear();
  }
}
