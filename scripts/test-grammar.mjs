// `npm run test:grammar`: checks the FOI TextMate grammar in three ways and reports one count.
//  1. Every `^^^ scope` assertion in test/grammar/**/*.test.foi (vscode-tmgrammar-test's format and parser, one
//     test per assertion, judged the way vscode-tmgrammar-test judges them).
//  2. Every scope the grammar can give is asserted somewhere, so no scope goes untested.
//  3. Pathological lines (100 000 characters, thousands of repeated "Section ", "neither ", ...) each tokenize
//     within a generous bound: a guard against catastrophic backtracking. Times are printed.
// Ends with `grammar: N passed, N failed` and writes the same counts to test-results/grammar.json.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { createRegistry } = require('vscode-tmgrammar-test/dist/common/index.js');
const { parseGrammarTestCase, missingScopes_: missingScopes } = require('vscode-tmgrammar-test/dist/unit/index.js');
const { INITIAL } = require('vscode-textmate');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const grammarPath = join(root, 'syntaxes', 'foi.tmLanguage.json');
const fixtureDir = join(root, 'test', 'grammar');
const resultsPath = join(root, 'test-results', 'grammar.json');
/** Far above what any sane line needs (VS Code itself gives a line about 500 ms), far below a backtracking blow-up. */
const BOUND_MS = 2000;

const results = [];
const record = (title, error) => results.push({ title, error });

const registry = createRegistry([{ path: grammarPath, scopeName: 'source.foi' }]);
const grammar = await registry.loadGrammar('source.foi');

// 1. Assertion files -------------------------------------------------------------------------------------------

const assertedScopes = new Set();
const fixtures = readdirSync(fixtureDir, { recursive: true })
  .filter((name) => name.endsWith('.test.foi'))
  .sort();
for (const name of fixtures) {
  const file = join(fixtureDir, name);
  const label = relative(root, file);
  let testCase;
  try {
    testCase = parseGrammarTestCase(readFileSync(file, 'utf8'));
  } catch (error) {
    record(`${label}: parse`, error.message);
    continue;
  }
  const byLine = new Map(testCase.assertions.map((a) => [a.sourceLineNumber, a]));
  let state = INITIAL;
  testCase.source.forEach((line, n) => {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    const lineAssertions = byLine.get(n);
    if (!lineAssertions) return;
    for (const { from, to, scopes, exclude } of lineAssertions.scopeAssertions) {
      scopes.forEach((scope) => assertedScopes.add(scope));
      const title = `${label}:${lineAssertions.testCaseLineNumber + 1} [${from}, ${to}) ${scopes.join(' ')}${exclude.length ? ` - ${exclude.join(' ')}` : ''}`;
      const covered = tokens.filter((t) => from < t.endIndex && to > t.startIndex);
      const problems = [];
      if (covered.length === 0 && scopes.length > 0) problems.push('no token');
      for (const token of covered) {
        const missing = missingScopes(scopes, token.scopes);
        const unexpected = exclude.filter((s) => token.scopes.includes(s));
        if (missing.length || unexpected.length) {
          const text = JSON.stringify(line.slice(token.startIndex, token.endIndex));
          problems.push(`${text} has [${token.scopes.join(' ')}]${missing.length ? `, missing ${missing.join(' ')}` : ''}${unexpected.length ? `, unexpected ${unexpected.join(' ')}` : ''}`);
        }
      }
      record(title, problems.length ? `${JSON.stringify(line)}\n    ${problems.join('\n    ')}` : undefined);
    }
  });
}
const assertionCount = results.length;

// 2. Scope coverage --------------------------------------------------------------------------------------------

function scopeNames(rule, into) {
  if (!rule || typeof rule !== 'object') return into;
  if (typeof rule.name === 'string') into.add(rule.name);
  for (const key of ['captures', 'beginCaptures', 'endCaptures']) {
    for (const capture of Object.values(rule[key] ?? {})) scopeNames(capture, into);
  }
  for (const child of rule.patterns ?? []) scopeNames(child, into);
  return into;
}
const raw = JSON.parse(readFileSync(grammarPath, 'utf8'));
const allScopes = new Set();
scopeNames({ patterns: Object.values(raw.repository) }, allScopes);
for (const scope of [...allScopes].sort()) {
  record(`scope ${scope} is asserted in a fixture`, assertedScopes.has(scope) ? undefined : 'no assertion requires this scope');
}

// 3. Pathological lines ----------------------------------------------------------------------------------------

const LENGTH = 100_000;
const fill = (unit) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
const prose =
  'Hertfordshire Constabulary neither confirms nor denies that it holds information about facial recognition by virtue of ' +
  'Section 24(2) National Security and Section 31(3) Law Enforcement, ref FOI2017/01696 dated 15th January 2018; see ' +
  'https://ico.org.uk/ or write to foi@herts.pnn.police.uk, MK43 9AX, 01234 842547. “We can confirm ANPR is used.” ';
const pathological = [
  ['100 000 characters of letter prose', fill(prose)],
  ['"Section " repeated', fill('Section ')],
  ['"Section 1" with 30 000 subsections', `Section 1${fill('(1)')}`],
  ['"Sections 24, " list repeated', `Sections ${fill('24, ')}`],
  ['"neither " repeated', fill('neither ')],
  ['"neither confirm nor " repeated', fill('neither confirm nor ')],
  ['"can confirm " repeated', fill('can confirm ')],
  ['"is not " repeated', fill('is not ')],
  ['"body worn " repeated', fill('body worn ')],
  ['one 100 000-letter word', fill('a')],
  ['digits', fill('0')],
  ['digits and spaces', fill('0 ')],
  ['"FOI/" repeated', fill('FOI/')],
  ['"Our Ref: " repeated', fill('Our Ref: ')],
  ['"13 " repeated', fill('13 ')],
  ['"www." repeated', fill('www.')],
  ['a 100 000-character URL', `https://${fill('a')}`],
  ['"a.b" without an @', fill('a.b')],
  ['"@" repeated', fill('a@')],
  ['"**" repeated', fill('**')],
  ['unclosed “ quotation', `“${fill('and ')}`],
  ['"Factors " at a line start', fill('Factors ')],
  ['"Harm " at a line start', fill('Harm ')],
  ['"#" repeated', fill('#')],
  ['"1." list markers', fill('1.')],
  ['capital words after a citation', `Section 24 ${fill('National ')}`],
  ['"Section 1 of the " repeated', fill('Section 1 of the ')],
  ['"Act, section " repeated', fill('Act, section ')],
  ['"duty to confirm or deny " repeated', fill('duty to confirm or deny ')],
  ['"Section 1(1)(a) " repeated', fill('Section 1(1)(a) ')],
  ['"is neither confirming nor " repeated', fill('is neither confirming nor ')],
  ['"is or is not " repeated', fill('is or is not ')],
  ['"Our Ref: 1, " list repeated', `Our Ref: ${fill('1, ')}`],
];

grammar.tokenizeLine('Section 24(2) National Security', INITIAL); // compile the scanners outside the timings
console.log(`\npathological lines (bound ${BOUND_MS} ms each):`);
/** Milliseconds to tokenize `line`; timed a second time when over the bound, so a busy machine's hiccup is not a failure. */
function timeLine(line) {
  let best = Infinity;
  for (let attempt = 0; attempt < 2 && best > BOUND_MS; attempt++) {
    const started = performance.now();
    grammar.tokenizeLine(line, INITIAL);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
for (const [name, line] of pathological) {
  const elapsed = timeLine(line);
  console.log(`  ${elapsed.toFixed(1).padStart(8)} ms  ${name} (${line.length} characters)`);
  record(`pathological: ${name}`, elapsed > BOUND_MS ? `took ${elapsed.toFixed(0)} ms, over ${BOUND_MS} ms` : undefined);
}

// Report -------------------------------------------------------------------------------------------------------

const failures = results.filter((r) => r.error !== undefined);
for (const failure of failures) console.log(`\nFAIL ${failure.title}\n    ${failure.error}`);
console.log(`\n${fixtures.length} fixture files, ${assertionCount} assertions, ${allScopes.size} scopes, ${pathological.length} pathological lines`);
const passes = results.length - failures.length;
mkdirSync(dirname(resultsPath), { recursive: true });
writeFileSync(
  resultsPath,
  JSON.stringify({ stats: { passes, failures: failures.length }, failures: failures.map((f) => ({ title: f.title, message: f.error })) }, null, 2),
);
console.log(`grammar: ${passes} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
