import * as assert from 'node:assert/strict';
import { exportJson, exportSummary, SummaryIndex } from '../../../src/core/summary';
import { SEED_SIDECARS, sidecarYaml } from './sidecars';

const GENERATED = new Date('2026-11-22T12:00:00Z');

function seeded(order: readonly number[]): SummaryIndex {
  const index = new SummaryIndex();
  for (const i of order) index.upsert(SEED_SIDECARS[i].path, SEED_SIDECARS[i].text);
  return index;
}

describe('exportJson', () => {
  it('gives the same bytes whatever order the sidecars were read in', () => {
    const forward = exportJson(seeded([0, 1, 2, 3, 4]).snapshot(), { generated: GENERATED });
    const backward = exportJson(seeded([4, 3, 2, 1, 0]).snapshot(), { generated: GENERATED });
    assert.equal(forward, backward);
    assert.ok(forward.endsWith('}\n'));
  });

  it('has its keys in a fixed order and stamps the injected time', () => {
    const document = JSON.parse(exportJson(seeded([0, 1, 2, 3, 4]).snapshot(), { generated: GENERATED }));
    assert.deepEqual(Object.keys(document), ['generated', 'tools', 'progress', 'letters', 'matrix', 'counts', 'exemptions', 'problems']);
    assert.equal(document.generated, '2026-11-22T12:00:00.000Z');
    assert.deepEqual(Object.keys(document.letters[0]), ['file', 'sidecar', 'authority', 'reference', 'date', 'act', 'tools']);
  });

  it('records the seed letters’ statuses in the matrix, counts and exemptions', () => {
    const document = JSON.parse(exportJson(seeded([0, 1, 2, 3, 4]).snapshot(), { generated: GENERATED }));
    assert.equal(document.matrix['Hertfordshire Constabulary']['facial-recognition'], 'partial-ncnd');
    assert.equal(document.matrix['West Midlands Police and Crime Commissioner'].hacking, 'ncnd');
    assert.equal(document.matrix['Hertfordshire Constabulary'].hacking, undefined);
    assert.deepEqual(document.counts['facial-recognition'], {
      'partial-ncnd': { recorded: 3, suggested: 0 },
      'not-held': { recorded: 2, suggested: 0 },
    });
    assert.deepEqual(document.exemptions['s24(2)'], [
      'letters/hertfordshire-2017-01696.txt',
      'letters/norfolk-suffolk-007663-17.txt',
      'letters/west-midlands-pcc-2019-01031.txt',
    ]);
    const norfolk = document.letters.find((l: { reference: string }) => l.reference === 'FOI 007663-17');
    assert.equal(norfolk.date, null);
    assert.deepEqual(norfolk.tools['facial-recognition'], {
      status: 'partial-ncnd',
      recorded: true,
      exemptions: ['s24(2)', 's31(3)'],
      evidence: [],
      note: null,
    });
    assert.deepEqual(document.progress, { tagged: 5, letters: 5 });
    assert.deepEqual(document.problems, []);
  });

  it('gives a list of statuses, oldest letter first, when several letters of one authority answer', () => {
    const index = new SummaryIndex();
    index.upsert('b.txt.foi.yaml', sidecarYaml('b.txt', { authority: 'Kent Police', date: '2021-01-01' }, { drones: { status: 'used' } }));
    index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'Kent Police', date: '2019-01-01' }, { drones: { status: 'trialled' } }));
    const document = JSON.parse(exportJson(index.snapshot(), { generated: GENERATED }));
    assert.deepEqual(document.matrix, { 'Kent Police': { drones: ['trialled', 'used'] } });
  });

  it('lists invalid sidecars under problems with one-based positions', () => {
    const index = new SummaryIndex();
    index.upsert('bad.txt.foi.yaml', 'foi: 1\ntools: [unclosed\n');
    const [problem] = JSON.parse(exportJson(index.snapshot(), { generated: GENERATED })).problems;
    assert.deepEqual(Object.keys(problem), ['sidecar', 'line', 'column', 'severity', 'code', 'message']);
    assert.equal(problem.sidecar, 'bad.txt.foi.yaml');
    assert.equal(problem.severity, 'error');
    assert.ok(problem.line >= 1);
  });

  it('carries `<script>` through unescaped, as data', () => {
    const index = new SummaryIndex();
    index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: '<script>x</script>' }, { anpr: { status: 'used' } }));
    const document = JSON.parse(exportJson(index.snapshot(), { generated: GENERATED }));
    assert.equal(document.letters[0].authority, '<script>x</script>');
    assert.deepEqual(Object.keys(document.matrix), ['<script>x</script>']);
  });

  it('is what exportSummary gives for the json format', () => {
    const snapshot = seeded([0, 1]).snapshot();
    assert.equal(exportSummary(snapshot, 'json', { generated: GENERATED }), exportJson(snapshot, { generated: GENERATED }));
  });
});
