import * as assert from 'node:assert/strict';
import { findStaleEvidence, parseSidecar, statusMismatches } from '../../../src/core/sidecar';
import { spanOf } from './fixtures';

const SIDECAR = `foi: 1
document: letter.txt
tools:
  facial-recognition:
    status: partial-ncnd
    evidence:
      - exact: "is not currently using facial recognition"
      - exact: "neither confirms nor denies"
        start: 120
  hacking:
    status: not-held
annotations:
  - label: key-quote
    anchor: { exact: "Section 24(2) National Security" }
  - label: follow-up
    anchor: { exact: "we will publish a policy" }
`;

const LETTER = 'Kent Police is not currently using facial recognition technology. Section 24(2) National Security applies.';

describe('checks against the letter', () => {
  describe('findStaleEvidence', () => {
    it('lists each evidence quote and annotation whose words are gone, with where it is written', () => {
      const { value } = parseSidecar(SIDECAR);
      assert.ok(value);
      const stale = findStaleEvidence(LETTER, value);
      assert.deepEqual(
        stale.map(({ path, keys, anchor }) => ({ path, keys, exact: anchor.exact })),
        [
          { path: 'tools.facial-recognition.evidence[1]', keys: ['tools', 'facial-recognition', 'evidence', 1], exact: 'neither confirms nor denies' },
          { path: 'annotations[1].anchor', keys: ['annotations', 1, 'anchor'], exact: 'we will publish a policy' },
        ],
      );
      assert.deepEqual(stale[1].sidecarSpan, spanOf(SIDECAR, '{ exact: "we will publish a policy" }'));
      assert.match(SIDECAR.slice(stale[0].sidecarSpan?.start, stale[0].sidecarSpan?.end), /^exact: "neither confirms nor denies"\n\s+start: 120/);
    });

    it('lists nothing when every quote is still there, however re-wrapped', () => {
      const { value } = parseSidecar(SIDECAR);
      assert.ok(value);
      const letter = `${LETTER.replace(/ /g, '\n')} It neither confirms\nnor denies; we will publish a\npolicy.`;
      assert.deepEqual(findStaleEvidence(letter, value), []);
    });

    it('works on a value built by hand, without sidecar positions', () => {
      const stale = findStaleEvidence('text', { foi: 1, document: 'a.txt', annotations: [{ label: 'x', anchor: { exact: 'gone' } }] });
      assert.equal(stale[0].sidecarSpan, undefined);
    });
  });

  describe('statusMismatches', () => {
    it('lists recorded statuses that differ from what the letter now says', () => {
      const { value } = parseSidecar(SIDECAR);
      assert.ok(value);
      assert.deepEqual(
        statusMismatches(value, [
          { tool: 'facial-recognition', status: 'partial-ncnd' },
          { tool: 'hacking', status: 'ncnd' },
          { tool: 'drones', status: 'used' },
          { tool: 'hacking', status: 'not-held' },
        ]),
        [{ tool: 'hacking', recorded: 'not-held', suggested: 'ncnd' }],
      );
    });

    it('ignores inherited property names', () => {
      assert.deepEqual(statusMismatches({ foi: 1, document: 'a.txt', tools: {} }, [{ tool: 'constructor', status: 'used' }]), []);
    });
  });
});
