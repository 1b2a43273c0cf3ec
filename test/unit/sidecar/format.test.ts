import * as assert from 'node:assert/strict';
import { DEFAULT_ANNOTATION_LABELS, isSidecarPath, letterNameFromSidecar, sidecarPathFor } from '../../../src/core/sidecar';

describe('sidecar names', () => {
  it('puts the sidecar beside the letter, after its full name', () => {
    assert.equal(sidecarPathFor('hertfordshire-2017-01696.txt'), 'hertfordshire-2017-01696.txt.foi.yaml');
    assert.equal(sidecarPathFor('/letters/kent.pdf.txt'), '/letters/kent.pdf.txt.foi.yaml');
  });

  it('reads the letter name back from a sidecar path with either kind of slash', () => {
    assert.equal(letterNameFromSidecar('/letters/hertfordshire-2017-01696.txt.foi.yaml'), 'hertfordshire-2017-01696.txt');
    assert.equal(letterNameFromSidecar('C:\\letters\\kent.txt.foi.yaml'), 'kent.txt');
  });

  it('recognises only names that end in .foi.yaml with something before it', () => {
    assert.equal(letterNameFromSidecar('/letters/kent.txt.yaml'), undefined);
    assert.equal(letterNameFromSidecar('/letters/.foi.yaml'), undefined);
    assert.equal(isSidecarPath('kent.txt.foi.yaml'), true);
    assert.equal(isSidecarPath('kent.foi.yml'), false);
  });

  it('offers the four default annotation labels', () => {
    assert.deepEqual(DEFAULT_ANNOTATION_LABELS, ['key-quote', 'exemption-reasoning', 'follow-up', 'inconsistency']);
  });
});
