// How each tool status looks wherever the summary shows it: the codicon and the theme colour. The trees turn these
// into ThemeIcon/ThemeColor and the panel into codicon classes and `--vscode-*` CSS variables, so both agree.
// Colour is never the only signal: every view also shows the status word (TOOL_STATUS_INFO in the core's model).
import type { ToolStatus } from '../../core/model';

/** A codicon id (without `codicon-`) and a theme colour id (as in `package.json` `colors`, e.g. `charts.green`). */
export interface StatusAppearance {
  readonly icon: string;
  readonly color: string;
}

/** One entry per status; icons are distinct so the table also reads in monochrome and high contrast themes. */
export const STATUS_APPEARANCE: Readonly<Record<ToolStatus, StatusAppearance>> = {
  used: { icon: 'pass', color: 'charts.green' },
  trialled: { icon: 'beaker', color: 'charts.blue' },
  'not-used': { icon: 'close', color: 'charts.purple' },
  ncnd: { icon: 'eye-closed', color: 'charts.red' },
  'partial-ncnd': { icon: 'shield', color: 'charts.orange' },
  'not-held': { icon: 'circle-slash', color: 'charts.yellow' },
  refused: { icon: 'error', color: 'errorForeground' },
  referred: { icon: 'arrow-right', color: 'charts.blue' },
  'no-answer': { icon: 'question', color: 'descriptionForeground' },
};

/** The CSS variable a webview reads a theme colour from: `charts.green` → `--vscode-charts-green`. */
export function themeColorVariable(colorId: string): string {
  return `--vscode-${colorId.replace(/\./g, '-')}`;
}
