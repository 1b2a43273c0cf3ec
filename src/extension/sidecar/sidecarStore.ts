// Reads and writes the sidecar file beside each letter, safely:
// edits to one sidecar run one after another, re-read what is current right before writing, go into the editor's
// buffer when the sidecar is open with unsaved changes, and reach the disk atomically. A sidecar that does not parse
// is never written. The first write into a folder clears temporary files a crashed write left there.
import * as vscode from 'vscode';
import type { ToolStatus } from '../../core/model';
import type { EditResult, SidecarFile, SidecarProblem } from '../../core/sidecar';
import type { SidecarRecords } from '../letterAnalyses';
import { Disposable } from '../util/dispose';
import { removeStaleTempFiles, writeFileAtomic } from './atomicWrite';
import { sidecarCodec } from './sidecarCodec';
import { guardedEdit } from './sidecarText';
import { letterUriFor, sidecarUriFor } from './sidecarUris';
import { workspaceFileSystem } from './workspaceFileSystem';

/** A sidecar as last read: from the open editor's buffer when there is one, else from disk. */
export interface SidecarSnapshot {
  readonly uri: vscode.Uri;
  /** Undefined when the sidecar does not exist. */
  readonly text: string | undefined;
  /** Why an existing sidecar could not be read as text, if it could not. */
  readonly unreadable?: string;
  readonly value: SidecarFile | undefined;
  readonly problems: readonly SidecarProblem[];
}

/** How an update ended. */
export type UpdateOutcome =
  | { readonly kind: 'written' | 'buffer' | 'unchanged'; readonly sidecar: vscode.Uri }
  | { readonly kind: 'refused'; readonly sidecar: vscode.Uri; readonly reason: string };

interface DiskState {
  readonly text: string;
  readonly mtime: number;
  readonly size: number;
}

const MAX_ATTEMPTS = 5;

export class SidecarStore extends Disposable implements SidecarRecords {
  readonly #snapshots = new Map<string, SidecarSnapshot>();
  readonly #queues = new Map<string, Promise<unknown>>();
  /** Folders already cleared of leftover temporary files this session. */
  readonly #clearedFolders = new Set<string>();
  readonly #onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());

  /** Fires with the letter's uri when its sidecar changed (on disk, in a buffer, or by our own write). */
  readonly onDidChange = this.#onDidChange.event;

  constructor() {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher('**/*.foi.yaml'));
    const reload = (uri: vscode.Uri) => {
      const letter = letterUriFor(uri);
      if (this.#snapshots.has(uri.toString()) || isOpen(letter)) void this.load(letter);
    };
    this._register(watcher.onDidChange(reload));
    this._register(watcher.onDidCreate(reload));
    this._register(watcher.onDidDelete(reload));
    this._register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.path.endsWith('.foi.yaml') && event.contentChanges.length > 0) void this.load(letterUriFor(event.document.uri));
      }),
    );
    this._register(
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.languageId === 'foi') void this.load(document.uri);
      }),
    );
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId === 'foi') void this.load(document.uri);
    }
  }

  /** The last snapshot read for a letter's sidecar, if any (synchronous, for analysis and decorations). */
  snapshotFor(letter: vscode.Uri): SidecarSnapshot | undefined {
    return this.#snapshots.get(sidecarUriFor(letter).toString());
  }

  sidecarFor(letter: vscode.Uri): SidecarFile | undefined {
    return this.snapshotFor(letter)?.value;
  }

  recordedFor(letter: vscode.Uri): Readonly<Record<string, ToolStatus>> | undefined {
    const tools = this.snapshotFor(letter)?.value?.tools;
    if (!tools) return undefined;
    const recorded: Record<string, ToolStatus> = {};
    for (const [tool, record] of Object.entries(tools)) recorded[tool] = record.status;
    return recorded;
  }

  /** Reads the letter's sidecar afresh and tells listeners when it differs from what was known. */
  async load(letter: vscode.Uri): Promise<SidecarSnapshot> {
    const uri = sidecarUriFor(letter);
    const open = openDocument(uri);
    if (open) return this.#remember(letter, uri, open.getText());
    try {
      return this.#remember(letter, uri, (await readDisk(uri))?.text);
    } catch {
      return this.#remember(letter, uri, undefined, vscode.l10n.t('The sidecar is not valid UTF-8 text.'));
    }
  }

  /**
   * Applies `edit` to the current text of the letter's sidecar (undefined when there is none yet).
   * Calls for one sidecar are queued, so rapid edits all land in order.
   */
  update(letter: vscode.Uri, edit: (text: string | undefined) => EditResult): Promise<UpdateOutcome> {
    const uri = sidecarUriFor(letter);
    const key = uri.toString();
    const run = () => this.#apply(letter, uri, guardedEdit(edit));
    const result = (this.#queues.get(key) ?? Promise.resolve()).then(run, run);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.#queues.set(key, settled);
    void settled.then(() => {
      if (this.#queues.get(key) === settled) this.#queues.delete(key);
    });
    return result;
  }

  async #apply(letter: vscode.Uri, uri: vscode.Uri, edit: (text: string | undefined) => EditResult): Promise<UpdateOutcome> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const open = openDocument(uri);
      if (open?.isDirty) {
        const result = edit(open.getText());
        if (!result.ok) return { kind: 'refused', sidecar: uri, reason: result.reason };
        if (!result.changed) return { kind: 'unchanged', sidecar: uri };
        const workspaceEdit = new vscode.WorkspaceEdit();
        workspaceEdit.replace(uri, new vscode.Range(new vscode.Position(0, 0), open.positionAt(open.getText().length)), result.text);
        if (!(await vscode.workspace.applyEdit(workspaceEdit))) continue;
        this.#remember(letter, uri, open.getText());
        return { kind: 'buffer', sidecar: uri };
      }

      let before: DiskState | undefined;
      try {
        before = await readDisk(uri);
      } catch {
        return { kind: 'refused', sidecar: uri, reason: vscode.l10n.t('The sidecar is not valid UTF-8 text, so it was left as it is.') };
      }
      const result = edit(before?.text);
      if (!result.ok) return { kind: 'refused', sidecar: uri, reason: result.reason };
      if (!result.changed) return { kind: 'unchanged', sidecar: uri };
      // Someone else wrote the file since we read it: start again from their content rather than clobber it.
      if (!sameState(before, await readDisk(uri).catch(() => null))) continue;
      void this.#clearLeftovers(uri);
      await writeFileAtomic(workspaceFileSystem, uri, new TextEncoder().encode(result.text));
      this.#remember(letter, uri, result.text);
      return { kind: 'written', sidecar: uri };
    }
    return { kind: 'refused', sidecar: uri, reason: vscode.l10n.t('The sidecar kept changing while it was being written; try again.') };
  }

  /** Removes stale temporary files from the sidecar's folder, once per folder; a failure only leaves them there. */
  async #clearLeftovers(sidecar: vscode.Uri): Promise<void> {
    const folder = workspaceFileSystem.folderOf(sidecar);
    if (this.#clearedFolders.has(folder.toString())) return;
    this.#clearedFolders.add(folder.toString());
    await removeStaleTempFiles(workspaceFileSystem, folder).catch(() => undefined);
  }

  #remember(letter: vscode.Uri, uri: vscode.Uri, text: string | undefined, unreadable?: string): SidecarSnapshot {
    const key = uri.toString();
    const previous = this.#snapshots.get(key);
    if (previous && previous.text === text && previous.unreadable === unreadable) return previous;
    const parsed = text === undefined ? undefined : sidecarCodec().readSidecarText(text);
    const snapshot: SidecarSnapshot = { uri, text, unreadable, value: parsed?.value, problems: parsed?.problems ?? [] };
    this.#snapshots.set(key, snapshot);
    this.#onDidChange.fire(letter);
    return snapshot;
  }
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

function isOpen(uri: vscode.Uri): boolean {
  return openDocument(uri) !== undefined;
}

async function statDisk(uri: vscode.Uri): Promise<{ mtime: number; size: number } | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return { mtime: stat.mtime, size: stat.size };
  } catch {
    return undefined;
  }
}

/**
 * The sidecar's text, time and size, asked for together (one round trip to a remote file system, not two). A write
 * landing between the two answers leaves a mismatched state, which the comparison before writing then rejects.
 */
async function readDisk(uri: vscode.Uri): Promise<DiskState | undefined> {
  const [stat, bytes] = await Promise.all([statDisk(uri), Promise.resolve(vscode.workspace.fs.readFile(uri)).catch(() => undefined)]);
  if (!stat || !bytes) return undefined;
  // A sidecar that is not UTF-8 would be damaged by a round trip, so it is refused rather than decoded loosely.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  return { text, ...stat };
}

/**
 * True when the file is as it was read: same time and size, and (for a rewrite within one clock tick) same text.
 * `now` is null when the file can no longer be read as text.
 */
function sameState(before: DiskState | undefined, now: DiskState | undefined | null): boolean {
  if (!before || !now) return before === undefined && now === undefined;
  return before.mtime === now.mtime && before.size === now.size && before.text === now.text;
}
