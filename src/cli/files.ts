// Finding and reading letter files for the command line: paths, directories and globs in; each file once, and
// one-line problems out. Decoding is the core's job (core/decode); this module only touches the file system.

import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import { DEFAULT_MAX_BYTES, decodeLetter, sizeProblem } from '../core/decode';

/** Extensions a directory is searched for. */
const LETTER_EXTENSIONS = ['txt', 'foi'] as const;

/** Folders never searched. */
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** A path argument that named no readable letter, with the reason. */
export interface PathProblem {
  /** The argument as the user typed it. */
  readonly path: string;
  readonly reason: string;
}

/** The files the arguments name, and the arguments that named none. */
export interface Discovery {
  /** Absolute paths, each once. */
  readonly files: readonly string[];
  readonly problems: readonly PathProblem[];
}

/**
 * Expands path arguments: a file is taken as it is (any extension), a directory means every `.txt` and `.foi` file
 * below it, and anything else with glob characters is a fast-glob pattern. `node_modules` and `.git` are skipped.
 */
export async function discoverLetterFiles(args: readonly string[], cwd: string): Promise<Discovery> {
  const files = new Set<string>();
  const problems: PathProblem[] = [];
  for (const arg of args) {
    const found = await expandArgument(arg, cwd);
    if (typeof found === 'string') problems.push({ path: arg, reason: found });
    else found.forEach((file) => files.add(file));
  }
  return { files: [...files], problems };
}

/** The files one argument names, or the reason it names none. */
async function expandArgument(arg: string, cwd: string): Promise<readonly string[] | string> {
  const absolute = path.resolve(cwd, arg);
  let stats: Stats;
  try {
    stats = await fs.stat(absolute);
  } catch (error) {
    if (fg.isDynamicPattern(toGlobSyntax(arg))) return expandGlob(arg, cwd);
    return fileErrorReason(error);
  }
  if (stats.isFile()) return [absolute];
  if (stats.isDirectory()) return expandDirectory(absolute);
  return 'not a regular file or directory';
}

async function expandDirectory(directory: string): Promise<readonly string[] | string> {
  const files = await globFiles(`**/*.{${LETTER_EXTENSIONS.join(',')}}`, {
    cwd: directory,
    absolute: true,
    onlyFiles: true,
    dot: true,
    caseSensitiveMatch: false,
    ignore: IGNORED,
  });
  if (typeof files === 'string') return files;
  if (files.length === 0) return `no ${LETTER_EXTENSIONS.map((ext) => `.${ext}`).join(' or ')} files in this directory`;
  return files.map((file) => path.normalize(file));
}

async function expandGlob(pattern: string, cwd: string): Promise<readonly string[] | string> {
  const files = await globFiles(toGlobSyntax(pattern), { cwd, absolute: true, onlyFiles: true, dot: true, ignore: IGNORED });
  if (typeof files === 'string') return files;
  if (files.length === 0) return 'no files match this pattern';
  return files.map((file) => path.normalize(file));
}

/** `globRegularFiles`, with a walk that fails (an unreadable folder) turned into a reason. */
async function globFiles(pattern: string, options: fg.Options): Promise<readonly string[] | string> {
  try {
    return await globRegularFiles(pattern, options);
  } catch (error) {
    return fileErrorReason(error);
  }
}

/**
 * The files `pattern` matches, as fast-glob finds them but without following links to folders: fast-glob has no
 * guard against link loops, and a few of them make its walk run for ever. Links to files are kept.
 */
export async function globRegularFiles(pattern: string, options: fg.Options): Promise<string[]> {
  const entries = await fg(pattern, { ...options, onlyFiles: false, followSymbolicLinks: false, objectMode: true });
  const cwd = typeof options.cwd === 'string' ? options.cwd : process.cwd();
  const kept = await Promise.all(
    entries.map(async ({ dirent, path: file }) => {
      if (!dirent.isSymbolicLink()) return dirent.isFile();
      return fs.stat(path.resolve(cwd, file)).then((stats) => stats.isFile(), () => false);
    }),
  );
  return entries.filter((_, i) => kept[i]).map((entry) => entry.path);
}

/** Globs use forward slashes on every platform. */
function toGlobSyntax(arg: string): string {
  return path.sep === '\\' ? arg.replaceAll('\\', '/') : arg;
}

/** The text of a letter file, or the reason it cannot be analysed. */
export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Reads and decodes a letter, checking its size before reading so a huge file is never loaded whole. */
export async function readLetterFile(file: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  try {
    const stats = await fs.stat(file);
    const tooLarge = sizeProblem(stats.size, maxBytes);
    if (tooLarge !== undefined) return { ok: false, reason: tooLarge };
    const decoded = decodeLetter(await fs.readFile(file), { maxBytes });
    return decoded.ok ? { ok: true, text: decoded.text } : decoded;
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
}

/** A short reason for a file system error, without the stack or the path (which the caller prints). */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** A path as shown to the user: relative to the working folder when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
