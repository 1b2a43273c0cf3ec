import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES } from '../../src/core/diagnostics/codes';

describe('docs/diagnostics.md', () => {
  const headings = new Set(
    readFileSync(join(__dirname, '../../docs/diagnostics.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('### '))
      .map((line) => line.slice(4).trim()),
  );

  it('documents every diagnostic code, since each diagnostic links to its section', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) assert.ok(headings.has(code), `${code} is not documented`);
  });

  it('documents no code that does not exist', () => {
    for (const heading of headings) assert.ok(heading in DIAGNOSTIC_CODES, `${heading} is not a diagnostic code`);
  });
});
