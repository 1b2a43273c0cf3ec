import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchLines } from '../../../src/core/sidecar/lineMatch';

const RUNS = Number(process.env.FOI_FUZZ_RUNS ?? 100);

/** Length of a longest common subsequence, by dynamic programming, to check the pairing against. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const line of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = line === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

describe('matchLines', () => {
  it('pairs equal lines in order and as many as a longest common subsequence (property-based)', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 12 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const match = matchLines(a, b, 100);
        assert.ok(match);
        let last = -1;
        let paired = 0;
        match.forEach((index, j) => {
          if (index < 0) return;
          assert.equal(a[index], b[j]);
          assert.ok(index > last);
          last = index;
          paired++;
        });
        assert.equal(paired, lcsLength(a, b));
      }),
      { seed: 7, numRuns: RUNS },
    );
  });

  it('gives up past its budget of differing lines', () => {
    const a = Array.from({ length: 50 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 50 }, (_, i) => `b${i}`);
    assert.equal(matchLines(a, b, 20), undefined);
    assert.ok(matchLines(a, b, 100));
  });

  it('pairs a long text with one changed line in linear time', () => {
    const a = Array.from({ length: 200_000 }, (_, i) => `line ${i}`);
    const b = [...a];
    b[100_000] = 'changed';
    const match = matchLines(a, b, 10);
    assert.equal(match?.[100_000], -1);
    assert.equal(match?.[199_999], 199_999);
  });
});
