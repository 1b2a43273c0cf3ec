// Small list helpers the tool-answer stages share: grouping by a key, and keeping values once in first-met order.

export function addOnce(values: string[], value: string): void {
  if (!values.includes(value)) values.push(value);
}

export function uniqueInOrder<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const list = map.get(k);
    if (list) list.push(value);
    else map.set(k, [value]);
  }
  return map;
}
