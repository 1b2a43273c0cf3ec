// The nodes of the summary trees (Letters, Tools, Exemptions). Each node kind renders itself; the providers only hand
// out roots. Nodes hold the snapshot they were built from, so one tree never mixes two states of the workspace.
//
// contextValue strings, for `view/item/context` menus (match with `viewItem =~ /^foi\.letter\b/` and so on):
//   foi.authority                 an authority grouping its letters (Letters)
//   foi.letter.recorded           a letter with a sidecar; foi.letter.suggested: an open letter without one
//   foi.status.recorded           one tool's status in one letter (Letters); foi.status.suggested likewise
//   foi.problems / foi.problem    the Problems group and one sidecar problem (Letters)
//   foi.tool                      a tool (Tools) → foi.toolStatus: one status of it → foi.letter.* leaves
//   foi.exemption                 a section of the Act (Exemptions) → foi.letter.* leaves
import * as vscode from 'vscode';
import { lookupSection } from '../../../core/act/sections';
import { sectionLabel } from '../../../core/summary/sectionLabel';
import { fileNameOf } from '../../../core/sidecar';
import { TOOL_STATUS_INFO, type ToolStatus } from '../../../core/model';
import type { ExemptionUse, LetterTool, SummaryLetter, SummaryProblem, SummarySnapshot, ToolColumn } from '../../../core/summary';
import { STATUS_APPEARANCE } from '../statusAppearance';

/** What nodes need besides their own data: the snapshot and how to find files. */
export interface TreeContext {
  readonly snapshot: SummarySnapshot;
  toolLabel(tool: string): string;
  letterUri(file: string): vscode.Uri | undefined;
  sidecarUri(path: string): vscode.Uri | undefined;
}

export const OPEN_EVIDENCE_COMMAND = 'foi.openEvidence';

/** A node of a summary tree. */
export abstract class SummaryNode {
  constructor(
    protected readonly context: TreeContext,
    readonly parent: SummaryNode | undefined,
  ) {}

  abstract getTreeItem(): vscode.TreeItem;

  getChildren(): SummaryNode[] {
    return [];
  }

  getParent(): SummaryNode | undefined {
    return this.parent;
  }
}

/** An authority and its letters, oldest first. */
export class AuthorityNode extends SummaryNode {
  constructor(
    context: TreeContext,
    private readonly authority: string,
    private readonly letters: readonly SummaryLetter[],
  ) {
    super(context, undefined);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.authority, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `authority\u0000${this.authority}`;
    item.iconPath = new vscode.ThemeIcon('organization');
    item.description = vscode.l10n.t('{0} letter(s)', this.letters.length);
    item.contextValue = 'foi.authority';
    return item;
  }

  override getChildren(): SummaryNode[] {
    return this.letters.map((letter) => new LetterNode(this.context, this, letter));
  }
}

/** A letter in the Letters tree, with one child per tool it answers for. Clicking it opens the letter. */
export class LetterNode extends SummaryNode {
  constructor(
    context: TreeContext,
    parent: SummaryNode,
    private readonly letter: SummaryLetter,
  ) {
    super(context, parent);
  }

  getTreeItem(): vscode.TreeItem {
    const { letter } = this;
    const item = new vscode.TreeItem(fileNameOf(letter.file), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `letter\u0000${letter.file}`;
    item.resourceUri = this.context.letterUri(letter.file);
    item.iconPath = new vscode.ThemeIcon(letter.sidecar === undefined ? 'mail' : 'mail-read');
    item.description = letterDescription(letter);
    item.tooltip = letterTooltip(letter);
    item.contextValue = letter.sidecar === undefined ? 'foi.letter.suggested' : 'foi.letter.recorded';
    item.command = openCommand(item.resourceUri, undefined, vscode.l10n.t('Open Letter'));
    return item;
  }

  override getChildren(): SummaryNode[] {
    return this.letter.tools.map((entry) => new LetterToolNode(this.context, this, this.letter, entry));
  }
}

/** One tool's status in one letter: icon, tool and status word; clicking it selects the evidence. */
export class LetterToolNode extends SummaryNode {
  constructor(
    context: TreeContext,
    parent: SummaryNode,
    private readonly letter: SummaryLetter,
    private readonly entry: LetterTool,
  ) {
    super(context, parent);
  }

  getTreeItem(): vscode.TreeItem {
    const { letter, entry } = this;
    const item = new vscode.TreeItem(this.context.toolLabel(entry.tool), vscode.TreeItemCollapsibleState.None);
    item.id = `letter\u0000${letter.file}\u0000${entry.tool}`;
    item.iconPath = statusIcon(entry.status);
    item.description = statusDescription(entry.status, entry.recorded);
    item.tooltip = toolTooltip(this.context.toolLabel(entry.tool), entry);
    item.contextValue = entry.recorded ? 'foi.status.recorded' : 'foi.status.suggested';
    item.accessibilityInformation = {
      label: vscode.l10n.t('{0}: {1}', this.context.toolLabel(entry.tool), statusDescription(entry.status, entry.recorded)),
    };
    item.command = openCommand(this.context.letterUri(letter.file), entry.tool, vscode.l10n.t('Open Letter at Evidence'));
    return item;
  }
}

/** The sidecars that could not be summarised, or only in part. */
export class ProblemsNode extends SummaryNode {
  constructor(
    context: TreeContext,
    private readonly problems: readonly SummaryProblem[],
  ) {
    super(context, undefined);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Problems'), vscode.TreeItemCollapsibleState.Expanded);
    item.id = 'problems';
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    item.description = vscode.l10n.t('{0} in sidecars', this.problems.length);
    item.contextValue = 'foi.problems';
    return item;
  }

  override getChildren(): SummaryNode[] {
    return this.problems.map((problem, i) => new ProblemNode(this.context, this, problem, i));
  }
}

/** One problem of one sidecar; clicking it opens the sidecar at the problem. */
export class ProblemNode extends SummaryNode {
  constructor(
    context: TreeContext,
    parent: SummaryNode,
    private readonly problem: SummaryProblem,
    private readonly position: number,
  ) {
    super(context, parent);
  }

  getTreeItem(): vscode.TreeItem {
    const { problem } = this;
    const item = new vscode.TreeItem(problem.message, vscode.TreeItemCollapsibleState.None);
    item.id = `problem\u0000${this.position}\u0000${problem.sidecar}`;
    const error = problem.severity === 'error';
    item.iconPath = new vscode.ThemeIcon(
      error ? 'error' : 'warning',
      new vscode.ThemeColor(error ? 'problemsErrorIcon.foreground' : 'problemsWarningIcon.foreground'),
    );
    item.description = `${fileNameOf(problem.sidecar)}:${problem.line}:${problem.column}`;
    item.tooltip = `${problem.sidecar}:${problem.line}:${problem.column}\n${problem.severity} ${problem.code}: ${problem.message}`;
    item.contextValue = 'foi.problem';
    const uri = this.context.sidecarUri(problem.sidecar);
    if (uri) {
      const at = new vscode.Position(problem.line - 1, problem.column - 1);
      item.resourceUri = uri;
      item.command = {
        command: 'vscode.open',
        title: vscode.l10n.t('Open Sidecar'),
        arguments: [uri, { selection: new vscode.Range(at, at) } satisfies vscode.TextDocumentShowOptions],
      };
    }
    return item;
  }
}

/** A tool (Tools tree), with one child per status given for it. */
export class ToolNode extends SummaryNode {
  constructor(
    context: TreeContext,
    private readonly tool: ToolColumn,
  ) {
    super(context, undefined);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.tool.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `tool\u0000${this.tool.id}`;
    item.iconPath = new vscode.ThemeIcon('tools');
    item.description = vscode.l10n.t('{0} letter(s)', lettersFor(this.context.snapshot, this.tool.id).length);
    item.contextValue = 'foi.tool';
    return item;
  }

  override getChildren(): SummaryNode[] {
    const counts = this.context.snapshot.counts.find((entry) => entry.tool === this.tool.id)?.statuses ?? [];
    return counts.map((count) => new ToolStatusNode(this.context, this, this.tool, count.status, count.recorded, count.suggested));
  }
}

/** One status of a tool with how many letters gave it; its children are those letters. */
export class ToolStatusNode extends SummaryNode {
  constructor(
    context: TreeContext,
    parent: SummaryNode,
    private readonly tool: ToolColumn,
    private readonly status: ToolStatus,
    private readonly recorded: number,
    private readonly suggested: number,
  ) {
    super(context, parent);
  }

  getTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(TOOL_STATUS_INFO[this.status].label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `tool\u0000${this.tool.id}\u0000${this.status}`;
    item.iconPath = statusIcon(this.status);
    item.description =
      this.suggested === 0
        ? String(this.recorded)
        : vscode.l10n.t('{0} (+{1} suggested)', this.recorded, this.suggested);
    item.tooltip = TOOL_STATUS_INFO[this.status].description;
    item.contextValue = 'foi.toolStatus';
    return item;
  }

  override getChildren(): SummaryNode[] {
    return lettersFor(this.context.snapshot, this.tool.id)
      .filter(({ entry }) => entry.status === this.status)
      .map(({ letter, entry }) => new LetterLeafNode(this.context, this, `tool\u0000${this.tool.id}\u0000${this.status}`, letter, entry));
  }
}

/** A section of the Act (Exemptions tree), with the letters whose recorded answers rely on it. */
export class ExemptionNode extends SummaryNode {
  constructor(
    context: TreeContext,
    private readonly use: ExemptionUse,
  ) {
    super(context, undefined);
  }

  getTreeItem(): vscode.TreeItem {
    // A Scottish letter's section is read from the Scottish Act, recorded in its sidecar as `letter.act`.
    const section = lookupSection(this.use.section, this.use.act);
    const name = sectionLabel(this.use);
    const label = section ? `${name} ${section.title}` : name;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `exemption\u0000${name}`;
    item.iconPath = new vscode.ThemeIcon(section ? 'law' : 'question');
    item.description = vscode.l10n.t('{0} letter(s)', this.use.letters.length);
    item.tooltip = section ? section.summary : vscode.l10n.t('The Act has no section {0}.', this.use.section);
    item.contextValue = 'foi.exemption';
    return item;
  }

  override getChildren(): SummaryNode[] {
    const byFile = new Map(this.context.snapshot.letters.map((letter) => [letter.file, letter]));
    return this.use.letters.flatMap((file) => {
      const letter = byFile.get(file);
      const entry = letter?.tools.find((candidate) => candidate.recorded && candidate.exemptions.includes(this.use.section));
      return letter && entry ? [new LetterLeafNode(this.context, this, `exemption\u0000${sectionLabel(this.use)}`, letter, entry)] : [];
    });
  }
}

/** A letter under a tool status or a section: its authority and reference; clicking it selects the evidence. */
export class LetterLeafNode extends SummaryNode {
  constructor(
    context: TreeContext,
    parent: SummaryNode,
    private readonly scope: string,
    private readonly letter: SummaryLetter,
    private readonly entry: LetterTool,
  ) {
    super(context, parent);
  }

  getTreeItem(): vscode.TreeItem {
    const { letter, entry } = this;
    const item = new vscode.TreeItem(letter.authority ?? fileNameOf(letter.file), vscode.TreeItemCollapsibleState.None);
    item.id = `${this.scope}\u0000${letter.file}`;
    item.iconPath = statusIcon(entry.status);
    const facts = letterDescription(letter);
    item.description = entry.recorded ? facts : [facts, vscode.l10n.t('suggested')].filter(Boolean).join(' · ');
    item.tooltip = [letter.file, toolTooltip(this.context.toolLabel(entry.tool), entry)].join('\n');
    item.contextValue = letter.sidecar === undefined ? 'foi.letter.suggested' : 'foi.letter.recorded';
    item.command = openCommand(this.context.letterUri(letter.file), entry.tool, vscode.l10n.t('Open Letter at Evidence'));
    return item;
  }
}

/** Each letter that answers for `tool`, with its entry, in snapshot order. */
function lettersFor(snapshot: SummarySnapshot, tool: string): { letter: SummaryLetter; entry: LetterTool }[] {
  return snapshot.letters.flatMap((letter) => {
    const entry = letter.tools.find((candidate) => candidate.tool === tool);
    return entry ? [{ letter, entry }] : [];
  });
}

function statusIcon(status: ToolStatus): vscode.ThemeIcon {
  const look = STATUS_APPEARANCE[status];
  return new vscode.ThemeIcon(look.icon, new vscode.ThemeColor(look.color));
}

/** The status word, marked when it is only the engine's suggestion. */
function statusDescription(status: ToolStatus, recorded: boolean): string {
  const word = TOOL_STATUS_INFO[status].label;
  return recorded ? word : vscode.l10n.t('{0} (suggested)', word);
}

/** "FOI2017/01696 · 2018-01-15", or what there is of it; "suggested" for a letter with no sidecar. */
function letterDescription(letter: SummaryLetter): string {
  const parts = [letter.reference, letter.date].filter((part): part is string => part !== undefined);
  if (letter.sidecar === undefined) parts.push(vscode.l10n.t('suggested'));
  return parts.join(' · ');
}

function letterTooltip(letter: SummaryLetter): string {
  const lines = [letter.file];
  if (letter.authority) lines.push(letter.authority);
  if (letter.sidecar === undefined) lines.push(vscode.l10n.t('No sidecar yet: the statuses shown are the engine’s suggestions.'));
  return lines.join('\n');
}

function toolTooltip(label: string, entry: LetterTool): string {
  const lines = [`${label}: ${statusDescription(entry.status, entry.recorded)}`, TOOL_STATUS_INFO[entry.status].description];
  if (entry.exemptions.length > 0) lines.push(vscode.l10n.t('Relies on {0}', entry.exemptions.join(', ')));
  for (const quote of entry.evidence.slice(0, 2)) lines.push(`“${quote}”`);
  if (entry.note) lines.push(vscode.l10n.t('Note: {0}', entry.note));
  return lines.join('\n');
}

function openCommand(letter: vscode.Uri | undefined, tool: string | undefined, title: string): vscode.Command | undefined {
  if (letter === undefined) return undefined;
  return { command: OPEN_EVIDENCE_COMMAND, title, arguments: tool === undefined ? [letter] : [letter, tool] };
}
