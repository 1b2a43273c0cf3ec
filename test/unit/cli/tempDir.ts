// Throwaway folders for fixtures the tests generate (binary files, bad encodings, huge files).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh empty folder under the system's temp directory, removed by the returned function. */
export function makeTempDir(): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'foi-cli-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
