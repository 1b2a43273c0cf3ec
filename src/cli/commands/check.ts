// `foi check`: analyse letter files and print what the engine found, as text lines or JSON.
// A thin adapter: discovery and reading are in ../files, the analysis is the core's, output is in ../format.

import { analyze } from '../../core/analyze';
import type { AnalyzeOptions } from '../../core/model';
import { parseCommandArgs, requireChoice, UsageError } from '../args';
import { discoverLetterFiles, displayPath, readLetterFile } from '../files';
import type { FileReport } from '../fileReport';
import { formatJson } from '../format/json';
import { formatText } from '../format/text';
import { type CliIo, ExitCode } from '../io';
import { loadToolsFile } from '../toolsFile';
import type { Command } from './command';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

const OPTIONS = {
  format: { type: 'string' },
  tools: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: foi check [options] <paths-or-globs...>

Analyse FOI response letters and report what the engine finds in each.

A file is read whatever its extension. A directory means every .txt and .foi
file below it. Quote globs so the shell leaves them to foi: 'letters/**/*.txt'.
node_modules and .git folders are skipped. Files must be UTF-8 (a byte order
mark is fine) or UTF-16 with a byte order mark, and at most 20 MB.

Options:
  --format <text|json>  text (default): one line per diagnostic,
                          file:line:column severity code message
                        json: an array with one object per file: the letter's
                          facts, citations, NCND and not-held statements,
                          referrals, tool answers and diagnostics
  --tools <file.json>   extra tools, or extra synonyms for a default tool:
                          [{"id": "...", "label": "...", "synonyms": ["..."]}]
  -h, --help            show this help

Exit status: 0 when every file was analysed, 1 when some file could not be
(the others are still reported; each problem is one line on stderr),
2 for a wrong command line.
`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'analyse letters and print diagnostics (text) or findings (json)',
  help: HELP,
  run: runCheck,
};

async function runCheck(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help === true) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const format: Format = typeof values.format === 'string' ? requireChoice('--format', values.format, FORMATS) : 'text';
  if (positionals.length === 0) throw new UsageError('no paths given');
  const options: AnalyzeOptions =
    typeof values.tools === 'string' ? { tools: await loadToolsFile(values.tools, io.cwd) } : {};

  const reports = await checkPaths(positionals, options, io.cwd);
  for (const report of reports) {
    if ('error' in report) io.stderr(`${report.file}: error: ${report.error}\n`);
  }
  io.stdout(format === 'json' ? formatJson(reports) : formatText(reports));
  return reports.some((report) => 'error' in report) ? ExitCode.inputError : ExitCode.ok;
}

/** Checks every file the arguments name, sorted by the path shown. */
export async function checkPaths(
  args: readonly string[],
  options: AnalyzeOptions,
  cwd: string,
): Promise<readonly FileReport[]> {
  const { files, problems } = await discoverLetterFiles(args, cwd);
  const reports: FileReport[] = problems.map((problem) => ({ file: problem.path, error: problem.reason }));
  for (const file of files) reports.push(await checkFile(file, displayPath(file, cwd), options));
  return reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

async function checkFile(file: string, shown: string, options: AnalyzeOptions): Promise<FileReport> {
  const read = await readLetterFile(file);
  if (!read.ok) return { file: shown, error: read.reason };
  try {
    return { file: shown, text: read.text, analysis: analyze(read.text, options) };
  } catch (error) {
    // The engine is meant never to throw; if it does, this file is reported and the run goes on.
    return { file: shown, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

