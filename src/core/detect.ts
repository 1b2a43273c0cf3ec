// Does a plain text file look like an FOI response letter? Used to switch `.txt` letters to the FOI language.

/** How much of the start of a file is read to decide. */
export const DETECTION_WINDOW = 6000;

const SIGNALS: readonly RegExp[] = [
  /\bFreedom\s+of\s+Information\b/i,
  /\bFOI(?:A)?\b/,
  /\bneither\s+confirms?\s+nor\s+den(?:y|ies)\b/i,
  /\bInformation\s+Commissioner\b/i,
  /\b(?:your|the)\s+request\s+for\s+information\b/i,
  /\bsections?\s+\d{1,2}\s*\(\d/i,
  /\b(?:our|your)\s+ref(?:erence)?\b/i,
  /\binformation\s+(?:is\s+|was\s+)?not\s+held\b|\bdo(?:es)?\s+not\s+hold\b/i,
  /\bpublic\s+interest\s+test\b/i,
];

/** True when at least two independent signals of an FOI response appear near the start of the text. */
export function looksLikeFoiLetter(text: string): boolean {
  const head = text.slice(0, DETECTION_WINDOW);
  let score = 0;
  for (const signal of SIGNALS) {
    if (signal.test(head) && ++score >= 2) return true;
  }
  return false;
}
