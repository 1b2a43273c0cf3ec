// Writes a file so that a crash leaves either the old or the new content, never a truncated file: the new bytes go
// to a temporary file beside the target, which is then renamed over it. A crash between the two steps leaves the
// temporary file behind; `removeStaleTempFiles` clears such leftovers from a folder.
// Free of `vscode`: the store passes the workspace file system, and tests pass node:fs (and kill a writer mid-loop).
import { randomBytes } from 'node:crypto';

/** Temporary files are named `.<name>.<12 hex digits>.foi-tmp`, so a later run can recognise and remove leftovers. */
export const TEMP_SUFFIX = '.foi-tmp';

/** A leftover temporary file younger than this may belong to a write still under way (another window, say). */
export const STALE_TEMP_AGE_MS = 30_000;

const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.foi-tmp$/;

/** One entry of a folder listing. */
export interface FolderEntry {
  readonly name: string;
  readonly isFile: boolean;
}

/** The few file operations an atomic write and its cleanup need, over any kind of file reference `F`. */
export interface AtomicFileSystem<F> {
  /** The last part of the file's path. */
  baseName(file: F): string;
  /** The folder holding `file`. */
  folderOf(file: F): F;
  /** The file called `name` in `folder`. */
  child(folder: F, name: string): F;
  writeFile(file: F, bytes: Uint8Array): Promise<void>;
  /** Renames `from` to `to`, replacing `to` if it exists. */
  rename(from: F, to: F): Promise<void>;
  delete(file: F): Promise<void>;
  list(folder: F): Promise<readonly FolderEntry[]>;
  /** Milliseconds since the epoch of the file's last modification. */
  mtime(file: F): Promise<number>;
}

/** The temporary name used while writing `name`. */
export function tempNameFor(name: string): string {
  return `.${name}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
}

/** True for names `tempNameFor` makes. */
export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** Replaces `target`'s content with `bytes` in one rename; on failure the temporary file is removed and the error rethrown. */
export async function writeFileAtomic<F>(fs: AtomicFileSystem<F>, target: F, bytes: Uint8Array): Promise<void> {
  const temp = fs.child(fs.folderOf(target), tempNameFor(fs.baseName(target)));
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.delete(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Deletes the temporary files a crashed write left in `folder`: only names `tempNameFor` makes, and only those older
 * than `STALE_TEMP_AGE_MS`, so a write under way elsewhere keeps its file. Returns how many were removed; a file that
 * cannot be inspected or removed is skipped.
 */
export async function removeStaleTempFiles<F>(fs: AtomicFileSystem<F>, folder: F, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const entry of await fs.list(folder)) {
    if (!entry.isFile || !isTempName(entry.name)) continue;
    const file = fs.child(folder, entry.name);
    try {
      if (now - (await fs.mtime(file)) < STALE_TEMP_AGE_MS) continue;
      await fs.delete(file);
      removed++;
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}
