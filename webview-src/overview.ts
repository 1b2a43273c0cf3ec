// The parts of the panel around the table: tagging progress, sidecar problems, how often each status was given per
// tool, and the sections of the Act relied on.
import * as l10n from '@vscode/l10n';
import { TOOL_STATUS_INFO } from '../src/core/model';
import { STATUS_APPEARANCE, themeColorVariable } from '../src/extension/summary/statusAppearance';
import type { PanelData, PanelMessage, PanelStatusCount } from '../src/extension/summary/webview/messages';
import { codicon, el } from './dom';

/** "3 of 5 letters tagged", a progress bar, and the number of authorities. */
export function progressSection(data: PanelData): HTMLElement {
  const { tagged, letters } = data.progress;
  const authorities = data.rows.length;
  const lettersTagged = letters === 1 ? l10n.t('{0} of {1} letter tagged', tagged, letters) : l10n.t('{0} of {1} letters tagged', tagged, letters);
  const authorityCount = authorities === 1 ? l10n.t('1 authority') : l10n.t('{0} authorities', authorities);
  const text = `${lettersTagged} · ${authorityCount}`;
  return el(
    'section',
    { className: 'progress', attrs: { 'aria-label': l10n.t('Progress') } },
    el('p', { textContent: text }),
    el('progress', { max: Math.max(letters, 1), value: tagged, attrs: { 'aria-label': l10n.t('Letters tagged') } }),
  );
}

/** A warning with a button to the Letters view, where each problem is listed; null when there are none. */
export function problemsNotice(data: PanelData, post: (message: PanelMessage) => void): HTMLElement | null {
  if (data.problems === 0) return null;
  const button = el('button', { type: 'button', className: 'link', textContent: l10n.t('Show in the Letters view') });
  button.addEventListener('click', () => post({ type: 'showProblems' }));
  const count =
    data.problems === 1
      ? l10n.t('1 problem in sidecars; the rest is summarised.')
      : l10n.t('{0} problems in sidecars; the rest is summarised.', data.problems);
  return el('p', { className: 'problems', attrs: { role: 'note' } }, codicon('warning'), el('span', { textContent: count }), button);
}

/** One row per tool: each status given, with how many letters gave it and how many of those are suggestions. */
export function countsSection(data: PanelData): HTMLElement {
  const rows = data.tools.map((tool, i) =>
    el('tr', {}, el('th', { scope: 'row', textContent: tool.label }), el('td', {}, el('ul', { className: 'chips' }, ...data.counts[i].map(countChip)))),
  );
  return section(
    'counts-heading',
    l10n.t('Statuses per tool'),
    el(
      'table',
      { className: 'counts' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', textContent: l10n.t('Tool') }), el('th', { scope: 'col', textContent: l10n.t('Letters by status') }))),
      el('tbody', {}, ...rows),
    ),
  );
}

function countChip(count: PanelStatusCount): HTMLLIElement {
  const look = STATUS_APPEARANCE[count.status];
  const total = count.recorded + count.suggested;
  const chip = el(
    'li',
    { className: count.recorded === 0 ? 'chip suggested' : 'chip' },
    codicon(look.icon),
    el('span', { className: 'word', textContent: TOOL_STATUS_INFO[count.status].label }),
    el('span', { className: 'count', textContent: String(total) }),
    count.suggested > 0 ? el('span', { className: 'mark', textContent: l10n.t('({0} suggested)', count.suggested) }) : null,
  );
  chip.style.setProperty('--status-color', `var(${themeColorVariable(look.color)})`);
  return chip;
}

/** Sections cited in recorded answers, in the Act's order, with how many letters rely on each. */
export function exemptionsSection(data: PanelData): HTMLElement {
  if (data.exemptions.length === 0) {
    return section(
      'exemptions-heading',
      l10n.t('Sections of the Act relied on'),
      el('p', { className: 'muted', textContent: l10n.t('No recorded answer cites a section yet.') }),
    );
  }
  const rows = data.exemptions.map((use) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row', textContent: use.section }),
      el('td', { textContent: use.title ?? l10n.t('Not a section of the Act'), className: use.title ? '' : 'muted' }),
      el('td', { className: 'number', textContent: String(use.letters) }),
    ),
  );
  return section(
    'exemptions-heading',
    l10n.t('Sections of the Act relied on'),
    el(
      'table',
      { className: 'exemptions' },
      el(
        'thead',
        {},
        el('tr', {}, el('th', { scope: 'col', textContent: l10n.t('Section') }),
          el('th', { scope: 'col', textContent: l10n.t('Title') }),
          el('th', { scope: 'col', className: 'number', textContent: l10n.t('Letters') }),),
      ),
      el('tbody', {}, ...rows),
    ),
  );
}

function section(id: string, heading: string, ...content: HTMLElement[]): HTMLElement {
  return el('section', { attrs: { 'aria-labelledby': id } }, el('h2', { id, textContent: heading }), ...content);
}
