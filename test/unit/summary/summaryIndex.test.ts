import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { MAX_SIDECAR_LENGTH } from '../../../src/core/sidecar';
import { DUPLICATE_SIDECAR, exportJson, MISSING_LETTER, SummaryIndex, UNKNOWN_AUTHORITY, type SummaryMatrix } from '../../../src/core/summary';
import { CAMPAIGN_TOOLS } from '../support/fixtures';
import { SEED_SIDECARS, sidecarYaml } from './sidecars';

function seededIndex(): SummaryIndex {
  const index = new SummaryIndex();
  for (const sidecar of SEED_SIDECARS) index.upsert(sidecar.path, sidecar.text);
  return index;
}

/** The matrix as authority → tool → statuses, with suggestions marked `?`, for compact assertions. */
function plainMatrix(matrix: SummaryMatrix): Record<string, Record<string, string>> {
  return Object.fromEntries(
    matrix.rows.map((row) => [
      row.authority,
      Object.fromEntries(
        matrix.tools.flatMap((column) => {
          const entries = row.cells.get(column.id);
          if (entries === undefined) return [];
          return [[column.id, entries.map((e) => (e.recorded ? e.status : `${e.status}?`)).join(', ')]];
        }),
      ),
    ]),
  );
}

const HERTS = 'letters/hertfordshire-2017-01696.txt.foi.yaml';
const FIXED = new Date('2026-11-22T12:00:00Z');

describe('SummaryIndex', () => {
  describe('over the five seed letters', () => {
    it('builds the authorities × tools matrix, authorities sorted by name', () => {
      const notHeld = Object.fromEntries(CAMPAIGN_TOOLS.map((tool) => [tool, 'not-held']));
      assert.deepEqual(plainMatrix(seededIndex().matrix()), {
        'Cambridgeshire Office of the Police and Crime Commissioner': { ...notHeld, 'body-worn-video': 'used' },
        'Hertfordshire Constabulary': { 'facial-recognition': 'partial-ncnd' },
        'Norfolk and Suffolk Constabularies': { 'facial-recognition': 'partial-ncnd' },
        'Office of the Northamptonshire Police, Fire and Crime Commissioner': notHeld,
        'West Midlands Police and Crime Commissioner': {
          'body-worn-video': 'used',
          'facial-recognition': 'partial-ncnd',
          hacking: 'ncnd',
          'imsi-catchers': 'ncnd',
          'mobile-phone-extraction': 'used',
          'predictive-policing': 'used',
          'social-media-intelligence': 'used',
        },
      });
      assert.deepEqual(
        seededIndex().matrix().rows.map((row) => row.authority),
        [
          'Cambridgeshire Office of the Police and Crime Commissioner',
          'Hertfordshire Constabulary',
          'Norfolk and Suffolk Constabularies',
          'Office of the Northamptonshire Police, Fire and Crime Commissioner',
          'West Midlands Police and Crime Commissioner',
        ],
      );
    });

    it('orders tool columns as the vocabulary does and leaves out tools no letter answers (ANPR, drones)', () => {
      assert.deepEqual(
        seededIndex().tools().map((column) => column.id),
        [...CAMPAIGN_TOOLS],
      );
      assert.equal(seededIndex().tools()[0].label, 'Body worn video');
    });

    it('counts each status per tool', () => {
      const counts = new Map(seededIndex().statusCounts().map((tool) => [tool.tool, tool.statuses]));
      assert.deepEqual(counts.get('facial-recognition'), [
        { status: 'partial-ncnd', recorded: 3, suggested: 0 },
        { status: 'not-held', recorded: 2, suggested: 0 },
      ]);
      assert.deepEqual(counts.get('body-worn-video'), [
        { status: 'used', recorded: 2, suggested: 0 },
        { status: 'not-held', recorded: 1, suggested: 0 },
      ]);
    });

    it('lists each cited section with the letters relying on it', () => {
      const relying = [
        'letters/hertfordshire-2017-01696.txt',
        'letters/norfolk-suffolk-007663-17.txt',
        'letters/west-midlands-pcc-2019-01031.txt',
      ];
      assert.deepEqual(seededIndex().exemptionCounts(), [
        { section: 's24(2)', letters: relying },
        { section: 's31(3)', letters: relying },
      ]);
    });

    it('derives each letter file from the sidecar folder and its document', () => {
      const letter = seededIndex().letter('letters/hertfordshire-2017-01696.txt');
      assert.equal(letter?.sidecar, HERTS);
      assert.equal(letter?.reference, 'FOI2017/01696');
      assert.equal(letter?.date, '2018-01-15');
      assert.deepEqual(letter?.tools[0], {
        tool: 'facial-recognition',
        status: 'partial-ncnd',
        recorded: true,
        exemptions: ['s24(2)', 's31(3)'],
        evidence: ['Hertfordshire Constabulary neither confirms nor denies'],
        note: undefined,
      });
    });

    it('reports progress as letters with a recorded status out of letters known', () => {
      assert.deepEqual(seededIndex().progress(), { tagged: 5, letters: 5 });
    });
  });

  describe('invalid sidecars', () => {
    it('reports a sidecar whose YAML is broken, with its line, and still summarises the rest', () => {
      const index = seededIndex();
      index.upsert('letters/broken.txt.foi.yaml', 'foi: 1\ndocument: broken.txt\ntools: [unclosed\n');
      assert.equal(index.matrix().rows.length, 5);
      const problems = index.problems().filter((p) => p.sidecar === 'letters/broken.txt.foi.yaml');
      assert.ok(problems.length > 0);
      assert.ok(problems.some((p) => p.severity === 'error'));
      assert.ok(problems.every((p) => p.line >= 1 && p.column >= 1));
      assert.equal(index.entries().find((e) => e.path === 'letters/broken.txt.foi.yaml')?.valid, false);
    });

    it('drops a problem once the sidecar is fixed', () => {
      const index = new SummaryIndex();
      index.upsert('a.txt.foi.yaml', 'foi: 1\ntools: [unclosed\n');
      assert.notEqual(index.problems().length, 0);
      index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'A Police' }, { hacking: { status: 'ncnd' } }));
      assert.deepEqual(index.problems(), []);
      assert.equal(index.matrix().rows[0].authority, 'A Police');
    });

    it('reports a sidecar too long to be one without parsing it, and still summarises the rest', () => {
      const index = seededIndex();
      const huge = `${sidecarYaml('huge.txt', { authority: 'Huge Police' }, { hacking: { status: 'used' } })}extra: "${'x'.repeat(MAX_SIDECAR_LENGTH)}"\n`;
      index.upsert('letters/huge.txt.foi.yaml', huge);
      assert.equal(index.matrix().rows.length, 5);
      assert.ok(!index.matrix().rows.some((row) => row.authority === 'Huge Police'));
      const problems = index.problems().filter((p) => p.sidecar === 'letters/huge.txt.foi.yaml');
      assert.deepEqual(
        problems.map((p) => [p.code, p.severity, p.line, p.column]),
        [['sidecar-invalid', 'error', 1, 1]],
      );
      assert.match(problems[0].message, /too large to be a sidecar \(65 K characters; the limit is 64 K\)/);
    });

    it('reads a sidecar of exactly the longest length', () => {
      const index = new SummaryIndex();
      const text = sidecarYaml('a.txt', { authority: 'A Police' }, { hacking: { status: 'ncnd' } });
      const padded = `${text}# ${'x'.repeat(MAX_SIDECAR_LENGTH - text.length - 3)}\n`;
      assert.equal(padded.length, MAX_SIDECAR_LENGTH);
      index.upsert('a.txt.foi.yaml', padded);
      assert.deepEqual(index.problems(), []);
      assert.equal(index.matrix().rows[0].authority, 'A Police');
    });

    it('reports a tool id the vocabulary does not know, and still shows its column', () => {
      const index = new SummaryIndex();
      index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'A Police' }, { 'gait-analysis': { status: 'used' } }));
      assert.ok(index.problems().some((p) => p.code === 'sidecar-unknown-tool'));
      assert.deepEqual(index.tools(), [{ id: 'gait-analysis', label: 'gait-analysis' }]);
    });
  });

  describe('updates', () => {
    it('removes a sidecar from the matrix, the counts and the exemptions', () => {
      const index = seededIndex();
      index.matrix();
      assert.equal(index.remove(HERTS), true);
      assert.equal(index.remove(HERTS), false);
      assert.ok(!index.matrix().rows.some((row) => row.authority === 'Hertfordshire Constabulary'));
      const fr = index.statusCounts().find((tool) => tool.tool === 'facial-recognition');
      assert.deepEqual(fr?.statuses[0], { status: 'partial-ncnd', recorded: 2, suggested: 0 });
      assert.ok(!index.exemptionCounts()[0].letters.includes('letters/hertfordshire-2017-01696.txt'));
      assert.deepEqual(index.progress(), { tagged: 4, letters: 4 });
    });

    it('moves a letter between authorities and statuses when its sidecar changes', () => {
      const index = seededIndex();
      index.matrix();
      index.upsert(
        HERTS,
        sidecarYaml('hertfordshire-2017-01696.txt', { authority: 'Bedfordshire Police' }, { 'facial-recognition': { status: 'used' } }),
      );
      const matrix = plainMatrix(index.matrix());
      assert.equal(matrix['Hertfordshire Constabulary'], undefined);
      assert.deepEqual(matrix['Bedfordshire Police'], { 'facial-recognition': 'used' });
      assert.equal(index.exemptionCounts()[0].letters.length, 2);
    });

    it('drops a column when no letter answers for that tool any more', () => {
      const index = new SummaryIndex();
      index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'A' }, { drones: { status: 'used' }, anpr: { status: 'used' } }));
      assert.deepEqual(index.tools().map((c) => c.id), ['anpr', 'drones']);
      index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'A' }, { anpr: { status: 'used' } }));
      assert.deepEqual(index.tools().map((c) => c.id), ['anpr']);
    });

    it('skips reading again when the modification time is unchanged', () => {
      const index = new SummaryIndex();
      index.upsert(HERTS, SEED_SIDECARS[1].text, 1000);
      assert.equal(index.isCurrent(HERTS, 1000), true);
      assert.equal(index.isCurrent(HERTS, 2000), false);
      assert.equal(index.isCurrent('elsewhere.foi.yaml', 1000), false);
    });

    it('gives the same snapshot after any sequence of upserts and removals as a fresh index of the end state (property-based)', () => {
      const paths = ['a/one.txt.foi.yaml', 'a/two.txt.foi.yaml', 'b/three.txt.foi.yaml'];
      const authorities = ['North Police', 'South Police', ''];
      const text = fc
        .record({
          authority: fc.constantFrom(...authorities),
          tools: fc.dictionary(
            fc.constantFrom('hacking', 'drones', 'anpr'),
            fc.record({ status: fc.constantFrom('used', 'ncnd', 'not-held'), exemptions: fc.subarray(['s24(2)', 's31(3)']) }),
          ),
        })
        .map((spec) => ({ authority: spec.authority, tools: spec.tools }));
      const operation = fc.oneof(
        fc.record({ kind: fc.constant('upsert' as const), path: fc.constantFrom(...paths), spec: text }),
        fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...paths) }),
        fc.record({ kind: fc.constant('suggest' as const), path: fc.constantFrom(...paths), status: fc.constantFrom('used', 'refused') }),
      );
      fc.assert(
        fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
          const live = new SummaryIndex();
          const sidecars = new Map<string, string>();
          const suggestions = new Map<string, string>();
          for (const op of operations) {
            const letter = op.path.replace('.foi.yaml', '');
            if (op.kind === 'upsert') {
              const yaml = sidecarYaml(letter.slice(2), { authority: op.spec.authority || undefined }, op.spec.tools);
              live.upsert(op.path, yaml);
              sidecars.set(op.path, yaml);
            } else if (op.kind === 'remove') {
              live.remove(op.path);
              sidecars.delete(op.path);
            } else {
              live.upsertSuggested(letter, { tools: [{ tool: 'hacking', status: op.status as 'used' }] });
              suggestions.set(letter, op.status);
            }
            live.matrix();
          }
          const fresh = new SummaryIndex();
          for (const [path, yaml] of [...sidecars].reverse()) fresh.upsert(path, yaml);
          for (const [letter, status] of suggestions) fresh.upsertSuggested(letter, { tools: [{ tool: 'hacking', status: status as 'used' }] });
          assert.equal(exportJson(live.snapshot(), { generated: FIXED }), exportJson(fresh.snapshot(), { generated: FIXED }));
        }),
        { seed: 20261122, numRuns: Number(process.env.FOI_FUZZ_RUNS ?? 100) },
      );
    });
  });

  describe('several letters from one authority', () => {
    it('lists each letter’s status in the cell, oldest letter first, undated last', () => {
      const index = new SummaryIndex();
      const letter = (date?: string) => ({ authority: 'Kent Police', date });
      index.upsert('c.txt.foi.yaml', sidecarYaml('c.txt', letter(), { drones: { status: 'refused' } }));
      index.upsert('b.txt.foi.yaml', sidecarYaml('b.txt', letter('2021-03-01'), { drones: { status: 'used' } }));
      index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', letter('2019-05-01'), { drones: { status: 'trialled' } }));
      const row = index.matrix().rows[0];
      assert.deepEqual(row.letters, ['a.txt', 'b.txt', 'c.txt']);
      assert.deepEqual(
        row.cells.get('drones')?.map((entry) => [entry.file, entry.status]),
        [
          ['a.txt', 'trialled'],
          ['b.txt', 'used'],
          ['c.txt', 'refused'],
        ],
      );
    });

    it('groups authority names that differ only in spacing, and puts letters naming no authority last', () => {
      const index = new SummaryIndex();
      index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'Kent   Police' }, { anpr: { status: 'used' } }));
      index.upsert('b.txt.foi.yaml', sidecarYaml('b.txt', { authority: ' Kent Police' }, { anpr: { status: 'used' } }));
      index.upsert('c.txt.foi.yaml', sidecarYaml('c.txt', {}, { anpr: { status: 'used' } }));
      index.upsert('d.txt.foi.yaml', sidecarYaml('d.txt', { authority: 'Zeta Police' }, { anpr: { status: 'used' } }));
      assert.deepEqual(
        index.matrix().rows.map((row) => [row.authority, row.letters.length]),
        [
          ['Kent Police', 2],
          ['Zeta Police', 1],
          [UNKNOWN_AUTHORITY, 1],
        ],
      );
      assert.equal(index.letter('c.txt')?.authority, undefined);
    });
  });

  describe('suggested statuses', () => {
    it('shows a letter nobody has tagged with its suggestions marked not recorded', () => {
      const index = seededIndex();
      index.upsertSuggested('letters/kent.txt', {
        authority: 'Kent Police',
        reference: 'FOI 1',
        date: '2020-01-02',
        tools: [{ tool: 'anpr', status: 'used', evidenceText: 'ANPR is used.' }],
      });
      const row = index.matrix().rows.find((r) => r.authority === 'Kent Police');
      assert.deepEqual(row?.cells.get('anpr'), [
        { file: 'letters/kent.txt', reference: 'FOI 1', date: '2020-01-02', status: 'used', recorded: false },
      ]);
      assert.equal(index.letter('letters/kent.txt')?.sidecar, undefined);
      assert.deepEqual(index.progress(), { tagged: 5, letters: 6 });
      const anpr = index.statusCounts().find((tool) => tool.tool === 'anpr');
      assert.deepEqual(anpr?.statuses, [{ status: 'used', recorded: 0, suggested: 1 }]);
    });

    it('lets recorded statuses win and fills in only the tools the sidecar leaves out', () => {
      const index = seededIndex();
      index.upsertSuggested('letters/hertfordshire-2017-01696.txt', {
        authority: 'Herts',
        tools: [
          { tool: 'facial-recognition', status: 'ncnd' },
          { tool: 'drones', status: 'not-held' },
        ],
      });
      const letter = index.letter('letters/hertfordshire-2017-01696.txt');
      assert.equal(letter?.authority, 'Hertfordshire Constabulary');
      assert.deepEqual(
        letter?.tools.map((t) => [t.tool, t.status, t.recorded]),
        [
          ['facial-recognition', 'partial-ncnd', true],
          ['drones', 'not-held', false],
        ],
      );
    });

    it('shows the whole suggestion again when the sidecar is removed, and nothing once it is withdrawn', () => {
      const index = seededIndex();
      index.upsertSuggested('letters/hertfordshire-2017-01696.txt', { tools: [{ tool: 'facial-recognition', status: 'ncnd' }] });
      index.remove(HERTS);
      assert.deepEqual(plainMatrix(index.matrix())[UNKNOWN_AUTHORITY], { 'facial-recognition': 'ncnd?' });
      assert.equal(index.removeSuggested('letters/hertfordshire-2017-01696.txt'), true);
      assert.equal(plainMatrix(index.matrix())[UNKNOWN_AUTHORITY], undefined);
      assert.deepEqual(index.progress(), { tagged: 4, letters: 4 });
    });
  });

  it('summarises a letter once when two sidecars describe it, and reports the second', () => {
    const index = new SummaryIndex();
    index.upsert('x/a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'A' }, { anpr: { status: 'used' } }));
    index.upsert('x/copy.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'A' }, { anpr: { status: 'refused' } }));
    assert.equal(index.letters().length, 1);
    assert.equal(index.letters()[0].tools[0].status, 'used');
    const duplicate = index.problems().find((p) => p.code === DUPLICATE_SIDECAR);
    assert.equal(duplicate?.sidecar, 'x/copy.txt.foi.yaml');
    index.remove('x/a.txt.foi.yaml');
    assert.equal(index.letters()[0].tools[0].status, 'refused');
    assert.equal(index.problems().find((p) => p.code === DUPLICATE_SIDECAR), undefined);
  });

  it('reports a sidecar whose letter is missing, still summarises it, and stops once the letter is back', () => {
    const index = new SummaryIndex();
    index.upsert('x/a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'A' }, { anpr: { status: 'used' } }));
    assert.equal(index.setLetterMissing('x/a.txt', true), true);
    assert.equal(index.setLetterMissing('x/a.txt', true), false, 'nothing changed');
    const missing = index.problems().filter((p) => p.code === MISSING_LETTER);
    assert.deepEqual(
      missing.map(({ sidecar, severity, line }) => ({ sidecar, severity, line })),
      [{ sidecar: 'x/a.txt.foi.yaml', severity: 'warning', line: 1 }],
    );
    assert.match(missing[0].message, /x\/a\.txt/);
    assert.equal(index.letters().length, 1);
    index.setLetterMissing('x/a.txt', false);
    assert.deepEqual(index.problems(), []);
  });

  it('reports nothing for a missing letter that no sidecar describes', () => {
    const index = new SummaryIndex();
    index.setLetterMissing('x/gone.txt', true);
    index.upsert('x/a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'A' }, { anpr: { status: 'used' } }));
    assert.deepEqual(index.problems(), []);
  });

  it('keeps texts verbatim, `<script>` included: escaping is for whoever renders them', () => {
    const index = new SummaryIndex();
    const hostile = '<script>alert("x")</script>';
    index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: hostile }, { anpr: { status: 'used', evidence: [hostile], note: hostile } }));
    const letter = index.letters()[0];
    assert.equal(letter.authority, hostile);
    assert.deepEqual(letter.tools[0].evidence, [hostile]);
    assert.equal(letter.tools[0].note, hostile);
    assert.equal(index.matrix().rows[0].authority, hostile);
  });
});
