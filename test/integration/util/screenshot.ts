// Screenshots of the workbench from inside a test: `await screenshot('seed-highlighted')` asks the launcher,
// which holds the browser page, to write test-results/screenshots/seed-highlighted.png.
import * as http from 'node:http';
import { testChannel } from './channel';

/**
 * Saves a screenshot of the whole workbench under the given name (letters, digits, `.`, `_`, `-`) and returns
 * the file's path. Returns undefined when the suite runs in a host without a browser (desktop VS Code).
 */
export async function screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<string | undefined> {
  const endpoint = testChannel().screenshotEndpoint;
  if (!endpoint) return undefined;
  const body = JSON.stringify({ name, fullPage: options.fullPage ?? false });
  const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('error', reject);
    request.end(body);
  });
  const parsed = JSON.parse(answer.text) as { path?: string; error?: string };
  if (answer.status !== 200 || !parsed.path) throw new Error(`screenshot '${name}' failed: ${parsed.error ?? answer.status}`);
  return parsed.path;
}

/** A file-name-safe form of a test title, for screenshots named after tests. */
export function screenshotName(title: string): string {
  const safe = title.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 100);
  return safe.replace(/-+$/, '') || 'untitled';
}
