// Placeholders filled into a message that `l10n.t(message)` has already translated. `l10n.t(message, ...args)`
// does the same with a regular expression and a callback per call; the engine writes a few dozen messages per
// letter, and that way of filling them cost about 2% of an analysis.

/** `template` with each `{n}` replaced by `args[n]`; a placeholder without an argument is left as written. */
export function fill(template: string, ...args: readonly (string | number)[]): string {
  let filled = '';
  let copied = 0;
  for (let open = template.indexOf('{'); open !== -1; open = template.indexOf('{', open + 1)) {
    const close = template.indexOf('}', open);
    if (close === -1) break;
    const index = Number(template.slice(open + 1, close));
    if (!Number.isInteger(index) || index < 0 || index >= args.length) continue;
    filled += template.slice(copied, open) + String(args[index]);
    copied = close + 1;
  }
  return copied === 0 ? template : filled + template.slice(copied);
}
