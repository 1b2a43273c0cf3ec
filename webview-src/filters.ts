// The panel's filters: a text search (debounced), and tool, status and authority choices. They only hide and show
// what is already rendered, so typing never rebuilds the table.
import * as l10n from '@vscode/l10n';
import { TOOL_STATUSES, TOOL_STATUS_INFO } from '../src/core/model';
import type { PanelData } from '../src/extension/summary/webview/messages';
import { debounce, el } from './dom';

/** The choices; an empty string means "all". `status` may also be `suggested` (only the engine's suggestions). */
export interface FilterState {
  readonly search: string;
  readonly tool: string;
  readonly status: string;
  readonly authority: string;
}

export const NO_FILTERS: FilterState = { search: '', tool: '', status: '', authority: '' };

/** Status choice meaning "statuses that are only suggested". */
export const SUGGESTED_ONLY = 'suggested';

const SEARCH_DELAY_MS = 150;

export class FilterBar {
  readonly element: HTMLElement;
  readonly #search: HTMLInputElement;
  readonly #tool: HTMLSelectElement;
  readonly #status: HTMLSelectElement;
  readonly #authority: HTMLSelectElement;
  readonly #shown: HTMLElement;

  constructor(initial: FilterState, onChange: (state: FilterState) => void) {
    const changed = () => onChange(this.state);
    this.#search = el('input', { type: 'search', value: initial.search, placeholder: l10n.t('Authority, reference or file'), spellcheck: false });
    this.#search.addEventListener('input', debounce(changed, SEARCH_DELAY_MS));
    this.#tool = el('select');
    this.#status = el('select');
    this.#authority = el('select');
    for (const select of [this.#tool, this.#status, this.#authority]) select.addEventListener('change', changed);
    fillOptions(this.#status, l10n.t('All statuses'), [
      [SUGGESTED_ONLY, l10n.t('Suggested only')],
      ...TOOL_STATUSES.map((status): [string, string] => [status, TOOL_STATUS_INFO[status].label]),
    ], initial.status);
    this.#tool.dataset.initial = initial.tool;
    this.#authority.dataset.initial = initial.authority;
    this.#shown = el('p', { className: 'shown', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.element = el(
      'div',
      { className: 'filters', attrs: { role: 'search', 'aria-label': l10n.t('Filter the table') } },
      labelled(l10n.t('Search'), this.#search),
      labelled(l10n.t('Tool'), this.#tool),
      labelled(l10n.t('Status'), this.#status),
      labelled(l10n.t('Authority'), this.#authority),
      this.#shown,
    );
  }

  get state(): FilterState {
    return { search: this.#search.value, tool: this.#tool.value, status: this.#status.value, authority: this.#authority.value };
  }

  /** Offers the tools and authorities of `data`, keeping each choice that still exists. */
  update(data: PanelData): void {
    fillOptions(this.#tool, l10n.t('All tools'), data.tools.map((tool): [string, string] => [tool.id, tool.label]), takeInitial(this.#tool));
    fillOptions(this.#authority, l10n.t('All authorities'), data.rows.map((row): [string, string] => [row.authority, row.authority]), takeInitial(this.#authority));
  }

  /** Says how many authorities the filters leave, for everyone and for screen readers. */
  showCount(shown: number, total: number): void {
    this.#shown.textContent =
      shown !== total
        ? l10n.t('{0} of {1} authorities shown', shown, total)
        : total === 1
          ? l10n.t('1 authority')
          : l10n.t('{0} authorities', total);
  }
}

/** The value to select after refilling: the one saved in the panel state on the first fill, else the current one. */
function takeInitial(select: HTMLSelectElement): string {
  const initial = select.dataset.initial;
  delete select.dataset.initial;
  return initial ?? select.value;
}

/** The options each select shows, as JSON. */
const optionsShown = new WeakMap<HTMLSelectElement, string>();

function fillOptions(select: HTMLSelectElement, allLabel: string, options: readonly [value: string, label: string][], selected: string): void {
  // Rebuilding a long list on every update would cost layout for nothing; only a changed list is rebuilt.
  const signature = JSON.stringify(options);
  if (optionsShown.get(select) === signature) {
    select.value = selected;
    if (select.value !== selected) select.value = '';
    return;
  }
  optionsShown.set(select, signature);
  const seen = new Set<string>();
  const elements = [el('option', { value: '', textContent: allLabel })];
  for (const [value, label] of options) {
    if (seen.has(value)) continue;
    seen.add(value);
    elements.push(el('option', { value, textContent: label }));
  }
  select.replaceChildren(...elements);
  select.value = seen.has(selected) ? selected : '';
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return el('label', {}, el('span', { className: 'label' }, text), control);
}
