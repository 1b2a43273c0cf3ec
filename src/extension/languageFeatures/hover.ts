// Hovers on citations of the Act and on NCND statements: what the section is and what it means here, read from the
// table of the letter's own Act (the Scottish Act for a FOISA letter).
import * as vscode from 'vscode';
import { engine } from '../engine';
import { toRange } from '../foiDocuments';
import type { LetterAnalyses } from '../letterAnalyses';

export class LetterHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: LetterAnalyses) {}

  static register(selector: vscode.DocumentSelector, analyses: LetterAnalyses): vscode.Disposable {
    return vscode.languages.registerHoverProvider(selector, new LetterHoverProvider(analyses));
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.analyses.get(document);
    if (!analysis) return undefined;
    const offset = document.offsetAt(position);
    const within = (span: { start: number; end: number }) => span.start <= offset && offset <= span.end;

    const citation = analysis.citations.find((c) => within(c.span));
    if (citation) return new vscode.Hover(toMarkdown(engine().describeCitation(citation, analysis.act)), toRange(document, citation.span));

    const ncnd = analysis.ncnd.find((n) => within(n.span));
    if (ncnd) return new vscode.Hover(toMarkdown(engine().describeNcnd(ncnd, analysis)), toRange(document, ncnd.span));
    return undefined;
  }
}

/**
 * Builds hover text from plain paragraphs. Every string is appended as text, never as markdown,
 * so nothing a letter contains can add links, commands or HTML to a hover.
 */
function toMarkdown(explanation: { heading: string; lines: readonly string[] }): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(undefined, false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  markdown.appendMarkdown('**');
  markdown.appendText(explanation.heading);
  markdown.appendMarkdown('**\n\n');
  for (const line of explanation.lines) {
    markdown.appendText(line);
    markdown.appendMarkdown('\n\n');
  }
  return markdown;
}
