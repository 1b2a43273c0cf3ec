// The editor's colours and the analysis must tell the same story: what the core counts as a citation, an NCND
// statement or a tool mention is coloured as one by the TextMate grammar, and the grammar colours nothing as a
// citation or NCND statement that the core does not count. Checked on the five seed letters and on lines written
// for each phrasing and near miss.

import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { findCitations } from '../../src/core/analysis/citations';
import { findNcnd } from '../../src/core/analysis/ncnd';
import { looksLikeHeading, splitSentences } from '../../src/core/analysis/sentences';
import type { Span } from '../../src/core/text';
import { DEFAULT_TOOLS, buildVocabulary, findToolMentions } from '../../src/core/vocabulary/tools';
import { loadFoiGrammar, scopeRuns, tokenizeText, type ScopedToken } from '../grammar/foiGrammar';

const SEED_DIR = join(__dirname, '..', 'fixtures', 'seeds');
const seeds = readdirSync(SEED_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(SEED_DIR, name), 'utf8') }));

const CITATION_NUMBER = 'constant.numeric.section.foi';
const NCND_KEYWORD = 'keyword.control.ncnd.foi';
const TOOL_NAME = 'entity.name.type.tool.foi';

/** Phrasings of citations, and near misses that are no citation of this Act. */
const CITATION_LINES = [
  'Sections 24, and 31 are prejudice based qualified exemptions.',
  'The information is withheld by virtue of s.24(2) and s31(3) of the Act.',
  'It is exempt under section 31(1)(a)&(b) and S. 23(5) applies to the rest.',
  'We rely on ss.30 and 31, on sections 30, 31 and 40(2), and on Section 1 (1)(a).',
  'Section 12 and 20 working days apply; section 40(2), (3) and Section 22A are relevant.',
  'Section 99 is not in the Act but is still cited as a section; Sec.31 and sect. 43 are short forms.',
  'Under the Freedom of Information Act 2000, section 1 applies, as does Section 17 of the FOIA.',
  'Section 10 of FOI sets the time limit and section 77 of the Act makes altering records an offence.',
  '(s.43(2)) and “s24” and at s.40(5)(b)(i) are citations in brackets and quotes.',
  'Sections 21 to 44 are the exemptions, and Section 24(2) National Security is one.',
  'This is section 8 of the Data Protection Act 2018 and section 2 of this letter.',
  'Under RIPA s.29 and the Data Protection Act 2018, section 45, no FOI citation arises.',
  'Section 31 of the Police Act 1996 and section 10 of FOI (Scotland) belong to other laws.',
  'See Section 4.2 of the guide, sections 24-26, the S9 4EQ office and s.1234.',
  'The force s 24 hour line, FOI/S12 and It’s 24 hours are not citations.',
  'Word and PDF spacing: Section\u00a024(2), Section\u202f31(3), s.\u200943 and sections\u202f30 and\u00a031.',
];

/** Phrasings of NCND statements, and near misses that argue about NCND without stating it. */
const NCND_LINES = [
  'Hertfordshire Constabulary neither confirms nor denies that it holds information about drones.',
  'Hacking - I can neither confirm nor deny that this is used by the Force by virtue of Section 24(2).',
  'Essex Police cannot confirm or deny whether it holds the information.',
  'We will not confirm or deny whether drones are deployed, and we refused to confirm or deny it before.',
  'The force is unable to confirm or deny that information is held.',
  'The Constabulary is not in a position to confirm or deny this.',
  'The force is therefore neither confirming nor denying whether it holds it.',
  'The duty to confirm or deny does not apply by virtue of section 24(2).',
  'As the duty in Section 1(1)(a) of the Freedom of Information Act 2000 does not apply, nothing is said.',
  'The force is exempt from the duty to confirm or deny.',
  'We are neither able to confirm nor deny it; section 24(2) removes the duty to confirm or deny.',
  'The force is not required to confirm or deny whether the information is held.',
  'We will NCND this request, and NCND has been applied to the rest.',
  'Facial Recognition – Neither Confirm Nor Deny',
  'Neither Confirm Nor Deny',
  'Confirming or denying whether any information is held would limit operational capabilities.',
  'The NCND position is explained below; by neither confirming nor denying the force protects tactics.',
  'Neither the force nor the Commissioner holds it, and we can confirm or deny only where no exemption applies.',
];

/** A citation or NCND disagreement, printed when a test fails. */
interface Disagreement {
  readonly text: string;
  readonly at: number;
  readonly problem: string;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
const quote = (text: string, span: Span): string => JSON.stringify(text.slice(span.start, span.end));

function citationDisagreements(grammar: IGrammar, text: string): Disagreement[] {
  const coloured = scopeRuns(tokenizeText(grammar, text), CITATION_NUMBER);
  const found = findCitations(text);
  const problems: Disagreement[] = [];
  for (const citation of found) {
    if (!coloured.some((run) => overlaps(run, citation.span))) {
      problems.push({ text: quote(text, citation.span), at: citation.span.start, problem: 'core citation not coloured' });
    }
  }
  for (const run of coloured) {
    if (!found.some((citation) => overlaps(run, citation.span))) {
      problems.push({ text: quote(text, run), at: run.start, problem: 'coloured as a citation, not one for the core' });
    }
  }
  return problems;
}

/** True when the token sits in a heading, where the grammar colours NCND wording that states nothing. */
function inHeading(text: string, token: ScopedToken): boolean {
  if (token.scopes.some((scope) => scope.startsWith('markup.heading'))) return true;
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  const lineEnd = text.indexOf('\n', token.end);
  return looksLikeHeading(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

function ncndDisagreements(grammar: IGrammar, text: string): Disagreement[] {
  const tokens = tokenizeText(grammar, text);
  const keywords = tokens.filter((token) => token.scopes.includes(NCND_KEYWORD));
  const statements = findNcnd(text, findCitations(text), splitSentences(text));
  const problems: Disagreement[] = [];
  for (const statement of statements) {
    if (!keywords.some((token) => overlaps(token, statement.span))) {
      problems.push({ text: quote(text, statement.span), at: statement.span.start, problem: 'core NCND statement has no NCND colour' });
    }
  }
  for (const token of keywords) {
    if (inHeading(text, token)) continue;
    if (!statements.some((statement) => inside(token, statement.span))) {
      problems.push({ text: quote(text, token), at: token.start, problem: 'coloured as NCND outside any core NCND statement' });
    }
  }
  return problems;
}

describe('grammar and core agreement', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadFoiGrammar();
  });

  describe('citations', () => {
    for (const { name, text } of seeds) {
      it(`colours exactly the core's citations in ${name}`, () => {
        assert.deepEqual(citationDisagreements(grammar, text), []);
      });
    }
    for (const line of CITATION_LINES) {
      it(`colours exactly the core's citations in "${line}"`, () => {
        assert.deepEqual(citationDisagreements(grammar, line), []);
      });
    }
    it('finds citations in the synthetic lines at all, so agreement is not agreement on nothing', () => {
      const total = CITATION_LINES.reduce((sum, line) => sum + findCitations(line).length, 0);
      assert.ok(total >= 25, `only ${total} citations`);
    });
  });

  describe('NCND statements', () => {
    for (const { name, text } of seeds) {
      it(`colours exactly the core's NCND statements in ${name}`, () => {
        assert.deepEqual(ncndDisagreements(grammar, text), []);
      });
    }
    for (const line of NCND_LINES) {
      it(`colours exactly the core's NCND statements in "${line}"`, () => {
        assert.deepEqual(ncndDisagreements(grammar, line), []);
      });
    }
    it('finds NCND statements in the seeds and synthetic lines, so agreement is not agreement on nothing', () => {
      const inSeeds = seeds.reduce((sum, { text }) => sum + findNcnd(text, findCitations(text), splitSentences(text)).length, 0);
      const inLines = NCND_LINES.filter((line) => findNcnd(line, findCitations(line), splitSentences(line)).length > 0).length;
      assert.ok(inSeeds >= 5, `only ${inSeeds} statements in the seeds`);
      assert.ok(inLines >= 10, `only ${inLines} synthetic lines hold a statement`);
    });
  });

  describe('tools', () => {
    const vocabulary = buildVocabulary();
    for (const tool of DEFAULT_TOOLS) {
      for (const synonym of tool.synonyms) {
        it(`colours the ${tool.id} synonym "${synonym}" whole, also in the plural`, () => {
          for (const form of /s$/i.test(synonym) ? [synonym] : [synonym, `${synonym}s`]) {
            const line = `We hold records of ${form} here.`;
            const runs = scopeRuns(tokenizeText(grammar, line), TOOL_NAME);
            const start = line.indexOf(form);
            assert.deepEqual(runs, [{ start, end: start + form.length }], form);
          }
        });
      }
    }
    for (const { name, text } of seeds) {
      it(`colours every core tool mention in ${name} that does not wrap onto a second line, and nothing else`, () => {
        const runs = scopeRuns(tokenizeText(grammar, text), TOOL_NAME);
        const mentions = findToolMentions(text, vocabulary).map((m) => m.span);
        const oneLine = mentions.filter((span) => !/[\r\n]/.test(text.slice(span.start, span.end)));
        assert.deepEqual(
          oneLine.filter((span) => !runs.some((run) => run.start === span.start && run.end === span.end)).map((span) => quote(text, span)),
          [],
        );
        assert.deepEqual(runs.filter((run) => !mentions.some((span) => overlaps(run, span))).map((run) => quote(text, run)), []);
      });
    }
  });
});
