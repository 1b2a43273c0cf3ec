// Pairs up the lines two versions of a text have in common: the shared head and tail directly, the middle with
// Myers' O((N+M)·D) difference algorithm. Past a budget of differing lines it gives up, which keeps the cost linear
// in the size of the text.

/**
 * For each line of `b`, the index of the equal line of `a` it is paired with in a longest common subsequence, or
 * -1 for lines only `b` has. Undefined when the two differ by more than `maxEdits` inserted or deleted lines.
 */
export function matchLines(a: readonly string[], b: readonly string[], maxEdits: number): Int32Array | undefined {
  const match = new Int32Array(b.length).fill(-1);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    match[head] = head;
    head++;
  }
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    match[b.length - 1 - tail] = a.length - 1 - tail;
    tail++;
  }
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  // v[offset + k]: furthest x reached on diagonal k = x - y. trace[d]: v for diagonals -d-1..d+1 before step d.
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let edits = -1;
  for (let d = 0; d <= max && edits < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[head + x] === b[head + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        edits = d;
        break;
      }
    }
  }
  if (edits < 0) return undefined;
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const before = trace[d];
    const at = (k: number): number => before[k + d + 1];
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      match[head + y] = head + x;
    }
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    match[head + y] = head + x;
  }
  return match;
}
