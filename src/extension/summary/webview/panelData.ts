// Turns the core's summary snapshot into the panel's data: plain JSON, arrays aligned with the tool columns, each
// cell entry carrying the short evidence and note shown in its tooltip.
import { lookupSection } from '../../../core/act/sections';
import type { LetterTool, SummaryLetter, SummarySnapshot } from '../../../core/summary';
import { sectionLabel } from '../../../core/summary/sectionLabel';
import type { PanelData, PanelEntry, PanelRow } from './messages';

/** Evidence quotes are cut to this many characters for tooltips; the full quote is in the letter. */
export const MAX_PANEL_EVIDENCE = 160;

/** The panel's view of `snapshot`. */
export function toPanelData(snapshot: SummarySnapshot): PanelData {
  const letters = new Map(snapshot.letters.map((letter) => [letter.file, letter]));
  const tools = snapshot.matrix.tools;
  const rows: PanelRow[] = snapshot.matrix.rows.map((row) => ({
    authority: row.authority,
    cells: tools.map((column) => {
      const entries = row.cells.get(column.id);
      if (entries === undefined || entries.length === 0) return null;
      return entries.map((entry): PanelEntry => {
        const detail = toolOf(letters.get(entry.file), column.id);
        return {
          file: entry.file,
          reference: entry.reference ?? null,
          date: entry.date ?? null,
          status: entry.status,
          recorded: entry.recorded,
          evidence: detail?.evidence[0] === undefined ? null : shorten(detail.evidence[0], MAX_PANEL_EVIDENCE),
          note: detail?.note ?? null,
        };
      });
    }),
  }));
  const countsByTool = new Map(snapshot.counts.map((counts) => [counts.tool, counts.statuses]));
  return {
    tools: tools.map((column) => ({ id: column.id, label: column.label })),
    rows,
    counts: tools.map((column) => (countsByTool.get(column.id) ?? []).map((count) => ({ ...count }))),
    exemptions: snapshot.exemptions.map((use) => ({
      section: sectionLabel(use),
      title: lookupSection(use.section, use.act)?.title ?? null,
      letters: use.letters.length,
    })),
    progress: { tagged: snapshot.progress.tagged, letters: snapshot.progress.letters },
    problems: snapshot.problems.length,
  };
}

function toolOf(letter: SummaryLetter | undefined, tool: string): LetterTool | undefined {
  return letter?.tools.find((entry) => entry.tool === tool);
}

/** `text` with whitespace runs collapsed, cut at a word boundary near `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
