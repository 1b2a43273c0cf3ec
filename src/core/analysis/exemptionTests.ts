// Recognises whether a letter carries out the tests the Act asks of an exemption: the public interest test (for
// qualified exemptions), the prejudice or harm test (for prejudice-based ones) and the balance between them.
// A sentence that only says a test is required ("... and a public interest test to be carried out") is not the
// test itself; a sentence pointing to an attachment ("See attached document explaining ... public interest test")
// means the test exists but is not in the letter.

import type { TestPresence } from '../model';
import type { Span } from '../text';
import { GAP, OPTIONAL_GAP, hitsBySentence } from './patterns';
import { phraseList } from './phraseScan';

interface TestLanguage {
  /** Phrases that name or carry out the test. */
  readonly patterns: readonly RegExp[];
}

const PUBLIC_INTEREST: TestLanguage = {
  patterns: phraseList([
    new RegExp(`\\bpublic${GAP}interest${GAP}(?:test|considerations?)\\b`, 'gi'),
    new RegExp(
      `\\bfactors?${GAP}(?:favouring|in${GAP}favour${GAP}of|for|supporting|in${GAP}support${GAP}of|against)${GAP}(?:the${GAP})?(?:disclos|non-?disclos|complian|comply|confirm|neither|releas|maintain|withhold|NCND)`,
      'gi',
    ),
    new RegExp(
      `\\bpublic${GAP}interest\\b[^.;]{0,160}?\\b(?:outweigh(?:s|ed)?|overrid(?:e|es|den)|supersede[sd]?|favours?${GAP}(?:maintaining|disclos|non-?disclos|neither|withhold))`,
      'gi',
    ),
    // the headings of the two sides: "Public interest in neither confirming nor denying", "... for disclosure"
    new RegExp(
      `\\bpublic${GAP}interest${GAP}(?:in|for|against)(?:${GAP}favour${GAP}of)?${GAP}(?:the${GAP})?(?:neither|confirm|deny|disclos|non-?disclos|releas|maintain|withhold|NCND|complian|comply)`,
      'gi',
    ),
    new RegExp(`\\boutweigh(?:s|ed${GAP}by)?${GAP}(?:the${GAP})?public${GAP}interest\\b`, 'gi'),
  ]),
};

const HARM: TestLanguage = {
  patterns: phraseList([
    new RegExp(`\\b(?:prejudice|harm)(?:${OPTIONAL_GAP}(?:\\(${OPTIONAL_GAP}harm${OPTIONAL_GAP}\\)|\\/${OPTIONAL_GAP}harm))?${GAP}test\\b`, 'gi'),
    new RegExp(`\\bevidence${GAP}of${GAP}(?:the${GAP})?harm\\b`, 'gi'),
    new RegExp(`\\bharm${GAP}(?:for|in|of)${GAP}(?:the${GAP})?(?:partial${GAP})?(?:NCND|neither|confirming|disclos|releas|complying|compliance)`, 'gi'),
    new RegExp(`\\b(?:would|could|will|may)(?:${GAP}be)?(?:${GAP}likely(?:${GAP}to)?)?${GAP}prejudice\\b`, 'gi'),
  ]),
};

const BALANCE: TestLanguage = {
  patterns: phraseList([
    new RegExp(`\\bbalanc(?:e|ing)${GAP}test\\b`, 'gi'),
    new RegExp(`\\bbalanc(?:ing|e${GAP}of)${GAP}(?:the${GAP})?public${GAP}interests?\\b`, 'gi'),
  ]),
};

/** Words saying a test is due, not done: "requires ... a public interest test to be carried out". */
const REQUIREMENT =
  /\b(?:requires?|requiring|required|requirement|subject[\s\u00a0]+to|carry(?:ing)?[\s\u00a0]+out|to[\s\u00a0]+be[\s\u00a0]+(?:carried[\s\u00a0]+out|conducted|applied|undertaken|considered|evidenced)|means[\s\u00a0]+that|meaning[\s\u00a0]+that)\b/i;
const ATTACHMENT = /\b(?:attached|enclosed|appended|accompanying|annex(?:ed)?|attachment|enclosure)\b/i;
/** How much of the sentence around a phrase is read for requirement or attachment words. */
const BEFORE = 100;
const AFTER = 40;

/** Public interest, harm and balance tests found in a letter. */
export interface ExemptionTests {
  readonly publicInterestTest: TestPresence;
  readonly harmTest: TestPresence;
  readonly balanceTest: TestPresence;
}

/** Whether each test is carried out in the letter, only referred to in an attachment, or absent. */
export function findExemptionTests(text: string, sentences: readonly Span[]): ExemptionTests {
  return {
    publicInterestTest: presence(text, sentences, PUBLIC_INTEREST),
    harmTest: presence(text, sentences, HARM),
    balanceTest: presence(text, sentences, BALANCE),
  };
}

function presence(text: string, sentences: readonly Span[], language: TestLanguage): TestPresence {
  const inLetter: Span[] = [];
  const hits = hitsBySentence(text, sentences, language.patterns, (match, sentence) => {
    const around = text.slice(Math.max(sentence.start, match.index - BEFORE), Math.min(sentence.end, match.index + match[0].length + AFTER));
    if (ATTACHMENT.test(around)) return true;
    if (REQUIREMENT.test(around)) return false;
    inLetter.push(sentence);
    return true;
  });
  // The accepted sentences come per pattern, not in text order.
  return { present: hits.length > 0, attached: hits.length > 0 && inLetter.length === 0, spans: inLetter.sort((a, b) => a.start - b.start) };
}
