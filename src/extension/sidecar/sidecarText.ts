// How long a sidecar the editor handles. The yaml package takes about a second per megabyte, and the editor parses a
// sidecar on every change, so text longer than any sidecar needs is reported rather than parsed, and never edited.
// Free of the yaml package (the parsing itself is in sidecarReading.ts), so it is part of the activation bundle.
import * as vscode from 'vscode';
import type { EditResult } from '../../core/sidecar';
// The limit the summary applies too. Tagging parses and prints the file in one go, which at this length takes about 100 ms.
import { MAX_SIDECAR_LENGTH } from '../../core/sidecar/format';

/** Why the editor leaves the text alone, when it is too long; undefined otherwise. */
export function sidecarTooLong(text: string): string | undefined {
  if (text.length <= MAX_SIDECAR_LENGTH) return undefined;
  return vscode.l10n.t(
    'This file is too large to be a sidecar ({0} K characters; the limit is {1} K), so the editor neither reads nor changes it.',
    Math.ceil(text.length / 1024),
    MAX_SIDECAR_LENGTH / 1024,
  );
}

/** `edit`, refusing text too long to read. */
export function guardedEdit(edit: (text: string | undefined) => EditResult): (text: string | undefined) => EditResult {
  return (text) => {
    const tooLong = text === undefined ? undefined : sidecarTooLong(text);
    return tooLong ? { ok: false, reason: tooLong, problems: [] } : edit(text);
  };
}
