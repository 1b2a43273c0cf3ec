// The Summary panel's HTML shell: a strict Content Security Policy, our stylesheets and the one nonce'd script.
// No summary data goes into this HTML, only the panel's own words: the panel receives the summary as JSON by
// postMessage and builds its DOM with text nodes only. Pure (no `vscode`), so the CSP and escaping are unit-tested.
import { randomBytes } from 'node:crypto';

/** What the shell loads; every URI comes from `webview.asWebviewUri`, `cspSource` from `webview.cspSource`. */
export interface SummaryHtmlOptions {
  readonly cspSource: string;
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUris: readonly string[];
  /** The document language, e.g. `en`. */
  readonly lang?: string;
  /** The page title and the message shown until the summary arrives, in the display language. */
  readonly title: string;
  readonly loading: string;
  /** The display language's strings (a JSON l10n bundle) for the panel script's `l10n.t`; none in English. */
  readonly strings?: string;
}

/** A fresh nonce for one load of the panel: 16 random bytes from the OS, base64. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The CSP: nothing by default; our own styles, images and fonts; only the script carrying the nonce. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** The panel's HTML document. */
export function summaryHtml(options: SummaryHtmlOptions): string {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  const strings = options.strings === undefined ? '' : ` data-l10n="${escapeAttribute(options.strings)}"`;
  const styles = options.styleUris.map((uri) => `<link rel="stylesheet" href="${escapeAttribute(uri)}">`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(options.lang ?? 'en')}">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeAttribute(options.title)}</title>
  </head>
  <body>
    <main id="app" aria-busy="true"${strings}><p class="placeholder">${escapeAttribute(options.loading)}</p></main>
    <script nonce="${escapeAttribute(options.nonce)}" src="${escapeAttribute(options.scriptUri)}"></script>
  </body>
</html>
`;
}

/** Escapes a value for a double-quoted HTML attribute (every attribute here is double-quoted) or for text. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
