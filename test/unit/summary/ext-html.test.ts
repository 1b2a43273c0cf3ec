import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, createNonce, escapeAttribute, summaryHtml } from '../../../src/extension/summary/webview/html';

const CSP_SOURCE = 'https://*.vscode-cdn.net';

function page(overrides: Partial<Parameters<typeof summaryHtml>[0]> = {}): string {
  return summaryHtml({
    cspSource: CSP_SOURCE,
    nonce: 'bm9uY2Utdmx1ZQ==',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
    styleUris: ['https://file+.vscode-resource.vscode-cdn.net/ext/media/summary.css'],
    title: 'FOI summary',
    loading: 'Reading the workspace’s sidecars…',
    ...overrides,
  });
}

describe('the Summary panel HTML', () => {
  it('allows nothing by default, our styles, images and fonts, and only the nonce’d script', () => {
    assert.equal(
      contentSecurityPolicy(CSP_SOURCE, 'abc'),
      `default-src 'none'; style-src ${CSP_SOURCE}; script-src 'nonce-abc'; img-src ${CSP_SOURCE}; font-src ${CSP_SOURCE}`,
    );
  });

  it('puts the policy in a meta tag and the nonce on its one script', () => {
    const html = page();
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*script-src 'nonce-bm9uY2Utdmx1ZQ=='/);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script nonce="bm9uY2Utdmx1ZQ==" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js">']);
  });

  it('has no inline script or style and loads nothing over http other than the given resource URIs', () => {
    const html = page();
    assert.doesNotMatch(html, /<script\b[^>]*>[^<]/);
    assert.doesNotMatch(html, /<style\b|\sstyle=/);
    const outsidePolicy = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    const urls = outsidePolicy.match(/https?:\/\/[^"\s]+/g) ?? [];
    assert.equal(urls.length, 2);
    for (const url of urls) assert.match(url, /^https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\//);
  });

  it('escapes resource URIs so a quote cannot end the attribute', () => {
    const html = page({ scriptUri: 'https://x/"><img src=x onerror=alert(1)>.js' });
    assert.ok(!html.includes('<img'), html);
    assert.ok(html.includes('src="https://x/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.js"'));
  });

  it('escapes &, ", < and > in attributes', () => {
    assert.equal(escapeAttribute('a&b"c<d>e'), 'a&amp;b&quot;c&lt;d&gt;e');
  });

  it('makes a fresh 128-bit nonce for every load', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.equal(Buffer.from(nonce, 'base64').length, 16);
  });

  it('shows a loading message until the script has the data', () => {
    assert.match(page(), /<main id="app" aria-busy="true"><p class="placeholder">Reading/);
  });

  it('hands the panel script the display language’s strings in an escaped attribute, and none in English', () => {
    const strings = JSON.stringify({ 'Authorities and tools': 'Behörden & "Werkzeuge" <neu>' });
    const html = page({ strings, title: 'FOI-Übersicht <1>', loading: 'Lese…' });
    const attribute = /<main id="app" aria-busy="true" data-l10n="([^"]*)">/.exec(html)?.[1];
    assert.ok(attribute !== undefined, html);
    const decoded = attribute.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded), { 'Authorities and tools': 'Behörden & "Werkzeuge" <neu>' });
    assert.match(html, /<title>FOI-Übersicht &lt;1&gt;<\/title>/);
    assert.match(html, /<p class="placeholder">Lese…<\/p>/);
    assert.doesNotMatch(page(), /data-l10n/);
  });
});
