// The summary as Markdown, for reports and for reading in a terminal: the authorities × tools table with status
// words, then how often each status was given per tool, then the sections of the Act cited, then sidecar problems.
// Every text from a sidecar is escaped here, because Markdown is a renderer: `|` cannot break a table, `<script>`
// cannot become HTML, `*` and `_` cannot start emphasis.

import * as l10n from '@vscode/l10n';
import { TOOL_STATUSES, TOOL_STATUS_INFO } from '../model';
import { UNKNOWN_AUTHORITY } from './matrix';
import { compareNames } from './order';
import { sectionLabel } from './sectionLabel';
import type {
  CellEntry,
  MatrixRow,
  StatusCount,
  SummaryMatrix,
  SummaryProblem,
  SummarySnapshot,
  ToolColumn,
  ToolStatusCounts,
} from './types';

/** Options of {@link exportMarkdown}. */
export interface MarkdownOptions {
  /** The time stamped on the report; defaults to now. Fixed in tests so output is reproducible. */
  readonly generated?: Date;
}

/**
 * Markdown report of the snapshot. In the matrix a status in italics is the engine's suggestion, not yet recorded;
 * an authority with several letters shows each letter's status oldest first, or one word when they all agree.
 */
export function exportMarkdown(snapshot: SummarySnapshot, options: MarkdownOptions = {}): string {
  const generated = (options.generated ?? new Date()).toISOString();
  const lines = [
    `# ${l10n.t('FOI summary')}`,
    '',
    `${l10n.t('Generated {0}.', generated)} ${progressSentence(snapshot)}`,
    '',
    `## ${l10n.t('Answers by authority and tool')}`,
    '',
    ...matrixSection(snapshot.matrix),
    `## ${l10n.t('Statuses per tool')}`,
    '',
    ...countsSection(snapshot.counts, snapshot.matrix.tools),
    `## ${l10n.t('Sections cited')}`,
    '',
    ...sectionsSection(snapshot),
    ...problemsSection(snapshot.problems),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** How many letters from how many authorities, and how many tagged: one template per singular/plural combination. */
function progressSentence(snapshot: SummarySnapshot): string {
  const { letters, tagged } = snapshot.progress;
  const authorities = snapshot.matrix.rows.length;
  if (letters === 1) {
    return authorities === 1
      ? l10n.t('{0} letter from {1} authority; {2} with a recorded status.', letters, authorities, tagged)
      : l10n.t('{0} letter from {1} authorities; {2} with a recorded status.', letters, authorities, tagged);
  }
  return authorities === 1
    ? l10n.t('{0} letters from {1} authority; {2} with a recorded status.', letters, authorities, tagged)
    : l10n.t('{0} letters from {1} authorities; {2} with a recorded status.', letters, authorities, tagged);
}

/**
 * Escapes text for the inside of a table cell or a paragraph: backslash-escapes every character with an inline
 * meaning (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `~`, `&`) and turns line breaks into spaces, since a table
 * row is one line. Other punctuation is left alone so dates and references stay readable in the source.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/gu, '\\$&').replace(/\s*[\r\n]+\s*/gu, ' ');
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function authorityCell(row: MatrixRow): string {
  // The placeholder row label is the report's own words, so it is translated; a real authority's name is data.
  const name = row.authority === UNKNOWN_AUTHORITY ? l10n.t('(authority not recorded)') : escapeMarkdown(row.authority);
  return row.letters.length > 1 ? l10n.t('{0} ({1} letters)', name, row.letters.length) : name;
}

function statusCell(row: MatrixRow, column: ToolColumn): string {
  const entries = row.cells.get(column.id) ?? [];
  if (entries.length === 0) return '';
  const words = entries.map(statusWord);
  return words.every((word) => word === words[0]) ? words[0] : words.join('; ');
}

function statusWord(entry: CellEntry): string {
  const label = TOOL_STATUS_INFO[entry.status].label;
  return entry.recorded ? label : `_${label}_`;
}

function matrixSection(matrix: SummaryMatrix): string[] {
  if (matrix.rows.length === 0 || matrix.tools.length === 0) return [l10n.t('No letter has a status yet.'), ''];
  return [
    tableRow([l10n.t('Authority'), ...matrix.tools.map((column) => escapeMarkdown(column.label))]),
    tableRow(['---', ...matrix.tools.map(() => '---')]),
    ...matrix.rows.map((row) => tableRow([authorityCell(row), ...matrix.tools.map((column) => statusCell(row, column))])),
    '',
    l10n.t('Statuses in italics are suggested by the engine and not yet recorded. Where an authority sent several letters, each letter’s status is listed, oldest first.'),
    '',
  ];
}

function countsSection(counts: readonly ToolStatusCounts[], tools: readonly ToolColumn[]): string[] {
  const statuses = TOOL_STATUSES.filter((status) =>
    counts.some((tool) => tool.statuses.some((count) => count.status === status)),
  );
  if (statuses.length === 0) return [l10n.t('No statuses yet.'), ''];
  const labels = new Map(tools.map((column) => [column.id, column.label]));
  const lines = [
    tableRow([l10n.t('Tool'), ...statuses.map((status) => TOOL_STATUS_INFO[status].label)]),
    tableRow(['---', ...statuses.map(() => '---:')]),
  ];
  for (const tool of counts) {
    const byStatus = new Map(tool.statuses.map((count) => [count.status, count]));
    const cells = statuses.map((status) => countCell(byStatus.get(status)));
    lines.push(tableRow([escapeMarkdown(labels.get(tool.tool) ?? tool.tool), ...cells]));
  }
  return [...lines, ''];
}

function countCell(count: StatusCount | undefined): string {
  if (count === undefined) return '';
  if (count.suggested === 0) return String(count.recorded);
  const suggested = `_${l10n.t('{0} suggested', count.suggested)}_`;
  return count.recorded === 0 ? suggested : `${count.recorded} + ${suggested}`;
}

/** Each section with how many letters rely on it and which authorities sent them. */
function sectionsSection(snapshot: SummarySnapshot): string[] {
  if (snapshot.exemptions.length === 0) return [l10n.t('No recorded answer cites a section.'), ''];
  const authorityOf = new Map(snapshot.letters.map((letter) => [letter.file, letter.authority]));
  const lines = [tableRow([l10n.t('Section'), l10n.t('Letters'), l10n.t('Authorities')]), tableRow(['---', '---:', '---'])];
  for (const use of snapshot.exemptions) {
    const authorities = [...new Set(use.letters.map((file) => authorityOf.get(file)))]
      .filter((authority): authority is string => authority !== undefined)
      .sort(compareNames);
    lines.push(tableRow([escapeMarkdown(sectionLabel(use)), String(use.letters.length), escapeMarkdown(authorities.join('; '))]));
  }
  return [...lines, ''];
}

function problemsSection(problems: readonly SummaryProblem[]): string[] {
  if (problems.length === 0) return [];
  return [
    `## ${l10n.t('Sidecar problems')}`,
    '',
    tableRow([l10n.t('Sidecar'), l10n.t('Position'), l10n.t('Severity'), l10n.t('Code'), l10n.t('Message')]),
    tableRow(['---', '---', '---', '---', '---']),
    ...problems.map((problem) =>
      tableRow([
        escapeMarkdown(problem.sidecar),
        `${problem.line}:${problem.column}`,
        problem.severity,
        escapeMarkdown(problem.code),
        escapeMarkdown(problem.message),
      ]),
    ),
    '',
  ];
}
