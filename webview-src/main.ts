// The Summary panel's script: receives the summary from the extension, renders it, and sends back which letter to
// open. Messages are validated (messages.ts) and handled in one switch; anything malformed is ignored. Filters are
// kept in the webview state, so they survive the panel being hidden and shown again.
import * as l10n from '@vscode/l10n';
import { type PanelData, type PanelMessage, parseHostMessage } from '../src/extension/summary/webview/messages';
import { el } from './dom';
import { FilterBar, type FilterState, NO_FILTERS } from './filters';
import { MatrixView } from './matrix';
import { countsSection, exemptionsSection, problemsNotice, progressSection } from './overview';

interface WebviewApi<State> {
  postMessage(message: PanelMessage): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State>(): WebviewApi<State>;

/** Name of the performance measure taken around each rendering of the summary. */
const RENDER_MEASURE = 'foi.summary.render';

interface PanelState {
  readonly filters: FilterState;
}

const api = acquireVsCodeApi<PanelState>();
const post = (message: PanelMessage) => api.postMessage(message);

/** The parts of the panel replaced on each update; the table and filters stay in place so focus and typing survive. */
interface Slots {
  readonly progress: HTMLElement;
  readonly problems: HTMLElement;
  readonly counts: HTMLElement;
  readonly exemptions: HTMLElement;
}

class SummaryPanel {
  readonly #filters: FilterBar;
  readonly #matrix: MatrixView;
  #slots: Slots | undefined;

  constructor(private readonly root: HTMLElement) {
    this.#filters = new FilterBar({ ...NO_FILTERS, ...api.getState()?.filters }, (filters) => {
      api.setState({ filters });
      this.#matrix.apply(filters);
    });
    this.#matrix = new MatrixView(post, (shown, total) => this.#filters.showCount(shown, total));
  }

  show(data: PanelData): void {
    this.root.setAttribute('aria-busy', 'false');
    this.root.dataset.ready = 'true';
    if (data.progress.letters === 0) {
      this.#slots = undefined;
      this.root.replaceChildren(
        el('p', { className: 'placeholder', textContent: l10n.t('No letters in the summary yet.') }),
        el('p', {
          className: 'placeholder',
          textContent: l10n.t(
            'Open a letter and tag its tools with the quick fixes, or run “FOI: Tag All Suggested Statuses”. Letters you open appear here with the engine’s suggestions.',
          ),
        }),
      );
      return;
    }
    const slots = (this.#slots ??= this.#layout());
    fill(slots.progress, [data.progress, data.rows.length], () => [progressSection(data)]);
    fill(slots.problems, data.problems, () => [problemsNotice(data, post)].filter((node): node is HTMLElement => node !== null));
    fill(slots.counts, [data.tools, data.counts], () => [countsSection(data)]);
    fill(slots.exemptions, data.exemptions, () => [exemptionsSection(data)]);
    this.#filters.update(data);
    this.#matrix.apply(this.#filters.state);
    this.#matrix.render(data);
  }

  #layout(): Slots {
    const slots: Slots = { progress: el('div'), problems: el('div'), counts: el('div'), exemptions: el('div') };
    const matrix = el(
      'section',
      { attrs: { 'aria-labelledby': 'matrix-heading' } },
      el('h2', { id: 'matrix-heading', textContent: l10n.t('Authorities and tools') }),
      this.#filters.element,
      this.#matrix.element,
    );
    this.root.replaceChildren(slots.progress, slots.problems, matrix, slots.counts, slots.exemptions);
    return slots;
  }
}

/** The data each slot shows, as JSON. */
const slotsShown = new WeakMap<HTMLElement, string>();

/** Replaces `slot`'s content with `build()` unless the data it shows (`shown`) is what it already shows. */
function fill(slot: HTMLElement, shown: unknown, build: () => HTMLElement[]): void {
  const signature = JSON.stringify(shown);
  if (slotsShown.get(slot) === signature) return;
  slotsShown.set(slot, signature);
  slot.replaceChildren(...build());
}

/** Translates the panel with the strings the extension put in `data-l10n`: those of VS Code's display language. */
function useDisplayLanguage(root: HTMLElement): void {
  const strings = root.dataset.l10n;
  if (strings) l10n.config({ contents: strings });
}

const root = document.getElementById('app');
if (root) {
  useDisplayLanguage(root);
  const panel = new SummaryPanel(root);
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = parseHostMessage(event.data);
    if (!message) return;
    switch (message.type) {
      case 'summary': {
        // Measured for profiling (Developer Tools' performance panel, and the integration test at scale).
        const start = performance.now();
        panel.show(message.data);
        performance.measure(RENDER_MEASURE, { start, end: performance.now() });
        break;
      }
    }
  });
  post({ type: 'ready' });
}
