// The authorities × tools table. Each status is a button (Enter or Space opens the letter at the evidence) showing
// an icon and the status word, with "(suggested)" and a dashed outline for the engine's suggestions. The table is one
// tab stop: arrow keys, Home and End move between cells (a roving tabindex, as in an ARIA grid).
//
// Scale (hundreds of authorities): an update rebuilds only the rows whose data changed; new rows are built in
// slices between frames, so the panel never blocks for long; filtering only toggles `hidden` on what changes.
import * as l10n from '@vscode/l10n';
import { TOOL_STATUS_INFO } from '../src/core/model';
import { STATUS_APPEARANCE, themeColorVariable } from '../src/extension/summary/statusAppearance';
import type { PanelData, PanelEntry, PanelMessage, PanelRow } from '../src/extension/summary/webview/messages';
import { codicon, el } from './dom';
import { type FilterState, NO_FILTERS, SUGGESTED_ONLY } from './filters';

interface EntryView {
  readonly button: HTMLButtonElement;
  readonly entry: PanelEntry;
}

interface CellView {
  readonly td: HTMLTableCellElement;
  readonly entries: readonly EntryView[];
  /** Focusable stand-in shown when the cell has nothing to show. */
  readonly empty: HTMLElement;
}

interface RowView {
  readonly tr: HTMLTableRowElement;
  readonly authority: string;
  /** The row's data as JSON, to tell whether an update changed it. */
  readonly signature: string;
  /** Lower-case text the search looks in: authority, references, dates and files. */
  readonly haystack: string;
  readonly cells: readonly CellView[];
}

const NAV = 'nav';
/** Rows built in one go before yielding to the browser. */
const ROWS_PER_SLICE = 100;

export class MatrixView {
  readonly element: HTMLElement;
  readonly #table: HTMLTableElement;
  readonly #body: HTMLTableSectionElement;
  #headers: HTMLTableCellElement[] = [];
  #columnsSignature = '';
  #rows: RowView[] = [];
  /** Rows by authority, for reuse by the next update. */
  #byAuthority = new Map<string, RowView>();
  #filters: FilterState = NO_FILTERS;
  #active: HTMLElement | undefined;
  /** Incremented by each update, so slices of an older one stop. */
  #generation = 0;

  /**
   * @param post sends a message to the extension
   * @param onCount told how many authorities the filters leave, out of how many, whenever that may have changed
   */
  constructor(
    private readonly post: (message: PanelMessage) => void,
    private readonly onCount: (shown: number, total: number) => void,
  ) {
    this.#body = el('tbody');
    this.#table = el('table', {
      className: 'matrix',
      attrs: { role: 'grid', 'aria-label': l10n.t('Status given by each authority for each tool') },
    });
    this.#table.addEventListener('keydown', (event) => this.#onKeyDown(event));
    this.#table.addEventListener('click', (event) => this.#onClick(event));
    this.#table.addEventListener('focusin', (event) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.classList.contains(NAV)) this.#setActive(target);
    });
    this.element = el('div', { className: 'matrix-scroll' }, this.#table);
  }

  /** Shows `data`, keeping keyboard focus on the same letter and tool when it is still there. */
  render(data: PanelData): void {
    const generation = ++this.#generation;
    const focused = this.#active;
    const hadFocus = focused !== undefined && focused === document.activeElement;

    const columns = JSON.stringify(data.tools);
    if (columns !== this.#columnsSignature) {
      // Cells are aligned with the columns, so new columns mean new rows throughout.
      this.#columnsSignature = columns;
      this.#byAuthority = new Map();
      this.#headers = data.tools.map((tool) => el('th', { scope: 'col', textContent: tool.label, dataset: { tool: tool.id } }));
      this.#table.replaceChildren(el('thead', {}, el('tr', {}, el('th', { scope: 'col', textContent: l10n.t('Authority') }), ...this.#headers)), this.#body);
    }

    const previous = this.#byAuthority;
    this.#byAuthority = new Map();
    this.#rows = [];
    const pending: PanelRow[] = [];
    for (const row of data.rows) {
      const kept = previous.get(row.authority);
      if (kept !== undefined && kept.signature === JSON.stringify(row.cells)) this.#keep(kept);
      else pending.push(row);
    }
    const order = data.rows.map((row) => row.authority);
    const finish = () => {
      this.#rows = order.flatMap((authority) => this.#byAuthority.get(authority) ?? []);
      placeRows(this.#body, this.#rows);
      this.#refreshActive(focused, hadFocus);
      this.onCount(this.#countShown(), this.#rows.length);
    };
    // Into an empty table rows go as they are built, so the first ones show at once; otherwise they are placed,
    // moving as little as possible, once all are built.
    this.#buildSlices(data, pending, generation, this.#body.childElementCount === 0, finish);
  }

  /** Shows only what the filters allow. Touches only what changes. */
  apply(filters: FilterState): void {
    this.#filters = filters;
    const column = this.#column();
    this.#headers.forEach((th, i) => setHidden(th, column >= 0 && i !== column));
    for (const row of this.#rows) this.#applyRow(row);
    this.#refreshActive(this.#active, false);
    this.onCount(this.#countShown(), this.#rows.length);
  }

  #keep(row: RowView): void {
    this.#byAuthority.set(row.authority, row);
    this.#rows.push(row);
  }

  /** Builds `pending` rows a slice at a time (appending each to the table when `append`), then calls `finish`. */
  #buildSlices(data: PanelData, pending: readonly PanelRow[], generation: number, append: boolean, finish: () => void): void {
    let next = 0;
    const slice = () => {
      if (generation !== this.#generation) return;
      const end = Math.min(next + ROWS_PER_SLICE, pending.length);
      for (; next < end; next++) {
        const row = this.#row(data, pending[next]);
        this.#applyRow(row);
        this.#keep(row);
        if (append) this.#body.append(row.tr);
      }
      if (next < pending.length) setTimeout(slice, 0);
      else finish();
    };
    slice();
  }

  #column(): number {
    const tool = this.#filters.tool;
    return tool === '' ? -1 : this.#headers.findIndex((th) => th.dataset.tool === tool);
  }

  #applyRow(row: RowView): void {
    const { status, authority } = this.#filters;
    const search = this.#filters.search.trim().toLocaleLowerCase();
    const column = this.#column();
    let matching = 0;
    row.cells.forEach((cell, i) => {
      const inColumn = column < 0 || i === column;
      setHidden(cell.td, !inColumn);
      let visible = 0;
      for (const { button, entry } of cell.entries) {
        const ok = statusMatches(entry, status);
        setHidden(button, !ok);
        if (ok) visible++;
      }
      setHidden(cell.empty, visible > 0);
      if (inColumn) matching += visible;
    });
    const narrowed = column >= 0 || status !== '';
    const show =
      (authority === '' || row.authority === authority) && (search === '' || row.haystack.includes(search)) && (!narrowed || matching > 0);
    setHidden(row.tr, !show);
  }

  #countShown(): number {
    return this.#rows.reduce((count, row) => count + (row.tr.hidden ? 0 : 1), 0);
  }

  #row(data: PanelData, row: PanelRow): RowView {
    const { authority } = row;
    const haystack = [authority];
    const cells = row.cells.map((entries, i) => {
      const tool = data.tools[i];
      const labels = letterLabels(entries ?? []);
      const views = (entries ?? []).map((entry, j) => {
        haystack.push(entry.reference ?? '', entry.date ?? '', entry.file);
        return { entry, button: entryButton(authority, tool.label, tool.id, entry, labels[j]) };
      });
      const empty = el('span', {
        className: `${NAV} empty`,
        tabIndex: -1,
        textContent: '–',
        dataset: { row: authority, tool: tool.id },
        attrs: { 'aria-label': l10n.t('{0}, {1}: no answer in the summary', tool.label, authority) },
      });
      empty.hidden = views.length > 0;
      const td = el('td', {}, ...views.map((view) => view.button), empty);
      return { td, entries: views, empty };
    });
    const tr = el('tr', {}, el('th', { scope: 'row', textContent: authority }), ...cells.map((cell) => cell.td));
    return { tr, authority, signature: JSON.stringify(row.cells), haystack: haystack.join('\n').toLocaleLowerCase(), cells };
  }

  /** One listener for every status button: opens the letter the button names at the evidence for its tool. */
  #onClick(event: MouseEvent): void {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.status') : null;
    const { file, tool } = button?.dataset ?? {};
    if (file && tool) this.post({ type: 'openEvidence', file, tool });
  }

  /** Keeps the tab stop on the element focused before an update (or the same letter and tool), else the first cell. */
  #refreshActive(previous: HTMLElement | undefined, refocus: boolean): void {
    let target = previous !== undefined && isShown(previous) ? previous : undefined;
    if (previous !== undefined && target === undefined) {
      const { row, tool, file } = previous.dataset;
      target = this.#firstVisible((nav) => nav.dataset.row === row && nav.dataset.tool === tool && nav.dataset.file === file);
    }
    target ??= this.#firstVisible();
    this.#setActive(target);
    if (refocus) target?.focus();
  }

  #setActive(target: HTMLElement | undefined): void {
    if (target === this.#active) return;
    if (this.#active) this.#active.tabIndex = -1;
    this.#active = target;
    if (target) target.tabIndex = 0;
  }

  #move(target: HTMLElement | undefined, event: KeyboardEvent): void {
    if (!target) return;
    event.preventDefault();
    this.#setActive(target);
    target.focus();
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  #onKeyDown(event: KeyboardEvent): void {
    const current = event.target;
    if (!(current instanceof HTMLElement) || !current.classList.contains(NAV)) return;
    const td = current.closest('td');
    const tr = td?.parentElement;
    if (!td || !(tr instanceof HTMLTableRowElement)) return;
    const inRow = visibleNavs(tr);
    const at = inRow.indexOf(current);
    switch (event.key) {
      case 'ArrowRight':
        return this.#move(inRow[at + 1], event);
      case 'ArrowLeft':
        return this.#move(inRow[at - 1], event);
      case 'ArrowDown':
        return this.#move(this.#inColumn(nextShownRow(tr, 1), td.cellIndex), event);
      case 'ArrowUp':
        return this.#move(this.#inColumn(nextShownRow(tr, -1), td.cellIndex), event);
      case 'Home':
        return this.#move(event.ctrlKey ? this.#firstVisible() : inRow[0], event);
      case 'End':
        return this.#move(event.ctrlKey ? this.#lastVisible() : inRow[inRow.length - 1], event);
    }
  }

  #inColumn(tr: HTMLTableRowElement | undefined, cellIndex: number): HTMLElement | undefined {
    const cell = tr?.cells[cellIndex];
    return cell ? visibleNavs(cell)[0] : undefined;
  }

  /** The first shown cell element (that satisfies `accept`), stopping at the first hit. */
  #firstVisible(accept: (nav: HTMLElement) => boolean = () => true): HTMLElement | undefined {
    for (const row of this.#rows) {
      if (row.tr.hidden) continue;
      const found = visibleNavs(row.tr).find(accept);
      if (found) return found;
    }
    return undefined;
  }

  #lastVisible(): HTMLElement | undefined {
    for (let i = this.#rows.length - 1; i >= 0; i--) {
      const navs = this.#rows[i].tr.hidden ? [] : visibleNavs(this.#rows[i].tr);
      if (navs.length > 0) return navs[navs.length - 1];
    }
    return undefined;
  }
}

/** Makes `body`'s rows exactly `rows`, in order, inserting and removing only where they differ. */
function placeRows(body: HTMLTableSectionElement, rows: readonly RowView[]): void {
  let cursor = body.firstElementChild;
  for (const { tr } of rows) {
    if (cursor === tr) {
      cursor = cursor.nextElementSibling;
    } else {
      body.insertBefore(tr, cursor);
    }
  }
  while (cursor) {
    const next = cursor.nextElementSibling;
    cursor.remove();
    cursor = next;
  }
}

/**
 * What tells apart the letters of one cell: nothing for a single letter, else each letter's date or reference, or
 * its file name where those do not tell them apart.
 */
function letterLabels(entries: readonly PanelEntry[]): (string | undefined)[] {
  if (entries.length < 2) return entries.map(() => undefined);
  const labels = entries.map((entry) => entry.date ?? entry.reference ?? fileName(entry.file));
  const unique = new Set(labels).size === labels.length;
  return unique ? labels : entries.map((entry) => fileName(entry.file));
}

function entryButton(authority: string, toolLabel: string, tool: string, entry: PanelEntry, which: string | undefined): HTMLButtonElement {
  const info = TOOL_STATUS_INFO[entry.status];
  const look = STATUS_APPEARANCE[entry.status];
  const button = el(
    'button',
    {
      type: 'button',
      className: `${NAV} status${entry.recorded ? '' : ' suggested'}`,
      tabIndex: -1,
      dataset: { row: authority, tool, file: entry.file, status: entry.status },
      title: tooltip(info.description, entry),
      attrs: {
        'aria-label': entryDescription(toolLabel, authority, info.label, entry.recorded, which),
      },
    },
    codicon(look.icon),
    el('span', { className: 'word', textContent: info.label }),
    entry.recorded ? null : el('span', { className: 'mark', textContent: l10n.t('(suggested)') }),
    which ? el('span', { className: 'which', textContent: which }) : null,
  );
  // CSSOM, not a style attribute, so the strict CSP holds; the colour is the theme's, by variable.
  button.style.setProperty('--status-color', `var(${themeColorVariable(look.color)})`);
  return button;
}

/** What a screen reader says for a cell's letter: whole sentences, one per variant, for translators. */
function entryDescription(toolLabel: string, authority: string, status: string, recorded: boolean, which: string | undefined): string {
  if (which === undefined) {
    return recorded
      ? l10n.t('{0}, {1}: {2}. Opens the letter at the evidence.', toolLabel, authority, status)
      : l10n.t('{0}, {1}: {2} (suggested). Opens the letter at the evidence.', toolLabel, authority, status);
  }
  return recorded
    ? l10n.t('{0}, {1}: {2}, letter of {3}. Opens the letter at the evidence.', toolLabel, authority, status, which)
    : l10n.t('{0}, {1}: {2} (suggested), letter of {3}. Opens the letter at the evidence.', toolLabel, authority, status, which);
}

/** Sets `hidden` only when it changes, so filtering the same way twice costs no style work. */
function setHidden(element: HTMLElement, hidden: boolean): void {
  if (element.hidden !== hidden) element.hidden = hidden;
}

function statusMatches(entry: PanelEntry, status: string): boolean {
  if (status === '') return true;
  if (status === SUGGESTED_ONLY) return !entry.recorded;
  return entry.status === status;
}

function tooltip(description: string, entry: PanelEntry): string {
  const lines = [description];
  if (!entry.recorded) lines.push(l10n.t('Suggested by the engine; not yet recorded in a sidecar.'));
  if (entry.evidence) lines.push(`“${entry.evidence}”`);
  if (entry.note) lines.push(l10n.t('Note: {0}', entry.note));
  lines.push([entry.reference, entry.date, entry.file].filter(Boolean).join(' · '));
  return lines.join('\n');
}

function visibleNavs(container: ParentNode): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(`.${NAV}`)].filter(isShown);
}

/** True when neither the element nor its cell or row is hidden. */
function isShown(element: HTMLElement): boolean {
  return element.isConnected && element.closest('[hidden]') === null;
}

function nextShownRow(tr: HTMLTableRowElement, step: 1 | -1): HTMLTableRowElement | undefined {
  let row = step > 0 ? tr.nextElementSibling : tr.previousElementSibling;
  while (row instanceof HTMLTableRowElement && row.hidden) row = step > 0 ? row.nextElementSibling : row.previousElementSibling;
  return row instanceof HTMLTableRowElement ? row : undefined;
}

function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
