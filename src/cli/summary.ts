// `foi summary`: aggregate every sidecar (`*.foi.yaml`) under some folders into one table of authorities × tools and
// print it as Markdown, CSV or JSON. A thin adapter: finding and reading files is here, everything else is the
// core's summary, whose exports the extension uses too, so both give the same text.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileNameOf } from '../core/sidecar/format';
import { exportSummary, SUMMARY_FORMATS, SummaryIndex, type SummaryFormat } from '../core/summary';
import { buildVocabulary } from '../core/vocabulary/tools';
import { parseCommandArgs, requireChoice, UsageError } from './args';
import type { Command } from './commands/command';
import { type CliIo, ExitCode } from './io';
import { displayPath, fileErrorReason, globRegularFiles } from './files';
import { loadToolsFile } from './toolsFile';

const OPTIONS = {
  format: { type: 'string' },
  tools: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The pattern of sidecar files below each folder. */
export const SIDECAR_GLOB = '**/*.foi.yaml';

/** Folders never searched. */
const IGNORED = ['**/node_modules/**', '**/.git/**'];

const HELP = `Usage: foi summary [options] <folders...>

Aggregate the sidecars (*.foi.yaml) under the folders into one table of
authorities × tools, with counts per status and the sections of the Act cited.
A sidecar file may be named directly too. node_modules and .git are skipped.

Options:
  --format <markdown|csv|json>
                        markdown (default): the authorities × tools table,
                          statuses per tool, sections cited, problems
                        csv: one row per letter and tool (authority, reference,
                          date, file, tool, status, recorded, exemptions,
                          evidence, note); cells starting with = + - @ get a
                          leading apostrophe so spreadsheets show them as text
                        json: letters, matrix, counts, exemptions, problems
  --tools <file.json>   extra tools, for column order and labels:
                          [{"id": "...", "label": "...", "synonyms": ["..."]}]
  -h, --help            show this help

Exit status: 0 when every sidecar was summarised, 1 when some folder or file
could not be read or some sidecar is invalid (the rest is still summarised;
each problem is one line on stderr), 2 for a wrong command line.
`;

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'aggregate sidecars into an authorities × tools summary (markdown, csv or json)',
  help: HELP,
  run: (argv, io) => runSummary(argv, io),
};

/** A sidecar file found on disk: its absolute path and the path shown (and used as its key in the index). */
export interface FoundSidecar {
  readonly absolute: string;
  readonly shown: string;
}

/** Runs `foi summary`; `now` stamps the Markdown and JSON output and is fixed by tests. */
export async function runSummary(argv: readonly string[], io: CliIo, now: () => Date = () => new Date()): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help === true) {
    io.stdout(HELP);
    return ExitCode.ok;
  }
  const format: SummaryFormat =
    typeof values.format === 'string' ? requireChoice('--format', values.format, SUMMARY_FORMATS) : 'markdown';
  if (positionals.length === 0) throw new UsageError('no folders given');
  const extraTools = typeof values.tools === 'string' ? await loadToolsFile(values.tools, io.cwd) : [];

  const found = await findSidecars(positionals, io.cwd);
  const index = new SummaryIndex({ tools: buildVocabulary(extraTools).tools });
  const unreadable = await loadSidecars(found.files, index);
  await checkLetters(found.files, index);
  for (const problem of [...found.problems, ...unreadable]) io.stderr(`${problem.path}: error: ${problem.reason}\n`);
  const problems = index.problems();
  for (const p of problems) io.stderr(`${p.sidecar}:${p.line}:${p.column} ${p.severity} ${p.code} ${oneLine(p.message)}\n`);

  io.stdout(exportSummary(index.snapshot(), format, { generated: now() }));
  const failed = found.problems.length > 0 || unreadable.length > 0 || problems.some((p) => p.severity === 'error');
  return failed ? ExitCode.inputError : ExitCode.ok;
}

/** Tells the index which sidecars' letters are missing from beside them. */
export async function checkLetters(files: readonly FoundSidecar[], index: SummaryIndex): Promise<void> {
  const absoluteOf = new Map(files.map((file) => [file.shown, file.absolute]));
  await Promise.all(
    index.entries().map(async ({ path: sidecar, letterFile }) => {
      const absolute = absoluteOf.get(sidecar);
      if (letterFile === undefined || absolute === undefined) return;
      // A sidecar's letter sits in its folder (the index's letter key is the sidecar's folder and the letter's name).
      const exists = await fs.stat(path.join(path.dirname(absolute), fileNameOf(letterFile))).then(
        (stats) => stats.isFile(),
        () => false,
      );
      index.setLetterMissing(letterFile, !exists);
    }),
  );
}

/** A folder or file that could not be read, with the reason. */
export interface ReadProblem {
  readonly path: string;
  readonly reason: string;
}

/** The sidecars below each folder (or named directly), each once, sorted by the path shown. */
export async function findSidecars(
  folders: readonly string[],
  cwd: string,
): Promise<{ files: FoundSidecar[]; problems: ReadProblem[] }> {
  const byAbsolute = new Map<string, FoundSidecar>();
  const problems: ReadProblem[] = [];
  for (const folder of folders) {
    const absolute = path.resolve(cwd, folder);
    let files: string[];
    try {
      const stats = await fs.stat(absolute);
      files = stats.isDirectory()
        ? await globRegularFiles(SIDECAR_GLOB, { cwd: absolute, absolute: true, dot: true, ignore: IGNORED })
        : [absolute];
    } catch (error) {
      problems.push({ path: folder, reason: fileErrorReason(error) });
      continue;
    }
    if (files.length === 0) problems.push({ path: folder, reason: 'no .foi.yaml files in this folder' });
    for (const file of files) {
      const normalised = path.normalize(file);
      if (!byAbsolute.has(normalised)) byAbsolute.set(normalised, { absolute: normalised, shown: displayPath(normalised, cwd) });
    }
  }
  const files = [...byAbsolute.values()].sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { files, problems };
}

/** Reads each sidecar into the index; returns the files that could not be read. */
export async function loadSidecars(files: readonly FoundSidecar[], index: SummaryIndex): Promise<ReadProblem[]> {
  const problems: ReadProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await fs.readFile(file.absolute, 'utf8');
    } catch (error) {
      problems.push({ path: file.shown, reason: fileErrorReason(error) });
      continue;
    }
    index.upsert(file.shown, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  }
  return problems;
}

/** Paths are shown relative to the working directory when they are below it. */
/** Messages are printed on one line whatever they contain. */
function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}
