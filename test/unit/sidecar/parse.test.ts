import * as assert from 'node:assert/strict';
import * as l10n from '@vscode/l10n';
import { MAX_SIDECAR_NESTING, MAX_SIDECAR_PROBLEMS, parseSidecar, sidecarSpanOf, type SidecarProblem } from '../../../src/core/sidecar';
import { EXAMPLE_SIDECAR, spanOf, timeOf } from './fixtures';

const KNOWN_TOOLS = ['facial-recognition', 'hacking', 'body-worn-video'];

/** The characters each problem points at, with its code. */
function located(text: string, problems: readonly SidecarProblem[]): { code: string; severity: string; text: string }[] {
  return problems.map((problem) => ({ code: problem.code, severity: problem.severity, text: text.slice(problem.span.start, problem.span.end) }));
}

function sidecar(body: string): string {
  return `foi: 1\ndocument: letter.txt\n${body}`;
}

describe('parseSidecar', () => {
  describe('a valid file', () => {
    it('reads every field of the documented example without problems', () => {
      const { value, problems } = parseSidecar(EXAMPLE_SIDECAR, { knownTools: KNOWN_TOOLS, letterName: 'hertfordshire-2017-01696.txt' });
      assert.deepEqual(problems, []);
      assert.deepEqual(value, {
        foi: 1,
        document: 'hertfordshire-2017-01696.txt',
        letter: { authority: 'Hertfordshire Constabulary', reference: 'FOI2017/01696', date: '2018-01-15', received: '2017-12-13' },
        tools: {
          'facial-recognition': {
            status: 'partial-ncnd',
            exemptions: ['s24(2)', 's31(3)'],
            evidence: [
              {
                exact: 'Hertfordshire Constabulary neither confirms nor denies',
                prefix: 'in the future.\n\n',
                suffix: ' that it holds information',
                start: 1234,
              },
            ],
            note: 'covert use only',
            by: 'alice',
            at: '2026-11-22T10:00:00Z',
          },
        },
        annotations: [
          {
            label: 'key-quote',
            note: 'the NCND sentence',
            anchor: { exact: 'neither confirms nor denies', prefix: 'Constabulary ', suffix: ' that it', start: 1262 },
            by: 'alice',
            at: '2026-11-22T10:00:00Z',
          },
        ],
      });
    });

    it('accepts keys nobody defined, and empty optional values, without a word', () => {
      const text = sidecar('reviewer: bob\nletter:\n  authority:\ntools:\n  hacking:\n    status: ncnd\n    note:\n    extra: [1, 2]\n');
      const { value, problems } = parseSidecar(text);
      assert.deepEqual(problems, []);
      assert.deepEqual(value?.tools, { hacking: { status: 'ncnd' } });
      assert.deepEqual(value?.letter, {});
    });

    it('accepts any non-empty annotation label, not only the default ones', () => {
      const text = sidecar('annotations:\n  - label: my-own-label\n    anchor:\n      exact: words\n');
      const { value, problems } = parseSidecar(text);
      assert.deepEqual(problems, []);
      assert.equal(value?.annotations?.[0].label, 'my-own-label');
    });

    it('keeps a tool called "__proto__" as an ordinary entry', () => {
      const { value } = parseSidecar(sidecar('tools:\n  __proto__:\n    status: used\n'));
      assert.deepEqual(Object.keys(value?.tools ?? {}), ['__proto__']);
      assert.equal(Object.getPrototypeOf(value?.tools), Object.prototype);
    });

    it('reads dates a YAML 1.1 file turns into timestamps as they were written', () => {
      const { value, problems } = parseSidecar(`%YAML 1.1\n---\n${sidecar('letter:\n  date: 2019-02-03\n')}`);
      assert.deepEqual(problems, []);
      assert.equal(value?.letter?.date, '2019-02-03');
    });

    it('tells where a tool record and an anchor were written', () => {
      const { value } = parseSidecar(EXAMPLE_SIDECAR);
      const record = value?.tools?.['facial-recognition'];
      assert.ok(record?.evidence);
      const anchorSpan = sidecarSpanOf(record.evidence[0]);
      assert.ok(anchorSpan);
      assert.match(EXAMPLE_SIDECAR.slice(anchorSpan.start, anchorSpan.end), /^exact: "Hertfordshire/);
      const annotationSpan = sidecarSpanOf(value?.annotations?.[0].anchor ?? {});
      assert.deepEqual(annotationSpan, spanOf(EXAMPLE_SIDECAR, '{ exact: "neither confirms nor denies", prefix: "Constabulary ", suffix: " that it", start: 1262 }'));
    });
  });

  describe('YAML errors', () => {
    it('reports a syntax error at its exact characters and gives no value', () => {
      const text = sidecar('tools:\n  hacking: [ncnd\n  drones: used\n');
      const { value, problems } = parseSidecar(text);
      assert.equal(value, undefined);
      assert.ok(problems.length > 0);
      assert.ok(problems.every((problem) => problem.code === 'sidecar-syntax' && problem.severity === 'error'));
      assert.ok(problems[0].span.start >= text.indexOf('[ncnd'), 'the error is not before the unclosed list');
    });

    it('reports a tab used as indentation at the tab', () => {
      const text = sidecar('tools:\n\thacking:\n');
      const { problems } = parseSidecar(text);
      assert.deepEqual(located(text, problems)[0], { code: 'sidecar-syntax', severity: 'error', text: '\t' });
    });

    it('reports a second YAML document', () => {
      const { value, problems } = parseSidecar(`${sidecar('')}---\nfoi: 1\n`);
      assert.equal(value, undefined);
      assert.deepEqual(problems.map((problem) => problem.code), ['sidecar-syntax']);
    });

    it('reports each repeated key at its second occurrence', () => {
      const text = 'foi: 1\ndocument: letter.txt\ntools:\n  hacking:\n    status: ncnd\n  hacking:\n    status: used\nfoi: 1\n';
      const { value, problems } = parseSidecar(text);
      assert.equal(value, undefined);
      assert.deepEqual(problems, [
        { code: 'sidecar-duplicate-key', severity: 'error', message: 'The key "hacking" appears twice in this mapping.', span: spanOf(text, 'hacking', 1) },
        { code: 'sidecar-duplicate-key', severity: 'error', message: 'The key "foi" appears twice in this mapping.', span: spanOf(text, 'foi', 1) },
      ]);
    });

    it('reports a tag it cannot resolve as a warning and still reads the file', () => {
      const text = sidecar('extra: !custom x\n');
      const { value, problems } = parseSidecar(text);
      assert.deepEqual(located(text, problems), [{ code: 'sidecar-syntax', severity: 'warning', text: '!custom' }]);
      assert.equal(value?.document, 'letter.txt');
    });

    it('does not confuse the number 1 and the text "1" as keys', () => {
      assert.deepEqual(parseSidecar(sidecar('extra:\n  1: a\n  "1": b\n')).problems, []);
    });
  });

  describe('values that do not fit the format', () => {
    it('names the status it does not know, and guesses the one meant', () => {
      const text = sidecar('tools:\n  hacking:\n    status: Not used\n  drones:\n    status: maybe\n');
      const { value, problems } = parseSidecar(text);
      assert.deepEqual(located(text, problems), [
        { code: 'sidecar-unknown-status', severity: problems[0].severity, text: 'Not used' },
        { code: 'sidecar-unknown-status', severity: problems[1].severity, text: 'maybe' },
      ]);
      assert.match(problems[0].message, /Did you mean "not-used"\?/);
      assert.doesNotMatch(problems[1].message, /Did you mean/);
      assert.deepEqual(value?.tools, {}, 'records without a valid status are left out of the value');
    });

    it('warns about a tool id outside the known tools, at the id, and keeps the record', () => {
      const text = sidecar('tools:\n  gait-analysis:\n    status: used\n');
      const { value, problems } = parseSidecar(text, { knownTools: KNOWN_TOOLS });
      assert.deepEqual(located(text, problems), [{ code: 'sidecar-unknown-tool', severity: 'warning', text: 'gait-analysis' }]);
      assert.equal(value?.tools?.['gait-analysis'].status, 'used');
    });

    it('does not check tool ids when no list of known tools is given', () => {
      assert.deepEqual(parseSidecar(sidecar('tools:\n  gait-analysis:\n    status: used\n')).problems, []);
    });

    it('reports 2019-02-30 as a date that does not exist, at the date', () => {
      const text = sidecar('letter:\n  date: 2019-02-30\n  received: 2019-02-28\n');
      const { value, problems } = parseSidecar(text);
      assert.deepEqual(located(text, problems), [{ code: 'sidecar-bad-date', severity: 'error', text: '2019-02-30' }]);
      assert.match(problems[0].message, /not a real date/);
      assert.deepEqual(value?.letter, { received: '2019-02-28' });
    });

    it('reports dates written the British way and impossible times of day', () => {
      const text = sidecar('letter:\n  date: 15/01/2018\n  received: 20190704\ntools:\n  hacking:\n    status: ncnd\n    at: 2026-11-22T25:00:00Z\n');
      const { problems } = parseSidecar(text);
      assert.deepEqual(
        located(text, problems).map((problem) => [problem.code, problem.text]),
        [
          ['sidecar-bad-date', '15/01/2018'],
          ['sidecar-bad-date', '20190704'],
          ['sidecar-bad-date', '2026-11-22T25:00:00Z'],
        ],
      );
    });

    it('accepts timestamps with fractions of a second and offsets', () => {
      const text = sidecar('tools:\n  hacking:\n    status: ncnd\n    at: 2026-11-22T10:00:00.123+01:00\n');
      assert.deepEqual(parseSidecar(text).problems, []);
    });

    it('reports values of the wrong type at the value', () => {
      const text = sidecar(
        [
          'tools:',
          '  hacking:',
          '    status: [ncnd]',
          '  drones:',
          '    status: used',
          '    exemptions: s24(2)',
          '    evidence: the whole letter',
          '  imsi-catchers:',
          '    status: used',
          '    evidence:',
          '      - exact: quoted words',
          '        start: -1',
          '      - just words',
          'annotations:',
          '  - label: ""',
          '    anchor: { exact: x }',
          '  - label: follow-up',
          '',
        ].join('\n'),
      );
      const { value, problems } = parseSidecar(text);
      assert.deepEqual(
        located(text, problems).map((problem) => [problem.code, problem.text]),
        [
          ['sidecar-invalid', '[ncnd]'],
          ['sidecar-invalid', 's24(2)'],
          ['sidecar-invalid', 'the whole letter'],
          ['sidecar-invalid', '-1'],
          ['sidecar-invalid', 'just words'],
          ['sidecar-invalid', '""'],
          ['sidecar-invalid', 'label'],
        ],
      );
      assert.deepEqual(value?.tools?.['imsi-catchers'], { status: 'used', evidence: [{ exact: 'quoted words' }] });
      assert.deepEqual(value?.annotations, []);
    });

    it('reports "tools" that is a list rather than a mapping', () => {
      const text = sidecar('tools:\n  - hacking\n');
      const { problems } = parseSidecar(text);
      assert.deepEqual(located(text, problems), [{ code: 'sidecar-invalid', severity: 'error', text: '- hacking\n' }]);
    });

    it('reports a number where text is expected and suggests quotes', () => {
      const text = sidecar('letter:\n  reference: 2019\n');
      const { problems } = parseSidecar(text);
      assert.equal(problems[0].message, '"reference" must be text; put it in quotes: "2019".');
      assert.equal(text.slice(problems[0].span.start, problems[0].span.end), '2019');
    });
  });

  describe('the version and the letter', () => {
    it('reports a missing version but still reads the file', () => {
      const { value, problems } = parseSidecar('document: letter.txt\ntools:\n  hacking:\n    status: ncnd\n');
      assert.deepEqual(problems.map((problem) => [problem.code, problem.severity]), [['sidecar-invalid', 'error']]);
      assert.match(problems[0].message, /foi: 1/);
      assert.equal(value?.tools?.hacking.status, 'ncnd');
    });

    it('refuses to read a later format version', () => {
      const text = 'foi: 2\ndocument: letter.txt\n';
      const { value, problems } = parseSidecar(text);
      assert.equal(value, undefined);
      assert.deepEqual(located(text, problems), [{ code: 'sidecar-invalid', severity: 'error', text: '2' }]);
    });

    it('reports a missing document', () => {
      const { value, problems } = parseSidecar('foi: 1\n');
      assert.equal(value?.document, '');
      assert.match(problems[0].message, /Missing "document"/);
    });

    it('warns when document names a path rather than the letter beside it', () => {
      for (const name of ['../letters/a.txt', 'letters\\a.txt', '..']) {
        const text = `foi: 1\ndocument: ${name}\n`;
        const { problems } = parseSidecar(text);
        assert.deepEqual(located(text, problems), [{ code: 'sidecar-invalid', severity: 'warning', text: name }], name);
      }
    });

    it('warns when document names a different letter from the one beside it', () => {
      const text = 'foi: 1\ndocument: other.txt\n';
      const { problems } = parseSidecar(text, { letterName: 'letter.txt' });
      assert.deepEqual(located(text, problems), [{ code: 'sidecar-invalid', severity: 'warning', text: 'other.txt' }]);
      assert.deepEqual(parseSidecar(text, { letterName: 'other.txt' }).problems, []);
    });

    it('reports an empty file and a file that is not a mapping', () => {
      assert.equal(parseSidecar('').problems[0].code, 'sidecar-invalid');
      assert.equal(parseSidecar('- foi: 1\n').value, undefined);
      assert.equal(parseSidecar('- foi: 1\n').problems[0].code, 'sidecar-invalid');
    });
  });

  describe('hostile files', () => {
    it('rejects a billion-laughs file quickly, at its first alias, without expanding it', () => {
      const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let level = 1; level < 12; level++) {
        const name = String.fromCharCode(97 + level);
        const previous = String.fromCharCode(96 + level);
        levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
      }
      const text = `foi: 1\ndocument: letter.txt\nextra:\n  ${levels.join('\n  ')}\n`;
      let result: ReturnType<typeof parseSidecar> | undefined;
      const elapsed = timeOf(() => {
        result = parseSidecar(text);
      });
      assert.ok(elapsed < 1000, `took ${elapsed} ms`);
      assert.equal(result?.value, undefined);
      assert.equal(result?.problems[0].code, 'sidecar-invalid');
      assert.match(result?.problems[0].message ?? '', /Aliases \(\*a\) are not allowed/);
      assert.deepEqual(result?.problems[0].span, spanOf(text, '*a'));
    });

    it(`rejects nesting deeper than ${MAX_SIDECAR_NESTING} levels instead of overflowing the stack`, () => {
      for (const text of [`foi: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')]) {
        const { value, problems } = parseSidecar(text);
        assert.equal(value, undefined);
        assert.deepEqual(problems.map((problem) => problem.code), ['sidecar-syntax']);
        assert.match(problems[0].message, /nested more than 64 levels/);
      }
    });

    it('accepts nesting of the depth a sidecar needs plus room for keys of its own', () => {
      const deep = `${'['.repeat(40)}${']'.repeat(40)}`;
      assert.deepEqual(parseSidecar(sidecar(`extra: ${deep}\n`)).problems, []);
    });

    it('handles 100 000 keys in linear time', function () {
      this.timeout(120_000);
      const build = (count: number): string => sidecar(`tools:\n${Array.from({ length: count }, (_, i) => `  tool${i}: { status: used }\n`).join('')}`);
      const small = build(10_000);
      const large = build(100_000);
      const smallTime = timeOf(() => parseSidecar(small, { knownTools: KNOWN_TOOLS }));
      const started = performance.now();
      const { value } = parseSidecar(large, { knownTools: KNOWN_TOOLS });
      const largeTime = performance.now() - started;
      assert.equal(Object.keys(value?.tools ?? {}).length, 100_000);
      // Ten times the keys: linear work takes about ten times as long; quadratic work would take a hundred.
      assert.ok(largeTime < smallTime * 30 + 500, `10 000 keys: ${smallTime.toFixed(0)} ms, 100 000 keys: ${largeTime.toFixed(0)} ms`);
    });

    it('reports a flood of unknown tools as a bounded list of problems', () => {
      const text = sidecar(`tools:\n${Array.from({ length: 2000 }, (_, i) => `  tool${i}: { status: used }\n`).join('')}`);
      const { problems } = parseSidecar(text, { knownTools: KNOWN_TOOLS });
      assert.equal(problems.length, MAX_SIDECAR_PROBLEMS + 1);
      assert.equal(problems[MAX_SIDECAR_PROBLEMS].message, `${2000 - MAX_SIDECAR_PROBLEMS} more problems in this file are not shown.`);
    });
  });

  describe('localisation', () => {
    afterEach(() => l10n.config({ contents: {} }));

    it('words problems from the configured bundle, filling in the same values', () => {
      l10n.config({
        contents: {
          'The key "{0}" appears twice in this mapping.': 'La clé « {0} » figure deux fois dans ce mappage.',
          '"{0}" is not a real date; write YYYY-MM-DD, e.g. 2019-07-04.': '« {0} » n’est pas une vraie date ; écrivez AAAA-MM-JJ.',
        },
      });
      const badDate = parseSidecar(sidecar('letter:\n  date: 2019-02-30\n')).problems;
      assert.deepEqual(badDate.map((problem) => problem.message), ['« 2019-02-30 » n’est pas une vraie date ; écrivez AAAA-MM-JJ.']);
      const duplicate = parseSidecar(sidecar('letter:\n  date: 2019-02-28\n  date: 2019-03-01\n')).problems;
      assert.deepEqual(duplicate.map((problem) => problem.message), ['La clé « date » figure deux fois dans ce mappage.']);
    });
  });
});
