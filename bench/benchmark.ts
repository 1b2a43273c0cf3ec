// The shape of one benchmark and the table every benchmark prints its figures in.

/** A benchmark `npm run bench -- <name>` can run. */
export interface Benchmark {
  readonly name: string;
  readonly description: string;
  readonly run: () => Promise<void> | void;
}

/** One measured figure, with the goal it is held against when there is one. */
export interface Figure {
  readonly measure: string;
  readonly value: string;
  readonly goal?: string;
  /** Undefined when the figure has no goal. */
  readonly met?: boolean;
}

/** Prints figures as an aligned table with PASS/MISS against each goal. */
export function printTable(title: string, figures: readonly Figure[]): void {
  const rows = figures.map((f) => [f.measure, f.value, f.goal ?? '', f.met === undefined ? '' : f.met ? 'PASS' : 'MISS']);
  const header = ['measure', 'value', 'goal', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]): string => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

/** The value at quantile `q` (0..1) of `values`, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/** Wall-clock and CPU milliseconds taken by `work`; CPU time holds steady when other processes compete. */
export function timeBoth(work: () => void): { readonly wallMs: number; readonly cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** Formats milliseconds with a sensible number of decimals. */
export function ms(value: number): string {
  return value < 1 ? `${value.toFixed(3)} ms` : value < 100 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;
}
