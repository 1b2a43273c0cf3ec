// Where a letter's sidecar is, and whose sidecar a file is. Stateless, so the Summary bundle carries its own copy.
import type * as vscode from 'vscode';
import { SIDECAR_SUFFIX, sidecarPathFor } from '../../core/sidecar/format';

export function sidecarUriFor(letter: vscode.Uri): vscode.Uri {
  return letter.with({ path: sidecarPathFor(letter.path) });
}

export function letterUriFor(sidecar: vscode.Uri): vscode.Uri {
  return sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
}
