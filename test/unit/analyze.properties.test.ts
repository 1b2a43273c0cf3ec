// Properties of the engine on generated input: it never throws, every span lies inside the text, the result
// depends only on the input, and the cost grows linearly. FOI_FUZZ_RUNS sets the number of runs (default 200);
// FOI_FUZZ_SEED replaces the fixed seed, to explore further or to replay a failure fast-check reported.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { LetterAnalysis, LetterPart, ToolDefinition } from '../../src/core/model';
import type { Span } from '../../src/core/text';
import { DEFAULT_TOOLS } from '../../src/core/vocabulary/tools';

const RUNS = Number(process.env.FOI_FUZZ_RUNS ?? '') || 200;
const SEED = Number(process.env.FOI_FUZZ_SEED ?? '') || 20190613;
const PARAMETERS: fc.Parameters<unknown> = { seed: SEED, numRuns: RUNS };

/** Phrases of FOI responses, so generated texts reach the recognisers' deeper branches. */
const FRAGMENTS = [
  'Section ',
  'section ',
  's.',
  's',
  '24(2)',
  '31(1)(a)&(b)',
  '31(3)',
  '40(2)',
  '99',
  '(a)',
  ' and ',
  'Section 24 and Section 31',
  'neither confirm nor deny',
  'neither confirms nor denies that it holds',
  'can neither confirm nor deny whether it is used covertly',
  'I can confirm this is used by the Force.',
  'there is no overt use of this technology',
  'not held',
  'does not hold the information requested',
  'no information is held',
  'You may wish to contact ',
  'foi@example.police.uk',
  'https://ico.org.uk/',
  'Public Interest Test',
  'Factors in favour of',
  'Balance Test',
  'Harm test',
  'This is an opinion based question.',
  'Our Ref: ',
  'FOI2017/01696',
  'Dear requester',
  'received on 13th December',
  '15th January 2018',
  '4th July 2019',
  '13/06/2019',
  'Q1.',
  '1)',
  'a)',
  '“',
  '”',
  '‘',
  '’',
  '–',
  ' - ',
  '•',
  '*',
  '#',
  'Hertfordshire Constabulary',
  'Office of the Police and Crime Commissioner',
  ...DEFAULT_TOOLS.flatMap((tool) => tool.synonyms.slice(0, 3)),
];

const SEPARATORS = [' ', '  ', '\n', '\r\n', '\r', '\n\n', '\t', '\f', '\u00a0', '. ', ', ', ': ', '; ', ''];

/** Any UTF-16 code units, lone surrogates included, as an editor buffer may hold. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 600 });
const fullUnicode = fc.string({ unit: 'binary', maxLength: 600 });
const foiLike = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(foiLike, fullUnicode, codeUnits);

const extraTools: fc.Arbitrary<ToolDefinition[]> = fc.array(
  fc.record({
    id: fc.oneof(fc.constantFrom(...DEFAULT_TOOLS.map((tool) => tool.id)), fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/)),
    label: fc.string({ maxLength: 20 }),
    synonyms: fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('a+b', '(x', 'x*', '[', '\\', '.*', 'gait analysis')), {
      maxLength: 4,
    }),
  }),
  { maxLength: 3 },
);

/** Every span the analysis reports, with where it came from. */
function spansOf(analysis: LetterAnalysis): [string, Span][] {
  const spans: [string, Span][] = [];
  const add = (where: string, span: Span | undefined): void => {
    if (span !== undefined) spans.push([where, span]);
  };
  const { letter } = analysis;
  add('letter.referenceSpan', letter.referenceSpan);
  add('letter.dateSpan', letter.dateSpan);
  add('letter.receivedSpan', letter.receivedSpan);
  add('letter.authoritySpan', letter.authoritySpan);
  analysis.citations.forEach((c) => add('citation', c.span));
  analysis.ncnd.forEach((s) => add('ncnd', s.span));
  analysis.notHeld.forEach((s) => add('notHeld', s.span));
  analysis.referrals.forEach((s) => add('referral', s.span));
  analysis.opinionQuestions.forEach((s) => add('opinionQuestion', s.span));
  for (const test of ['publicInterestTest', 'harmTest', 'balanceTest'] as const) analysis[test].spans.forEach((s) => add(test, s));
  analysis.request.forEach((s) => add('request', s));
  analysis.mentions.forEach((m) => add(`mention ${m.tool}`, m.span));
  analysis.tools.forEach((t) => add(`tool ${t.tool}`, t.evidence));
  const addParts = (parts: readonly LetterPart[]): void => {
    for (const part of parts) {
      add(`outline ${part.kind}`, part.span);
      add(`outline ${part.kind} selection`, part.selection);
      addParts(part.children);
    }
  };
  addParts(analysis.outline);
  analysis.diagnostics.forEach((d) => add(`diagnostic ${d.code}`, d.span));
  return spans;
}

function assertSpansInside(text: string, analysis: LetterAnalysis): void {
  for (const [where, span] of spansOf(analysis)) {
    const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length;
    assert.ok(ok, `${where} span [${span.start}, ${span.end}) is not inside a text of length ${text.length}`);
  }
}

function seedLetters(): string[] {
  const dir = join(__dirname, '../fixtures/seeds');
  return readdirSync(dir)
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

function medianMs(work: () => void, repetitions: number): number {
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

describe('analyze (property-based)', function () {
  this.timeout(Math.max(20_000, RUNS * 100));

  it('never throws, on arbitrary Unicode, lone surrogates and mixes of FOI phrases', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        analyze(text);
      }),
      PARAMETERS,
    );
  });

  it('never throws with arbitrary extra tool definitions, including regex characters in synonyms', () => {
    fc.assert(
      fc.property(foiLike, extraTools, (text, tools) => {
        analyze(text, { tools });
      }),
      // Each new tool list compiles a fresh matcher, so this property gets a quarter of the runs.
      { ...PARAMETERS, numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });

  it('reports every span, finding spans included, inside the text with start <= end', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        assertSpansInside(text, analyze(text));
      }),
      PARAMETERS,
    );
  });

  it('keeps spans inside the text when a seed letter is cut at any point or given CRLF endings', () => {
    const seeds = seedLetters();
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (which, cut, crlf) => {
        const letter = seeds[which].slice(0, Math.floor(seeds[which].length * cut));
        const text = crlf ? letter.replace(/\r?\n/g, '\r\n') : letter;
        assertSpansInside(text, analyze(text));
      }),
      { ...PARAMETERS, numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });

  it('is deterministic: the same text gives the same analysis', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        assert.deepEqual(analyze(text), analyze(text));
      }),
      PARAMETERS,
    );
  });

  it('costs roughly k times as much for k copies of a letter (16x input under 40x time)', () => {
    const base = seedLetters().join('\n\n');
    const large = Array.from({ length: 16 }, () => base).join('\n\n');
    analyze(base);
    analyze(large);
    const small = medianMs(() => analyze(base), 7);
    const big = medianMs(() => analyze(large), 3);
    // A floor of 1 ms keeps timer noise on a very fast engine from failing the guard.
    const ratio = big / Math.max(small, 1);
    assert.ok(ratio < 40, `16x the input took ${ratio.toFixed(1)}x the time (${small.toFixed(2)} ms -> ${big.toFixed(2)} ms)`);
  });
});
