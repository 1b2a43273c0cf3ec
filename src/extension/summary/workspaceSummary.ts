// The workspace summary service: every sidecar (`*.foi.yaml`) of every workspace folder, read through the workspace
// file system into the core's SummaryIndex, plus the engine's suggestions for the untagged tools of open letters.
//
// Lazy: nothing is searched, watched or read until a summary view or command first asks (`current()`), so
// activation stays cheap. After that, file watchers keep the index current. Their events are coalesced into batches
// (a branch switch can report thousands of files); a sidecar is re-read only when its mtime changed; and
// `onDidChange` fires once per batch that changed something.
//
// Watchers report a folder created or deleted as a whole, without its files (files written into a new folder before
// it is watched are never reported), so folder events are handled too: a deleted folder takes its sidecars with it,
// and a created folder triggers one workspace search for sidecars not yet known.
//
// A sidecar whose letter is not beside it (deleted, moved or renamed) is reported by the index; the letters are
// looked for when their sidecars are read and again whenever a path is created or deleted where a letter was.
import * as vscode from 'vscode';
import { fileNameOf, SIDECAR_SUFFIX } from '../../core/sidecar';
import { SummaryIndex, type SuggestedLetter } from '../../core/summary';
import type { Vocabulary } from '../../core/vocabulary/tools';
import { isLetter } from '../foiDocuments';
import type { LetterAnalyses } from '../letterAnalyses';
import type { SidecarStore } from '../sidecar/sidecarStore';
import { sidecarUriFor } from '../sidecar/sidecarUris';
import { Disposable } from '../util/dispose';
import { ChangeBatcher } from './changeBatcher';
import { ChangedPaths } from './changedPaths';

/** Sidecars in every workspace folder. */
export const SIDECAR_GLOB = `**/*${SIDECAR_SUFFIX}`;

/** Events arriving within this many milliseconds of the first are handled as one batch. */
export const BATCH_DELAY_MS = 100;

/** Files read at the same time during a scan. */
const READ_CONCURRENCY = 16;

/** Above this many other paths created in one batch, search the workspace rather than look at each path. */
const MAX_PATHS_CHECKED = 50;

/**
 * A change waiting in the batch: a sidecar created, changed or deleted; some other path created or deleted (it may
 * be a folder holding sidecars); or the open letters, whose suggestions may need bringing up to date.
 */
type Change =
  | { readonly kind: 'sidecar'; readonly uri: vscode.Uri }
  | { readonly kind: 'path'; readonly uri: vscode.Uri; readonly created: boolean }
  | { readonly kind: 'suggestions' };

const SUGGESTIONS: Change = { kind: 'suggestions' };

export class WorkspaceSummary extends Disposable {
  readonly #onDidChange = this._register(new vscode.EventEmitter<void>());
  readonly #batcher: ChangeBatcher<Change>;
  #index: SummaryIndex;
  #vocabulary: Vocabulary;
  #started: Promise<void> | undefined;
  #tail: Promise<unknown> = Promise.resolve();
  /** Sidecar key (its workspace-relative path, as the index knows it) to its file. */
  readonly #sidecars = new Map<string, vscode.Uri>();
  /** Letter key of each open letter shown with suggestions, to its file. */
  readonly #suggestedLetters = new Map<string, vscode.Uri>();
  /** Letter key to the suggestion last given to the index, as JSON, so unchanged suggestions cause no event. */
  readonly #suggestions = new Map<string, string>();

  /** Fires once per batch of changes that altered the summary, and after each full scan. */
  readonly onDidChange = this.#onDidChange.event;

  constructor(
    private readonly analyses: LetterAnalyses,
    private readonly store: SidecarStore,
  ) {
    super();
    this.#vocabulary = analyses.vocabulary;
    this.#index = new SummaryIndex({ tools: this.#vocabulary.tools });
    this.#batcher = this._register(
      new ChangeBatcher<Change>(BATCH_DELAY_MS, changeKey, (changes) => this.#serial(() => this.#apply(changes))),
    );
  }

  /** The vocabulary the index was built with; its tool labels name the columns. */
  get vocabulary(): Vocabulary {
    return this.#vocabulary;
  }

  /** The index with every change reported so far applied; starts watching and scans the workspace on first use. */
  async current(): Promise<SummaryIndex> {
    await this.#start();
    await this.#batcher.flush();
    return this.#index;
  }

  /** Reads every sidecar again from scratch (the Refresh command). */
  async refresh(): Promise<SummaryIndex> {
    if (this.#started === undefined) return this.current();
    await this.#serial(() => this.#scan());
    return this.current();
  }

  /** The file behind a letter key of the summary, if the summary knows the letter. */
  letterUri(file: string): vscode.Uri | undefined {
    const sidecarKey = this.#index.letter(file)?.sidecar;
    if (sidecarKey === undefined) return this.#suggestedLetters.get(file);
    const sidecar = this.#sidecars.get(sidecarKey);
    return sidecar === undefined ? undefined : letterBeside(sidecar, file);
  }

  /** The sidecar file behind a sidecar key of the summary. */
  sidecarUri(path: string): vscode.Uri | undefined {
    return this.#sidecars.get(path);
  }

  #start(): Promise<void> {
    this.#started ??= this.#serial(async () => {
      this.#watch();
      await this.#scan();
    });
    return this.#started;
  }

  #watch(): void {
    const sidecar = (uri: vscode.Uri) => this.#batcher.add({ kind: 'sidecar', uri });
    const sidecars = this._register(vscode.workspace.createFileSystemWatcher(SIDECAR_GLOB));
    this._register(sidecars.onDidCreate(sidecar));
    this._register(sidecars.onDidChange(sidecar));
    this._register(sidecars.onDidDelete(sidecar));
    // Our own writes are reported by the store at once; the watcher may take longer. A letter opened without a
    // sidecar is reported too, and needs nothing.
    this._register(
      this.store.onDidChange((letter) => {
        const uri = sidecarUriFor(letter);
        if (this.store.snapshotFor(letter)?.text !== undefined || this.#sidecars.has(keyOf(uri))) sidecar(uri);
      }),
    );

    const paths = this._register(vscode.workspace.createFileSystemWatcher('**', false, true, false));
    const path = (created: boolean) => (uri: vscode.Uri) => {
      if (!uri.path.endsWith(SIDECAR_SUFFIX)) this.#batcher.add({ kind: 'path', uri, created });
    };
    this._register(paths.onDidCreate(path(true)));
    this._register(paths.onDidDelete(path(false)));

    const suggestions = () => this.#batcher.add(SUGGESTIONS);
    this._register(vscode.workspace.onDidOpenTextDocument(suggestions));
    this._register(vscode.workspace.onDidCloseTextDocument(suggestions));
    this._register(vscode.workspace.onDidSaveTextDocument(suggestions));
    this._register(
      this.analyses.onDidInvalidate((letter) => {
        // Settings changed: a new tool vocabulary means new columns, so the index is rebuilt.
        if (letter === undefined && this.analyses.vocabulary !== this.#vocabulary) void this.#rescan();
        else suggestions();
      }),
    );
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.#rescan()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('files.exclude')) void this.#rescan();
      }),
    );
  }

  #rescan(): Promise<void> {
    return this.#serial(() => this.#scan()).catch(() => undefined);
  }

  /** Runs tasks that touch the index one after another, so a scan never interleaves with a batch. */
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Builds a fresh index from every sidecar the workspace search finds (which applies `files.exclude`). */
  async #scan(): Promise<void> {
    this.#vocabulary = this.analyses.vocabulary;
    const index = new SummaryIndex({ tools: this.#vocabulary.tools });
    const found = await vscode.workspace.findFiles(SIDECAR_GLOB);
    this.#sidecars.clear();
    await forEachLimited(found, READ_CONCURRENCY, async (uri) => {
      const key = keyOf(uri);
      if ((await loadSidecar(index, key, uri)) !== 'gone') this.#sidecars.set(key, uri);
    });
    await this.#checkLetters(index, this.#lettersOf(index, this.#sidecars.keys()));
    this.#index = index;
    this.#suggestions.clear();
    this.#suggestedLetters.clear();
    this.#syncSuggestions();
    this.#onDidChange.fire();
  }

  async #apply(changes: readonly Change[]): Promise<void> {
    const changed = new Map<string, vscode.Uri>();
    const paths: { uri: vscode.Uri; created: boolean }[] = [];
    for (const change of changes) {
      if (change.kind === 'suggestions' || !inWorkspace(change.uri)) continue;
      if (change.kind === 'sidecar') changed.set(keyOf(change.uri), change.uri);
      else paths.push(change);
    }
    // A folder deleted or moved away: its sidecars are checked (and found gone) like any other changed sidecar.
    const changedPaths = new ChangedPaths(paths.map((path) => path.uri));
    if (!changedPaths.isEmpty) {
      for (const [key, sidecar] of this.#sidecars) if (changedPaths.covers(sidecar)) changed.set(key, sidecar);
    }
    const admitted = await this.#admit(changed, await someFolderCreated(paths));

    let altered = false;
    await forEachLimited([...admitted.entries()], READ_CONCURRENCY, async ([key, uri]) => {
      const outcome = await loadSidecar(this.#index, key, uri);
      if (outcome === 'gone') {
        this.#sidecars.delete(key);
        if (this.#index.remove(key)) altered = true;
      } else {
        this.#sidecars.set(key, uri);
        if (outcome === 'read') altered = true;
      }
    });
    for (const key of changed.keys()) {
      if (!admitted.has(key) && this.#index.remove(key)) altered = true;
    }
    // The letters of the sidecars read, and any letter created or deleted (or in a folder that was).
    const letters = this.#lettersOf(this.#index, changedPaths.isEmpty ? admitted.keys() : this.#sidecars.keys()).filter(
      ({ key, uri }) => admitted.has(key) || changedPaths.covers(uri, true),
    );
    if (await this.#checkLetters(this.#index, letters)) altered = true;
    // A sidecar that appeared or went away changes which open letters show suggestions.
    if (this.#syncSuggestions()) altered = true;
    if (altered) this.#onDidChange.fire();
  }

  /** The letter each of these sidecars describes: its key in `index` and its file beside the sidecar. */
  #lettersOf(index: SummaryIndex, sidecarKeys: Iterable<string>): { key: string; letterFile: string; uri: vscode.Uri }[] {
    const letters: { key: string; letterFile: string; uri: vscode.Uri }[] = [];
    for (const key of sidecarKeys) {
      const letterFile = index.sidecar(key)?.letterFile;
      const sidecar = this.#sidecars.get(key);
      if (letterFile !== undefined && sidecar !== undefined) letters.push({ key, letterFile, uri: letterBeside(sidecar, letterFile) });
    }
    return letters;
  }

  /** Tells `index` whether each of these letters exists; true when that changed anything. */
  async #checkLetters(index: SummaryIndex, letters: readonly { letterFile: string; uri: vscode.Uri }[]): Promise<boolean> {
    let changed = false;
    await forEachLimited(letters, READ_CONCURRENCY, async ({ letterFile, uri }) => {
      const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
      const missing = stat === undefined || (stat.type & vscode.FileType.File) === 0;
      if (index.setLetterMissing(letterFile, missing)) changed = true;
    });
    return changed;
  }

  /**
   * Which sidecars to read: the changed ones already in the index, plus new ones the workspace search lists (so a
   * sidecar under a `files.exclude` folder never slips in by an event), plus, after a folder was created, every
   * sidecar the search lists that the index lacks. One search per batch at most, however many files it holds.
   */
  async #admit(changed: ReadonlyMap<string, vscode.Uri>, folderCreated: boolean): Promise<Map<string, vscode.Uri>> {
    const admitted = new Map<string, vscode.Uri>();
    let unknown = folderCreated;
    for (const [key, uri] of changed) {
      if (this.#sidecars.has(key)) admitted.set(key, uri);
      else unknown = true;
    }
    if (!unknown) return admitted;
    for (const uri of await vscode.workspace.findFiles(SIDECAR_GLOB)) {
      const key = keyOf(uri);
      if (changed.has(key) || (folderCreated && !this.#sidecars.has(key))) admitted.set(key, uri);
    }
    return admitted;
  }

  /**
   * Open FOI letters of the workspace show the engine's suggested statuses for the tools their sidecar does not
   * record yet (the index lets a recorded status win); a letter loses them when it is closed. Returns true when the
   * index changed.
   */
  #syncSuggestions(): boolean {
    let changed = false;
    const open = new Set<string>();
    for (const document of vscode.workspace.textDocuments) {
      if (!isLetter(document) || !inWorkspace(document.uri)) continue;
      const key = keyOf(document.uri);
      const analysis = this.analyses.get(document);
      if (analysis === undefined) continue;
      open.add(key);
      const suggestion: SuggestedLetter = {
        authority: analysis.letter.authority,
        reference: analysis.letter.reference,
        date: analysis.letter.date,
        ...(analysis.act === 'foisa' ? { act: analysis.act } : {}),
        tools: analysis.tools.map((answer) => ({ tool: answer.tool, status: answer.status, evidenceText: answer.text })),
      };
      const signature = JSON.stringify(suggestion);
      if (this.#suggestions.get(key) === signature) continue;
      this.#suggestions.set(key, signature);
      this.#suggestedLetters.set(key, document.uri);
      this.#index.upsertSuggested(key, suggestion);
      changed = true;
    }
    for (const key of [...this.#suggestions.keys()]) {
      if (open.has(key)) continue;
      this.#suggestions.delete(key);
      this.#suggestedLetters.delete(key);
      if (this.#index.removeSuggested(key)) changed = true;
    }
    return changed;
  }
}

function changeKey(change: Change): string {
  return change.kind === 'suggestions' ? change.kind : `${change.kind} ${change.uri.toString()}`;
}

/** The summary's name for a file: its path in the workspace, with the folder's name first in a multi-root one. */
function keyOf(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

function inWorkspace(uri: vscode.Uri): boolean {
  return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/**
 * The letter a sidecar describes: the index's letter key is the sidecar key's folder joined with the letter's name
 * (never a path), so the letter is that name in the sidecar's folder.
 */
function letterBeside(sidecar: vscode.Uri, letterFile: string): vscode.Uri {
  const folder = sidecar.path.slice(0, sidecar.path.lastIndexOf('/'));
  return sidecar.with({ path: `${folder}/${fileNameOf(letterFile)}` });
}

/** True when one of the created paths is a folder; many paths at once are assumed to include one. */
async function someFolderCreated(paths: readonly { uri: vscode.Uri; created: boolean }[]): Promise<boolean> {
  const created = paths.filter((path) => path.created);
  if (created.length > MAX_PATHS_CHECKED) return true;
  const stats = await Promise.all(created.map(({ uri }) => Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined)));
  return stats.some((stat) => stat !== undefined && (stat.type & vscode.FileType.Directory) !== 0);
}

/**
 * Reads one sidecar into the index unless the index holds it with the same mtime (`unchanged`). `gone` when it is
 * no longer a readable file; the caller forgets it. Text is decoded as the command line reads it: UTF-8, without a
 * byte order mark.
 */
async function loadSidecar(index: SummaryIndex, key: string, uri: vscode.Uri): Promise<'read' | 'unchanged' | 'gone'> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return 'gone';
  }
  if ((stat.type & vscode.FileType.File) === 0) return 'gone';
  if (index.isCurrent(key, stat.mtime)) return 'unchanged';
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return 'gone';
  }
  index.upsert(key, new TextDecoder('utf-8').decode(bytes), stat.mtime);
  return 'read';
}

/** Runs `task` on every item with at most `limit` running at once. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
