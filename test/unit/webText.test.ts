import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { decodeWebText } from '../../src/core/webText';

describe('letters saved with HTML markup', () => {
  describe('decodeWebText', () => {
    it('reads named and numeric references as their characters, and a no-break space as a space', () => {
      const decoded = decodeWebText('Hacking &amp; IMSI&nbsp;catchers &ndash; Gwent Police&#8217;s &#x2018;tactics&#x2019;')!;
      assert.equal(decoded.plain, 'Hacking & IMSI catchers – Gwent Police’s ‘tactics’');
    });

    it('maps every offset of the decoded text back to where its character was written', () => {
      const saved = 'a &amp; b&nbsp;c';
      const decoded = decodeWebText(saved)!;
      assert.equal(decoded.plain, 'a & b c');
      assert.deepEqual([...Array(decoded.plain.length + 1).keys()].map(decoded.sourceOffset), [0, 1, 2, 7, 8, 9, 15, 16]);
    });

    it('reads a twice-encoded reference ("&amp;#8217;") as its character', () => {
      assert.equal(decodeWebText('Northumbria Police doesn&amp;#8217;t use it &amp;amp; more')!.plain, 'Northumbria Police doesn’t use it & more');
    });

    it('reads block tags as line breaks and paragraphs, and inline tags as nothing', () => {
      const decoded = decodeWebText('<p>Dear Requester,</p><p><strong>Q1.</strong> Yes.<br>Q2 &ndash; No.</p><div>Kind regards</div>')!;
      assert.equal(decoded.plain, 'Dear Requester,\n\nQ1. Yes.\nQ2 – No.\n\nKind regards\n');
    });

    it('reads table rows as lines with their cells set apart by bars, and list items as bullets', () => {
      const table = '<table>\n  <tr>\n    <td>Drones</td>\n    <td>In use</td>\n  </tr>\n  <tr><td>ANPR</td><td>In use</td></tr>\n</table>';
      assert.equal(decodeWebText(table)!.plain, '| Drones | In use |\n| ANPR | In use |\n\n');
      assert.equal(decodeWebText('<ol><li>Do you use drones?</li><li>Do you use ANPR?</li></ol>')!.plain, '• Do you use drones?\n• Do you use ANPR?\n\n');
    });

    it('leaves out what a page never shows: style sheets, scripts, comments and deleted text', () => {
      const saved = '<style>p { color: red; }</style><p>1. <del>Yes, it is used.</del> <ins>No.</ins><!-- ticket 42 --></p><script>track()</script>';
      assert.equal(decodeWebText(saved)!.plain, '1.  No.\n\n');
    });

    it('keeps the line break a letter already has after a line-breaking tag as one break', () => {
      assert.equal(decodeWebText('Q1 - Yes.<br>\nQ2 - No.<br>\n')!.plain, 'Q1 - Yes.\nQ2 - No.\n');
    });

    it('leaves a letter holding fewer than two tags of a page, or only angle brackets of other kinds, as saved', () => {
      for (const text of ['Fewer than <5 deployments; contact <foi@police.uk>.', 'The heading was set in <b> once.', 'R <2> and <notatag> here']) {
        assert.equal(decodeWebText(text), undefined, text);
      }
    });

    it('leaves a text without references, or with only ampersands and unknown names, to be read as saved', () => {
      for (const text of ['Body worn video is used.', 'R&D; Q&A and "&notaname;" stay', 'fish &amp chips']) assert.equal(decodeWebText(text), undefined, text);
    });
  });

  describe('analyze, on a letter saved as HTML', () => {
    const saved =
      '<p>You asked:</p><ol><li>Do you use body worn video?</li><li>Do you use IMSI catchers?</li></ol>' +
      '<p><strong>Q1</strong> &ndash; Yes, the force uses body worn video.<br>\n<strong>Q2</strong> &ndash; The force can neither confirm nor deny ' +
      'that it holds any information about IMSI catchers.</p>';

    it('reads the answers as the page shows them, and reports their evidence in the letter as saved', () => {
      const analysis = analyze(saved);
      assert.deepEqual(Object.fromEntries(analysis.tools.map((t) => [t.tool, t.status])), { 'body-worn-video': 'used', 'imsi-catchers': 'ncnd' });
      for (const tool of analysis.tools) assert.equal(saved.slice(tool.evidence.start, tool.evidence.end), tool.text);
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
