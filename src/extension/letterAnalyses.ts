// One analysis per letter version, shared by diagnostics, hovers, outline, folding, quick fixes and decorations.
import * as vscode from 'vscode';
import { binaryTextProblem } from '../core/decode';
import type { Finding, LetterAnalysis, ToolDefinition, ToolStatus } from '../core/model';
import type { SidecarFile } from '../core/sidecar';
import type { Vocabulary } from '../core/vocabulary/tools';
import type { FoiConfiguration } from './config';
import { engine } from './engine';
import { isLetter } from './foiDocuments';
import { sidecarCodec } from './sidecar/sidecarCodec';
import { Disposable } from './util/dispose';

/**
 * Letters longer than this are not analysed; the user is told why (see diagnostics). An analysis runs on the
 * extension host's one thread at about a millisecond per thousand characters, so this keeps it near 100 ms, while
 * real responses run to tens of thousands of characters.
 */
export const MAX_ANALYSED_LENGTH = 100_000;

/** Why the text is not analysed, as the one finding shown instead of the analysis; undefined when it is analysed. */
export function refusalOf(text: string): Finding | undefined {
  const where = { start: 0, end: 0 };
  if (text.length > MAX_ANALYSED_LENGTH) {
    const message = vscode.l10n.t(
      'This letter is too large to analyse while you type ({0} characters; the limit is {1}). `foi check` analyses it from a terminal.',
      text.length.toLocaleString('en-GB'),
      MAX_ANALYSED_LENGTH.toLocaleString('en-GB'),
    );
    return { code: 'letter-too-large', severity: 'information', span: where, message };
  }
  const binary = binaryTextProblem(text);
  if (binary) {
    const message = vscode.l10n.t('This file is not the text of a letter ({0}), so it is not analysed. Convert the document to plain text first.', binary);
    return { code: 'letter-not-text', severity: 'information', span: where, message };
  }
  return undefined;
}

/** What a letter's sidecar records, as the analysis needs it. */
export interface SidecarRecords {
  recordedFor(letter: vscode.Uri): Readonly<Record<string, ToolStatus>> | undefined;
  sidecarFor(letter: vscode.Uri): SidecarFile | undefined;
  readonly onDidChange: vscode.Event<vscode.Uri>;
}

/** One letter version's analysis, or why it has none. */
type CacheEntry = {
  readonly version: number;
  readonly generation: number;
} & ({ readonly analysis: LetterAnalysis; recordFindings?: readonly Finding[] } | { readonly analysis?: undefined; readonly refusal: Finding });

/** Computes and caches the engine's analysis of each open FOI letter. */
export class LetterAnalyses extends Disposable {
  readonly #cache = new Map<string, CacheEntry>();
  readonly #onDidInvalidate = this._register(new vscode.EventEmitter<vscode.Uri | undefined>());
  #generation = 0;
  #vocabulary: { readonly tools: readonly ToolDefinition[]; readonly value: Vocabulary } | undefined;

  /** Fires when analyses of a letter (or of every letter, with undefined) must be recomputed. */
  readonly onDidInvalidate = this.#onDidInvalidate.event;

  constructor(
    private readonly records: SidecarRecords,
    private readonly config: () => FoiConfiguration,
  ) {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.#cache.delete(document.uri.toString())));
    this._register(
      records.onDidChange((uri) => {
        this.#cache.delete(uri.toString());
        this.#onDidInvalidate.fire(uri);
      }),
    );
  }

  /** Drops every cached analysis, e.g. after a settings change. */
  invalidateAll(): void {
    this.#generation++;
    this.#cache.clear();
    this.#onDidInvalidate.fire(undefined);
  }

  /** The default tools plus those from settings. */
  get vocabulary(): Vocabulary {
    const tools = this.config().tools;
    if (this.#vocabulary?.tools !== tools) this.#vocabulary = { tools, value: engine().buildVocabulary(tools) };
    return this.#vocabulary.value;
  }

  /** How the vocabulary names a tool id. */
  toolLabel(tool: string): string {
    return engine().toolLabel(this.vocabulary, tool);
  }

  /** The analysis of the document as it is now, or undefined when it is not an analysable letter. */
  get(document: vscode.TextDocument): LetterAnalysis | undefined {
    return this.#entry(document)?.analysis;
  }

  /** Why the document, a letter, is not analysed (too large, not text), or undefined when it is. */
  refusal(document: vscode.TextDocument): Finding | undefined {
    const entry = this.#entry(document);
    return entry && !entry.analysis ? entry.refusal : undefined;
  }

  /** Findings about the letter's sidecar records: statuses the text no longer supports, quotes that are gone. */
  recordFindings(document: vscode.TextDocument): readonly Finding[] {
    const entry = this.#entry(document);
    if (!entry?.analysis) return [];
    if (!entry.recordFindings) {
      const sidecar = this.records.sidecarFor(document.uri);
      // A sidecar value comes from the sidecar codec, so it is loaded by now.
      entry.recordFindings = sidecar ? sidecarCodec().checkRecords(document.getText(), entry.analysis, sidecar, (tool) => this.toolLabel(tool)) : [];
    }
    return entry.recordFindings;
  }

  #entry(document: vscode.TextDocument): CacheEntry | undefined {
    if (!isLetter(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.#cache.get(key);
    if (cached && cached.version === document.version && cached.generation === this.#generation) return cached;
    const text = document.getText();
    const stamp = { version: document.version, generation: this.#generation };
    const refusal = refusalOf(text);
    const entry: CacheEntry = refusal
      ? { ...stamp, refusal }
      : { ...stamp, analysis: engine().analyze(text, { tools: this.config().tools, recorded: this.records.recordedFor(document.uri) }) };
    this.#cache.set(key, entry);
    return entry;
  }
}
