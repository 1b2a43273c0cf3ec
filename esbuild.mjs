// Bundles the extension, the command line, the Summary panel's script and the integration tests into single files.
import { cpSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';
import fg from 'fast-glob';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...shared, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The Summary panel runs in a webview: a browser script, type-checked with webview-src/tsconfig.json.
  { ...shared, entryPoints: ['webview-src/main.ts'], outfile: 'dist/webview.js', platform: 'browser', target: 'es2022', format: 'iife' },
];

// The panel shows codicons from its own copy of the font, since a webview may load only the extension's files.
for (const file of ['codicon.css', 'codicon.ttf']) cpSync(`node_modules/@vscode/codicons/dist/${file}`, `dist/codicons/${file}`);

// Integration tests run inside the extension host; they are never shipped. The suite runs every
// out/integration/**/*.test.js, so the folder is emptied first: a deleted test must not live on as a stale bundle.
if (!production) {
  rmSync('out/integration', { recursive: true, force: true });
  const tests = await fg('test/integration/**/*.ts');
  if (tests.length > 0) {
    builds.push({
      ...shared,
      entryPoints: tests,
      outdir: 'out/integration',
      outbase: 'test/integration',
      bundle: true,
      external: ['vscode', 'mocha', 'playwright-core'],
    });
  }
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
