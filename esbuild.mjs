// Bundles the extension, the command line and the integration tests into single files.
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
];

// Integration tests run inside the extension host; they are never shipped.
if (!production) {
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
