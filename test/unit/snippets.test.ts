// The snippet files parse, every snippet has what VS Code needs, the choices offered are the engine's own lists,
// and each snippet expanded with its defaults is something the engine accepts: a valid sidecar, or a letter that
// names the tools.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCitations } from '../../src/core/analysis/citations';
import { TOOL_STATUSES } from '../../src/core/model';
import { DEFAULT_ANNOTATION_LABELS, parseSidecar } from '../../src/core/sidecar';
import { DEFAULT_TOOLS, buildVocabulary, findToolMentions } from '../../src/core/vocabulary/tools';

const SNIPPET_DIR = join(__dirname, '..', '..', 'snippets');

interface Snippet {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description: string;
}

function readSnippets(file: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(join(SNIPPET_DIR, file), 'utf8')) as Record<string, Snippet>;
}

const bodyText = (snippet: Snippet): string => (Array.isArray(snippet.body) ? snippet.body.join('\n') : String(snippet.body));

/** Variables as VS Code would resolve them for a sidecar named `letter.txt.foi.yaml` on 5 March 2026. */
const VARIABLES: Readonly<Record<string, string>> = {
  TM_FILENAME: 'letter.txt.foi.yaml',
  CURRENT_YEAR: '2026',
  CURRENT_MONTH: '03',
  CURRENT_MONTH_NAME: 'March',
  CURRENT_DATE: '05',
};

/** A snippet body expanded the way VS Code inserts it when every placeholder keeps its default. */
interface Expansion {
  readonly text: string;
  /** The options of each `${n|a,b|}` choice, in order of appearance. */
  readonly choices: readonly (readonly string[])[];
}

/**
 * Expands snippet syntax: `$n`, `${n}`, `${n:default}` (nested), `${n|a,b|}` (first option), `$NAME`, `${NAME}`,
 * `${NAME:default}` and `${NAME/regex/format/flags}`, with `\$`, `\}` and `\\` escapes. Throws on syntax errors,
 * so a malformed snippet fails the test rather than expanding to something odd.
 */
function expand(body: string): Expansion {
  const choices: string[][] = [];
  const defaults = new Map<string, string>();
  let i = 0;

  const readUntil = (stops: string): string => {
    let out = '';
    while (i < body.length && !stops.includes(body[i])) {
      if (body[i] === '\\' && i + 1 < body.length) i++;
      out += body[i++];
    }
    return out;
  };

  const parse = (closing: string | undefined): string => {
    let out = '';
    while (i < body.length) {
      const ch = body[i];
      if (closing !== undefined && ch === closing) return out;
      if (ch === '\\' && '$}\\'.includes(body[i + 1] ?? '')) {
        out += body[i + 1];
        i += 2;
      } else if (ch === '$') {
        out += parseDollar();
      } else {
        out += ch;
        i++;
      }
    }
    if (closing !== undefined) throw new Error(`unclosed "\${" in ${JSON.stringify(body)}`);
    return out;
  };

  const parseDollar = (): string => {
    i++;
    const simple = /^(\d+|[A-Z_]+)/.exec(body.slice(i));
    if (body[i] !== '{') {
      if (!simple) return '$';
      i += simple[0].length;
      return /^\d+$/.test(simple[0]) ? (defaults.get(simple[0]) ?? '') : variable(simple[0]);
    }
    i++;
    const name = /^(\d+|[A-Z_]+)/.exec(body.slice(i));
    if (!name) throw new Error(`bad "\${" at ${i} in ${JSON.stringify(body)}`);
    i += name[0].length;
    const key = name[0];
    const next = body[i];
    if (next === '}') {
      i++;
      return /^\d+$/.test(key) ? (defaults.get(key) ?? '') : variable(key);
    }
    if (next === ':') {
      i++;
      const inner = parse('}');
      i++;
      if (/^\d+$/.test(key)) {
        defaults.set(key, inner);
        return inner;
      }
      return VARIABLES[key] ?? inner;
    }
    if (next === '|' && /^\d+$/.test(key)) {
      i++;
      const options = readUntil('|').split(',');
      if (body.slice(i, i + 2) !== '|}') throw new Error(`bad choice in ${JSON.stringify(body)}`);
      i += 2;
      choices.push(options);
      defaults.set(key, options[0]);
      return options[0];
    }
    if (next === '/' && !/^\d+$/.test(key)) {
      i++;
      const regex = readUntil('/');
      i++;
      const format = readUntil('/');
      i++;
      const flags = readUntil('}');
      i++;
      return variable(key).replace(new RegExp(regex, flags), format);
    }
    throw new Error(`bad "\${${key}" in ${JSON.stringify(body)}`);
  };

  const variable = (name: string): string => {
    if (!(name in VARIABLES)) throw new Error(`unknown variable ${name}`);
    return VARIABLES[name];
  };

  return { text: parse(undefined), choices };
}

const letterSnippets = readSnippets('foi.code-snippets');
const sidecarSnippets = readSnippets('foi-sidecar.code-snippets');
const allSnippets = { ...letterSnippets, ...sidecarSnippets };
const toolIds = DEFAULT_TOOLS.map((tool) => tool.id);

describe('snippets', () => {
  describe('every snippet', () => {
    for (const [name, snippet] of Object.entries(allSnippets)) {
      it(`"${name}" has a foi- prefix, a body and a description, and its body expands`, () => {
        const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
        assert.ok(prefixes.length > 0);
        for (const prefix of prefixes) assert.match(prefix, /^foi-[a-z-]+$/);
        assert.ok(bodyText(snippet).trim().length > 0);
        assert.ok(typeof snippet.description === 'string' && snippet.description.length > 20);
        assert.doesNotThrow(() => expand(bodyText(snippet)));
      });
    }

    it('uses each prefix once across both files', () => {
      const prefixes = Object.values(allSnippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
      assert.equal(new Set(prefixes).size, prefixes.length);
    });
  });

  describe('choices', () => {
    const choiceLists = Object.values(allSnippets).flatMap((snippet) => expand(bodyText(snippet)).choices);

    it('offer exactly TOOL_STATUSES, in order, wherever a status is chosen', () => {
      const statusLists = choiceLists.filter((options) => options.includes('used'));
      assert.equal(statusLists.length, 2);
      for (const options of statusLists) assert.deepEqual(options, [...TOOL_STATUSES]);
    });

    it('offer exactly the default tool ids, in order, wherever a tool is chosen', () => {
      const toolLists = choiceLists.filter((options) => options.includes('facial-recognition'));
      assert.equal(toolLists.length, 2);
      for (const options of toolLists) assert.deepEqual(options, toolIds);
    });

    it('offer exactly the default annotation labels wherever a label is chosen', () => {
      const labelLists = choiceLists.filter((options) => options.includes('key-quote'));
      assert.equal(labelLists.length, 2);
      for (const options of labelLists) assert.deepEqual(options, [...DEFAULT_ANNOTATION_LABELS]);
    });
  });

  describe('sidecar snippets, expanded with their defaults', () => {
    const check = (yaml: string): void => {
      const parsed = parseSidecar(yaml, { knownTools: toolIds, letterName: 'letter.txt' });
      assert.deepEqual(parsed.problems, [], yaml);
      assert.ok(parsed.value);
    };

    it('foi-sidecar is a valid sidecar for the letter beside it', () => {
      const { text } = expand(bodyText(sidecarSnippets['FOI sidecar file']));
      check(text);
      const value = parseSidecar(text).value;
      assert.equal(value?.document, 'letter.txt');
      assert.equal(value?.letter?.date, '2026-03-05');
      assert.deepEqual(value?.tools?.['body-worn-video'], {
        status: 'used',
        exemptions: ['s24(2)'],
        note: 'What the letter says about this tool',
      });
    });

    it('foi-tool, with foi-evidence inside it, is a valid entry under tools:', () => {
      const tool = expand(bodyText(sidecarSnippets['FOI tool status'])).text;
      const evidence = expand(bodyText(sidecarSnippets['FOI tool evidence'])).text;
      const indent = (text: string, by: string): string => text.replace(/^(?=.)/gm, by);
      check(`foi: 1\ndocument: letter.txt\ntools:\n${indent(tool, '  ')}${indent(evidence, '    ')}`);
    });

    it('foi-annotation is a valid entry under annotations:', () => {
      const annotation = expand(bodyText(sidecarSnippets['FOI annotation'])).text;
      check(`foi: 1\ndocument: letter.txt\nannotations:\n${annotation.replace(/^(?=.)/gm, '  ')}`);
    });
  });

  describe('letter snippets, expanded with their defaults', () => {
    const vocabulary = buildVocabulary();

    it('the request names every default tool, ANPR and drones included', () => {
      const { text } = expand(bodyText(letterSnippets['FOI request: police surveillance tools']));
      const named = new Set(findToolMentions(text, vocabulary).map((mention) => mention.tool));
      assert.deepEqual([...named].sort(), [...toolIds].sort());
    });

    it('the internal review request repeats the reference it names', () => {
      const { text } = expand(bodyText(letterSnippets['FOI internal review request']));
      assert.equal(text.split('FOI reference').length - 1, 2);
      assert.match(text, /section 10 of the Act/);
    });

    it('the complaint is addressed to the Commissioner under section 50 and cites the NCND sections', () => {
      const { text } = expand(bodyText(letterSnippets['FOI complaint to the Information Commissioner']));
      assert.match(text, /^Information Commissioner's Office\nWycliffe House/);
      const sections = findCitations(text).map((citation) => citation.section);
      assert.deepEqual(sections, ['s50', 's24(2)', 's31(3)']);
    });
  });
});
