import * as assert from 'node:assert/strict';
import { SummaryIndex } from '../../../src/core/summary';
import { parseHostMessage } from '../../../src/extension/summary/webview/messages';
import { MAX_PANEL_EVIDENCE, shorten, toPanelData } from '../../../src/extension/summary/webview/panelData';
import { SEED_SIDECARS, sidecarYaml } from './sidecars';

function seededIndex(): SummaryIndex {
  const index = new SummaryIndex();
  for (const sidecar of SEED_SIDECARS) index.upsert(sidecar.path, sidecar.text);
  return index;
}

describe('the Summary panel’s data', () => {
  it('lines each row’s cells up with the tool columns, null where the authority gave no answer', () => {
    const data = toPanelData(seededIndex().snapshot());
    assert.deepEqual(
      data.tools.map((tool) => tool.id),
      ['body-worn-video', 'facial-recognition', 'hacking', 'imsi-catchers', 'mobile-phone-extraction', 'predictive-policing', 'social-media-intelligence'],
    );
    const herts = data.rows.find((row) => row.authority === 'Hertfordshire Constabulary');
    assert.ok(herts);
    assert.deepEqual(
      herts.cells.map((cell) => cell?.map((entry) => entry.status) ?? null),
      [null, ['partial-ncnd'], null, null, null, null, null],
    );
    assert.equal(herts.cells[1]?.[0].file, 'letters/hertfordshire-2017-01696.txt');
    assert.equal(herts.cells[1]?.[0].evidence, 'Hertfordshire Constabulary neither confirms nor denies');
  });

  it('counts statuses per tool and titles each section of the Act', () => {
    const data = toPanelData(seededIndex().snapshot());
    const facial = data.counts[data.tools.findIndex((tool) => tool.id === 'facial-recognition')];
    assert.deepEqual(facial, [
      { status: 'partial-ncnd', recorded: 3, suggested: 0 },
      { status: 'not-held', recorded: 2, suggested: 0 },
    ]);
    assert.deepEqual(data.exemptions, [
      { section: 's24(2)', title: 'National security', letters: 3 },
      { section: 's31(3)', title: 'Law enforcement', letters: 3 },
    ]);
    assert.deepEqual(data.progress, { tagged: 5, letters: 5 });
    assert.equal(data.problems, 0);
  });

  it('marks suggestions for letters without a sidecar as not recorded', () => {
    const index = seededIndex();
    index.upsertSuggested('letters/new.txt', {
      authority: 'Avon and Somerset Constabulary',
      tools: [{ tool: 'hacking', status: 'ncnd', evidenceText: 'We can neither confirm nor deny.' }],
    });
    const row = toPanelData(index.snapshot()).rows.find((candidate) => candidate.authority === 'Avon and Somerset Constabulary');
    assert.deepEqual(row?.cells[2], [
      { file: 'letters/new.txt', reference: null, date: null, status: 'ncnd', recorded: false, evidence: 'We can neither confirm nor deny.', note: null },
    ]);
  });

  it('carries markup from sidecars verbatim, for the panel to show as text, and passes its own validation', () => {
    const index = new SummaryIndex();
    const markup = '<img src=x onerror="window.__foiPwned=1">';
    index.upsert(
      'x/evil.txt.foi.yaml',
      sidecarYaml('evil.txt', { authority: markup }, { hacking: { status: 'ncnd', evidence: ['<script>window.__foiPwned=1</script>'], note: markup } }),
    );
    const data = toPanelData(index.snapshot());
    assert.equal(data.rows[0].authority, markup);
    assert.equal(data.rows[0].cells[0]?.[0].evidence, '<script>window.__foiPwned=1</script>');
    assert.equal(data.rows[0].cells[0]?.[0].note, markup);
    assert.ok(parseHostMessage(JSON.parse(JSON.stringify({ type: 'summary', data }))));
  });

  it('counts invalid sidecars as problems and still shows the rest', () => {
    const index = seededIndex();
    index.upsert('letters/broken.txt.foi.yaml', 'foi: 1\ndocument: broken.txt\ntools: [unclosed\n');
    const data = toPanelData(index.snapshot());
    assert.ok(data.problems > 0);
    assert.equal(data.rows.length, 5);
  });

  it('shortens long evidence at a word boundary', () => {
    const long = 'word '.repeat(100);
    const short = shorten(long, MAX_PANEL_EVIDENCE);
    assert.ok(short.length <= MAX_PANEL_EVIDENCE, String(short.length));
    assert.match(short, /word…$/);
    assert.equal(shorten('  a\n  b  ', 10), 'a b');
  });
});
