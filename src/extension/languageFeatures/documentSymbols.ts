// The letter's parts (request, questions and answers, tests, review boilerplate) for the Outline view and breadcrumbs.
import * as vscode from 'vscode';
import type { LetterPart } from '../../core/model';
import { toRange } from '../foiDocuments';
import type { LetterAnalyses } from '../letterAnalyses';

const SYMBOL_KINDS: Record<LetterPart['kind'], vscode.SymbolKind> = {
  request: vscode.SymbolKind.String,
  question: vscode.SymbolKind.Key,
  answer: vscode.SymbolKind.Event,
  'harm-test': vscode.SymbolKind.Namespace,
  'public-interest-test': vscode.SymbolKind.Namespace,
  'factors-for': vscode.SymbolKind.Field,
  'factors-against': vscode.SymbolKind.Field,
  'balance-test': vscode.SymbolKind.Namespace,
  review: vscode.SymbolKind.Package,
};

export class LetterSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: LetterAnalyses) {}

  static register(selector: vscode.DocumentSelector, analyses: LetterAnalyses): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider(selector, new LetterSymbolProvider(analyses), { label: vscode.l10n.t('FOI letter') });
  }

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const analysis = this.analyses.get(document);
    return analysis ? analysis.outline.map((part) => toSymbol(document, part)) : [];
  }
}

function toSymbol(document: vscode.TextDocument, part: LetterPart): vscode.DocumentSymbol {
  const range = toRange(document, part.span);
  const selection = toRange(document, part.selection);
  const symbol = new vscode.DocumentSymbol(
    part.title || part.kind,
    kindLabel(part.kind),
    SYMBOL_KINDS[part.kind],
    range,
    range.contains(selection) ? selection : range,
  );
  symbol.children = part.children.map((child) => toSymbol(document, child));
  return symbol;
}

function kindLabel(kind: LetterPart['kind']): string {
  return kind.replace(/-/g, ' ');
}
