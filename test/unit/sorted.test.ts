import * as assert from 'node:assert/strict';
import { lastStartingBy, lowerBound, partitionPoint, spanIndexAt } from '../../src/core/sorted';

describe('lowerBound', () => {
  it('gives the first index whose element is not less than the value', () => {
    assert.equal(lowerBound([10, 20, 20, 30], 20), 1);
    assert.equal(lowerBound([10, 20, 20, 30], 21), 3);
    assert.equal(lowerBound([10, 20, 20, 30], 5), 0);
  });

  it('gives the length when every element is less, and 0 for an empty list', () => {
    assert.equal(lowerBound([10, 20], 25), 2);
    assert.equal(lowerBound([], 1), 0);
  });

  it('orders strings by code unit, as the sorted lists of the summary are kept', () => {
    assert.equal(lowerBound(['a.txt', 'b.txt', 'c.txt'], 'b.txt'), 1);
    assert.equal(lowerBound(['B.txt', 'a.txt'], 'a.txt'), 1);
  });
});

describe('partitionPoint', () => {
  it('gives the first index at which the condition turns false', () => {
    assert.equal(partitionPoint(5, (i) => i < 3), 3);
    assert.equal(partitionPoint(5, () => true), 5);
    assert.equal(partitionPoint(5, () => false), 0);
    assert.equal(partitionPoint(0, () => true), 0);
  });
});

describe('lastStartingBy', () => {
  const starts = [0, 10, 20];
  const startOf = (i: number): number => starts[i];

  it('gives the last item starting at or before the offset', () => {
    assert.equal(lastStartingBy(3, startOf, 0), 0);
    assert.equal(lastStartingBy(3, startOf, 15), 1);
    assert.equal(lastStartingBy(3, startOf, 20), 2);
    assert.equal(lastStartingBy(3, startOf, 99), 2);
  });

  it('gives 0 when nothing starts by the offset, or there is nothing', () => {
    assert.equal(lastStartingBy(2, (i) => [5, 9][i], 1), 0);
    assert.equal(lastStartingBy(0, startOf, 5), 0);
  });
});

describe('spanIndexAt', () => {
  const spans = [
    { start: 0, end: 4 },
    { start: 6, end: 10 },
    { start: 10, end: 12 },
  ];

  it('finds the span holding the offset; a span holds its start and not its end', () => {
    assert.equal(spanIndexAt(spans, 0), 0);
    assert.equal(spanIndexAt(spans, 3), 0);
    assert.equal(spanIndexAt(spans, 6), 1);
    assert.equal(spanIndexAt(spans, 10), 2);
  });

  it('gives -1 between spans, after the last, and among none', () => {
    assert.equal(spanIndexAt(spans, 4), -1);
    assert.equal(spanIndexAt(spans, 5), -1);
    assert.equal(spanIndexAt(spans, 12), -1);
    assert.equal(spanIndexAt([], 0), -1);
  });
});
