// A loopback HTTP endpoint through which test code inside the extension host asks the launcher, which holds the
// Playwright page, for a screenshot of the workbench: `POST /screenshot {"name": "seed-highlighted"}` writes
// `<dir>/seed-highlighted.png` and answers `{"path": ...}`.
// `POST /evaluate {"expression": "..."}` evaluates a JavaScript expression in every frame of the page (the workbench
// and each webview's nested iframes) and answers `{"results": [{"url", "value"} | {"url", "error"}]}`, so a test can
// look inside a webview, which the extension host cannot (test/integration/util/webviews.ts).
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;
const MAX_BODY_BYTES = 4_096;
/** A frame that does not answer within this time (busy, or detaching) is reported with an error. */
const EVALUATE_TIMEOUT_MS = 5_000;

function reply(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
      if (body.length > MAX_BODY_BYTES) reject(new Error('request body too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

/** Evaluates the posted expression in every frame of `current`; one frame's failure does not stop the others. */
async function evaluate(request, response, current) {
  try {
    const { expression } = JSON.parse(await readBody(request));
    if (typeof expression !== 'string' || expression === '') return reply(response, 400, { error: 'expression must be a non-empty string' });
    if (!current) return reply(response, 409, { error: 'no browser page is open' });
    const results = await Promise.all(
      current.frames().map(async (frame) => {
        let timer;
        const timeout = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${EVALUATE_TIMEOUT_MS} ms`)), EVALUATE_TIMEOUT_MS);
        });
        try {
          return { url: frame.url(), value: await Promise.race([frame.evaluate(expression), timeout]) };
        } catch (error) {
          return { url: frame.url(), error: error instanceof Error ? error.message : String(error) };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    reply(response, 200, { results });
  } catch (error) {
    reply(response, 500, { error: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * @param {{ dir: string, page: () => import('playwright-core').Page | undefined }} options
 *   page: the current workbench page (the endpoint starts before the browser does)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startScreenshotEndpoint({ dir, page }) {
  const server = http.createServer(async (request, response) => {
    if (request.method === 'POST' && request.url === '/evaluate') return evaluate(request, response, page());
    if (request.method !== 'POST' || request.url !== '/screenshot') return reply(response, 404, { error: 'POST /screenshot or /evaluate only' });
    try {
      const { name, fullPage = false } = JSON.parse(await readBody(request));
      if (typeof name !== 'string' || !NAME.test(name)) return reply(response, 400, { error: `bad screenshot name ${JSON.stringify(name)}` });
      const current = page();
      if (!current) return reply(response, 409, { error: 'no browser page is open' });
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await current.screenshot({ path: file, fullPage: Boolean(fullPage) });
      reply(response, 200, { path: file });
    } catch (error) {
      reply(response, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/screenshot`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
