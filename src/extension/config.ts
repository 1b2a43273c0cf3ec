// Settings, read in one place into a plain snapshot the core understands.
// Raw values are normalised here so nothing downstream sees undefined or garbage.
import * as vscode from 'vscode';
import type { Severity, ToolDefinition } from '../core/model';

export const CONFIG_SECTION = 'foi';

export type AutoDetect = 'on' | 'ask' | 'off';
export type SeverityOverride = Severity | 'ignore';

/** Everything FOI Annotator reads from settings for one resource. */
export interface FoiConfiguration {
  readonly autoDetect: AutoDetect;
  readonly severity: Readonly<Record<string, SeverityOverride>>;
  readonly debounceMs: number;
  /** Extra tools and synonyms; always empty in an untrusted workspace, because patterns from it could hang the engine. */
  readonly tools: readonly ToolDefinition[];
  readonly labels: readonly string[];
  readonly decorations: boolean;
  readonly foldReviewBoilerplate: boolean;
  readonly author: string;
}

export const DEFAULT_LABELS = ['key-quote', 'exemption-reasoning', 'follow-up', 'inconsistency'] as const;

const SEVERITIES: readonly SeverityOverride[] = ['error', 'warning', 'information', 'hint', 'ignore'];
const MAX_SYNONYM_LENGTH = 100;

export function readConfiguration(scope?: vscode.ConfigurationScope): FoiConfiguration {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    autoDetect: autoDetectFrom(config.get('autoDetect')),
    severity: severityFrom(config.get('diagnostics.severity')),
    debounceMs: numberFrom(config.get('diagnostics.debounce'), 300, 0, 5000),
    tools: vscode.workspace.isTrusted ? toolsFrom(config.get('tools')) : [],
    labels: labelsFrom(config.get('labels')),
    decorations: config.get('decorations.enabled') !== false,
    foldReviewBoilerplate: config.get('folding.collapseReviewBoilerplate') === true,
    author: typeof config.get('author') === 'string' ? String(config.get('author')).trim() : '',
  };
}

/** Calls `listener` when an FOI setting or the workspace's trust changes. */
export function onDidChangeConfiguration(listener: () => void): vscode.Disposable {
  const subscriptions = [
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(CONFIG_SECTION)) listener();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(listener),
  ];
  return vscode.Disposable.from(...subscriptions);
}

function autoDetectFrom(value: unknown): AutoDetect {
  return value === 'ask' || value === 'off' ? value : 'on';
}

function severityFrom(value: unknown): Record<string, SeverityOverride> {
  const result: Record<string, SeverityOverride> = {};
  if (value && typeof value === 'object') {
    for (const [code, level] of Object.entries(value)) {
      if (SEVERITIES.includes(level as SeverityOverride)) result[code] = level as SeverityOverride;
    }
  }
  return result;
}

function numberFrom(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function toolsFrom(value: unknown): ToolDefinition[] {
  if (!Array.isArray(value)) return [];
  const tools: ToolDefinition[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const { id, label, synonyms } = item as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) continue;
    const words = Array.isArray(synonyms)
      ? synonyms.filter((s): s is string => typeof s === 'string' && s.trim().length > 0 && s.length <= MAX_SYNONYM_LENGTH)
      : [];
    tools.push({ id, label: typeof label === 'string' && label.trim() ? label.trim() : id, synonyms: words });
  }
  return tools;
}

function labelsFrom(value: unknown): string[] {
  const labels = Array.isArray(value) ? value.filter((l): l is string => typeof l === 'string' && l.trim().length > 0) : [];
  return labels.length > 0 ? labels.map((l) => l.trim()) : [...DEFAULT_LABELS];
}

export function configurationsEqual(a: FoiConfiguration, b: FoiConfiguration): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
