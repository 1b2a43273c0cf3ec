// Does a plain text file look like an FOI response letter? Used to switch `.txt` letters to the FOI language.

/** How much of the start of a file is read to decide. */
export const DETECTION_WINDOW = 6000;

/** Phrases that belong to FOI responses. */
const STRONG_SIGNALS: readonly RegExp[] = [
  /\bFreedom\s+of\s+Information\b/i,
  /\bneither\s+confirms?\s+nor\s+den(?:y|ies)\b/i,
  /\bInformation\s+Commissioner\b/i,
  /\b(?:your|the)\s+request\s+for\s+information\b/i,
  /\binformation\s+(?:is\s+|was\s+)?not\s+held\b|\bdo(?:es)?\s+not\s+hold\b/i,
  /\bpublic\s+interest\s+test\b/i,
];

/** Words that a researcher's own notes about FOI use too. */
const WEAK_SIGNALS: readonly RegExp[] = [/\bFOI(?:A)?\b/, /\bsections?\s+\d{1,2}\s*\(\d/i, /\b(?:our|your)\s+ref(?:erence)?\b/i];

/** True when the start of the text reads like an FOI response rather than notes about one: a phrase of responses
 * and at least one more signal of any kind. */
export function looksLikeFoiLetter(text: string): boolean {
  const head = text.slice(0, DETECTION_WINDOW);
  const strong = STRONG_SIGNALS.filter((signal) => signal.test(head)).length;
  if (strong === 0) return false;
  return strong >= 2 || WEAK_SIGNALS.some((signal) => signal.test(head));
}
