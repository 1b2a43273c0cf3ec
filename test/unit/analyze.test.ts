import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import * as core from '../../src/core/index';
import type { LetterAnalysis, ToolDefinition } from '../../src/core/model';
import type { Span } from '../../src/core/text';

const WEST_MIDLANDS = readFileSync(join(__dirname, '..', 'fixtures', 'seeds', 'west-midlands-pcc-2019-01031.txt'), 'utf8');

function allSpans(analysis: LetterAnalysis): Span[] {
  return [
    ...analysis.request,
    ...analysis.mentions.map((m) => m.span),
    ...analysis.tools.map((t) => t.evidence),
    ...analysis.diagnostics.map((d) => d.span),
    ...analysis.citations.map((c) => c.span),
  ];
}

function assertInside(text: string, analysis: LetterAnalysis): void {
  for (const span of allSpans(analysis)) assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length);
}

describe('analyze', () => {
  it('answers for an extra tool and for an extra synonym of a default tool', () => {
    const tools: ToolDefinition[] = [
      { id: 'gait-analysis', label: 'Gait analysis', synonyms: ['gait recognition'] },
      { id: 'drones', label: 'Drones', synonyms: ['quadcopter'] },
    ];
    const text = 'You asked: Do you use gait recognition or quadcopters?\n\nWe do not use gait recognition. The force uses quadcopters.';
    const statuses = Object.fromEntries(analyze(text, { tools }).tools.map((t) => [t.tool, t.status]));
    assert.deepEqual(statuses, { 'gait-analysis': 'not-used', drones: 'used' });
  });

  it('drops untagged-tool findings for tools already recorded', () => {
    const recorded = { 'body-worn-video': 'used' as const };
    const untagged = analyze(WEST_MIDLANDS, { recorded }).diagnostics.filter((d) => d.code === 'untagged-tool');
    assert.equal(untagged.length, 6);
    assert.ok(untagged.every((d) => d.data?.tool !== 'body-worn-video'));
  });

  it('is deterministic: the same text gives the same analysis', () => {
    assert.deepEqual(analyze(WEST_MIDLANDS), analyze(WEST_MIDLANDS));
  });

  it('fills in the outline of the letter', () => {
    const kinds = analyze(WEST_MIDLANDS).outline.map((part) => part.kind);
    assert.ok(kinds.includes('request') && kinds.includes('answer'));
  });

  it('returns an empty analysis for an empty text', () => {
    const analysis = analyze('');
    assert.deepEqual([analysis.tools, analysis.diagnostics, analysis.request, analysis.mentions], [[], [], [], []]);
    assert.equal(analysis.letter.reference, null);
  });

  it('never throws on binary garbage, lone surrogates or a non-string', () => {
    let seed = 7;
    const garbage = Array.from({ length: 20_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String.fromCharCode(seed % 65536);
    }).join('');
    for (const text of [garbage, '\ud800\udc00\ud800', '\0\0\0', ':\n:\n“\n”Q1.\nA1.', `${'Q1. '.repeat(500)}?`]) {
      assertInside(text, analyze(text));
    }
    assert.doesNotThrow(() => analyze(undefined as unknown as string));
  });

  it('analyses a 2 MB letter on a single line in linear time, spans inside the text', function () {
    this.timeout(60_000);
    const line = WEST_MIDLANDS.replace(/\s+/g, ' ');
    const half = line.repeat(Math.ceil(1_000_000 / line.length)).slice(0, 1_000_000);
    const whole = half + half;
    const startedHalf = performance.now();
    analyze(half);
    const halfTime = performance.now() - startedHalf;
    const started = performance.now();
    const analysis = analyze(whole);
    const wholeTime = performance.now() - started;
    assertInside(whole, analysis);
    assert.ok(wholeTime < 20_000, `took ${Math.round(wholeTime)} ms`);
    assert.ok(wholeTime < halfTime * 4 + 500, `doubling the text took ${Math.round(wholeTime)} ms against ${Math.round(halfTime)} ms`);
  });

  it('exposes the engine, the tables and the shared types through the core index', () => {
    assert.equal(core.analyze, analyze);
    assert.ok(core.ACT_SECTIONS.length > 80);
    assert.equal(core.lookupSection('s24(2)')?.id, 's24');
    assert.equal(core.DEFAULT_TOOLS.length, 9);
    assert.ok('late-response' in core.DIAGNOSTIC_CODES);
    assert.ok(core.TOOL_STATUSES.includes('partial-ncnd'));
    assert.equal(new core.LineIndex('a\nb').lineCount, 2);
  });
});
