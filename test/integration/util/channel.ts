// How a launcher outside VS Code talks to the suite running inside the extension host. The launcher
// (scripts/vscode-host/run-tests.mjs or scripts/desktop/run-tests.mjs) writes a JSON file and names it in the
// environment variable below, which the VS Code server passes on to the extension host.
import * as fs from 'node:fs';

/** Environment variable naming the channel file; the launchers set the same name. */
export const CHANNEL_ENV = 'FOI_TEST_CHANNEL';

/** What the launcher tells the suite. Every field is optional: without a launcher the suite uses plain console output. */
export interface TestChannel {
  /** Where mocha's `{stats, failures}` summary goes (the reporter's MOCHA_JSON). */
  readonly resultsFile?: string;
  /** Plain-text spec output, which the launcher prints while the suite runs. */
  readonly logFile?: string;
  /** File written once `run()` has finished, so the launcher knows the results are complete. */
  readonly doneFile?: string;
  /** `POST` endpoint that saves a screenshot of the workbench (see util/screenshot.ts). */
  readonly screenshotEndpoint?: string;
  /** Whether the spec output may use terminal colours. */
  readonly color?: boolean;
  /** Runs only the tests whose full title contains this text (FOI_INTEGRATION_GREP). */
  readonly grep?: string;
}

let cached: TestChannel | undefined;

/** The launcher's channel, read once; empty when the suite runs without one. */
export function testChannel(): TestChannel {
  if (cached) return cached;
  const file = process.env[CHANNEL_ENV];
  cached = file ? (JSON.parse(fs.readFileSync(file, 'utf8')) as TestChannel) : {};
  return cached;
}
