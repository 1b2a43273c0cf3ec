import * as assert from 'node:assert/strict';
import { lowerBound } from '../../src/core/sorted';

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
