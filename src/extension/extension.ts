// Composition root: reads settings, builds the shared services, and registers each feature.
import * as vscode from 'vscode';
import { TagToolActionProvider } from './codeActions/tagToolActions';
import { TagAllActionProvider } from './codeActions/tagAllAction';
import { AnnotateCommand, AnnotateSelectionCommand } from './commands/annotate';
import { CommandManager } from './commands/commandManager';
import { OpenSampleCommand } from './commands/openSample';
import { OpenSidecarCommand } from './commands/openSidecar';
import { TagAllSuggestedCommand } from './commands/tagAllSuggested';
import { TagToolCommand } from './commands/tagTool';
import { TreatAsLetterCommand } from './commands/treatAsLetter';
import { configurationsEqual, onDidChangeConfiguration, readConfiguration, type FoiConfiguration } from './config';
import { RecordDecorations } from './decorations';
import { FOI_LANGUAGE } from './foiDocuments';
import { LetterDiagnostics } from './languageFeatures/diagnostics';
import { LetterSymbolProvider } from './languageFeatures/documentSymbols';
import { LetterFoldingProvider, ReviewBoilerplateFolder } from './languageFeatures/folding';
import { LetterHoverProvider } from './languageFeatures/hover';
import { LanguageDetection } from './languageFeatures/languageDetection';
import { SidecarDiagnostics } from './languageFeatures/sidecarDiagnostics';
import { LetterAnalyses } from './letterAnalyses';
import { SidecarStore } from './sidecar/sidecarStore';
import { TaggingStatusBar } from './statusBar';
import { registerSummary } from './summary';
import { LetterTagging } from './tagging';
import { useDisplayLanguage } from './util/displayLanguage';

const LETTERS: vscode.DocumentSelector = { language: FOI_LANGUAGE };

export function activate(context: vscode.ExtensionContext): void {
  useDisplayLanguage();
  let config: FoiConfiguration = readConfiguration();
  const currentConfig = () => config;
  const subscriptions = context.subscriptions;

  const store = new SidecarStore();
  const analyses = new LetterAnalyses(store, currentConfig);
  const tagging = new LetterTagging(store, analyses, currentConfig);
  const docs = vscode.Uri.joinPath(context.extensionUri, 'docs', 'diagnostics.md');
  const diagnostics = new LetterDiagnostics(analyses, currentConfig, docs, (document) => analyses.recordFindings(document));
  const sidecarDiagnostics = new SidecarDiagnostics(analyses, currentConfig);
  subscriptions.push(store, analyses, diagnostics, sidecarDiagnostics);

  subscriptions.push(
    new LanguageDetection(currentConfig),
    new ReviewBoilerplateFolder(analyses, currentConfig),
    new RecordDecorations(store, analyses, currentConfig),
    new TaggingStatusBar(store, analyses, currentConfig),
    LetterHoverProvider.register(LETTERS, analyses),
    LetterSymbolProvider.register(LETTERS, analyses),
    LetterFoldingProvider.register(LETTERS, analyses),
    TagToolActionProvider.register(LETTERS, analyses, store),
    TagAllActionProvider.register(LETTERS, analyses, store),
  );

  const commands = new CommandManager();
  commands.register(new TreatAsLetterCommand());
  commands.register(new TagToolCommand(tagging, analyses));
  commands.register(new TagAllSuggestedCommand(tagging));
  commands.register(new AnnotateCommand(tagging));
  commands.register(new AnnotateSelectionCommand(tagging, currentConfig));
  commands.register(new OpenSidecarCommand());
  commands.register(new OpenSampleCommand(context.extensionUri, context.globalStorageUri));
  subscriptions.push(registerSummary({ extensionUri: context.extensionUri, analyses, store, commands }));
  subscriptions.push(commands);

  subscriptions.push(
    onDidChangeConfiguration(() => {
      const next = readConfiguration();
      if (configurationsEqual(config, next)) return;
      config = next;
      analyses.invalidateAll();
      sidecarDiagnostics.refreshAll();
    }),
  );
}

export function deactivate(): void {}
