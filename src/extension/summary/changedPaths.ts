// The paths a batch of watcher events created or deleted, asked whether a file is one of them or lies inside one.
// A lookup of the file's own path and each of its parent folders, so a batch costs the number of sidecars times
// their depth, not the number of sidecars times the number of paths (a branch switch can report thousands of each).

/** The parts of a `vscode.Uri` that place a file; structural, so this module needs no `vscode` import. */
export interface Located {
  readonly scheme: string;
  readonly authority: string;
  readonly path: string;
}

export class ChangedPaths {
  readonly #paths = new Set<string>();

  constructor(uris: Iterable<Located>) {
    for (const uri of uris) this.#paths.add(idOf(uri, uri.path));
  }

  get isEmpty(): boolean {
    return this.#paths.size === 0;
  }

  /** True when `file` lies inside one of the paths, read as folders (or, with `orSame`, is one of them). */
  covers(file: Located, orSame = false): boolean {
    if (this.#paths.size === 0) return false;
    const path = file.path;
    if (orSame && this.#paths.has(idOf(file, path))) return true;
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      if (this.#paths.has(idOf(file, path.slice(0, slash)))) return true;
    }
    return false;
  }
}

function idOf(uri: Located, path: string): string {
  return `${uri.scheme}://${uri.authority}${path}`;
}
