import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeFoiLetter } from '../../src/core/detect';

const seeds = join(__dirname, '../fixtures/seeds');

describe('looksLikeFoiLetter', () => {
  for (const name of readdirSync(seeds)) {
    it(`recognises the seed letter ${name}`, () => {
      assert.equal(looksLikeFoiLetter(readFileSync(join(seeds, name), 'utf8')), true);
    });
  }

  it('recognises a short NCND reply that never names the Act', () => {
    assert.equal(looksLikeFoiLetter('Our ref: 123/20\n\nThe force can neither confirm nor deny that it holds the information.'), true);
  });

  it('does not claim ordinary notes that mention FOI once', () => {
    assert.equal(looksLikeFoiLetter('Shopping list\n- milk\n- FOI book from the library\n'), false);
    assert.equal(looksLikeFoiLetter(''), false);
  });

  it('does not claim a researcher’s notes that mention FOI and cite sections', () => {
    const notes = readFileSync(join(__dirname, '../fixtures/workspace/notes/reading-list.txt'), 'utf8');
    assert.equal(looksLikeFoiLetter(notes), false);
    assert.equal(looksLikeFoiLetter('FOI ideas: ask about Section 24(2) and our ref numbering'), false);
  });

  it('only reads the start of a long file', () => {
    const text = 'x'.repeat(10_000) + ' Freedom of Information Act request; neither confirm nor deny';
    assert.equal(looksLikeFoiLetter(text), false);
  });
});
