// The local disk through node:fs, as the atomic writer sees it, for tests that run outside VS Code.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { AtomicFileSystem } from '../../../src/extension/sidecar/atomicWrite';

export const nodeFileSystem: AtomicFileSystem<string> = {
  baseName: (file) => path.basename(file),
  folderOf: (file) => path.dirname(file),
  child: (folder, name) => path.join(folder, name),
  writeFile: (file, bytes) => fs.writeFile(file, bytes),
  rename: (from, to) => fs.rename(from, to),
  delete: (file) => fs.unlink(file),
  list: async (folder) => (await fs.readdir(folder, { withFileTypes: true })).map((entry) => ({ name: entry.name, isFile: entry.isFile() })),
  mtime: async (file) => (await fs.stat(file)).mtimeMs,
};

/** The two contents the crash test's writer alternates between: valid YAML, about a megabyte each. */
export function generation(which: 'old' | 'new'): string {
  const lines = Array.from({ length: 20_000 }, (_, i) => `  - note ${i} of the ${which} generation, long enough to take a while to write`);
  return `foi: 1\ndocument: letter.txt\ngeneration: ${which}\nnotes:\n${lines.join('\n')}\n`;
}
