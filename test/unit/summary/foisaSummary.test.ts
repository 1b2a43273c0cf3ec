// A workspace holding letters under both Acts: a Scottish letter's sidecar records `letter.act: foisa`, and the
// summary reads that letter's sections from the Scottish Act, never merging them with the same numbers of the Act
// of 2000.
import * as assert from 'node:assert/strict';
import { parseSidecar, setToolStatus } from '../../../src/core/sidecar';
import { exportCsv, exportJson, exportMarkdown, SummaryIndex } from '../../../src/core/summary';
import { toPanelData } from '../../../src/extension/summary/webview/panelData';
import { sidecarYaml } from './sidecars';

const SCOTTISH = 'letters/police-scotland-im-foi-2024-3141.txt';
const ENGLISH = 'letters/english-force-2024-77.txt';

function mixedIndex(): SummaryIndex {
  const index = new SummaryIndex();
  const scottish = sidecarYaml('police-scotland-im-foi-2024-3141.txt', { authority: 'Police Scotland', act: 'foisa' }, {
    'imsi-catchers': { status: 'ncnd', exemptions: ['s18', 's31(1)'] },
  });
  const english = sidecarYaml('english-force-2024-77.txt', { authority: 'An English Constabulary' }, {
    'imsi-catchers': { status: 'refused', exemptions: ['s31(1)'] },
  });
  index.upsert(`${SCOTTISH}.foi.yaml`, scottish);
  index.upsert(`${ENGLISH}.foi.yaml`, english);
  return index;
}

describe('the summary of a workspace with Scottish and English letters', () => {
  it('knows a letter is Scottish from its sidecar', () => {
    const index = mixedIndex();
    assert.equal(index.letter(SCOTTISH)?.act, 'foisa');
    assert.equal(index.letter(ENGLISH)?.act, undefined);
    assert.deepEqual(index.problems(), []);
  });

  it('counts a Scottish letter\'s sections apart from the same numbers of the Act of 2000', () => {
    assert.deepEqual(mixedIndex().exemptionCounts(), [
      { section: 's18', act: 'foisa', letters: [SCOTTISH] },
      { section: 's31(1)', letters: [ENGLISH] },
      { section: 's31(1)', act: 'foisa', letters: [SCOTTISH] },
    ]);
  });

  it('titles each section from its own Act in the Summary panel', () => {
    const exemptions = toPanelData(mixedIndex().snapshot()).exemptions;
    assert.deepEqual(exemptions, [
      { section: 's18 (FOISA)', title: 'Further provision as respects responses to request', letters: 1 },
      { section: 's31(1)', title: 'Law enforcement', letters: 1 },
      { section: 's31(1) (FOISA)', title: 'National security and defence', letters: 1 },
    ]);
  });

  it('marks the Scottish sections in the JSON and Markdown exports', () => {
    const snapshot = mixedIndex().snapshot();
    const json = JSON.parse(exportJson(snapshot, { generated: new Date(0) })) as { exemptions: Record<string, string[]> };
    assert.deepEqual(json.exemptions, { 's18 (FOISA)': [SCOTTISH], 's31(1)': [ENGLISH], 's31(1) (FOISA)': [SCOTTISH] });
    assert.match(exportMarkdown(snapshot), /\| s31\(1\) \(FOISA\) \| 1 \| Police Scotland \|/);
  });
});

describe('the CSV and JSON exports of a workspace with Scottish and English letters', () => {
  it('label a Scottish letter\'s sections in CSV as the summary does, so its s31(1) is not the English one', () => {
    const rows = exportCsv(mixedIndex().snapshot()).split('\r\n');
    assert.equal(rows[0], 'authority,reference,date,file,tool,status,recorded,exemptions,evidence,note');
    assert.ok(rows.includes(`An English Constabulary,,,${ENGLISH},imsi-catchers,refused,true,s31(1),,`), rows.join('\n'));
    assert.ok(rows.includes(`Police Scotland,,,${SCOTTISH},imsi-catchers,ncnd,true,s18 (FOISA); s31(1) (FOISA),,`), rows.join('\n'));
  });

  it('give each letter its Act in JSON, keeping the section ids of its tools as recorded', () => {
    type Letter = { file: string; act: string; tools: Record<string, { exemptions: string[] }> };
    const json = JSON.parse(exportJson(mixedIndex().snapshot(), { generated: new Date(0) })) as { letters: Letter[] };
    const byFile = new Map(json.letters.map((letter) => [letter.file, letter]));
    assert.equal(byFile.get(SCOTTISH)?.act, 'foisa');
    assert.equal(byFile.get(ENGLISH)?.act, 'foia');
    assert.deepEqual(byFile.get(SCOTTISH)?.tools['imsi-catchers'].exemptions, ['s18', 's31(1)']);
    assert.deepEqual(Object.keys(byFile.get(ENGLISH) ?? {}), ['file', 'sidecar', 'authority', 'reference', 'date', 'act', 'tools']);
  });
});

describe('the sidecar\'s letter.act', () => {
  it('is written only when a Scottish letter is tagged, and read back', () => {
    const result = setToolStatus(undefined, {
      document: 'letter.txt',
      letter: { authority: 'Police Scotland', act: 'foisa' },
      tool: 'hacking',
      status: 'ncnd',
    });
    assert.ok(result.ok);
    assert.match(result.text, /letter:\n {2}authority: Police Scotland\n {2}act: foisa\n/);
    assert.equal(parseSidecar(result.text).value?.letter?.act, 'foisa');
  });

  it('accepts foia or foisa and reports anything else', () => {
    const text = 'foi: 1\ndocument: letter.txt\nletter:\n  act: scotland\n';
    const { value, problems } = parseSidecar(text);
    assert.equal(value?.letter?.act, undefined);
    assert.deepEqual(problems.map((p) => p.message), ['"act" must be foia or foisa.']);
    assert.equal(parseSidecar('foi: 1\ndocument: letter.txt\nletter:\n  act: foia\n').value?.letter?.act, 'foia');
  });
});
