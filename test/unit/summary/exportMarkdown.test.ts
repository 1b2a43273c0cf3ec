import * as assert from 'node:assert/strict';
import * as l10n from '@vscode/l10n';
import { escapeMarkdown, exportMarkdown, SummaryIndex } from '../../../src/core/summary';
import { SEED_SIDECARS, sidecarYaml } from './sidecars';

const GENERATED = new Date('2026-11-22T12:00:00Z');

describe('exportMarkdown', () => {
  it('writes the matrix, the counts per tool and status, and the sections cited', () => {
    const index = new SummaryIndex();
    index.upsert(SEED_SIDECARS[1].path, SEED_SIDECARS[1].text);
    index.upsert('b.txt.foi.yaml', sidecarYaml('b.txt', { authority: 'Kent Police', date: '2019-01-01' }, { drones: { status: 'used' } }));
    index.upsert('c.txt.foi.yaml', sidecarYaml('c.txt', { authority: 'Kent Police', date: '2020-01-01' }, { drones: { status: 'not-used' } }));
    index.upsertSuggested('c.txt', { tools: [{ tool: 'facial-recognition', status: 'not-held' }] });
    assert.equal(
      exportMarkdown(index.snapshot(), { generated: GENERATED }),
      [
        '# FOI summary',
        '',
        'Generated 2026-11-22T12:00:00.000Z. 3 letters from 2 authorities; 3 with a recorded status.',
        '',
        '## Answers by authority and tool',
        '',
        '| Authority | Facial recognition | Drones |',
        '| --- | --- | --- |',
        '| Hertfordshire Constabulary | Partial NCND |  |',
        '| Kent Police (2 letters) | _Not held_ | Used; Not used |',
        '',
        'Statuses in italics are suggested by the engine and not yet recorded. ' +
          'Where an authority sent several letters, each letter’s status is listed, oldest first.',
        '',
        '## Statuses per tool',
        '',
        '| Tool | Used | Not used | Partial NCND | Not held |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| Facial recognition |  |  | 1 | _1 suggested_ |',
        '| Drones | 1 | 1 |  |  |',
        '',
        '## Sections cited',
        '',
        '| Section | Letters | Authorities |',
        '| --- | ---: | --- |',
        '| s24(2) | 1 | Hertfordshire Constabulary |',
        '| s31(3) | 1 | Hertfordshire Constabulary |',
        '',
      ].join('\n'),
    );
  });

  it('shows one word when all of an authority’s letters agree', () => {
    const index = new SummaryIndex();
    index.upsert('b.txt.foi.yaml', sidecarYaml('b.txt', { authority: 'Kent Police' }, { drones: { status: 'used' } }));
    index.upsert('c.txt.foi.yaml', sidecarYaml('c.txt', { authority: 'Kent Police' }, { drones: { status: 'used' } }));
    assert.ok(exportMarkdown(index.snapshot(), { generated: GENERATED }).includes('| Kent Police (2 letters) | Used |\n'));
  });

  it('escapes `|` so an authority name cannot split a table row', () => {
    const index = new SummaryIndex();
    index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', { authority: 'Avon | Somerset' }, { anpr: { status: 'used' } }));
    assert.ok(exportMarkdown(index.snapshot(), { generated: GENERATED }).includes('\n| Avon \\| Somerset | Used |\n'));
  });

  it('escapes HTML and emphasis so `<script>` and `*` in a sidecar stay text', () => {
    assert.equal(escapeMarkdown('<script>alert(1)</script>'), '\\<script\\>alert(1)\\</script\\>');
    assert.equal(escapeMarkdown('*bold* _it_ `code` [link](x) ~s~ &amp; a\\b'), '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~s\\~ \\&amp; a\\\\b');
  });

  it('keeps dates, references and section ids readable', () => {
    assert.equal(escapeMarkdown('FOI 007663-17, 2018-01-15, s31(1)(a)'), 'FOI 007663-17, 2018-01-15, s31(1)(a)');
  });

  it('turns line breaks in a cell into spaces', () => {
    assert.equal(escapeMarkdown('Norfolk and\r\n  Suffolk\nConstabularies'), 'Norfolk and Suffolk Constabularies');
  });

  it('lists sidecar problems in their own table', () => {
    const index = new SummaryIndex();
    index.upsert('bad|name.txt.foi.yaml', 'foi: 1\ntools: [unclosed\n');
    const markdown = exportMarkdown(index.snapshot(), { generated: GENERATED });
    assert.ok(markdown.includes('## Sidecar problems'));
    assert.match(markdown, /\n\| bad\\\|name\.txt\.foi\.yaml \| \d+:\d+ \| error \| sidecar-syntax \| /);
    assert.ok(markdown.includes('No letter has a status yet.'));
  });

  it('counts one letter and one authority in the singular, and names the row of letters without an authority', () => {
    const index = new SummaryIndex();
    index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', {}, { drones: { status: 'used' } }));
    const markdown = exportMarkdown(index.snapshot(), { generated: GENERATED });
    assert.ok(markdown.includes('\nGenerated 2026-11-22T12:00:00.000Z. 1 letter from 1 authority; 1 with a recorded status.\n'));
    assert.ok(markdown.includes('\n| (authority not recorded) | Used |\n'));
  });

  describe('localisation', () => {
    afterEach(() => l10n.config({ contents: {} }));

    it('words its headings and sentences from the configured bundle, leaving the data as it is', () => {
      l10n.config({
        contents: {
          'Sections cited': 'Articles invoqués',
          '{0} letter from {1} authority; {2} with a recorded status.': '{0} lettre de {1} autorité ; {2} avec un statut enregistré.',
          '(authority not recorded)': '(autorité non renseignée)',
        },
      });
      const index = new SummaryIndex();
      index.upsert('a.txt.foi.yaml', sidecarYaml('a.txt', {}, { drones: { status: 'used' } }));
      const markdown = exportMarkdown(index.snapshot(), { generated: GENERATED });
      assert.ok(markdown.includes('\n## Articles invoqués\n'));
      assert.ok(markdown.includes(' 1 lettre de 1 autorité ; 1 avec un statut enregistré.\n'));
      assert.ok(markdown.includes('\n| (autorité non renseignée) | Used |\n'));
    });
  });
});
