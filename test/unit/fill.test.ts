import * as assert from 'node:assert/strict';
import { fill } from '../../src/core/fill';

describe('fill', () => {
  it('puts each argument at its placeholder, in any order and more than once', () => {
    assert.equal(fill('{1} took {0} days; {1} again', 23, 'Response'), 'Response took 23 days; Response again');
  });

  it('leaves a template without placeholders, and placeholders without an argument, as written', () => {
    assert.equal(fill('Referral to another body'), 'Referral to another body');
    assert.equal(fill('{0} and {2} and {x} and {', 'a'), 'a and {2} and {x} and {');
  });

  it('never reads placeholders inside the arguments it puts in', () => {
    assert.equal(fill('Referral to {0} ({1})', '{1}', 'x'), 'Referral to {1} (x)');
  });
});
