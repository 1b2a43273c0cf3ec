import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { addAnnotation, parseSidecar, removeToolStatus, setToolStatus, type EditResult } from '../../../src/core/sidecar';
import { TOOL_STATUSES, type ToolStatus } from '../../../src/core/model';
import { COMMENTED_SIDECAR, EXAMPLE_SIDECAR, commentLines } from './fixtures';

const RUNS = Number(process.env.FOI_FUZZ_RUNS ?? 100);
/** Tools already in the sidecars, new ones, and ids YAML could misread. */
const TOOLS = ['hacking', 'body-worn-video', 'facial-recognition', 'drones', 'imsi-catchers', '2019', 'yes', 'null', 'a: b'];

const statusEdit = fc.record({
  kind: fc.constant('set' as const),
  tool: fc.constantFrom(...TOOLS),
  status: fc.constantFrom(...TOOL_STATUSES),
  overwrite: fc.boolean(),
  exemptions: fc.option(fc.array(fc.constantFrom('s23(5)', 's24(2)', 's31(3)', 's40(2)'), { maxLength: 3 }), { nil: undefined }),
});
const removal = fc.record({ kind: fc.constant('remove' as const), tool: fc.constantFrom(...TOOLS) });
const annotation = fc.record({
  kind: fc.constant('annotate' as const),
  label: fc.constantFrom('key-quote', 'follow-up', 'my label'),
  exact: fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== ''),
});

function textOf(result: EditResult): string {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.text;
}

function recordedStatuses(text: string): Map<string, ToolStatus> {
  const { value, problems } = parseSidecar(text);
  assert.deepEqual(problems, []);
  return new Map(Object.entries(value?.tools ?? {}).map(([tool, record]) => [tool, record.status]));
}

describe('sidecar edits (property-based)', () => {
  it('after any sequence of status edits, every status last set is recorded and every comment line survives', function () {
    this.timeout(Math.max(20_000, RUNS * 300));
    const expectedComments = commentLines(COMMENTED_SIDECAR);
    const untouched = COMMENTED_SIDECAR.split('\n').slice(0, 12);
    fc.assert(
      fc.property(fc.array(statusEdit, { minLength: 1, maxLength: 12 }), (edits) => {
        const expected = recordedStatuses(COMMENTED_SIDECAR);
        let text = COMMENTED_SIDECAR;
        for (const { tool, status, overwrite, exemptions } of edits) {
          text = textOf(setToolStatus(text, { document: 'letter.txt', tool, status, overwrite, exemptions }));
          if (overwrite || !expected.has(tool)) expected.set(tool, status);
        }
        assert.deepEqual(recordedStatuses(text), expected);
        assert.deepEqual(commentLines(text), expectedComments);
        assert.deepEqual(text.split('\n').slice(0, 12), untouched, 'lines above the tools are kept exactly as written');
      }),
      { seed: 20261122, numRuns: RUNS },
    );
  });

  it('after any mix of status edits, removals and annotations, the file reads back as expected in its own line endings', function () {
    this.timeout(Math.max(20_000, RUNS * 300));
    const bases = [COMMENTED_SIDECAR, COMMENTED_SIDECAR.replace(/\n/g, '\r\n'), EXAMPLE_SIDECAR.trimEnd(), undefined];
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(fc.oneof(statusEdit, removal, annotation), { minLength: 1, maxLength: 10 }), (base, edits) => {
        const expected = base === undefined ? new Map<string, ToolStatus>() : recordedStatuses(base);
        const expectedAnnotations = base === undefined ? [] : [...(parseSidecar(base).value?.annotations ?? [])].map((item) => item.anchor.exact);
        let text = base;
        for (const edit of edits) {
          if (edit.kind === 'set') {
            text = textOf(setToolStatus(text, { document: 'letter.txt', ...edit }));
            if (edit.overwrite || !expected.has(edit.tool)) expected.set(edit.tool, edit.status);
          } else if (edit.kind === 'remove') {
            text = textOf(removeToolStatus(text, { tool: edit.tool }));
            expected.delete(edit.tool);
          } else {
            const before = text;
            text = textOf(addAnnotation(text, { document: 'letter.txt', label: edit.label, anchor: { exact: edit.exact } }));
            if (text !== before) expectedAnnotations.push(edit.exact);
          }
        }
        const final = text ?? '';
        if (final !== '') assert.deepEqual(recordedStatuses(final), expected);
        const annotations = parseSidecar(final).value?.annotations ?? [];
        assert.deepEqual(
          annotations.map((item) => item.anchor.exact),
          expectedAnnotations,
        );
        if (base?.includes('\r\n')) assert.equal(final.replace(/\r\n/g, '').includes('\n'), false, 'line endings stay Windows ones');
      }),
      { seed: 20261123, numRuns: RUNS },
    );
  });
});
