// The committed grammar is exactly what scripts/build-grammar.ts writes, and every expression in it compiles in the
// Oniguruma engine VS Code uses (VS Code compiles rules lazily, so a broken one would only fail in front of a user).

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import { buildGrammar, renderGrammar } from '../../scripts/build-grammar';
import { GRAMMAR_PATH, loadOniguruma } from '../grammar/foiGrammar';

/** Every `match`, `begin` and `end` expression in a grammar fragment. */
function expressions(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) expressions(item, into);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') into.push(value);
      else expressions(value, into);
    }
  }
  return into;
}

describe('the FOI grammar file', () => {
  it('is what scripts/build-grammar.ts generates (run `npx tsx scripts/build-grammar.ts` after editing it)', () => {
    assert.equal(readFileSync(GRAMMAR_PATH, 'utf8'), renderGrammar());
  });

  it('has the scope name source.foi and every include resolves to a repository rule', () => {
    const grammar = buildGrammar();
    assert.equal(grammar.scopeName, 'source.foi');
    const includes = JSON.stringify(grammar).match(/"include":"#[^"]+"/g) ?? [];
    assert.ok(includes.length > 20);
    for (const include of includes) {
      const name = include.slice('"include":"#'.length, -1);
      assert.ok(name in grammar.repository, `#${name} is not in the repository`);
    }
  });

  it('compiles every expression in Oniguruma', async () => {
    await loadOniguruma();
    const all = expressions(buildGrammar());
    assert.ok(all.length > 30, `only ${all.length} expressions`);
    for (const source of all) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), source.slice(0, 120));
    }
  });

  it('names every scope with the .foi suffix, so themes and tests can tell ours apart', () => {
    const names = JSON.stringify(buildGrammar()).match(/"name":"[^"]+"/g) ?? [];
    const scopes = names.map((n) => n.slice('"name":"'.length, -1)).filter((n) => n !== 'FOI Letter');
    assert.ok(scopes.length > 20);
    for (const scope of scopes) assert.match(scope, /^[a-z]+(?:\.[a-z-]+)*\.foi$/, scope);
  });
});
