// Runs the end-to-end test's steps in order, each ending with a screenshot, and writes test-results/e2e.json in
// the `{stats, failures}` shape `npm test` adds up. A step that fails stops the run; the steps after it are
// reported as not run (pending), since each builds on the one before.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export class StepSkipped extends Error {}

/** An error's message without the terminal colour codes Playwright puts in its call logs. */
function messageOf(error) {
  return stripVTControlCharacters(error instanceof Error ? error.message : String(error)).trim();
}

export class StepRunner {
  /** The workbench page, once the browser has opened it; screenshots are taken of it. */
  page;
  #screenshotsDir;
  #results = [];
  #stopped = false;
  /** Figures measured along the way (activation time, time to ready), written with the results. */
  measurements = {};

  /** @param {{ screenshotsDir: string }} options */
  constructor({ screenshotsDir }) {
    this.#screenshotsDir = screenshotsDir;
    mkdirSync(screenshotsDir, { recursive: true });
    for (const old of readdirSync(screenshotsDir)) if (/^e2e-.*\.png$/.test(old)) rmSync(path.join(screenshotsDir, old));
  }

  /**
   * Runs one step and screenshots the workbench after it, as `e2e-<nn>-<name>.png`. `action` may throw StepSkipped
   * to report the step as pending with the reason; any other error fails it.
   */
  async step(name, title, action) {
    const number = String(this.#results.length + 1).padStart(2, '0');
    const screenshot = path.join(this.#screenshotsDir, `e2e-${number}-${name}.png`);
    if (this.#stopped) {
      this.#results.push({ title, state: 'pending', message: 'not run: an earlier step failed' });
      return undefined;
    }
    const started = Date.now();
    let result;
    let outcome;
    try {
      result = await action();
      outcome = { state: 'passed' };
    } catch (error) {
      const message = messageOf(error);
      outcome = error instanceof StepSkipped ? { state: 'pending', message } : { state: 'failed', message };
      if (outcome.state === 'failed') this.#stopped = true;
    }
    await this.page?.screenshot({ path: screenshot }).catch(() => undefined);
    const entry = { title, ...outcome, ms: Date.now() - started, screenshot: path.basename(screenshot) };
    this.#results.push(entry);
    const mark = { passed: 'ok  ', failed: 'FAIL', pending: 'skip' }[entry.state];
    console.log(`e2e: ${mark} ${title} (${(entry.ms / 1000).toFixed(1)} s)${entry.message ? `: ${entry.message}` : ''}`);
    return result;
  }

  /** Records a failure that happened outside the steps (start-up, clean-up). */
  fail(title, error) {
    this.#stopped = true;
    this.#results.push({ title, state: 'failed', message: messageOf(error) });
    console.log(`e2e: FAIL ${title}: ${messageOf(error)}`);
  }

  /** Writes the results file and returns its stats. */
  write(file) {
    const count = (state) => this.#results.filter((result) => result.state === state).length;
    const stats = { tests: this.#results.length, passes: count('passed'), failures: count('failed'), pending: count('pending') };
    const failures = this.#results.filter((result) => result.state === 'failed').map(({ title, message }) => ({ title, message }));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ stats, failures, steps: this.#results, measurements: this.measurements }, null, 2)}\n`);
    return stats;
  }
}
