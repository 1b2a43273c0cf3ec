import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SCHEMA_FILE, renderSidecarSchema } from '../../../scripts/build-schema';
import { TOOL_STATUSES } from '../../../src/core/model';
import { parseSidecar, setToolStatus } from '../../../src/core/sidecar';
import { COMMENTED_SIDECAR, EXAMPLE_SIDECAR } from './fixtures';
import { schemaErrors } from './schemaSubset';

const committed = readFileSync(join(__dirname, '../../..', SCHEMA_FILE), 'utf8');
const schema = JSON.parse(committed) as Record<string, unknown>;

/** Whether the core reports an error (warnings, such as an unknown tool, do not count). */
function coreRejects(text: string): boolean {
  return parseSidecar(text, { knownTools: ['facial-recognition'] }).problems.some((problem) => problem.severity === 'error');
}

function schemaRejects(text: string): boolean {
  return schemaErrors(schema, parse(text)).length > 0;
}

const head = 'foi: 1\ndocument: letter.txt\n';
const INVALID: Readonly<Record<string, string>> = {
  'an unknown status': `${head}tools:\n  hacking:\n    status: maybe\n`,
  'a status that is a number': `${head}tools:\n  hacking:\n    status: 3\n`,
  'a tool without a status': `${head}tools:\n  hacking:\n    note: x\n`,
  'a date that does not exist': `${head}letter:\n  date: 2019-02-30\n`,
  'a date written the British way': `${head}letter:\n  received: 04/07/2019\n`,
  'a timestamp at 25 o\'clock': `${head}tools:\n  hacking:\n    status: used\n    at: 2026-11-22T25:00:00Z\n`,
  'a missing version': 'document: letter.txt\n',
  'version 2': 'foi: 2\ndocument: letter.txt\n',
  'a missing document': 'foi: 1\n',
  'tools as a list': `${head}tools:\n  - hacking\n`,
  'evidence that is not a list': `${head}tools:\n  hacking:\n    status: used\n    evidence: see letter\n`,
  'exemptions that are not a list': `${head}tools:\n  hacking:\n    status: used\n    exemptions: s24(2)\n`,
  'a negative start': `${head}tools:\n  hacking:\n    status: used\n    evidence:\n      - exact: x\n        start: -1\n`,
  'a quote without words': `${head}tools:\n  hacking:\n    status: used\n    evidence:\n      - prefix: x\n`,
  'an empty label': `${head}annotations:\n  - label: ""\n    anchor: { exact: x }\n`,
  'an annotation without an anchor': `${head}annotations:\n  - label: key-quote\n`,
};

describe('the sidecar JSON schema', () => {
  it('is committed as the generator builds it from format.ts (run npx tsx scripts/build-schema.ts)', function () {
    this.timeout(60_000);
    assert.equal(committed, renderSidecarSchema());
  });

  it('lists exactly the statuses of TOOL_STATUSES', () => {
    const toolRecord = (schema.definitions as Record<string, { properties: Record<string, { enum?: unknown[] }> }>).ToolRecord;
    assert.deepEqual(toolRecord.properties.status.enum, [...TOOL_STATUSES]);
  });

  it('accepts the documented example, a hand-written file and a file the editor created', () => {
    const created = setToolStatus(undefined, { document: 'letter.txt', tool: 'hacking', status: 'ncnd', exemptions: ['s23(5)'], evidence: [{ exact: 'x', start: 0 }] });
    assert.ok(created.ok);
    for (const text of [EXAMPLE_SIDECAR, COMMENTED_SIDECAR, created.text, `${head}letter:\n  authority:\ntools:\n  hacking:\n    status: ncnd\n    note:\n`]) {
      assert.deepEqual(schemaErrors(schema, parse(text)), []);
      assert.equal(coreRejects(text), false);
    }
  });

  for (const [what, text] of Object.entries(INVALID)) {
    it(`is rejected by both the schema and the core for ${what}`, () => {
      assert.equal(schemaRejects(text), true, 'schema');
      assert.equal(coreRejects(text), true, 'core');
    });
  }

  it('agrees with the core that an unknown tool and keys of one\'s own are not errors', () => {
    const text = `${head}reviewer: bob\ntools:\n  gait-analysis:\n    status: used\n    checked: true\n`;
    assert.equal(schemaRejects(text), false);
    assert.equal(coreRejects(text), false);
  });
});
