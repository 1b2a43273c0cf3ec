// `npm run test:desktop`: the same integration suite in desktop VS Code through @vscode/test-electron, for
// machines with internet access (it downloads VS Code) or a local VS Code named by VSCODE_EXECUTABLE. On Linux
// without a display, run it under xvfb-run. Writes test-results/desktop.json; exits non-zero on any failure.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { repoRoot } from '../vscode-host/layout.mjs';
import { settingsJson } from '../vscode-host/settings.mjs';
import { prepareRun, recordResults, suiteEntry } from '../vscode-host/suite.mjs';

const say = (line) => console.log(`desktop: ${line}`);

/** The VS Code executable: VSCODE_EXECUTABLE, else a download of the latest stable release. */
async function vscodeExecutable() {
  const local = process.env.VSCODE_EXECUTABLE;
  if (local) {
    if (existsSync(local)) return local;
    console.error(`desktop: VSCODE_EXECUTABLE names ${local}, which does not exist.`);
    process.exit(1);
  }
  try {
    return await downloadAndUnzipVSCode({ timeout: 30_000 });
  } catch (error) {
    console.error(`desktop: could not download VS Code (${error instanceof Error ? error.message : String(error)}).`);
    console.error('Desktop tests need internet access, or a local VS Code: VSCODE_EXECUTABLE=/path/to/code npm run test:desktop');
    console.error('Without either, `npm run test:integration` runs the same suite in the VS Code server installed by `npm run setup`.');
    process.exit(1);
  }
}

async function main() {
  if (!existsSync(suiteEntry)) throw new Error(`${path.relative(repoRoot, suiteEntry)} is missing; build it with \`node esbuild.mjs\``);
  const vscodeExecutablePath = await vscodeExecutable();
  const { work, workspace, channel, entry, env } = prepareRun({ logFile: false });
  const userDataDir = path.join(work, 'user-data');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), settingsJson());

  let problem;
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: entry,
      extensionTestsEnv: env,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--user-data-dir', userDataDir,
        '--extensions-dir', path.join(work, 'extensions'),
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-workspace-trust',
      ],
    });
  } catch (error) {
    // VS Code exits non-zero when tests fail; that is only a problem when the suite did not finish.
    if (!existsSync(channel.doneFile)) problem = error instanceof Error ? error.message : String(error);
  }
  const { stats } = recordResults('desktop', channel, problem);
  say(`${stats.passes} passed, ${stats.failures} failed (test-results/desktop.json)`);
  process.exit(stats.failures > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(`desktop: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
