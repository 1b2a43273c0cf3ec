// Packages the extension into `foi-annotator-<version>.vsix` at the repository root with @vscode/vsce. The code is
// already bundled into dist/ by `node esbuild.mjs --production`, so no node_modules are packed; `.vscodeignore`
// (an allow-list) decides which files go in. `npm run package` builds first; `npm start` and the end-to-end test
// call `buildAndPackage()`. Nothing here goes online. `node scripts/package.mjs --out <file>` writes elsewhere.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PackageManager, createVSIX } from '@vscode/vsce';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles esbuild.mjs must have produced before packaging; the manifest's `main` is the first. */
const REQUIRED_BUNDLES = ['dist/extension.js', 'dist/engine.js', 'dist/sidecarCodec.js', 'dist/summary.js', 'dist/webview.js', 'dist/cli.js'];

/**
 * Top-level entries never packed and too big to let vsce walk: it lists every file under its working folder (only
 * the top node_modules aside) and matches each against every ignore pattern, which over the 12 000 files of the
 * VS Code server in .vscode-test/ takes half a minute. vsce therefore runs in a copy of the rest.
 */
const NOT_STAGED = new Set(['.git', '.vscode-test', 'node_modules', 'out', 'test-results']);

/** Where `npm run package` writes the package for the manifest's current version. */
export function vsixPath() {
  const { name, version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return path.join(repoRoot, `${name}-${version}.vsix`);
}

/** Runs `node esbuild.mjs --production`: minified single-file bundles, no source maps. */
export function buildProduction() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['esbuild.mjs', '--production'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`node esbuild.mjs --production failed (${code ?? signal})`))));
  });
}

/**
 * Packs the already-built extension. vsce prints its own "Packaged: …" line.
 * @param {{ packagePath?: string }} [options] packagePath: where to write the .vsix (default: `vsixPath()`)
 * @returns {Promise<string>} the .vsix written
 */
export async function packageVsix({ packagePath = vsixPath() } = {}) {
  const missing = REQUIRED_BUNDLES.filter((file) => !existsSync(path.join(repoRoot, file)));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing; build with \`node esbuild.mjs --production\` first`);
  const staging = mkdtempSync(path.join(os.tmpdir(), 'foi-package-'));
  try {
    for (const entry of readdirSync(repoRoot)) {
      if (NOT_STAGED.has(entry) || entry.endsWith('.vsix')) continue;
      cpSync(path.join(repoRoot, entry), path.join(staging, entry), { recursive: true });
    }
    await createVSIX(vsceOptions(staging, path.resolve(packagePath)));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return packagePath;
}

function vsceOptions(cwd, packagePath) {
  return {
    cwd,
    packagePath,
    // Everything the extension runs is in the esbuild bundles.
    packageManager: PackageManager.None,
    dependencies: false,
    // The repository field is a placeholder, so relative links in the README are resolved against it explicitly
    // rather than guessed from a GitHub address.
    baseContentUrl: 'https://example.invalid/foi-annotator/blob/main',
    baseImagesUrl: 'https://example.invalid/foi-annotator/raw/main',
  };
}

/** Builds for production, then packs. Returns the .vsix written. */
export async function buildAndPackage(options) {
  await buildProduction();
  return packageVsix(options);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // --out <file>: write the package elsewhere (the tests do, so as not to replace the one at the root).
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  packageVsix({ packagePath: values.out ? path.resolve(values.out) : undefined }).then(
    (file) => console.log(`package: ${path.relative(process.cwd(), file)}, ${Math.round(statSync(file).size / 1024)} KB`),
    (error) => {
      console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
