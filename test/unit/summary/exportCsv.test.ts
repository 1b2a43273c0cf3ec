import * as assert from 'node:assert/strict';
import { exportCsv, SummaryIndex } from '../../../src/core/summary';
import { SEED_SIDECARS, sidecarYaml, type ToolSpec } from './sidecars';

const HEADER = 'authority,reference,date,file,tool,status,recorded,exemptions,evidence,note\r\n';

function csvOf(authority: string, tools: Record<string, ToolSpec>): string {
  const index = new SummaryIndex();
  index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority, reference: 'R1', date: '2019-07-04' }, tools));
  return exportCsv(index.snapshot());
}

describe('exportCsv', () => {
  it('writes a header and one CRLF-terminated row per letter and tool, tools in column order', () => {
    const csv = csvOf('Kent Police', {
      drones: { status: 'used' },
      hacking: { status: 'ncnd', exemptions: ['s24(2)', 's31(3)'], evidence: ['I can neither confirm nor deny'] },
    });
    assert.equal(
      csv,
      HEADER +
        'Kent Police,R1,2019-07-04,a.txt,hacking,ncnd,true,s24(2); s31(3),I can neither confirm nor deny,\r\n' +
        'Kent Police,R1,2019-07-04,a.txt,drones,used,true,,,\r\n',
    );
  });

  it('quotes fields holding commas, double quotes or line breaks, doubling the quotes', () => {
    const csv = csvOf('Norfolk, Suffolk', {
      hacking: { status: 'ncnd', evidence: ['He said "no",\nthen left'], note: 'line one\r\nline two' },
    });
    assert.equal(
      csv,
      HEADER + '"Norfolk, Suffolk",R1,2019-07-04,a.txt,hacking,ncnd,true,,"He said ""no"",\nthen left","line one\r\nline two"\r\n',
    );
  });

  it('puts an apostrophe before cells starting with =, +, - or @ so spreadsheets do not run them', () => {
    const csv = csvOf('=HYPERLINK("http://x.invalid","click")', {
      hacking: { status: 'ncnd', evidence: ['- 1. Is your force using hacking?'], note: '@SUM(A1)' },
      drones: { status: 'used', note: '+44 1234' },
    });
    const rows = csv.split('\r\n');
    assert.equal(
      rows[1],
      `"'=HYPERLINK(""http://x.invalid"",""click"")",R1,2019-07-04,a.txt,hacking,ncnd,true,,'- 1. Is your force using hacking?,'@SUM(A1)`,
    );
    assert.ok(rows[2].endsWith(",'+44 1234"));
  });

  it('joins several evidence quotes with an ellipsis and marks suggestions recorded=false', () => {
    const index = new SummaryIndex();
    index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'A' }, { anpr: { status: 'used', evidence: ['one', 'two'] } }));
    index.upsertSuggested('a.txt', { tools: [{ tool: 'drones', status: 'not-held', evidenceText: 'not held' }] });
    assert.equal(
      exportCsv(index.snapshot()),
      HEADER + 'A,,,a.txt,anpr,used,true,,one … two,\r\n' + 'A,,,a.txt,drones,not-held,false,,not held,\r\n',
    );
  });

  it('keeps a letter with no status as one row with empty tool columns', () => {
    const index = new SummaryIndex();
    index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'A', reference: 'R' }, {}));
    assert.equal(exportCsv(index.snapshot()), HEADER + 'A,R,,a.txt,,,,,,\r\n');
  });

  it('exports the five seed letters as 23 rows, authorities in order', () => {
    const index = new SummaryIndex();
    for (const sidecar of SEED_SIDECARS) index.upsert(sidecar.path, sidecar.text);
    const rows = exportCsv(index.snapshot()).split('\r\n').slice(1, -1);
    assert.equal(rows.length, 7 + 1 + 1 + 7 + 7);
    assert.ok(rows[7].startsWith('Hertfordshire Constabulary,FOI2017/01696,2018-01-15,letters/hertfordshire-2017-01696.txt,'));
  });

  it('passes `<script>` through as data', () => {
    const csv = csvOf('<script>alert(1)</script>', { anpr: { status: 'used' } });
    assert.ok(csv.includes('\r\n<script>alert(1)</script>,R1,'));
  });
});
