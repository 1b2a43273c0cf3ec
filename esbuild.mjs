// Bundles the extension, the command line, the Summary panel's script and the integration tests into single files.
//
// The extension is four bundles, so that activation (for any plain-text or YAML file) loads only the registrations,
// and each part loads when first needed:
//   dist/extension.js     activation: language features, commands, the sidecar store, stand-ins for the side bar
//   dist/engine.js        the analysis engine, required by the first letter's analysis
//   dist/sidecarCodec.js  the yaml package and the sidecar code that needs it, required on the first sidecar read
//   dist/summary.js       the FOI side bar (index, trees, panel, exports), required when it is first shown or used
// esbuild cannot split CommonJS output, so the later bundles are separate entries that dist/extension.js requires
// by their file names (`require('./summary.js')`). The extension's services (the analyses, the sidecar store) are
// handed to them as instances, and the Summary uses the sidecar codec's copy of the sidecar parser; each bundle's
// sources are checked below, so that the activation bundle does not take the later parts back in and no service
// exists twice.
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
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

/** The bundles loaded on first use: the file name the extension requires, and the entry it is built from. */
const LATER_BUNDLES = {
  './engine.js': 'src/extension/engineBundle.ts',
  './sidecarCodec.js': 'src/extension/sidecar/codecBundle.ts',
  './summary.js': 'src/extension/summary/summaryBundle.ts',
};

/**
 * `require('./summary.js')` and the like: left as they are in the shipped bundles, where the files sit side by side
 * in dist/; built in where a bundle stands alone (the integration tests, which import extension modules directly).
 */
function laterBundles({ inline }) {
  return {
    name: 'later-bundles',
    setup(build) {
      build.onResolve({ filter: /^\.\/(?:engine|sidecarCodec|summary)\.js$/ }, (args) =>
        inline ? { path: path.resolve(LATER_BUNDLES[args.path]) } : { path: args.path, external: true },
      );
    },
  };
}

/**
 * The Summary bundle's imports of the core's sidecar module become `require('./sidecarCodec.js')`, which re-exports
 * it: one yaml package and one sidecar parser (whose WeakMap of source positions is state) for the whole extension.
 */
const sharedSidecarCodec = {
  name: 'shared-sidecar-codec',
  setup(build) {
    const sidecarModule = path.resolve('src/core/sidecar/index.ts');
    build.onResolve({ filter: /(?:^|\/)sidecar$/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
      return resolved.path === sidecarModule ? { path: './sidecarCodec.js', external: true } : resolved;
    });
  },
};

/**
 * One namespace object for the `vscode` module per bundle. Each `import * as vscode from 'vscode'` otherwise copies
 * the API's ~350 properties into an object of its own as the bundle loads: 10-30 ms of activation in VS Code over
 * the extension's ~40 modules.
 */
const oneVscodeNamespace = {
  name: 'one-vscode-namespace',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-api' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-api' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-api' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/** Fails the build when the bundle holds a source matching one of `patterns` (paths relative to this folder). */
function forbidSources(patterns) {
  return {
    name: 'forbid-sources',
    setup(build) {
      build.onEnd((result) => {
        const sources = Object.keys(result.metafile?.inputs ?? {});
        const errors = patterns.flatMap(([pattern, why]) => {
          const found = sources.filter((source) => pattern.test(source));
          return found.length === 0 ? [] : [{ text: `${build.initialOptions.outfile} must not hold ${found.join(', ')}: ${why}` }];
        });
        return { errors };
      });
    },
  };
}

// What a bundle must not hold, and why. The later bundles share the extension's state by being handed its instances,
// so they must not carry a copy of the code that makes them.
const YAML = [/^node_modules\/yaml\//, 'the yaml package is in dist/sidecarCodec.js'];
const SIDECAR_CODE = [/^src\/core\/sidecar\/(?!format\.ts$)/, 'the sidecar code is in dist/sidecarCodec.js, some of it with state'];
const ENGINE = [/^src\/core\/(?:analyze\.ts|explain\.ts|analysis\/|act\/|vocabulary\/)/, 'the engine is in dist/engine.js'];
const SUMMARY = [/^node_modules\/csv-stringify\/|^src\/core\/summary\//, 'the summary is in dist/summary.js'];
const SECOND_ENGINE = [/^src\/core\/analyze\.ts$/, 'letters are analysed by dist/engine.js, through the analyses handed over'];
const SERVICES = [
  /^src\/extension\/(?:letterAnalyses|sidecar\/sidecarStore)\.ts$/,
  'the analyses and the sidecar store live in dist/extension.js, which hands its instances over',
];
const extensionHost = { ...shared, external: ['vscode'], metafile: true };

const builds = [
  {
    ...extensionHost,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    plugins: [
      laterBundles({ inline: false }),
      oneVscodeNamespace,
      forbidSources([ENGINE, YAML, SIDECAR_CODE, SUMMARY]),
    ],
  },
  {
    ...extensionHost,
    entryPoints: [LATER_BUNDLES['./engine.js']],
    outfile: 'dist/engine.js',
    plugins: [oneVscodeNamespace, forbidSources([YAML, SERVICES])],
  },
  {
    ...extensionHost,
    entryPoints: [LATER_BUNDLES['./sidecarCodec.js']],
    outfile: 'dist/sidecarCodec.js',
    plugins: [oneVscodeNamespace, forbidSources([SECOND_ENGINE, SERVICES])],
  },
  {
    ...extensionHost,
    entryPoints: [LATER_BUNDLES['./summary.js']],
    outfile: 'dist/summary.js',
    plugins: [sharedSidecarCodec, oneVscodeNamespace, forbidSources([YAML, SECOND_ENGINE, SERVICES])],
  },
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
      plugins: [laterBundles({ inline: true })],
    });
  }
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
