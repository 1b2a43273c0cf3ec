// The single entry point of the engine: one letter's text in, everything found in it out. Pure and
// deterministic; the letter's Act is decided first, so that every section lookup reads the right table; the text
// is split into sentences and lines once, its words are indexed once for the phrase recognisers, and every finder
// reads those same sentences, lines and words, so the cost stays linear in the length of the letter whatever the
// number of tools. A letter saved with HTML markup is read as its page showed it and reported in its saved offsets.

import { findAct } from './act/letterAct';
import { findCitations } from './analysis/citations';
import { findLetterFacts } from './analysis/letterFacts';
import { splitLines } from './analysis/lines';
import { findNcnd } from './analysis/ncnd';
import { outlineLetter } from './analysis/outline';
import { forgetText } from './analysis/phraseScan';
import { findRequestRegions, insideRegions } from './analysis/request';
import { splitSentences } from './analysis/sentences';
import { findStatements } from './analysis/statements';
import { findToolAnswers } from './analysis/toolAnswers';
import { buildFindings } from './diagnostics/findings';
import { decodeWebText } from './webText';
import type { AnalyzeOptions, LetterAnalysis, ToolDefinition, ToolMention } from './model';
import { remapAnalysis } from './remapAnalysis';
import { buildVocabulary, findToolMentions, toolLabel, type ToolMatch, type Vocabulary } from './vocabulary/tools';
import { withBrokenWords } from './vocabulary/brokenWords';
import { withDescriptions } from './vocabulary/descriptions';
import { withSpelledAcronyms } from './vocabulary/spelledAcronyms';

/** Built on first use rather than at load, so that loading the engine (as the extension activates) stays cheap. */
let defaultVocabulary: Vocabulary | undefined;
/** Compiled vocabularies for the extra-tool lists callers pass, so a host re-analysing on each edit compiles once. */
const vocabularies = new WeakMap<readonly ToolDefinition[], Vocabulary>();

/**
 * Analyses one FOI response letter: its facts, the sections it cites, its NCND, not-held, referral and opinion
 * statements, the exemption tests it carries, the requester's quoted words, the tools named and the suggested
 * status of each, and the resulting findings. Never throws; every span lies inside `text`.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): LetterAnalysis {
  const saved = typeof text === 'string' ? text : '';
  const decoded = decodeWebText(saved);
  return decoded ? remapAnalysis(analyzeText(decoded.plain, options), decoded, saved) : analyzeText(saved, options);
}

function analyzeText(source: string, options: AnalyzeOptions): LetterAnalysis {
  const vocabulary = vocabularyFor(options.tools);
  const act = findAct(source);
  const lines = splitLines(source);
  const sentences = splitSentences(source, lines);
  const citations = findCitations(source, act);
  const ncnd = findNcnd(source, citations, sentences);
  const statements = findStatements(source, citations, sentences);
  const request = findRequestRegions(source, sentences, lines);
  const mentions: ToolMention[] = toolMentions(source, vocabulary).map(({ tool, span }) => ({
    tool,
    span,
    inRequest: insideRegions(request, span.start),
  }));
  const letter = findLetterFacts(source, sentences, act);
  const tools = findToolAnswers({
    text: source,
    sentences,
    request,
    mentions,
    citations,
    ncnd,
    notHeld: statements.notHeld,
    referrals: statements.referrals,
    argument: [...statements.publicInterestTest.spans, ...statements.harmTest.spans, ...statements.balanceTest.spans],
    lines,
    authority: letter.authority,
  });
  const analysis = {
    act,
    letter,
    citations,
    ncnd,
    notHeld: statements.notHeld,
    referrals: statements.referrals,
    opinionQuestions: statements.opinionQuestions,
    publicInterestTest: statements.publicInterestTest,
    harmTest: statements.harmTest,
    balanceTest: statements.balanceTest,
    request,
    mentions,
    tools,
  };
  const recorded = options.recorded ?? {};
  const diagnostics = buildFindings({ analysis, toolLabel: (id) => toolLabel(vocabulary, id), recorded });
  const outline = outlineLetter(source, request, lines);
  forgetText();
  return { ...analysis, outline, diagnostics };
}

function vocabularyFor(extra: readonly ToolDefinition[] | undefined): Vocabulary {
  if (!extra || extra.length === 0) return (defaultVocabulary ??= buildVocabulary());
  let vocabulary = vocabularies.get(extra);
  if (!vocabulary) {
    vocabulary = buildVocabulary(extra);
    vocabularies.set(extra, vocabulary);
  }
  return vocabulary;
}

/**
 * The tools named in the text: by their synonyms, then across hyphenated line breaks and as acronyms spelled letter by
 * letter (each replacing a mention inside the name it reads), then by descriptions of what they do, where nothing
 * else names a tool.
 */
function toolMentions(source: string, vocabulary: Vocabulary): ToolMatch[] {
  const named = findToolMentions(source, vocabulary);
  const unbroken = withBrokenWords(source, vocabulary, named);
  const spelled = withSpelledAcronyms(source, vocabulary, unbroken);
  return withDescriptions(source, vocabulary, spelled);
}
