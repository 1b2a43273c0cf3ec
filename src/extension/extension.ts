// Composition root: builds the core's adapters and registers each feature.
import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Features are registered here as they are built.
}

export function deactivate(): void {}
