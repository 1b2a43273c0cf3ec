// An analysis made of a letter's decoded text (webText.ts), told in the saved text's offsets: every span is
// moved back, and every quoted text is taken again from the saved letter, so that `text` is always the slice of
// the letter its span covers, as hosts and the sidecar's anchors expect.

import type { DecodedText } from './webText';
import type { LetterAnalysis, LetterPart } from './model';
import type { Span } from './text';

/** `analysis` of `decoded.plain`, with its spans and quotes in terms of `source`. */
export function remapAnalysis(analysis: LetterAnalysis, decoded: DecodedText, source: string): LetterAnalysis {
  const span = (s: Span): Span => ({ start: decoded.sourceOffset(s.start), end: decoded.sourceOffset(s.end) });
  const optional = (s: Span | undefined): Span | undefined => s && span(s);
  const quoted = <T extends { readonly span: Span; readonly text: string }>(item: T): T => {
    const moved = span(item.span);
    return { ...item, span: moved, text: source.slice(moved.start, moved.end) };
  };
  const test = <T extends { readonly spans: readonly Span[] }>(item: T): T => ({ ...item, spans: item.spans.map(span) });
  const part = (p: LetterPart): LetterPart => ({ ...p, span: span(p.span), selection: span(p.selection), children: p.children.map(part) });
  const { letter } = analysis;
  return {
    ...analysis,
    letter: {
      ...letter,
      referenceSpan: optional(letter.referenceSpan),
      dateSpan: optional(letter.dateSpan),
      receivedSpan: optional(letter.receivedSpan),
      authoritySpan: optional(letter.authoritySpan),
    },
    citations: analysis.citations.map(quoted),
    ncnd: analysis.ncnd.map(quoted),
    notHeld: analysis.notHeld.map(quoted),
    referrals: analysis.referrals.map(quoted),
    opinionQuestions: analysis.opinionQuestions.map(quoted),
    publicInterestTest: test(analysis.publicInterestTest),
    harmTest: test(analysis.harmTest),
    balanceTest: test(analysis.balanceTest),
    request: analysis.request.map(span),
    mentions: analysis.mentions.map((m) => ({ ...m, span: span(m.span) })),
    tools: analysis.tools.map((t) => {
      const evidence = span(t.evidence);
      return { ...t, evidence, text: source.slice(evidence.start, evidence.end) };
    }),
    outline: analysis.outline.map(part),
    diagnostics: analysis.diagnostics.map((d) => ({ ...d, span: span(d.span) })),
  };
}
