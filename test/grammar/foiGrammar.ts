// Loads the FOI TextMate grammar into vscode-textmate with the Oniguruma engine VS Code uses, and tokenizes whole
// texts into tokens with offsets, so unit tests can compare the editor's colours with the core's findings.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const GRAMMAR_PATH = join(__dirname, '..', '..', 'syntaxes', 'foi.tmLanguage.json');

/** One token of the text, with offsets into the whole text and its scopes from outermost to innermost. */
export interface ScopedToken {
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

let engine: Promise<textmate.IOnigLib> | undefined;

/** The Oniguruma engine, loaded once per process (the WASM module allows no second load). */
export function loadOniguruma(): Promise<textmate.IOnigLib> {
  engine ??= (async () => {
    const wasm = readFileSync(join(require.resolve('vscode-oniguruma'), '..', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return engine;
}

/** The grammar from `grammarJson` (the committed grammar file when omitted). */
export async function loadFoiGrammar(grammarJson?: string): Promise<textmate.IGrammar> {
  const raw = textmate.parseRawGrammar(grammarJson ?? readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
  const registry = new textmate.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scopeName) => (scopeName === raw.scopeName ? raw : null),
  });
  const grammar = await registry.loadGrammar(raw.scopeName);
  if (!grammar) throw new Error(`cannot load ${raw.scopeName}`);
  return grammar;
}

/** Tokens of `text` line by line, as VS Code would colour it; line breaks belong to no token. */
export function tokenizeText(grammar: textmate.IGrammar, text: string): ScopedToken[] {
  const tokens: ScopedToken[] = [];
  let state = textmate.INITIAL;
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const found = lineBreak.exec(text);
    const lineEnd = found ? found.index : text.length;
    const result = grammar.tokenizeLine(text.slice(lineStart, lineEnd), state);
    for (const token of result.tokens) {
      const start = lineStart + token.startIndex;
      const end = Math.min(lineStart + token.endIndex, lineEnd);
      if (end > start) tokens.push({ start, end, scopes: token.scopes });
    }
    state = result.ruleStack;
    if (!found) break;
    lineStart = found.index + found[0].length;
  }
  return tokens;
}

/** Merged runs of characters whose innermost-to-outermost scopes include one starting with `scope`. */
export function scopeRuns(tokens: readonly ScopedToken[], scope: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (const token of tokens) {
    if (!token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`))) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === token.start) last.end = token.end;
    else runs.push({ start: token.start, end: token.end });
  }
  return runs;
}
