// Building DOM from data without ever parsing data as HTML: every text goes in through text nodes or properties.

type Child = Node | string | null | undefined | false;

/** Properties set on a new element (`className`, `title`, `hidden`, ...); never `innerHTML`, so no data is parsed. */
type Props<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], 'dataset' | 'style' | 'innerHTML' | 'outerHTML'>> & {
  readonly dataset?: Readonly<Record<string, string>>;
  readonly attrs?: Readonly<Record<string, string>>;
};

/** A new element with properties and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props<K> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const { dataset, attrs, ...rest } = props;
  Object.assign(element, rest);
  if (dataset) for (const [key, value] of Object.entries(dataset)) element.dataset[key] = value;
  if (attrs) for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A codicon, hidden from screen readers (the status word next to it says the same). */
export function codicon(name: string): HTMLSpanElement {
  return el('span', { className: `codicon codicon-${name}`, attrs: { 'aria-hidden': 'true' } });
}

/** Calls `run` once `delayMs` after the last call. */
export function debounce(run: () => void, delayMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  };
}
