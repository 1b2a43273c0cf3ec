import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { decodeEntities } from '../../src/core/entityText';

describe('letters saved with HTML character references', () => {
  describe('decodeEntities', () => {
    it('reads named and numeric references as their characters, and a no-break space as a space', () => {
      const decoded = decodeEntities('Hacking &amp; IMSI&nbsp;catchers &ndash; Gwent Police&#8217;s &#x2018;tactics&#x2019;')!;
      assert.equal(decoded.plain, 'Hacking & IMSI catchers – Gwent Police’s ‘tactics’');
    });

    it('maps every offset of the decoded text back to where its character was written', () => {
      const saved = 'a &amp; b&nbsp;c';
      const decoded = decodeEntities(saved)!;
      assert.equal(decoded.plain, 'a & b c');
      assert.deepEqual([...Array(decoded.plain.length + 1).keys()].map(decoded.sourceOffset), [0, 1, 2, 7, 8, 9, 15, 16]);
    });

    it('leaves a text without references, or with only ampersands and unknown names, to be read as saved', () => {
      for (const text of ['Body worn video is used.', 'R&D; Q&A and "&notaname;" stay', 'fish &amp chips']) assert.equal(decodeEntities(text), undefined, text);
    });
  });

  describe('analyze', () => {
    const saved =
      'Request: do you use hacking &amp; IMSI catchers, or body&nbsp;worn video?\n\nResponse:\n\nThe force can neither &nbsp;confirm nor &nbsp;deny ' +
      'that it holds information about hacking &amp; IMSI catchers.\n\nBody worn video &ndash; the force&#8217;s officers wear body worn video cameras.';

    it('reads a statement that the references split, as it reads the same letter written plainly', () => {
      const statuses = Object.fromEntries(analyze(saved).tools.map((t) => [t.tool, t.status]));
      assert.deepEqual(statuses, { hacking: 'ncnd', 'imsi-catchers': 'ncnd', 'body-worn-video': 'used' });
    });

    it('reports every span and quote in the letter as saved', () => {
      const analysis = analyze(saved);
      for (const tool of analysis.tools) assert.equal(saved.slice(tool.evidence.start, tool.evidence.end), tool.text);
      for (const ncnd of analysis.ncnd) assert.equal(saved.slice(ncnd.span.start, ncnd.span.end), ncnd.text);
      const bwv = analysis.tools.find((t) => t.tool === 'body-worn-video')!;
      assert.equal(bwv.text, 'Body worn video &ndash; the force&#8217;s officers wear body worn video cameras.');
      assert.deepEqual(
        analysis.mentions.filter((m) => !m.inRequest).map((m) => saved.slice(m.span.start, m.span.end)),
        ['hacking', 'IMSI catchers', 'Body worn video', 'body worn video cameras'],
      );
    });
  });
});
