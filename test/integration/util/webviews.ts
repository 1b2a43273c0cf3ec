// Looking inside webviews from a test: the extension host cannot reach a webview's DOM, but the launcher's page can.
// `evaluateInFrames(expression)` asks the launcher (POST /evaluate on the channel's endpoint, see
// scripts/vscode-host/screenshotEndpoint.mjs) to evaluate the expression in every frame of the workbench page,
// webview iframes included, and returns each frame's answer.
import * as http from 'node:http';
import { testChannel } from './channel';

/** One frame's answer: the expression's value (JSON-serialisable), or why it could not be evaluated there. */
export interface FrameResult<T> {
  readonly url: string;
  readonly value?: T;
  readonly error?: string;
}

/**
 * Evaluates `expression` (a JavaScript expression, e.g. an immediately invoked function) in every frame of the
 * workbench page. Returns undefined when the suite runs without a browser page (desktop VS Code).
 */
export async function evaluateInFrames<T>(expression: string): Promise<FrameResult<T>[] | undefined> {
  const screenshots = testChannel().screenshotEndpoint;
  if (!screenshots) return undefined;
  const endpoint = new URL('/evaluate', screenshots);
  const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('error', reject);
    request.end(JSON.stringify({ expression }));
  });
  const parsed = JSON.parse(answer.text) as { results?: FrameResult<T>[]; error?: string };
  if (answer.status !== 200 || !parsed.results) throw new Error(`evaluating in the page failed: ${parsed.error ?? answer.status}`);
  return parsed.results;
}

/** True when the launcher holds a browser page, so webviews can be inspected. */
export function canInspectWebviews(): boolean {
  return testChannel().screenshotEndpoint !== undefined;
}
